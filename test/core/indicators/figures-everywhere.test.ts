/**
 * One table of what every indicator's value and requirement read as, for the sample year: the
 * dashboard, the CLI summary and `CHIBO4TOT` all show exactly these strings (spec §6 figures).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { summaryText } from "../../../src/cli/summary";
import { openWorkbook, workbookTables } from "../../../src/cli/xlsx-read";
import {
  type Assessment,
  assess,
  INDICATORS,
  type IndicatorResult,
  indicatorFigures,
  SHEET_ORDER,
  SHEETS,
  type WorkbookTables,
} from "../../../src/core/index";
import { sidebarState } from "../../../src/gas/sidebar/state-view";
import { createFakeGoogle } from "../../gas/fakes/index";
import { callGlobal, loadBundle } from "../../gas/support/load-bundle";
import { formulaRanges, initialize, typeYear } from "../../gas/support/sample-year";

const TODAY = { year: 2025, month: 1, day: 15 };

/** Value and requirement of each indicator in `examples/chi-bo-mau-2024.xlsx`, as of 31/12/2024. */
const EXPECTED: Readonly<Record<string, readonly [value: string, threshold: string]>> = {
  NV1: ["HTTNV", "từ HTTNV trở lên"],
  NV2: ["HTTNV", "từ HTTNV trở lên"],
  NV3: ["83,3%", "≥ 100%"],
  NV4: ["93,8%", "≥ 90%"],
  NV5: ["0", "≤ 0"],
  NV6: ["2", "≥ 1"],
  SH1: ["12/12 tháng", "Mỗi tháng đã qua"],
  SH2: ["4/4 quý", "Mỗi quý đã qua"],
  SH3: ["100%", "≥ 100%"],
  SH4: ["93,3%", "≥ 100%"],
  SH5: ["86,7%", "≥ 70%"],
  SH6: ["0", "≤ 0"],
  SH7: ["96,9%", "≥ 90%"],
  SH8: ["100%", "≥ 100%"],
  SH9: ["100%", "≥ 100%"],
  SH10: ["Có", "Có"],
  KL1: ["0", "≤ 0"],
  KL2: ["0", "≤ 0"],
  KL3: ["0", "≤ 0"],
  KL4: ["Có", "Có"],
  KL5: ["nhiều nhất 1 tháng", "dưới 3 tháng"],
  KL6: ["nhiều nhất 2 tháng", "dưới 3 tháng"],
  DV1: ["91,7%", "≥ 80%"],
  DV2: ["0", "≤ 0"],
  // A count of members, never a percent.
  DV3: ["3 xuất sắc", "≤ 3,8"],
  DV4: ["2 kết nạp", "≥ 1 (chỉ tiêu)"],
  DV5: ["0 quá hạn", "không quá 42 ngày"],
};

let tables: WorkbookTables;
let assessment: Assessment;
let results: IndicatorResult[];

beforeAll(async () => {
  tables = workbookTables(await openWorkbook("examples/chi-bo-mau-2024.xlsx")).tables;
  const outcome = assess(tables, { today: TODAY, asOf: { year: 2024, month: 12, day: 31 } });
  if (!outcome.ok) throw new Error(outcome.message);
  assessment = outcome.assessment;
  results = assessment.evaluation.criteria.flatMap((criterion) => criterion.indicators);
});

describe("the table of expected figures", () => {
  it("names every indicator of the registry", () => {
    expect(Object.keys(EXPECTED)).toEqual(INDICATORS.map((indicator) => indicator.id));
  });

  it("is what the engine's figures give", () => {
    for (const result of results) {
      const [value, threshold] = EXPECTED[result.id] ?? [];
      expect(indicatorFigures(result), result.id).toEqual({ value, threshold });
    }
  });
});

describe("the dashboard", () => {
  it("shows each indicator's value and requirement from the table", () => {
    const state = sidebarState(assessment, tables, TODAY);
    for (const indicator of state.criteria.flatMap((criterion) => criterion.indicators)) {
      const [value, threshold] = EXPECTED[indicator.id] ?? [];
      expect({ value: indicator.value, threshold: indicator.threshold }, indicator.id).toEqual({
        value,
        threshold,
      });
    }
  });
});

describe("the CLI summary", () => {
  it("shows each indicator's value and requirement from the table", () => {
    const lines = summaryText(assessment.evaluation).split("\n");
    for (const indicator of INDICATORS) {
      const [value, threshold] = EXPECTED[indicator.id] ?? [];
      const line = lines.find((text) => text.includes(` ${indicator.id.padEnd(4)}  ${indicator.name} (`));
      // The summary writes a dash where there is nothing to show.
      expect(line, indicator.id).toContain(`(kết quả: ${value || "—"}; yêu cầu: ${threshold || "—"})`);
    }
  });
});

describe("CHIBO4TOT", () => {
  it("shows each indicator's value from the table in the Giá trị column", () => {
    const google = createFakeGoogle();
    const context = loadBundle(google.globals);
    initialize(context);
    const inputTitles: readonly string[] = SHEET_ORDER.map((key) => SHEETS[key].title);
    typeYear(
      google,
      tables.filter((table) => inputTitles.includes(table.name)),
    );
    const ranges = formulaRanges(google);
    google.log.mode = "customFunction";
    // The sample keeps its dues: the Đảng phí range goes last, as a secretary would pass it.
    const dues = tables.find((candidate) => candidate.name === SHEETS.dues.title)?.rows;
    const table = callGlobal(context, "CHIBO4TOT", ...ranges, "31/12/2024", dues) as unknown[][];
    const shownValue = new Map(table.map((row) => [row[0], row[3]]));
    for (const indicator of INDICATORS) {
      expect(shownValue.get(indicator.id), indicator.id).toBe(EXPECTED[indicator.id]?.[0]);
    }
  });
});
