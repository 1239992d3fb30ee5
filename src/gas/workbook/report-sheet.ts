/**
 * The `Đánh giá <năm>` sheet: marked as the product's with developer metadata, so regenerating
 * replaces only a sheet we made; a sheet of that name made by someone else is replaced only if
 * the secretary agrees.
 */

const REPORT_MARK = "chibo4tot.report";

export function isProductReport(sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  return sheet.getDeveloperMetadata().some((metadata) => metadata.getKey() === REPORT_MARK);
}

/**
 * A fresh, empty, marked sheet named `name`, at the place of the one it replaces (else at 0-based `place`,
 * else last); null when a foreign sheet of that name exists and `mayReplaceForeign` says no.
 */
export function freshReportSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
  mayReplaceForeign: () => boolean,
  place?: number,
  description = "Trang do Chi bộ 4 tốt lập; lập lại bằng menu Chi bộ 4 tốt → Đánh giá cuối năm.",
): GoogleAppsScript.Spreadsheet.Sheet | null {
  const existing = spreadsheet.getSheetByName(name);
  let index = place ?? spreadsheet.getNumSheets();
  if (existing) {
    if (!isProductReport(existing) && !mayReplaceForeign()) return null;
    index = existing.getIndex() - 1;
    spreadsheet.deleteSheet(existing);
  }
  const sheet = spreadsheet.insertSheet(name, index);
  sheet.addDeveloperMetadata(REPORT_MARK);
  sheet.setHiddenGridlines(true);
  sheet.protect().setWarningOnly(true).setDescription(description);
  return sheet;
}
