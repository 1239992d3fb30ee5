/**
 * `goToCell`: the **Đi tới** button of a data problem selects the offending cell in the sheet. The target
 * comes from the sidebar, which may be stale (rows deleted since) or not ours: it is checked here, and a
 * cell that is no longer there gets a Vietnamese message rather than Google's English range error.
 */
import { fold } from "../../core/index";
import type { GoToResponse } from "../../protocol/sidebar";

const REFRESH = "hãy bấm Kiểm tra lại rồi chọn Đi tới.";

const unreadableTarget = (): GoToResponse => ({
  ok: false,
  message: `Không biết ô cần đi tới (bảng điều khiển có thể đã cũ); ${REFRESH}`,
});

export function goToCell(target: unknown): GoToResponse {
  if (typeof target !== "object" || target === null) return unreadableTarget();
  const { sheet: sheetName, row: givenRow, column: columnName } = target as Record<string, unknown>;
  if (typeof sheetName !== "string" || sheetName.trim() === "") return unreadableTarget();
  if (
    givenRow !== null &&
    givenRow !== undefined &&
    !(Number.isInteger(givenRow) && (givenRow as number) >= 1)
  ) {
    return unreadableTarget();
  }
  if (columnName !== null && columnName !== undefined && typeof columnName !== "string")
    return unreadableTarget();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheets().find((candidate) => fold(candidate.getName()) === fold(sheetName));
  if (!sheet) return { ok: false, message: `Không tìm thấy trang "${sheetName}" trong bảng tính.` };
  const row = typeof givenRow === "number" ? givenRow : 1;
  if (row > sheet.getMaxRows()) {
    return { ok: false, message: `Trang "${sheet.getName()}" không còn dòng ${row}; ${REFRESH}` };
  }
  let column = 1;
  if (typeof columnName === "string" && sheet.getLastColumn() > 0) {
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
    const index = headers.findIndex((header) => fold(String(header)) === fold(columnName));
    if (index >= 0) column = index + 1;
  }
  sheet.activate();
  sheet.getRange(row, column).activate();
  return { ok: true };
}
