/** `goToCell`: the **Đi tới** button of a data problem selects the offending cell in the sheet. */
import { fold } from "../../core/index";
import type { CellTarget, GoToResponse } from "../../protocol/sidebar";

export function goToCell(target: CellTarget): GoToResponse {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet
    .getSheets()
    .find((candidate) => fold(candidate.getName()) === fold(String(target.sheet)));
  if (!sheet) return { ok: false, message: `Không tìm thấy trang "${target.sheet}" trong bảng tính.` };
  const row = typeof target.row === "number" && target.row >= 1 ? Math.floor(target.row) : 1;
  let column = 1;
  if (target.column !== null && sheet.getLastColumn() > 0) {
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
    const index = headers.findIndex((header) => fold(String(header)) === fold(String(target.column)));
    if (index >= 0) column = index + 1;
  }
  sheet.activate();
  sheet.getRange(row, column).activate();
  return { ok: true };
}
