/**
 * The named list of member ratings `Xếp loại đảng viên <năm>` (spec §9): the evaluation's header block
 * and signature, every roster member in sheet order with the notes, the summary over the counted
 * members and the quota line.
 */
import { describe, expect, it } from "vitest";
import { SAMPLE_INFO, SAMPLE_MEMBERS, type SampleRow, type SampleValue } from "../../../examples/sample-data";
import { assess, type CellValue, type WorkbookTables } from "../../../src/core/index";
import type { ReportGrid } from "../../../src/core/report/grid";
import { buildRatingsSheet } from "../../../src/core/report/ratings-sheet";
import { seed } from "../../support/seed-2023";
import { assessed, records, TITLE, table } from "../../support/tables";
import {
  date,
  GOOD_MEMBERS,
  goodYear,
  type MemberRow,
  run,
  type WorkbookInput,
  workbook,
} from "../../support/workbook";

const texts = (grid: ReportGrid) => grid.cells.flat().map((cell) => String(cell.value));
const rowTexts = (grid: ReportGrid) => grid.cells.map((row) => row.map((cell) => String(cell.value)));

/** The table's rows: from the head `STT | …` to the last numbered row. */
function tableRows(grid: ReportGrid): string[][] {
  const rows = rowTexts(grid);
  const head = rows.findIndex((row) => row[0] === "STT");
  const body: string[][] = [];
  for (const row of rows.slice(head + 1)) {
    if (!/^\d+$/.test(row[0] ?? "")) break;
    body.push(row);
  }
  return [rows[head] ?? [], ...body];
}

/** The lines under `II. TỔNG HỢP`, up to the gap before the signature. */
function summary(grid: ReportGrid): string[] {
  const lines = rowTexts(grid).map((row) => row[0] ?? "");
  const start = lines.indexOf("II. TỔNG HỢP") + 1;
  const end = lines.indexOf("", start);
  return lines.slice(start, end);
}

describe("the seed year 2023 (Chi bộ Sở Ngoại vụ)", () => {
  const assessment = run(seed, { today: date(2024, 4, 21), asOf: date(2023, 12, 31) });
  const grid = buildRatingsSheet(assessment);

  it("is named Xếp loại đảng viên 2023 and titled as §9 says", () => {
    expect(grid.sheetName).toBe("Xếp loại đảng viên 2023");
    expect(texts(grid)).toContain("DANH SÁCH XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2023");
  });

  it("carries the evaluation's header block and signature", () => {
    const all = texts(grid);
    for (const line of [
      "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH",
      "CHI BỘ SỞ NGOẠI VỤ",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "Biên Hòa, ngày 31 tháng 12 năm 2023",
      "T/M CHI BỘ",
      "BÍ THƯ",
      "- Đảng ủy Khối các cơ quan tỉnh (để báo cáo);",
    ]) {
      expect(all).toContain(line);
    }
  });

  it("lists the 30 members in the order of Đảng viên, with role, own rating and the cell's rating", () => {
    const [head, ...rows] = tableRows(grid);
    expect(head).toEqual(["STT", "Họ và tên", "Chức vụ", "Tự xếp loại", "Chi bộ xếp loại", "Ghi chú"]);
    expect(rows).toHaveLength(30);
    expect(rows[0]).toEqual([
      "1",
      "Bùi Thị Tơ",
      "Chi ủy viên",
      "Hoàn thành xuất sắc nhiệm vụ",
      "Hoàn thành xuất sắc nhiệm vụ",
      "",
    ]);
    expect(rows[29]?.slice(0, 5)).toEqual([
      "30",
      seed.members[29]?.name,
      "Đảng viên",
      "Hoàn thành tốt nhiệm vụ",
      "Hoàn thành tốt nhiệm vụ",
    ]);
    expect(rows.map((row) => row[1])).toEqual(seed.members.map((member) => member.name));
  });

  it("sums up by rating over the counted members, and gives DV3's quota line", () => {
    expect(summary(grid)).toEqual([
      "- Tổng số đảng viên trong danh sách: 30 đồng chí.",
      "- Số đảng viên được đánh giá, xếp loại: 30 đồng chí, trong đó:",
      "   + Hoàn thành xuất sắc nhiệm vụ: 5 đồng chí (16,7%);",
      "   + Hoàn thành tốt nhiệm vụ: 25 đồng chí (83,3%);",
      "   + Hoàn thành nhiệm vụ: 0 đồng chí (0%);",
      "   + Không hoàn thành nhiệm vụ: 0 đồng chí (0%);",
      "   + Chưa xếp loại: 0 đồng chí (0%).",
      "- Hoàn thành xuất sắc nhiệm vụ: 5 đồng chí, tối đa 5 (20% số hoàn thành tốt nhiệm vụ).",
    ]);
  });

  it("holds names and ratings only: no date of birth, admission or other personal data", () => {
    const all = texts(grid).join("\n");
    expect(all).not.toMatch(/\d{2}\/\d{2}\/\d{4}/);
    expect(all).not.toContain("1995");
  });

  it("prints on A4 portrait: 640 px wide, every row a height, merges inside the grid", () => {
    expect(grid.columnWidths.reduce((sum, width) => sum + width, 0)).toBe(640);
    expect(grid.rowHeights).toHaveLength(grid.cells.length);
    for (const row of grid.cells) expect(row).toHaveLength(grid.columnWidths.length);
    for (const area of [...grid.merges, ...grid.bordered]) {
      expect(area.row + area.rows).toBeLessThanOrEqual(grid.cells.length);
      expect(area.column + area.columns).toBeLessThanOrEqual(grid.columnWidths.length);
    }
  });

  it("is values only: every cell a string or a number", () => {
    for (const cell of grid.cells.flat()) expect(["string", "number"]).toContain(typeof cell.value);
  });
});

/** The sample workbook's `Thông tin chung` and `Đảng viên`, as typed (dates as real dates). */
function sampleTables(): WorkbookTables {
  const cell = (value: SampleValue): CellValue =>
    Array.isArray(value) ? { year: value[0], month: value[1], day: value[2] } : (value as CellValue);
  const typed = (row: SampleRow) =>
    Object.fromEntries(Object.entries(row).map(([header, value]) => [header, cell(value)]));
  return [
    table(
      TITLE.info,
      ["Mục", "Giá trị"],
      Object.entries(SAMPLE_INFO).map(([item, value]) => [item, cell(value)]),
    ),
    records(TITLE.members, SAMPLE_MEMBERS.map(typed)),
  ];
}

describe("the sample year 2024 (Chi bộ Phòng Tư pháp huyện Tân An)", () => {
  const assessment = assessed(assess(sampleTables(), { today: date(2025, 1, 10) }));
  const grid = buildRatingsSheet(assessment);
  const rows = tableRows(grid).slice(1);
  const rowOf = (name: string) => rows.find((row) => row[1] === name);

  it("leaves out the member who moved away in September", () => {
    expect(rowOf("Trịnh Văn Toàn")).toBeUndefined();
    expect(rows).toHaveLength(SAMPLE_MEMBERS.length - 1);
  });

  it("lists the exempt member, noted and not rated", () => {
    expect(rowOf("Nguyễn Thị Hoa")?.slice(3)).toEqual(["", "Chưa xếp loại", "Miễn sinh hoạt"]);
  });

  it("notes probationers and a self-review not handed in; shows an own rating that differs", () => {
    expect(rowOf("Kiều Anh Tú")?.[5]).toBe("Dự bị");
    expect(rowOf("Đinh Thị Hải Yến")?.[5]).toBe("Dự bị");
    expect(rowOf("Tạ Thị Diễm My")?.[5]).toBe("Chưa nộp bản kiểm điểm");
    expect(rowOf("Bùi Thị Hồng Nhung")?.slice(3, 5)).toEqual([
      "Hoàn thành xuất sắc nhiệm vụ",
      "Hoàn thành tốt nhiệm vụ",
    ]);
    expect(rowOf("Trần Thị Thu Hà")?.slice(1, 3)).toEqual(["Trần Thị Thu Hà", "Bí thư"]);
  });

  it("counts the 24 roster members who are not exempt, the exempt one apart", () => {
    expect(summary(grid)).toEqual([
      "- Tổng số đảng viên trong danh sách: 25 đồng chí, trong đó 1 đồng chí miễn sinh hoạt (không tính tỷ lệ).",
      "- Số đảng viên được đánh giá, xếp loại: 24 đồng chí, trong đó:",
      "   + Hoàn thành xuất sắc nhiệm vụ: 3 đồng chí (12,5%);",
      "   + Hoàn thành tốt nhiệm vụ: 19 đồng chí (79,2%);",
      "   + Hoàn thành nhiệm vụ: 2 đồng chí (8,3%);",
      "   + Không hoàn thành nhiệm vụ: 0 đồng chí (0%);",
      "   + Chưa xếp loại: 0 đồng chí (0%).",
      "- Hoàn thành xuất sắc nhiệm vụ: 3 đồng chí, tối đa 3,8 (20% số hoàn thành tốt nhiệm vụ).",
    ]);
  });

  it("signs with the secretary's name", () => {
    expect(texts(grid)).toContain("Trần Thị Thu Hà");
    expect(texts(grid)).toContain("Tân An, ngày 31 tháng 12 năm 2024");
  });
});

/** The good year 2024 with member i patched by `patches[i]` and extra members after. */
function membersPatched(patches: readonly MemberRow[], extra: readonly MemberRow[] = []): WorkbookInput {
  return goodYear({
    members: [...goodYear().members.map((row, index) => ({ ...row, ...patches[index] })), ...extra],
  });
}

describe("the notes of a row", () => {
  it("join probation, exemption, discipline and a missing self-review, in that order", () => {
    const grid = buildRatingsSheet(
      run(
        membersPatched([
          { discipline: "Khiển trách", classification: "HTNV" },
          {},
          {},
          {},
          {},
          {},
          {},
          {},
          {},
          { selfReview: "Có", exempt: true },
        ]),
      ),
    );
    const rows = tableRows(grid).slice(1);
    expect(rows[0]?.[5]).toBe("Kỷ luật khiển trách; Chưa nộp bản kiểm điểm");
    expect(rows[9]?.[5]).toBe("Dự bị; Miễn sinh hoạt");
  });

  it("a not-rated member reads Chưa xếp loại and is counted as such", () => {
    const grid = buildRatingsSheet(run(membersPatched([{ classification: "" }])));
    expect(tableRows(grid)[1]?.[4]).toBe("Chưa xếp loại");
    expect(summary(grid)).toContain("   + Chưa xếp loại: 1 đồng chí (10%).");
  });
});

describe("a Đảng viên sheet without the newer columns", () => {
  const old = (input: WorkbookInput): WorkbookTables =>
    workbook(input).map((tab) => {
      if (tab.name !== TITLE.members) return tab;
      const header = tab.rows[0] ?? [];
      const keep = header.map(
        (cell) => !["Tự xếp loại", "Bản kiểm điểm", "Nhận xét nơi cư trú"].includes(String(cell)),
      );
      return { ...tab, rows: tab.rows.map((row) => row.filter((_, index) => keep[index])) };
    });

  it("has no Tự xếp loại column and notes no missing self-review", () => {
    const grid = buildRatingsSheet(assessed(assess(old(goodYear()), { today: date(2025, 1, 15) })));
    const [head, first] = tableRows(grid);
    expect(head).toEqual(["STT", "Họ và tên", "Chức vụ", "Chi bộ xếp loại", "Ghi chú"]);
    expect(first).toEqual(["1", GOOD_MEMBERS[0], "Bí thư", "Hoàn thành xuất sắc nhiệm vụ", ""]);
    expect(grid.columnWidths.reduce((sum, width) => sum + width, 0)).toBe(640);
  });
});

describe("the quota line follows Cấu hình", () => {
  it("uses DV3's threshold in use, b unrounded", () => {
    const grid = buildRatingsSheet(run(goodYear({ settings: [{ code: "DV3", threshold: "15%" }] })));
    expect(summary(grid)).toContain(
      "- Hoàn thành xuất sắc nhiệm vụ: 1 đồng chí, tối đa 1,35 (15% số hoàn thành tốt nhiệm vụ).",
    );
  });

  it("is left out when DV3 is turned off", () => {
    const grid = buildRatingsSheet(run(goodYear({ settings: [{ code: "DV3", enabled: "Không" }] })));
    expect(summary(grid).some((line) => line.includes("tối đa"))).toBe(false);
  });
});
