/**
 * Puts the `Đánh giá <năm>` sheet into the shared copy as it is now (the secretary may have typed
 * the `Số …-BC/CB`), values and formatting only. Sheet.copyTo keeps every format, merge and width in
 * one call; a formula the secretary may have typed is then replaced by its value, read in the cell's
 * file where its references still resolve, so nothing in the copy points back to that file.
 */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const TEXT_FORMAT = "@";

/** Leaves the copy holding only that sheet, under the same name; returns the sheet's values. */
export function replaceWithEvaluation(source: Sheet, copy: Spreadsheet): unknown[][] {
  const copied = source.copyTo(copy);
  const copiedId = copied.getSheetId();
  for (const sheet of copy.getSheets()) {
    if (sheet.getSheetId() !== copiedId) copy.deleteSheet(sheet);
  }
  copied.setName(source.getName());
  const range = source.getDataRange();
  const values = range.getValues();
  if (range.getFormulas().some((row) => row.some((formula) => formula !== ""))) {
    writeValuesOnly(copied.getRange(range.getA1Notation()), values);
  }
  return values;
}

/** Text cells get the text format first, so a value such as `=…` or `-…` is not read as a formula. */
function writeValuesOnly(target: GoogleAppsScript.Spreadsheet.Range, values: unknown[][]): void {
  const formats = target.getNumberFormats();
  target.setNumberFormats(
    values.map((row, r) =>
      row.map((value, c) => (typeof value === "string" ? TEXT_FORMAT : (formats[r]?.[c] ?? ""))),
    ),
  );
  target.setValues(values);
}
