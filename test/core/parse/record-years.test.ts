import { describe, expect, it } from "vitest";
import { assess, type CalendarDate, type CellValue } from "../../../src/core/index";
import {
  AFTER_2023,
  assessed,
  day,
  indicator,
  issuesOf,
  records,
  TITLE,
  workbook,
} from "../../support/tables";

/** A workbook for 2023 whose only meeting is of `type` on `date`. */
function oneMeeting(type: string, date: CellValue) {
  const meetings = records(TITLE.meetings, [{ Ngày: date, Loại: type, "Biên bản": true }]);
  return assessed(assess(workbook({ meetings }), AFTER_2023));
}

function warningsOnFirstMeeting(type: string, date: CellValue) {
  return issuesOf(oneMeeting(type, date), { severity: "warning", sheet: TITLE.meetings, row: 2 });
}

describe("records outside the year", () => {
  it("warn about a meeting of another year, at its date", () => {
    const warnings = warningsOnFirstMeeting("Thường kỳ", "15/06/2022");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.column).toBe("Ngày");
    expect(issuesOf(oneMeeting("Thường kỳ", "15/06/2022"), { severity: "error" })).toEqual([]);
  });

  it("warn about a regular meeting in the last days of the year before: only Chi ủy meetings are excepted", () => {
    expect(warningsOnFirstMeeting("Thường kỳ", "20/12/2022")).toHaveLength(1);
  });

  it("accept a Chi ủy meeting in the 31 days before 1 January without a warning", () => {
    expect(warningsOnFirstMeeting("Chi ủy", "31/12/2022")).toEqual([]);
    expect(warningsOnFirstMeeting("Chi ủy", "01/12/2022")).toEqual([]);
  });

  it("warn about a Chi ủy meeting 32 days before 1 January", () => {
    expect(warningsOnFirstMeeting("Chi ủy", "30/11/2022")).toHaveLength(1);
  });

  it("do not count a meeting of another year", () => {
    // Its only meeting being out of the year, SH8 has no meeting to take a share of.
    expect(indicator(oneMeeting("Thường kỳ", "15/06/2022"), "SH8").status).toBe("missing");
  });

  it("ignore records after the as-of date silently", () => {
    const asOf: CalendarDate = day(2023, 6, 30);
    const meetings = records(TITLE.meetings, [
      { Ngày: "10/06/2023", Loại: "Thường kỳ", "Biên bản": true },
      { Ngày: "15/09/2023", Loại: "Thường kỳ", "Biên bản": false },
    ]);
    const assessment = assessed(assess(workbook({ meetings }), { today: day(2023, 7, 1), asOf }));
    expect(issuesOf(assessment, { sheet: TITLE.meetings, row: 3 })).toEqual([]);
    // The later meeting, without minutes, would otherwise bring SH8 under 100%.
    expect(indicator(assessment, "SH8").value).toBe(1);
  });

  it("ignore records after today silently when no as-of date is given", () => {
    const meetings = records(TITLE.meetings, [
      { Ngày: "10/06/2023", Loại: "Thường kỳ", "Biên bản": true },
      { Ngày: "15/09/2023", Loại: "Thường kỳ", "Biên bản": false },
    ]);
    const assessment = assessed(assess(workbook({ meetings }), { today: day(2023, 7, 1) }));
    expect(assessment.evaluation.asOf).toBe("2023-07-01");
    expect(issuesOf(assessment, { sheet: TITLE.meetings, row: 3 })).toEqual([]);
    expect(indicator(assessment, "SH8").value).toBe(1);
  });
});
