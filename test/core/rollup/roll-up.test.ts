import { describe, expect, it } from "vitest";
import {
  buildRollupReport,
  type CellResult,
  cellResultOf,
  type RollupSource,
  readSource,
  rollUp,
  type Status,
  unreadableSource,
} from "../../../src/core/index";
import { reportTable } from "../../support/report-table";
import { date, goodYear, run, workbook } from "../../support/workbook";
import { indicatorResults, sampleAssessment } from "../report/sample-assessment";

interface CellPatch {
  readonly unit?: string | null;
  readonly superior?: string | null;
  readonly year?: number;
  readonly asOf?: string;
  /** Indicator code → status; every other indicator passes. */
  readonly statuses?: Readonly<Record<string, Status>>;
}

function cell(patch: CellPatch = {}): CellResult {
  const year = patch.year ?? 2024;
  const assessment = sampleAssessment({
    unit: patch.unit === undefined ? "Chi bộ Sở Ngoại vụ" : patch.unit,
    superior: patch.superior === undefined ? "Đảng bộ Khối các cơ quan tỉnh" : patch.superior,
    year,
    asOf: patch.asOf ?? `${year}-12-31`,
    criteria: indicatorResults((id) => patch.statuses?.[id] ?? "pass"),
  });
  return cellResultOf(assessment.evaluation);
}

const source = (name: string, ...results: CellResult[]): RollupSource => ({
  source: name,
  results,
  failures: [],
});

describe("the table: one row per cell, sorted by name, unreadable sources last", () => {
  const rollup = rollUp([
    source("c.xlsx", cell({ unit: "Chi bộ Trường Tiểu học", statuses: { SH4: "fail", SH10: "missing" } })),
    unreadableSource("a-hong.xlsx", 'Tệp "a-hong.xlsx" không phải bảng tính .xlsx.'),
    source("b.xlsx", cell({ unit: "CHI BỘ BAN TUYÊN GIÁO" })),
  ]);

  it("gives each cell's status, criteria and indicators not passed, and its source", () => {
    expect(rollup.cells.map((row) => row.unit)).toEqual([
      "CHI BỘ BAN TUYÊN GIÁO",
      "Chi bộ Trường Tiểu học",
      null,
    ]);
    expect(rollup.cells[1]).toEqual({
      unit: "Chi bộ Trường Tiểu học",
      superior: "Đảng bộ Khối các cơ quan tỉnh",
      asOf: "2024-12-31",
      status: "fail",
      criteria: { NV: "pass", SH: "fail", KL: "pass", DV: "pass" },
      notPassed: ["SH4", "SH10"],
      source: "c.xlsx",
      error: null,
    });
  });

  it("an unreadable source is a row with the reason and null wherever nothing was read", () => {
    expect(rollup.cells[2]).toEqual({
      unit: null,
      superior: null,
      asOf: null,
      status: null,
      criteria: null,
      notPassed: null,
      source: "a-hong.xlsx",
      error: 'Tệp "a-hong.xlsx" không phải bảng tính .xlsx.',
    });
  });
});

describe("the totals leave unreadable sources out", () => {
  it("counts cells, cells đạt, cells passing each criterion, and indicators not passed most often first", () => {
    const rollup = rollUp([
      source("1", cell({ unit: "A" })),
      source("2", cell({ unit: "B", statuses: { SH4: "fail", DV1: "missing" } })),
      source("3", cell({ unit: "C", statuses: { SH4: "fail", SH7: "fail" } })),
      source("4", cell({ unit: "D", statuses: { SH10: "n/a", NV2: "n/a" } })),
      unreadableSource("5", "hỏng"),
    ]);
    expect(rollup.totals).toEqual({
      cells: 4,
      unreadable: 1,
      passed: 2,
      byCriterion: { NV: 4, SH: 2, KL: 4, DV: 3 },
      notPassed: [
        { id: "SH4", count: 2 },
        { id: "SH7", count: 1 },
        { id: "DV1", count: 1 },
      ],
    });
  });

  it("no source at all gives empty totals and no year", () => {
    expect(rollUp([])).toEqual({
      year: null,
      cells: [],
      totals: {
        cells: 0,
        unreadable: 0,
        passed: 0,
        byCriterion: { NV: 0, SH: 0, KL: 0, DV: 0 },
        notPassed: [],
      },
      warnings: [],
    });
  });
});

describe("which year", () => {
  const sources = [
    source("a", cell({ unit: "A", year: 2024 })),
    source("b", cell({ unit: "B", year: 2024 })),
    source("c", cell({ unit: "C", year: 2023 })),
  ];

  it("the year most sources have, with a warning; a source of another year is a row saying so", () => {
    const rollup = rollUp(sources);
    expect(rollup.year).toBe(2024);
    expect(rollup.warnings).toEqual([expect.stringContaining("năm 2024")]);
    expect(rollup.cells[2]).toMatchObject({
      unit: "C",
      status: null,
      error: "Không có kết quả đánh giá năm 2024 (chỉ có năm 2023).",
    });
    expect(rollup.totals.unreadable).toBe(1);
  });

  it("the year asked for, without a warning, even when fewer sources have it", () => {
    const rollup = rollUp(sources, { year: 2023 });
    expect(rollup.year).toBe(2023);
    expect(rollup.warnings).toEqual([]);
    expect(rollup.cells.filter((row) => row.error === null).map((row) => row.unit)).toEqual(["C"]);
  });

  it("a file with several years gives the one asked for", () => {
    const both = source(
      "both",
      cell({ unit: "A", year: 2023, statuses: { NV1: "fail" } }),
      cell({ unit: "A", year: 2024 }),
    );
    expect(rollUp([both], { year: 2023 }).cells[0]?.status).toBe("fail");
    expect(rollUp([both]).cells[0]).toMatchObject({ status: "pass", asOf: "2024-12-31" });
  });

  it("a damaged sheet of the year asked for gives its own reason", () => {
    const damaged: RollupSource = {
      source: "x",
      results: [cell({ unit: "A", year: 2023 })],
      failures: [{ year: 2024, reason: 'Trang "Đánh giá 2024" không đúng mẫu.' }],
    };
    expect(rollUp([damaged], { year: 2024 }).cells[0]?.error).toBe('Trang "Đánh giá 2024" không đúng mẫu.');
  });
});

describe("the same cell twice", () => {
  it("matches names the tolerant way without Chi bộ / Đảng bộ; the later as-of date stays, with a warning", () => {
    const rollup = rollUp([
      source(
        "moi.xlsx",
        cell({ unit: "CHI BỘ SỞ NGOẠI VỤ", superior: "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", asOf: "2024-12-31" }),
      ),
      source(
        "cu.xlsx",
        cell({
          unit: "So Ngoai Vu",
          superior: "Khoi cac co quan tinh",
          asOf: "2024-06-30",
          statuses: { SH1: "fail" },
        }),
      ),
    ]);
    expect(rollup.cells).toHaveLength(1);
    expect(rollup.cells[0]).toMatchObject({ source: "moi.xlsx", status: "pass" });
    expect(rollup.warnings).toEqual([
      'CHI BỘ SỞ NGOẠI VỤ có hai bản đánh giá: dùng "moi.xlsx" (tính đến 2024-12-31), bỏ qua "cu.xlsx" (tính đến 2024-06-30).',
    ]);
    expect(rollup.totals.cells).toBe(1);
  });

  it("on the same date the later argument stays", () => {
    const rollup = rollUp([
      source("truoc.xlsx", cell({ statuses: { SH1: "fail" } })),
      source("sau.xlsx", cell()),
    ]);
    expect(rollup.cells.map((row) => row.source)).toEqual(["sau.xlsx"]);
  });

  it("another superior's cell of the same name is another cell", () => {
    const rollup = rollUp([
      source("a", cell({ superior: "Đảng bộ Huyện A" })),
      source("b", cell({ superior: "Đảng bộ Huyện B" })),
    ]);
    expect(rollup.cells).toHaveLength(2);
  });
});

describe("a source file: read back when it holds an evaluation, else evaluated", () => {
  const today = date(2025, 3, 1);

  it("a workbook holding both its input sheets and its Đánh giá sheet is read back, never re-evaluated", () => {
    const tables = workbook(goodYear());
    const signed = reportTable(run(goodYear({ info: { cellRating: "HTNV" } })));
    const read = readSource("ban-sao.xlsx", [...tables, signed], { today });
    expect(read.results.map((result) => result.status)).toEqual(["fail"]);
  });

  it("a cell's workbook alone is evaluated as of 31/12 of its year", () => {
    const read = readSource("chi-bo.xlsx", workbook(goodYear()), { today: date(2024, 5, 1) });
    expect(read.results).toEqual([cellResultOf(run(goodYear(), { today: date(2025, 1, 1) }).evaluation)]);
    expect(read.results[0]?.asOf).toBe("2024-12-31");
  });

  it("a workbook's own year is never overridden by the year asked for", () => {
    const read = readSource("chi-bo.xlsx", workbook(goodYear()), { today, year: 2023 });
    expect(read.results[0]?.year).toBe(2024);
  });

  it("a cell's workbook asked for as of a date before its year is unreadable, saying so", () => {
    const read = readSource("chi-bo.xlsx", workbook(goodYear()), { today, asOf: date(2023, 12, 31) });
    expect(read.results).toEqual([]);
    expect(read.failures[0]?.reason).toBe(
      "Ngày tính đến 31/12/2023 ở trước năm đánh giá 2024 của bảng tính: không có gì để đánh giá.",
    );
  });

  it("a file with neither is unreadable, saying so", () => {
    const read = readSource("khac.xlsx", [{ name: "Trang tính1", rows: [["Danh sách"]] }], { today });
    expect(read.results).toEqual([]);
    expect(read.failures[0]?.reason).toMatch(/Không có trang "Đánh giá <năm>"/);
  });
});

describe("the sheet Tổng hợp <năm>", () => {
  const rollup = rollUp([
    source(
      "https://docs.google.com/spreadsheets/d/b/edit",
      cell({ unit: "Chi bộ B", statuses: { SH4: "fail" } }),
    ),
    source("a.xlsx", cell({ unit: "Chi bộ A" })),
    unreadableSource("z.xlsx", "Không mở được."),
  ]);
  const grid = buildRollupReport(rollup, { date: date(2025, 1, 5) });
  const texts = grid.cells.map((row) => row.map((value) => String(value.value)));

  it("is named for the year, A4 landscape, with the committee's header and the title", () => {
    expect(grid.sheetName).toBe("Tổng hợp 2024");
    expect(grid.orientation).toBe("landscape");
    expect(texts[0]?.[0]).toBe("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH");
    expect(texts[0]).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(texts[2]).toContain("…, ngày 05 tháng 01 năm 2025");
    expect(texts.flat()).toContain('TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ "CHI BỘ BỐN TỐT" NĂM 2024');
  });

  it("has the table of spec §10, one row per cell, then the unreadable ones", () => {
    const top = texts.findIndex((row) => row[0] === "STT");
    expect(texts[top]).toEqual([
      "STT",
      "Chi bộ",
      "Kết luận",
      "NV",
      "SH",
      "KL",
      "DV",
      "Chỉ báo chưa đạt",
      "Nguồn",
    ]);
    expect(texts[top + 1]).toEqual(["1", "CHI BỘ A", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt", "", "a.xlsx"]);
    expect(texts[top + 2]).toEqual([
      "2",
      "CHI BỘ B",
      "Chưa đạt",
      "Đạt",
      "Không đạt",
      "Đạt",
      "Đạt",
      "SH4",
      "https://docs.google.com/spreadsheets/d/b/edit",
    ]);
    expect(texts[top + 3]?.slice(0, 4)).toEqual(["3", "", "Không đọc được", "Không mở được."]);
    expect(grid.bordered).toEqual([{ row: top, column: 0, rows: 4, columns: 9 }]);
  });

  it("ends with the totals", () => {
    const lines = texts.map((row) => row[0]);
    expect(lines).toContain("- Số chi bộ được tổng hợp: 2; 1 nguồn không đọc được (không tính).");
    expect(lines).toContain('- Đạt "Chi bộ bốn tốt": 1/2 chi bộ (50%).');
    expect(lines).toContain("   + Tiêu chí 2. Chất lượng sinh hoạt tốt: 1/2 chi bộ (50%).");
    expect(lines).toContain("   + SH4. Thời lượng sinh hoạt: 1 chi bộ.");
  });

  it("holds values only: text and numbers", () => {
    expect(grid.cells.flat().every((value) => ["string", "number"].includes(typeof value.value))).toBe(true);
  });
});
