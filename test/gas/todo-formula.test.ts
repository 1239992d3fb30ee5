/** `CHIBO4TOT_VIEC(...)`: the to-do list (spec §8) as a table, from the built dist/Code.js on the fakes. */
import { describe, expect, it } from "vitest";
import { DUES_COLUMNS, evaluate, type WorkbookTables } from "../../src/core/index";
import { todayInVietnam } from "../../src/gas/workbook/calendar";
import { goodDues } from "../support/dues";
import { date, GOOD_MEMBERS, GOOD_YEAR, goodYear, workbook } from "../support/workbook";
import { createFakeGoogle } from "./fakes/index";
import { callGlobal, loadBundle } from "./support/load-bundle";
import { formulaRanges, initialize, typeYear } from "./support/sample-year";

/** The tables typed into a set-up spreadsheet, then read back as Sheets hands ranges to a formula. */
function formulaOn(tables: WorkbookTables) {
  const google = createFakeGoogle();
  const context = loadBundle(google.globals);
  initialize(context);
  typeYear(google, tables);
  const ranges = formulaRanges(google);
  google.log.mode = "customFunction";
  google.log.reset();
  return { google, run: (...extra: unknown[]) => callGlobal(context, "CHIBO4TOT_VIEC", ...ranges, ...extra) };
}

const sameDay = (value: unknown, day: unknown) => JSON.stringify(value) === JSON.stringify(day);

describe("CHIBO4TOT_VIEC", () => {
  const tables = workbook(
    goodYear({
      meetings: goodYear().meetings.filter(
        (meeting) => !(meeting.type === "Thường kỳ" && sameDay(meeting.date, date(GOOD_YEAR, 7, 10))),
      ),
    }),
  );

  it("returns Hạn | Việc | Đối tượng, overdue first and marked, as of the date given", () => {
    const { google, run } = formulaOn(tables);
    const expected = evaluate(tables, { today: todayInVietnam(), asOf: date(GOOD_YEAR, 8, 1) }).todo;
    expect(run("01/08/2024")).toEqual([
      ["Hạn", "Việc", "Đối tượng"],
      ...expected.map((item) => [
        `${item.due?.split("-").reverse().join("/")}${item.overdue ? " (quá hạn)" : ""}`,
        item.message,
        item.subject ?? "",
      ]),
    ]);
    expect(expected.map((item) => item.subject)).toEqual(["Tháng 7", "Tháng 8", "Quý 3"]);
    expect(google.log.calls.every((call) => /^(SpreadsheetApp\.getActive|Spreadsheet\.get)/.test(call))).toBe(
      true,
    );
  });

  it("leaves Hạn blank for an item without a date", () => {
    const absent = GOOD_MEMBERS[4];
    const meetings = goodYear().meetings.map((meeting) =>
      meeting.type === "Thường kỳ" &&
      [2, 5].some((month) => sameDay(meeting.date, date(GOOD_YEAR, month, 10)))
        ? { ...meeting, present: 9, unexcused: absent }
        : meeting,
    );
    const { run } = formulaOn(workbook(goodYear({ meetings })));
    const table = run("25/09/2024") as string[][];
    expect(table).toHaveLength(2);
    expect(table[1]?.[0]).toBe("");
    expect(table[1]?.[2]).toBe(absent);
  });

  it("reads the optional Đảng phí range after the date, as CHIBO4TOT does", () => {
    const debtor = GOOD_MEMBERS[0];
    const dues = [
      DUES_COLUMNS.map((column) => column.header),
      ...goodDues({ [debtor]: { 2: "", 4: "Không" } }).map((row) =>
        DUES_COLUMNS.map((column) => row[column.key] ?? ""),
      ),
    ];
    const { run } = formulaOn(workbook(goodYear()));
    const table = run("25/09/2024", dues) as string[][];
    expect(table).toHaveLength(2);
    expect(table[1]?.[0]).toBe("");
    expect(table[1]?.[1]).toContain("chưa đóng đảng phí 2 tháng trong năm (tháng 2, 4)");
    expect(table[1]?.[2]).toBe(debtor);
  });

  it("says when there is nothing to do", () => {
    const { run } = formulaOn(workbook(goodYear()));
    expect(run("25/09/2024")).toEqual([
      ["Hạn", "Việc", "Đối tượng"],
      ["", "Không có việc nào cần làm ngay", ""],
    ]);
  });
});
