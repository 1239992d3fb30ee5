/**
 * A spreadsheet set up as a secretary would: Khởi tạo from the menu, then a year typed under the
 * headers it made (the good 2024 of test/support/workbook.ts, or any tables in the same layout).
 */
import { SHEET_ORDER, SHEETS, type WorkbookTables } from "../../../src/core/index";
import { type FakeGoogle, sheetNamed, type Typed, typeRows } from "../fakes/index";
import { type BundleContext, callGlobal } from "./load-bundle";

/** Runs `initializeWorkbook` as the menu does (the spreadsheet is already vi_VN, Asia/Ho_Chi_Minh). */
export function initialize(context: BundleContext): void {
  callGlobal(context, "initializeWorkbook");
}

/**
 * Types each table's rows (without its header) into the sheet of that name, under the headers
 * Khởi tạo wrote in the same order; `Thông tin chung` values go in its `Giá trị` column, item by item.
 */
export function typeYear(google: FakeGoogle, tables: WorkbookTables): void {
  for (const table of tables) {
    const sheet = sheetNamed(google, table.name);
    typeRows(sheet, 2, table.rows.slice(1) as (readonly Typed[])[]);
  }
}

/** Each input sheet's values in SHEET_ORDER, as Sheets passes a range to a custom function. */
export function formulaRanges(google: FakeGoogle): unknown[][][] {
  const spreadsheet = (
    google.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
  ).getActive();
  return SHEET_ORDER.map(
    (key) => spreadsheet.getSheetByName(SHEETS[key].title)?.getDataRange().getValues() ?? [],
  );
}
