import { describe, expect, it } from "vitest";
import { appendRowByHeader } from "../../../src/gas/workbook/append-row";
import { readWorkbookTables } from "../../../src/gas/workbook/read-tables";
import { addSheet, createFakeGoogle, valuesOf } from "../fakes/index";

function meetingsSheet() {
  const google = createFakeGoogle({ sheetNames: [] });
  const data = addSheet(google, "Sinh hoạt", [
    ["Ngày", "Loại", "Nội dung", "Có mặt"],
    [{ year: 2024, month: 1, day: 5 }, "Thường kỳ", "Tháng 1", 10],
  ]);
  const spreadsheet = (
    google.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
  ).getActive();
  const sheet = spreadsheet.getSheetByName("Sinh hoạt") as GoogleAppsScript.Spreadsheet.Sheet;
  return { google, spreadsheet, sheet, data };
}

describe("appendRowByHeader", () => {
  it("puts each value under its header, matched the tolerant way, on the first free row", () => {
    const { sheet, data } = meetingsSheet();
    const row = appendRowByHeader(sheet, {
      "co mat": 9,
      LOẠI: "Chuyên đề",
      "Nội dung": "Học tập nghị quyết",
    });
    expect(row).toBe(3);
    expect(valuesOf(data)[2]).toEqual(["", "Chuyên đề", "Học tập nghị quyết", 9]);
  });

  it("writes under the last row holding data, not after rows of unchecked checkboxes", () => {
    const google = createFakeGoogle({ sheetNames: [] });
    const data = addSheet(google, "Sinh hoạt", [
      ["Ngày", "Loại", "Biên bản"],
      [{ year: 2024, month: 1, day: 5 }, "Thường kỳ", true],
      ["", "", false],
      ["", "", false],
    ]);
    const spreadsheet = (
      google.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    ).getActive();
    const sheet = spreadsheet.getSheetByName("Sinh hoạt") as GoogleAppsScript.Spreadsheet.Sheet;
    expect(appendRowByHeader(sheet, { Loại: "Chuyên đề" })).toBe(3);
    expect(valuesOf(data)[2]).toEqual(["", "Chuyên đề", false]);
  });

  it("writes a day as a date cell that reads back as the same day", () => {
    const { spreadsheet, sheet } = meetingsSheet();
    appendRowByHeader(sheet, { Ngày: { year: 2024, month: 2, day: 29 } });
    expect(readWorkbookTables(spreadsheet)[0]?.rows[2]?.[0]).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it("keeps text that looks like a formula as text", () => {
    const { sheet, data } = meetingsSheet();
    appendRowByHeader(sheet, { "Nội dung": '=IMPORTXML("http://x")' });
    expect(data.cells[2]?.[2]?.value).toBe('=IMPORTXML("http://x")');
    expect(data.cells[2]?.[2]?.formula).toBe("");
  });

  it("names the sheet and the column when a header is missing", () => {
    const { sheet } = meetingsSheet();
    expect(() => appendRowByHeader(sheet, { "Biên bản": true })).toThrow(
      'Trang "Sinh hoạt" không có cột "Biên bản"',
    );
  });

  it("adds a row when the sheet is full", () => {
    const { sheet, data } = meetingsSheet();
    data.maxRows = 2;
    expect(appendRowByHeader(sheet, { Loại: "Chi ủy" })).toBe(3);
    expect(data.maxRows).toBe(3);
  });
});
