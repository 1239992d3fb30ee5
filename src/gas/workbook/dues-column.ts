/**
 * Writes one month of `Đảng phí` as planned by the engine: only the cells that change, through one
 * RangeList for the new payments (amount or `x`) and one for the months unticked, plus one block of
 * names for members who had no row. The number of calls does not grow with the members.
 */
import type { DuesMonthWrite } from "../../core/index";
import { a1Range } from "./a1";

const TEXT_FORMAT = "@";

/** `C2:C5`, `C9`: consecutive rows of one column as few ranges as possible. */
function columnRuns(rows: readonly number[], column: number): string[] {
  const sorted = [...rows].sort((a, b) => a - b);
  const ranges: string[] = [];
  let start = sorted[0];
  let previous = start;
  for (const row of [...sorted.slice(1), Number.NaN]) {
    if (previous !== undefined && row === previous + 1) {
      previous = row;
      continue;
    }
    if (start !== undefined && previous !== undefined)
      ranges.push(a1Range(start, column + 1, previous - start + 1, 1));
    start = row;
    previous = row;
  }
  return ranges;
}

export function writeDuesMonth(sheet: GoogleAppsScript.Spreadsheet.Sheet, write: DuesMonthWrite): void {
  const added = write.newRows;
  if (added.length > 0) {
    const last = (added[added.length - 1] as { row: number }).row;
    const maxRows = sheet.getMaxRows();
    if (last > maxRows) sheet.insertRowsAfter(maxRows, last - maxRows);
    // Names as text, so a name typed `=…` never becomes a formula.
    sheet
      .getRange((added[0] as { row: number }).row, write.nameColumn + 1, added.length, 1)
      .setNumberFormat(TEXT_FORMAT)
      .setValues(added.map((row) => [row.name]));
  }
  const paid = columnRuns([...write.paidRows, ...added.map((row) => row.row)], write.column);
  if (paid.length > 0) sheet.getRangeList(paid).setValue(write.value);
  const cleared = columnRuns(write.clearedRows, write.column);
  if (cleared.length > 0) sheet.getRangeList(cleared).clearContent();
}
