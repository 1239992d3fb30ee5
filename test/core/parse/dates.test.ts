import { describe, expect, it } from "vitest";
import { assess, type CalendarDate, type CellValue } from "../../../src/core/index";
import {
  assessed,
  day,
  indicator,
  infoSheet,
  issuesOf,
  records,
  TITLE,
  workbook,
} from "../../support/tables";

/**
 * DV4 counts members admitted by the cell up to the as-of date, so one admission read at two
 * as-of dates pins the day the engine read: counted on 3 July 2023 but not on 2 July.
 */
function admissionsUpTo(admitted: CellValue, asOf: CalendarDate): unknown {
  const tables = workbook({
    info: infoSheet({ "Chỉ tiêu kết nạp đảng viên": 1 }),
    members: records(TITLE.members, [{ "Họ và tên": "Nguyễn Văn An", "Ngày vào Đảng": admitted }]),
  });
  const assessment = assessed(assess(tables, { today: day(2024, 1, 10), asOf }));
  expect(issuesOf(assessment, { sheet: TITLE.members, column: "Ngày vào Đảng" })).toEqual([]);
  return indicator(assessment, "DV4").value;
}

function expectThirdOfJuly(admitted: CellValue): void {
  expect(admissionsUpTo(admitted, day(2023, 7, 3))).toBe(1);
  expect(admissionsUpTo(admitted, day(2023, 7, 2))).toBe(0);
}

/** One meeting dated `date`, in a workbook for `year`. */
function meetingDated(date: CellValue, year = 2023) {
  const tables = workbook({
    info: infoSheet({ "Năm đánh giá": year }),
    meetings: records(TITLE.meetings, [{ Ngày: date, Loại: "Thường kỳ", "Biên bản": true }]),
  });
  return assessed(assess(tables, { today: day(year + 1, 2, 1) }));
}

const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i;

function expectDateError(date: string, year: number): void {
  const errors = issuesOf(meetingDated(date, year), {
    severity: "error",
    sheet: TITLE.meetings,
    column: "Ngày",
  });
  expect(errors).toHaveLength(1);
  expect(errors[0]?.row).toBe(2);
  expect(errors[0]?.message).toContain(date);
  expect(errors[0]?.message).toMatch(VIETNAMESE_LETTER);
}

describe("dates", () => {
  it("reads text dates day first: 03/07/2023 is 3 July", () => {
    expectThirdOfJuly("03/07/2023");
  });

  it("reads d/m/yyyy without leading zeros: 3/7/2023", () => {
    expectThirdOfJuly("3/7/2023");
  });

  it("reads dashes as separators: 03-07-2023", () => {
    expectThirdOfJuly("03-07-2023");
  });

  it("reads dots as separators: 03.07.2023", () => {
    expectThirdOfJuly("03.07.2023");
  });

  it("reads ISO yyyy-mm-dd: 2023-07-03", () => {
    expectThirdOfJuly("2023-07-03");
  });

  it("reads a real date cell as its calendar day", () => {
    expectThirdOfJuly(day(2023, 7, 3));
  });

  it("reports 31/02/2024 as an impossible date at its sheet, row and column, quoting it", () => {
    expectDateError("31/02/2024", 2024);
  });

  it("reports an impossible Ngày sinh too, though no indicator reads it", () => {
    const tables = workbook({
      members: records(TITLE.members, [
        { "Họ và tên": "Nguyễn Văn An", "Ngày vào Đảng": "05/03/2010", "Ngày sinh": "31/02/1980" },
      ]),
    });
    const assessment = assessed(assess(tables, { today: day(2024, 1, 10) }));
    const errors = issuesOf(assessment, {
      severity: "error",
      sheet: TITLE.members,
      row: 2,
      column: "Ngày sinh",
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain("31/02/1980");
  });

  it("reports 29/02/2023 as an impossible date: 2023 is not a leap year", () => {
    expectDateError("29/02/2023", 2023);
  });

  it("accepts 29/02/2024: 2024 is a leap year", () => {
    const assessment = meetingDated("29/02/2024", 2024);
    expect(issuesOf(assessment, { sheet: TITLE.meetings, column: "Ngày" })).toEqual([]);
    expect(indicator(assessment, "SH8").value).toBe(1);
  });

  it("reports unreadable text such as 'hôm qua' as an error quoting it", () => {
    expectDateError("hôm qua", 2023);
  });

  it("does not count a meeting whose date is impossible", () => {
    // The erroneous date is unknown, so SH8 has no known meeting with minutes to pass on.
    expect(indicator(meetingDated("31/02/2023"), "SH8").status).not.toBe("pass");
  });
});
