import { describe, expect, it } from "vitest";
import { DUES_COLUMNS, evaluate, STATUS_LABELS, type WorkbookTables } from "../../src/core/index";
import { todayInVietnam } from "../../src/gas/workbook/calendar";
import { goodDues } from "../support/dues";
import { GOOD_MEMBERS, goodYear, workbook } from "../support/workbook";
import { BUTTONS, createFakeGoogle, type FakeOptions } from "./fakes/index";
import { type BundleContext, callGlobal, loadBundle } from "./support/load-bundle";
import { formulaRanges, initialize, typeYear } from "./support/sample-year";

/** The year typed into sheets, and each sheet's values as Sheets passes a range to a formula. */
function rangesOf(tables: WorkbookTables, options: FakeOptions & { answers?: string[] } = {}) {
  const google = createFakeGoogle(options);
  const context = loadBundle(google.globals);
  google.ui.answers.push(...(options.answers ?? []));
  initialize(context);
  typeYear(google, tables);
  const ranges = formulaRanges(google);
  google.log.mode = "customFunction";
  google.log.reset();
  return { google, context, ranges };
}

const formula = (context: BundleContext, name: string, args: readonly unknown[]) =>
  callGlobal(context, name, ...args) as unknown;

describe("CHIBO4TOT", () => {
  const tables = workbook(goodYear({ info: { cellRating: "HTNV" } }));
  const expected = evaluate(tables, { today: todayInVietnam() });

  it("returns every criterion and indicator with the statuses the engine gives, in one call", () => {
    const { context, ranges } = rangesOf(tables);
    const table = formula(context, "CHIBO4TOT", ranges) as unknown[][];
    expect(table[0]).toEqual(["Mã", "Tiêu chí, chỉ báo", "Kết quả", "Giá trị", "Yêu cầu", "Căn cứ"]);
    expect(table[1]?.[2]).toBe(STATUS_LABELS[expected.status]);
    const statuses = Object.fromEntries(table.slice(2).map((row) => [row[0], row[2]]));
    for (const criterion of expected.criteria) {
      expect(statuses[criterion.id]).toBe(STATUS_LABELS[criterion.status]);
      for (const indicator of criterion.indicators)
        expect(statuses[indicator.id]).toBe(STATUS_LABELS[indicator.status]);
    }
    expect(table.every((row) => row.length === 6)).toBe(true);
  });

  it("gives one criterion's status per criterion function", () => {
    const { context, ranges } = rangesOf(tables);
    for (const criterion of expected.criteria) {
      expect(formula(context, `CHIBO4TOT_${criterion.id}`, ranges)).toBe(STATUS_LABELS[criterion.status]);
    }
    expect(formula(context, "CHIBO4TOT_NV", ranges)).toBe("Không đạt");
  });

  it("uses only the services a custom function may call, and writes nothing", () => {
    const { google, context, ranges } = rangesOf(tables);
    formula(context, "CHIBO4TOT", ranges);
    expect(google.log.calls.every((call) => /^(SpreadsheetApp\.getActive|Spreadsheet\.get)/.test(call))).toBe(
      true,
    );
  });

  // Midnight in Auckland is the evening before in Viet Nam: read in the wrong zone, every date slips a day.
  it("reads date cells in the spreadsheet's time zone, whatever it is", () => {
    const { context, ranges } = rangesOf(tables, { timeZone: "Pacific/Auckland", answers: [BUTTONS.NO] });
    const inVietnam = rangesOf(tables);
    expect(formula(context, "CHIBO4TOT", ranges)).toEqual(
      formula(inVietnam.context, "CHIBO4TOT", inVietnam.ranges),
    );
  });

  it("evaluates as of a date given as a date cell or as text", () => {
    const { context, ranges } = rangesOf(tables);
    const midYear = evaluate(tables, { today: todayInVietnam(), asOf: { year: 2024, month: 6, day: 30 } });
    const sh1 = (table: unknown[][]) => table.find((row) => row[0] === "SH1")?.[3];
    const [info, members, meetings, tasks, incidents, settings] = ranges;
    const args = [info, members, meetings, tasks, incidents, settings];
    const viaText = formula(context, "CHIBO4TOT", [...args, "30/06/2024"]) as unknown[][];
    const viaDate = formula(context, "CHIBO4TOT", [
      ...args,
      new Date("2024-06-29T17:00:00.000Z"),
    ]) as unknown[][];
    const expectedSh1 = midYear.criteria
      .flatMap((criterion) => criterion.indicators)
      .find((i) => i.id === "SH1");
    expect(sh1(viaText)).toBe(`${expectedSh1?.value}/${expectedSh1?.threshold} tháng`);
    expect(sh1(viaDate)).toBe(`${expectedSh1?.value}/${expectedSh1?.threshold} tháng`);
  });

  it("works without the optional Cấu hình range", () => {
    const { context, ranges } = rangesOf(tables);
    expect(formula(context, "CHIBO4TOT_KL", ranges.slice(0, 5))).toBe(
      STATUS_LABELS[expected.criteria.find((criterion) => criterion.id === "KL")?.status ?? "missing"],
    );
  });

  it("computes KL6 from an optional Đảng phí range after the as-of date, and KL6 does not apply without it", () => {
    const { context, ranges } = rangesOf(tables);
    const kl6 = (table: unknown[][]) => table.find((row) => row[0] === "KL6");
    expect(kl6(formula(context, "CHIBO4TOT", ranges) as unknown[][])?.[2]).toBe("Không áp dụng");
    const dues = [
      DUES_COLUMNS.map((column) => column.header),
      ...goodDues({ [GOOD_MEMBERS[0]]: { 2: "", 3: "", 4: "Không" } }).map((row) =>
        DUES_COLUMNS.map((column) => row[column.key] ?? ""),
      ),
    ];
    const withDues = formula(context, "CHIBO4TOT", [...ranges, "", dues]) as unknown[][];
    expect(kl6(withDues)?.slice(2, 4)).toEqual(["Không đạt", "nhiều nhất 3 tháng"]);
    expect(formula(context, "CHIBO4TOT_KL", [...ranges, "", dues])).toBe("Không đạt");
  });

  it("shows a Vietnamese message in the cell when the ranges cannot be evaluated", () => {
    const { context } = rangesOf(tables);
    expect(() => formula(context, "CHIBO4TOT", [[["Mục", "Giá trị"]], "", "", "", ""])).toThrow(/năm|Năm/);
  });
});
