/**
 * The engine's speed on synthetic workbooks from one cell (30 members, 40 meetings) to a whole
 * grassroots organisation (30,000 / 40,000), and the built CLI end to end on the sample workbook.
 * Targets: 3,000 / 4,000 under 50 ms; 10× the data at most 12× the time; the CLI under 1 s.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type CalendarDate, type CellValue, evaluate, type WorkbookTables } from "../src/core/index";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const YEAR = 2024;
const TODAY: CalendarDate = { year: YEAR, month: 12, day: 31 };

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"];
const MIDDLE = ["Văn", "Thị", "Minh", "Hoàng", "Thanh", "Quốc", "Ngọc", "Đức"];
const GIVEN = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Hà",
  "Hải",
  "Hòa",
  "Khánh",
  "Lan",
  "Linh",
  "Nam",
  "Phúc",
  "Sơn",
];

const day = (month: number, dayOfMonth: number, year = YEAR): CalendarDate => ({
  year,
  month,
  day: dayOfMonth,
});
const memberName = (index: number) =>
  `${FAMILY[index % FAMILY.length]} ${MIDDLE[(index >> 3) % MIDDLE.length]} ${GIVEN[index % GIVEN.length]} ${index + 1}`;
const MEETING_TYPES = [
  "Thường kỳ",
  "Chi ủy",
  "Chuyên đề",
  "Thường kỳ",
  "Thường kỳ kết hợp chuyên đề",
  "Bất thường",
];

function syntheticWorkbook(members: number, meetings: number): WorkbookTables {
  const info: CellValue[][] = [
    ["Mục", "Giá trị"],
    ["Tên chi bộ", "Chi bộ Thử tải"],
    ["Đảng bộ cấp trên", "Đảng bộ Khối Thử tải"],
    ["Năm đánh giá", YEAR],
    ["Có chi ủy", true],
    ["Xếp loại chi bộ", "HTTNV"],
    ["Chào cờ đầu tuần", true],
    ["Có quy chế làm việc", true],
    ["Tổng số CBCCVC, người lao động", members],
    ["Số CBCCVC hoàn thành tốt nhiệm vụ trở lên", members],
  ];
  const memberRows: CellValue[][] = [
    [
      "Họ và tên",
      "Ngày vào Đảng",
      "Ngày chính thức",
      "Miễn sinh hoạt",
      "Cam kết tu dưỡng",
      "Xếp loại",
      "Kỷ luật",
    ],
  ];
  for (let index = 0; index < members; index++) {
    const admitted = day((index % 12) + 1, (index % 28) + 1, 2000 + (index % 24));
    memberRows.push([
      memberName(index),
      admitted,
      { ...admitted, year: admitted.year + 1 },
      index % 97 === 0,
      index % 5 === 0 ? "Xuất sắc" : "Tốt",
      index % 10 === 0 ? "Hoàn thành xuất sắc nhiệm vụ" : "HTTNV",
      "",
    ]);
  }
  const meetingRows: CellValue[][] = [
    [
      "Ngày",
      "Loại",
      "Thời lượng (phút)",
      "Có mặt",
      "Vắng có lý do",
      "Vắng không lý do",
      "Xếp loại",
      "Biên bản",
    ],
  ];
  for (let index = 0; index < meetings; index++) {
    const absent = memberName((index * 7) % members);
    // In date order through the year, so every month holds every type of meeting.
    meetingRows.push([
      day(Math.floor((index * 12) / meetings) + 1, (index % 27) + 1),
      MEETING_TYPES[index % MEETING_TYPES.length] ?? "Thường kỳ",
      120,
      Math.max(1, Math.floor(members * 0.95)),
      `${absent} (ốm); ${memberName((index * 13 + 1) % members)}`,
      index % 11 === 0 ? memberName((index * 5 + 3) % members) : "",
      index % 4 === 0 ? "Khá" : "Tốt",
      true,
    ]);
  }
  const taskRows: CellValue[][] = [["Nhiệm vụ, chỉ tiêu", "Kế hoạch", "Thực hiện", "Hạn", "Ngày hoàn thành"]];
  for (let index = 0; index < Math.ceil(members / 10); index++) {
    taskRows.push([`Nhiệm vụ ${index + 1}`, 10, 10 + (index % 3), day(12, 31), day((index % 12) + 1, 15)]);
  }
  const incidentRows: CellValue[][] = [["Ngày", "Loại", "Nội dung", "Đảng viên liên quan", "Tình trạng"]];
  for (let index = 0; index < Math.ceil(members / 30); index++) {
    incidentRows.push([
      day((index % 12) + 1, 10),
      "Kiểm tra",
      "Kiểm tra định kỳ",
      memberName(index),
      "Đã giải quyết",
    ]);
  }
  return [
    { name: "Thông tin chung", rows: info },
    { name: "Đảng viên", rows: memberRows },
    { name: "Sinh hoạt", rows: meetingRows },
    { name: "Nhiệm vụ", rows: taskRows },
    { name: "Sự việc", rows: incidentRows },
  ];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function timeMedian(action: () => unknown, warmups: number, runs: number): number {
  for (let run = 0; run < warmups; run++) action();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    action();
    times.push(performance.now() - start);
  }
  return median(times);
}

const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");
const SIZES = [
  { members: 30, meetings: 40, runs: 31 },
  { members: 300, meetings: 400, runs: 21 },
  { members: 3_000, meetings: 4_000, runs: 11 },
  { members: 30_000, meetings: 40_000, runs: 5 },
];

console.log("evaluate(): median of several runs after warm-up");
let previous: number | undefined;
let worstRatio = 0;
let target3000 = Number.NaN;
for (const size of SIZES) {
  const tables = syntheticWorkbook(size.members, size.meetings);
  const ms = timeMedian(() => evaluate(tables, { today: TODAY, asOf: TODAY }), 3, size.runs);
  const ratio = previous ? ms / previous : undefined;
  if (ratio) worstRatio = Math.max(worstRatio, ratio);
  if (size.members === 3_000) target3000 = ms;
  const label = `${size.members.toLocaleString("en-US")} members / ${size.meetings.toLocaleString("en-US")} meetings`;
  console.log(
    `  ${label.padEnd(38)} ${ms.toFixed(2).padStart(9)} ms${ratio ? `   ×${ratio.toFixed(1)}` : ""}`,
  );
  previous = ms;
}
console.log(`  ${verdict(target3000 < 50)}  3,000 / 4,000 under 50 ms (${target3000.toFixed(1)} ms)`);
console.log(
  `  ${verdict(worstRatio <= 12)}  10× the data at most 12× the time (worst ×${worstRatio.toFixed(1)})`,
);

function timeCli(args: readonly string[], runs: number): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, ["build/cli/chibo4tot.cjs", ...args], {
      cwd: ROOT,
      encoding: "utf8",
    });
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`the CLI failed: ${result.stderr}`);
  }
  return median(times);
}

console.log("\nCLI end to end on examples/chi-bo-mau-2024.xlsx (median of 5 runs, node start-up included)");
const sample = ["evaluate", "examples/chi-bo-mau-2024.xlsx", "--as-of", "2024-12-31"];
const summaryMs = timeCli(sample, 5);
const outMs = timeCli([...sample, "--out", "build/bench/danh-gia-2024.xlsx"], 5);
console.log(`  summary              ${summaryMs.toFixed(0).padStart(6)} ms`);
console.log(`  summary + --out      ${outMs.toFixed(0).padStart(6)} ms`);
console.log(`  ${verdict(Math.max(summaryMs, outMs) < 1000)}  the CLI under 1 s end to end`);
