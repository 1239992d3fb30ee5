import { describe, expect, it } from "vitest";
import { readWorkbookTables } from "../../../src/gas/workbook/read-tables";
import { addSheet, createFakeGoogle, type FakeOptions } from "../fakes/index";

function spreadsheetWith(options: FakeOptions, sheets: Record<string, unknown[][]>) {
  const google = createFakeGoogle({ ...options, sheetNames: [] });
  for (const [name, rows] of Object.entries(sheets)) addSheet(google, name, rows as never);
  const spreadsheet = (
    google.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
  ).getActive();
  google.log.reset();
  return { google, spreadsheet };
}

const july3 = { year: 2023, month: 7, day: 3 };

describe("readWorkbookTables", () => {
  it("reads each date cell as the calendar day it shows, in the spreadsheet's time zone", () => {
    for (const timeZone of ["Asia/Ho_Chi_Minh", "Pacific/Auckland", "America/Los_Angeles"]) {
      const { spreadsheet } = spreadsheetWith({ timeZone }, { "Sinh hoạt": [["Ngày"], [july3]] });
      expect(readWorkbookTables(spreadsheet)[0]?.rows[1]).toEqual([july3]);
    }
  });

  it("reads a birth date of the years Viet Nam kept UTC+8 as the day typed", () => {
    const birth = { year: 1968, month: 2, day: 1 };
    const { spreadsheet } = spreadsheetWith({}, { "Đảng viên": [["Ngày sinh"], [birth]] });
    expect(readWorkbookTables(spreadsheet)[0]?.rows[1]).toEqual([birth]);
  });

  it("reads only the input tabs, whatever their spelling, with one getValues() each", () => {
    const { google, spreadsheet } = spreadsheetWith(
      {},
      {
        "thong tin chung": [["Mục", "Giá trị"]],
        "Đánh giá 2024": [["báo cáo"]],
        "Ghi chép riêng": [["x"]],
        "Sinh hoạt": [["Ngày"]],
      },
    );
    expect(readWorkbookTables(spreadsheet).map((table) => table.name)).toEqual([
      "thong tin chung",
      "Sinh hoạt",
    ]);
    expect(google.log.count("Range.getValues")).toBe(2);
  });

  it("keeps text, numbers and checkboxes as they are and '' for empty cells", () => {
    const { spreadsheet } = spreadsheetWith(
      {},
      {
        "Nhiệm vụ": [
          ["a", "b", "c", "d"],
          ["x", 2.5, true, ""],
        ],
      },
    );
    expect(readWorkbookTables(spreadsheet)[0]?.rows).toEqual([
      ["a", "b", "c", "d"],
      ["x", 2.5, true, ""],
    ]);
  });
});
