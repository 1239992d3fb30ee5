/**
 * Appends one record under the matching headers of a sheet (quick entry from the sidebar): headers
 * are matched the tolerant way of the engine, dates are written as date serials with `dd/mm/yyyy`
 * (no time zone can shift them), and text as text (`@`), so nothing typed becomes a formula.
 */
import { type CellValue, DATE_FORMAT, fold, holdsData, isCalendarDate } from "../../core/index";
import { dateSerial } from "./calendar";

const TEXT_FORMAT = "@";

/**
 * Returns the 1-based row written. Fields whose value is null or "" are left blank. A field with no
 * matching header throws an Error whose Vietnamese message the caller can show as is.
 */
export function appendRowByHeader(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  record: Readonly<Record<string, CellValue>>,
): number {
  const existing = sheet.getDataRange().getValues();
  const headers = existing[0] ?? [""];
  const width = headers.length;
  const columnOf = new Map(headers.map((header, index) => [fold(String(header)), index] as const));
  // After the last row holding data: the template's rows of unchecked checkboxes (FALSE) do not count,
  // though getLastRow() would.
  let lastFilled = existing.length;
  while (lastFilled > 1 && !(existing[lastFilled - 1] ?? []).some((cell) => holdsData(cell as CellValue))) {
    lastFilled--;
  }
  const row = lastFilled + 1;
  if (row > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), 1);
  const range = sheet.getRange(row, 1, 1, width);
  // Start from what the row holds (unchecked checkboxes stay FALSE), blank where it held nothing.
  const values: unknown[] = headers.map((_, column) => existing[row - 1]?.[column] ?? "");
  const formats = range.getNumberFormats()[0] ?? headers.map(() => "");
  for (const [header, value] of Object.entries(record)) {
    const column = columnOf.get(fold(header));
    if (column === undefined) {
      throw new Error(`Trang "${sheet.getName()}" không có cột "${header}" ở dòng 1.`);
    }
    if (value === null || value === "") continue;
    if (isCalendarDate(value)) {
      values[column] = dateSerial(value);
      formats[column] = DATE_FORMAT;
    } else {
      values[column] = value;
      if (typeof value === "string") formats[column] = TEXT_FORMAT;
    }
  }
  range.setNumberFormats([formats]);
  range.setValues([values]);
  return row;
}
