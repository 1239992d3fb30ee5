import { describe, expect, it } from "vitest";
import { CRITERIA, INDICATORS, STATUS_LABELS } from "../../../src/core/index";
import { buildReport } from "../../../src/core/report/build";
import type { ReportGrid } from "../../../src/core/report/grid";
import { indicatorResults, sampleAssessment } from "./sample-assessment";

const texts = (grid: ReportGrid) => grid.cells.flat().map((cell) => String(cell.value));
const findCell = (grid: ReportGrid, predicate: (text: string) => boolean) => {
  for (const [row, cells] of grid.cells.entries()) {
    for (const [column, cell] of cells.entries()) {
      if (predicate(String(cell.value))) return { row, column, cell };
    }
  }
  return undefined;
};

describe("the year-end report's frame", () => {
  const grid = buildReport(sampleAssessment());

  it("is named Đánh giá <năm>", () => {
    expect(grid.sheetName).toBe("Đánh giá 2023");
  });

  it("gives each row a height, taller where merged text wraps (the title in capitals takes two lines)", () => {
    expect(grid.rowHeights).toHaveLength(grid.cells.length);
    const title = findCell(grid, (text) => text.startsWith("BÁO CÁO ĐÁNH GIÁ"));
    const star = findCell(grid, (text) => text === "*");
    expect(grid.rowHeights[title?.row ?? -1]).toBeGreaterThanOrEqual(2 * 24);
    expect(grid.rowHeights[star?.row ?? -1]).toBe(21);
  });
  it("is a rectangle with one width per column, printable on A4 portrait", () => {
    for (const row of grid.cells) expect(row).toHaveLength(grid.columnWidths.length);
    const total = grid.columnWidths.reduce((sum, width) => sum + width, 0);
    // A4 portrait less normal margins: about 6.8 in, 650 px at 96 px to the inch.
    expect(total).toBeGreaterThanOrEqual(600);
    expect(total).toBeLessThanOrEqual(650);
  });
  it("keeps every merge and bordered area inside the grid, merges never overlapping", () => {
    const taken = new Set<string>();
    for (const area of [...grid.merges, ...grid.bordered]) {
      expect(area.row).toBeGreaterThanOrEqual(0);
      expect(area.column).toBeGreaterThanOrEqual(0);
      expect(area.row + area.rows).toBeLessThanOrEqual(grid.cells.length);
      expect(area.column + area.columns).toBeLessThanOrEqual(grid.columnWidths.length);
    }
    for (const merge of grid.merges) {
      for (let r = merge.row; r < merge.row + merge.rows; r++) {
        for (let c = merge.column; c < merge.column + merge.columns; c++) {
          expect(taken.has(`${r},${c}`)).toBe(false);
          taken.add(`${r},${c}`);
        }
      }
    }
  });
  it("heads the left side with the superior's and the cell's names in capitals, a star and the number", () => {
    const all = texts(grid);
    const superior = all.indexOf("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH");
    expect(superior).toBeGreaterThanOrEqual(0);
    expect(all).toContain("CHI BỘ SỞ NGOẠI VỤ");
    expect(all).toContain("*");
    expect(all).toContain("Số …-BC/CB");
  });
  it("heads the right side with the party's name and the place and as-of date", () => {
    expect(texts(grid)).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(texts(grid)).toContain("Biên Hòa, ngày 31 tháng 12 năm 2023");
  });
  it("carries the title with the year", () => {
    expect(texts(grid)).toContain('BÁO CÁO ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN MÔ HÌNH "CHI BỘ BỐN TỐT" NĂM 2023');
  });
  it("summarises the members: roster, official, probationary, exempt", () => {
    const summary = texts(grid).join("\n");
    expect(summary).toContain("Tổng số đảng viên của chi bộ: 30 đồng chí");
    expect(summary).toContain("chính thức: 28");
    expect(summary).toContain("dự bị: 2");
    expect(summary).toContain("miễn sinh hoạt: 1");
  });
  it("ends with Nơi nhận and the signature block T/M CHI BỘ, BÍ THƯ, name", () => {
    const all = texts(grid);
    expect(all).toContain("Nơi nhận:");
    expect(all).toContain("- Đảng ủy Khối các cơ quan tỉnh (để báo cáo);");
    const signature = ["T/M CHI BỘ", "BÍ THƯ", "Nguyễn Thị Hoa"].map((text) =>
      findCell(grid, (t) => t === text),
    );
    expect(signature.every(Boolean)).toBe(true);
    const rows = signature.map((found) => found?.row ?? -1);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(rows.at(-1)).toBe(grid.cells.length - 1);
  });
  it("leaves the name line empty when no Bí thư is given", () => {
    const unsigned = buildReport(sampleAssessment({}, { secretary: null }));
    const last = unsigned.cells.at(-1) ?? [];
    expect(last.every((cell) => cell.value === "")).toBe(true);
  });
  it("contains no data problem: issues are for the secretary, not the superior", () => {
    expect(texts(grid).join("\n")).not.toContain("31/02/2023");
  });
  it("holds values only, never a formula", () => {
    for (const text of texts(grid)) expect(text.startsWith("=")).toBe(false);
  });
});

describe("the criterion tables", () => {
  const grid = buildReport(
    sampleAssessment({
      criteria: indicatorResults((id) =>
        id === "SH4" ? "fail" : id === "DV1" ? "missing" : id === "NV2" ? "n/a" : "pass",
      ),
    }),
  );

  it("have the columns Chỉ báo, Yêu cầu, Kết quả, Đánh giá, four times, each bordered with its rows", () => {
    const heads = grid.cells.filter(
      (row) => row.map((cell) => cell.value).join("|") === "Chỉ báo|Yêu cầu|Kết quả|Đánh giá",
    );
    expect(heads).toHaveLength(4);
    expect(grid.bordered).toHaveLength(4);
    // A header row and one row per indicator of the criterion.
    expect(grid.bordered.map((area) => area.rows)).toEqual(
      CRITERIA.map((criterion) => INDICATORS.filter((item) => item.criterion === criterion.id).length + 1),
    );
  });
  it("show each indicator with its requirement, its evidence and the fixed status word", () => {
    const row = grid.cells.find((cells) => String(cells[0]?.value).startsWith("SH4."));
    expect(row?.map((cell) => cell.value)).toEqual([
      "SH4. Thời lượng sinh hoạt",
      "100% cuộc sinh hoạt đủ thời lượng (từ 90 phút; kết hợp chuyên đề từ 120 phút)",
      "Bằng chứng của SH4.",
      "Không đạt",
    ]);
    const words = new Set(grid.cells.map((cells) => cells[3]?.value));
    for (const label of Object.values(STATUS_LABELS)) expect(words.has(label)).toBe(true);
  });
  it("colour the status word by status", () => {
    const colours = new Map<string, string | undefined>();
    for (const cells of grid.cells) {
      const cell = cells[3];
      if (cell && Object.values(STATUS_LABELS).includes(String(cell.value))) {
        colours.set(String(cell.value), cell.style?.background);
      }
    }
    expect(new Set(colours.values()).size).toBe(4);
  });
  it("title each criterion with its number, name and status", () => {
    const all = texts(grid);
    expect(all).toContain("Tiêu chí 1. Hoàn thành tốt nhiệm vụ chính trị: Đạt");
    expect(all).toContain("Tiêu chí 2. Chất lượng sinh hoạt tốt: Không đạt");
    expect(all).toContain("Tiêu chí 4. Cán bộ, đảng viên tốt: Thiếu dữ liệu");
  });
  it("state a threshold changed in Cấu hình, not the default", () => {
    const criteria = indicatorResults().map((criterion) => ({
      ...criterion,
      indicators: criterion.indicators.map((indicator) =>
        indicator.id === "SH5" ? { ...indicator, threshold: 0.8 } : indicator,
      ),
    }));
    const changed = buildReport(sampleAssessment({ criteria }));
    expect(texts(changed)).toContain("Ít nhất 80% cuộc sinh hoạt xếp loại Tốt");
  });
});

describe("the conclusion", () => {
  const conclusion = (grid: ReportGrid) =>
    findCell(grid, (text) => /"Chi bộ bốn tốt" năm 2023/.test(text))?.cell;

  it("proposes recognition when the status is pass", () => {
    const cell = conclusion(buildReport(sampleAssessment()));
    expect(cell?.value).toBe('Đề nghị công nhận đạt "Chi bộ bốn tốt" năm 2023.');
  });
  it("says Chưa đạt followed by the criteria and indicators not met when it fails", () => {
    const grid = buildReport(
      sampleAssessment({
        criteria: indicatorResults((id) => (id === "SH4" || id === "KL5" ? "fail" : "pass")),
      }),
    );
    const text = String(conclusion(grid)?.value);
    expect(text.startsWith('Chưa đạt "Chi bộ bốn tốt" năm 2023')).toBe(true);
    expect(text).toContain("Chất lượng sinh hoạt tốt (SH4 Thời lượng sinh hoạt)");
    expect(text).toContain("Đoàn kết, kỷ luật tốt (KL5 Không có đảng viên bỏ sinh hoạt)");
    expect(text).not.toContain("Hoàn thành tốt nhiệm vụ chính trị");
  });
  it("says Chưa đủ căn cứ followed by what is missing otherwise", () => {
    const grid = buildReport(
      sampleAssessment({ criteria: indicatorResults((id) => (id === "DV1" ? "missing" : "pass")) }),
    );
    const text = String(conclusion(grid)?.value);
    expect(text.startsWith('Chưa đủ căn cứ đánh giá "Chi bộ bốn tốt" năm 2023')).toBe(true);
    expect(text).toContain("Cán bộ, đảng viên tốt (DV1 Đảng viên hoàn thành tốt nhiệm vụ trở lên)");
  });
  it("is a single cell spanning the whole width", () => {
    const grid = buildReport(sampleAssessment());
    const found = findCell(grid, (text) => text.startsWith("Đề nghị công nhận"));
    const merge = grid.merges.find((area) => area.row === found?.row && area.column === found?.column);
    expect(merge?.columns).toBe(grid.columnWidths.length);
  });
});
