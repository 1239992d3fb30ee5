/**
 * Puts the `Đánh giá <năm>` sheet (and, when asked, `Xếp loại đảng viên <năm>`) into the shared copy as
 * it is now (the secretary may have typed the `Số …-BC/CB`), values and formatting only. Sheet.copyTo
 * keeps every format, merge and width in one call; a formula the secretary may have typed is then replaced by its value, read in the cell's
 * file where its references still resolve, so nothing in the copy points back to that file.
 */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const TEXT_FORMAT = "@";

/**
 * Leaves the copy holding exactly these sheets, in this order, under the same names; returns each sheet's
 * values.
 */
export function replaceWithSheets(sources: readonly Sheet[], copy: Spreadsheet): unknown[][][] {
  const copies = sources.map((source) => source.copyTo(copy));
  const kept = new Set(copies.map((copied) => copied.getSheetId()));
  for (const sheet of copy.getSheets()) {
    if (!kept.has(sheet.getSheetId())) copy.deleteSheet(sheet);
  }
  return sources.map((source, index) => {
    const copied = copies[index] as Sheet;
    copied.setName(source.getName());
    const range = source.getDataRange();
    const values = range.getValues();
    if (range.getFormulas().some((row) => row.some((formula) => formula !== ""))) {
      writeValuesOnly(copied.getRange(range.getA1Notation()), values);
    }
    return values;
  });
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
