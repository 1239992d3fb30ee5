/**
 * Reads the input tabs of a spreadsheet into the engine's tables: one getValues() per tab, dates as
 * CalendarDate in the spreadsheet's time zone. Other tabs (the reports, the secretary's own) are not read.
 */

import { type CellValue, fold, SHEETS, type WorkbookTables } from "../../core/index";
import { type DateReader, dateReader, isDate } from "./calendar";

const INPUT_TITLES = new Set(Object.values(SHEETS).map((sheet) => fold(sheet.title)));

function isInputSheetName(name: string): boolean {
  return INPUT_TITLES.has(fold(name));
}

export function readWorkbookTables(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): WorkbookTables {
  const readDate = dateReader(spreadsheet.getSpreadsheetTimeZone());
  return spreadsheet
    .getSheets()
    .map((sheet) => ({ sheet, name: sheet.getName() }))
    .filter(({ name }) => isInputSheetName(name))
    .map(({ sheet, name }) => ({ name, rows: toTableRows(sheet.getDataRange().getValues(), readDate) }));
}

/** Values as getValues() or a custom function's argument gives them, as engine cells. */
export function toTableRows(values: readonly (readonly unknown[])[], readDate: DateReader): CellValue[][] {
  return values.map((row) => row.map((value) => toCellValue(value, readDate)));
}

export function toCellValue(value: unknown, readDate: DateReader): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (isDate(value)) return Number.isNaN(value.getTime()) ? null : readDate(value);
  return String(value);
}
