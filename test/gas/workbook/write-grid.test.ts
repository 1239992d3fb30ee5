import { afterEach, describe, expect, it, vi } from "vitest";
import type { ReportGrid } from "../../../src/core/index";
import { writeReportGrid } from "../../../src/gas/workbook/write-grid";
import { createFakeGoogle, sheetNamed, valuesOf } from "../fakes/index";

function emptySheet() {
  const google = createFakeGoogle();
  const spreadsheet = (
    google.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
  ).getActive();
  const sheet = spreadsheet.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
  // The border style enum is read from the global, as in Apps Script.
  vi.stubGlobal("SpreadsheetApp", google.globals.SpreadsheetApp);
  google.log.reset();
  return { google, sheet, data: sheetNamed(google, "Trang tính1") };
}

const grid = (cells: ReportGrid["cells"], extra: Partial<ReportGrid> = {}): ReportGrid => ({
  sheetName: "Đánh giá 2024",
  cells,
  columnWidths: (cells[0] ?? []).map(() => 120),
  rowHeights: cells.map(() => 21),
  merges: [],
  bordered: [],
  ...extra,
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("writeReportGrid", () => {
  it("grows a new sheet of 1,000 rows and 26 columns to hold a longer and wider grid, in one call each way", () => {
    const { google, sheet, data } = emptySheet();
    const row = (index: number) =>
      Array.from({ length: 30 }, (_, column) => ({ value: index * 100 + column }));
    writeReportGrid(sheet, grid(Array.from({ length: 1200 }, (_, index) => row(index))));
    expect(google.log.count("Sheet.insertRowsAfter")).toBe(1);
    expect(google.log.count("Sheet.insertColumnsAfter")).toBe(1);
    expect(valuesOf(data)[1199]?.[29]).toBe(119929);
  });

  it("leaves the sheet's size alone when the grid fits", () => {
    const { google, sheet } = emptySheet();
    writeReportGrid(sheet, grid([[{ value: "Đạt" }]]));
    expect(google.log.count("Sheet.insertRowsAfter") + google.log.count("Sheet.insertColumnsAfter")).toBe(0);
  });

  it("writes text starting with =, +, - or @ as text, and numbers as numbers", () => {
    const { sheet, data } = emptySheet();
    writeReportGrid(
      sheet,
      grid([[{ value: "=1+1" }, { value: "+84" }, { value: "-x" }, { value: "@a" }, { value: 12 }]]),
    );
    expect(valuesOf(data)).toEqual([["=1+1", "+84", "-x", "@a", 12]]);
    expect(data.cells[0]?.every((cell) => cell.formula === "")).toBe(true);
  });

  it("writes each style as one matrix, only the styles some cell uses", () => {
    const { google, sheet, data } = emptySheet();
    writeReportGrid(
      sheet,
      grid([
        [{ value: "Tiêu đề", style: { bold: true, horizontal: "center" } }, { value: "" }],
        [{ value: "Đạt", style: { background: "#d9ead3" } }, { value: "x" }],
      ]),
    );
    expect(google.log.count("Range.setFontWeights")).toBe(1);
    expect(google.log.count("Range.setBackgrounds")).toBe(1);
    expect(google.log.count("Range.setFontStyles")).toBe(0);
    expect(data.cells[0]?.[0]?.fontWeight).toBe("bold");
    expect(data.cells[0]?.[1]?.fontWeight).toBe("normal");
    expect(data.cells[1]?.[0]?.background).toBe("#d9ead3");
  });

  it("merges, borders every table in one call and sets widths by runs of equal columns", () => {
    const { google, sheet, data } = emptySheet();
    const cells = [0, 1, 2].map(() => [0, 1, 2].map(() => ({ value: "v" })));
    writeReportGrid(
      sheet,
      grid(cells, {
        columnWidths: [40, 200, 200],
        merges: [{ row: 0, column: 0, rows: 1, columns: 3 }],
        bordered: [
          { row: 1, column: 0, rows: 1, columns: 3 },
          { row: 2, column: 1, rows: 1, columns: 1 },
        ],
      }),
    );
    expect(data.merges).toEqual([{ row: 1, column: 1, rows: 1, columns: 3 }]);
    expect(google.log.count("RangeList.setBorder")).toBe(1);
    expect(data.cells[1]?.map((cell) => cell.bordered)).toEqual([true, true, true]);
    expect(data.cells[2]?.map((cell) => cell.bordered)).toEqual([false, true, false]);
    expect(google.log.count("Sheet.setColumnWidths")).toBe(2);
    expect([1, 2, 3].map((column) => data.columnWidths.get(column))).toEqual([40, 200, 200]);
  });

  it("forces the height of rows whose wrapped text spans a merge, and only those", () => {
    const { google, sheet, data } = emptySheet();
    const wrapped = { value: "một đoạn dài", style: { wrap: true } };
    const cells = [
      [wrapped, { value: "" }],
      [wrapped, { value: "" }],
      [wrapped, { value: "ô đơn" }],
    ];
    writeReportGrid(
      sheet,
      grid(cells, {
        rowHeights: [60, 60, 90],
        merges: [
          { row: 0, column: 0, rows: 1, columns: 2 },
          { row: 1, column: 0, rows: 1, columns: 2 },
        ],
      }),
    );
    expect(google.log.count("Sheet.setRowHeightsForced")).toBe(1);
    expect([1, 2, 3].map((row) => data.rowHeights.get(row))).toEqual([60, 60, undefined]);
  });
});
