import { describe, expect, it } from "vitest";
import {
  buildRollupReport,
  type RollupSource,
  readEvaluationSheet,
  rollUp,
  UNREADABLE,
  unreadableSource,
} from "../../../src/core/index";
import { openFailure } from "../../../src/gas/rollup/read-link";
import { todayInVietnam } from "../../../src/gas/workbook/calendar";
import { createFakeGoogle, type FakeGoogle, sheetNamed, valuesOf } from "../fakes/index";
import {
  type CellSpec,
  clickRollUp,
  evaluationTable,
  listLinks,
  loadCommittee,
  sharedEvaluation,
} from "../support/superior";

const ROLLUP = "Tổng hợp 2024";
const PROGRESS = "Tiến độ tổng hợp";

interface Committee {
  readonly google: FakeGoogle;
  /** What each link must give, in list order. */
  readonly sources: RollupSource[];
  readonly notes: Map<string, string>;
}

function readBack(link: string, cell: CellSpec): RollupSource {
  const reading = readEvaluationSheet(evaluationTable(cell));
  if (!reading.ok) throw new Error(reading.reason);
  return { source: link, results: [reading.result], failures: [] };
}

/** 17 links: 14 cells (two fail NV1), one of another year, one not shared with us, one that is no link. */
function committee(openLatencyMs: number): Committee {
  const google = createFakeGoogle();
  google.clock.openLatencyMs = openLatencyMs;
  const links: [string, string?][] = [];
  const sources: RollupSource[] = [];
  const shared = (cell: CellSpec) => {
    const link = sharedEvaluation(google, cell);
    links.push([link]);
    sources.push(readBack(link, cell));
  };
  for (let index = 1; index <= 14; index++) {
    const name = `Chi bộ Số ${String(index).padStart(2, "0")}`;
    shared({ name, cellRating: index % 7 === 0 ? "HTNV" : "HTTNV" });
  }
  shared({ name: "Chi bộ Năm Trước", year: 2023 });
  const hidden = sharedEvaluation(google, { name: "Chi bộ Chưa Chia Sẻ" }, []);
  links.push([hidden, "Chi bộ Trường THCS"]);
  const refused = new Error("Exception: You do not have permission to access the requested document.");
  sources.push(unreadableSource(hidden, openFailure(refused)));
  const notALink = "chi bộ xã An Phú";
  links.push([notALink, "Gửi nhầm tên thay vì đường liên kết"]);
  sources.push(unreadableSource(notALink, openFailure(new Error("Exception: Invalid argument: url"))));
  listLinks(google, links);
  const notes = new Map(links.filter(([, note]) => note).map(([link, note]) => [link, note as string]));
  return { google, sources, notes };
}

const sheetExists = (google: FakeGoogle, name: string) =>
  google.spreadsheet.sheets.some((sheet) => sheet.name === name);

describe("Tổng hợp các chi bộ: one long run", () => {
  const { google, sources, notes } = committee(1_000);
  const context = loadCommittee(google);
  clickRollUp(google, context);
  const values = valuesOf(sheetNamed(google, ROLLUP));

  it("writes Tổng hợp 2024 as the core builds it from what each link holds", () => {
    const expected = buildRollupReport(rollUp(sources), { date: todayInVietnam(), notes });
    expect(values).toEqual(expected.cells.map((row) => row.map((cell) => cell.value)));
    const top = values.findIndex((row) => row[0] === "STT");
    expect(values.slice(top + 1, top + 15).map((row) => row[1])).toEqual(
      Array.from({ length: 14 }, (_, index) => `CHI BỘ SỐ ${String(index + 1).padStart(2, "0")}`),
    );
    expect(values[top + 7]?.slice(2, 4)).toEqual(["Chưa đạt", "Không đạt"]);
  });

  it("makes each link it cannot use a row saying why, named by the cell or the committee's note", () => {
    const rows = values.filter((row) => row[2] === UNREADABLE);
    expect(rows.map((row) => row[1]).sort()).toEqual(
      ["CHI BỘ NĂM TRƯỚC", "Chi bộ Trường THCS", "Gửi nhầm tên thay vì đường liên kết"].sort(),
    );
    const reasons = rows.map((row) => String(row[3]));
    expect(reasons).toContain("Không có kết quả đánh giá năm 2024 (chỉ có năm 2023).");
    expect(reasons.some((reason) => reason.startsWith("Tài khoản đang dùng không có quyền xem"))).toBe(true);
    expect(reasons.some((reason) => reason.startsWith("Ô này không phải đường liên kết"))).toBe(true);
  });

  it("ends with the totals, says the verdict, and leaves no progress behind", () => {
    expect(values.map((row) => row[0])).toContain('- Đạt "Chi bộ bốn tốt": 12/14 chi bộ (85,7%).');
    expect(sheetExists(google, PROGRESS)).toBe(false);
    expect(google.spreadsheet.toasts[google.spreadsheet.toasts.length - 1]?.message).toBe(
      '12/14 chi bộ đạt "Chi bộ bốn tốt". 3 đường liên kết không đọc được (xem cuối bảng).',
    );
  });
});

describe("Tổng hợp các chi bộ: a chunk boundary in the middle", () => {
  const { google: long } = committee(1_000);
  clickRollUp(long, loadCommittee(long));
  const oneRun = valuesOf(sheetNamed(long, ROLLUP));

  // 20 s a link: a click reads 12 links (stopping 40 s before 4 min 30 s), the next one the rest.
  const { google } = committee(20_000);
  const context = loadCommittee(google);
  const lastAlert = () => google.ui.alerts[google.ui.alerts.length - 1]?.prompt;

  it("the first click stops before the time limit, keeps what it read in a hidden sheet, says how many remain", () => {
    clickRollUp(google, context);
    expect(sheetExists(google, ROLLUP)).toBe(false);
    const progress = sheetNamed(google, PROGRESS);
    expect(progress.hidden).toBe(true);
    expect(valuesOf(progress)).toHaveLength(1 + 12);
    expect(lastAlert()).toMatch(/^Đã đọc 12\/17 đường liên kết; còn 5 chưa đọc/);
    expect(google.clock.now - (google.clock.runStartedAt ?? 0)).toBeLessThan(270_000);
  });

  it("the second click reads the rest, and gives the same table as one long run", () => {
    clickRollUp(google, context);
    expect(valuesOf(sheetNamed(google, ROLLUP))).toEqual(oneRun);
    expect(sheetExists(google, PROGRESS)).toBe(false);
  });
});

describe("Tổng hợp các chi bộ: service calls per link do not depend on the links", () => {
  function callsFor(cells: number): number {
    const google = createFakeGoogle();
    const links = Array.from({ length: cells }, (_, index): [string] => [
      sharedEvaluation(google, { name: `Chi bộ ${index + 1}` }),
    ]);
    listLinks(google, links);
    const context = loadCommittee(google);
    google.log.reset();
    clickRollUp(google, context);
    return google.log.calls.length;
  }

  it("each more link costs the same five calls: open, its tabs, a tab's name, its range, its values", () => {
    const [five, ten, fifteen] = [callsFor(5), callsFor(10), callsFor(15)];
    expect((ten - five) / 5).toBe(5);
    expect((fifteen - ten) / 5).toBe(5);
  });
});

describe("Tổng hợp các chi bộ: the list", () => {
  it("is created on the first click, with a message saying what to paste", () => {
    const google = createFakeGoogle();
    clickRollUp(google, loadCommittee(google));
    expect(valuesOf(sheetNamed(google, "Danh sách chi bộ"))).toEqual([["Đường liên kết", "Ghi chú"]]);
    expect(google.ui.alerts[0]?.prompt).toMatch(
      /^Đã tạo trang "Danh sách chi bộ"\. Dán vào cột "Đường liên kết"/,
    );
  });

  it("without its link column says where the header belongs", () => {
    const google = createFakeGoogle();
    listLinks(google, []);
    sheetNamed(google, "Danh sách chi bộ").cells[0]?.splice(0, 1);
    clickRollUp(google, loadCommittee(google));
    expect(google.ui.alerts[0]?.prompt).toMatch(
      /^Trang "Danh sách chi bộ", dòng 1: thiếu cột "Đường liên kết"/,
    );
  });
});

describe("Tổng hợp các chi bộ: a file Google fails to read", () => {
  it("is a row saying what Google said, and the other links still count", () => {
    const google = createFakeGoogle();
    const good = sharedEvaluation(google, { name: "Chi bộ Tốt" });
    const bad = sharedEvaluation(google, { name: "Chi bộ Lỗi" });
    const id = /\/d\/([^/]+)\//.exec(bad)?.[1] ?? "";
    const sheet = google.drive.files.get(id)?.spreadsheet.sheets[0];
    if (sheet) sheet.maxColumns = 1;
    listLinks(google, [[good], [bad, "Chi bộ Lỗi"]]);
    clickRollUp(google, loadCommittee(google));
    const rows = valuesOf(sheetNamed(google, ROLLUP)).filter((row) => row[2] === UNREADABLE);
    expect(rows.map((row) => [row[1], row[3]])).toEqual([
      [
        "Chi bộ Lỗi",
        "Không đọc được bảng tính. Google báo: The coordinates of the range are outside the dimensions of the sheet.",
      ],
    ]);
    expect(valuesOf(sheetNamed(google, ROLLUP)).map((row) => row[0])).toContain(
      '- Đạt "Chi bộ bốn tốt": 1/1 chi bộ (100%).',
    );
  });
});
