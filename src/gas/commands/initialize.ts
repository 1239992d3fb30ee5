/**
 * Menu `Khởi tạo bảng tính`: creates the input sheets that are missing, from the core template, and
 * offers the vi_VN locale and Asia/Ho_Chi_Minh time zone. In sheets already there no cell in use is
 * touched: only the columns newer than the sheet (e.g. the year-end review columns of `Đảng viên`) are
 * added, to the right of every column in use.
 */
import { fold, type TemplateSheet, templateSheets } from "../../core/index";
import { withDocumentLock } from "../document-lock";
import { MENU_TITLE } from "../menu";
import { VIETNAM_TIME_ZONE } from "../workbook/calendar";
import { appendTemplateColumns, createTemplateSheet } from "../workbook/template-sheet";

type Ui = GoogleAppsScript.Base.Ui;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const VIETNAM_LOCALE = "vi_VN";

export function initializeWorkbook(): void {
  const ui = SpreadsheetApp.getUi();
  const locked = withDocumentLock(() => createMissingSheets(ui));
  if (!locked.ok) ui.alert(MENU_TITLE, locked.message, ui.ButtonSet.OK);
}

function createMissingSheets(ui: Ui): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  offerVietnameseSettings(spreadsheet, ui);
  const present = new Map(spreadsheet.getSheets().map((sheet) => [fold(sheet.getName()), sheet]));
  const templates = templateSheets();
  const missing = templates.filter((template) => !present.has(fold(template.title)));
  const widened = templates.flatMap((template) => {
    const sheet = present.get(fold(template.title));
    const added = sheet ? addNewerColumns(sheet, template) : [];
    return added.length > 0 ? [`${added.length} cột vào trang ${sheet?.getName()}: ${added.join(", ")}`] : [];
  });
  const created = missing.map((template) => createTemplateSheet(spreadsheet, template));
  created[0]?.activate();
  const messages = [
    created.length > 0
      ? `Đã tạo ${created.length} trang: ${missing.map((template) => template.title).join(", ")}.`
      : "",
    widened.length > 0 ? `Đã thêm ${widened.join("; ")}.` : "",
  ].filter(Boolean);
  spreadsheet.toast(
    messages.length > 0 ? messages.join(" ") : "Các trang đã có đủ; không thay đổi gì.",
    MENU_TITLE,
    10,
  );
}

/** The template's newer columns the sheet lacks, added after its last column in use; their headers. */
function addNewerColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet, template: TemplateSheet): string[] {
  const newer = template.columns.filter((column) => column.addedLater);
  const lastColumn = sheet.getLastColumn();
  if (newer.length === 0 || lastColumn === 0) return [];
  const headers = new Set(
    (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? []).map((cell) => fold(String(cell))),
  );
  // A sheet without its required headers is still being made by hand: it is left as it is.
  if (template.columns.some((column) => column.required && !headers.has(fold(column.header)))) return [];
  const lacking = newer.filter((column) => !headers.has(fold(column.header)));
  if (lacking.length > 0) appendTemplateColumns(sheet, lacking, lastColumn + 1);
  return lacking.map((column) => column.header);
}

/** In en_US a typed `03/07/2023` becomes 7 March before any code sees it: ask, then switch. */
function offerVietnameseSettings(spreadsheet: Spreadsheet, ui: Ui): void {
  const locale = spreadsheet.getSpreadsheetLocale();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  if (locale === VIETNAM_LOCALE && timeZone === VIETNAM_TIME_ZONE) return;
  const reasons = [
    locale === VIETNAM_LOCALE
      ? ""
      : `Bảng tính đang dùng ngôn ngữ "${locale}": ngày gõ 03/07/2023 có thể bị hiểu thành ngày 7 tháng 3.`,
    timeZone === VIETNAM_TIME_ZONE
      ? ""
      : `Bảng tính đang dùng múi giờ "${timeZone}": ngày hôm nay và ngày đánh giá cần tính theo giờ Việt Nam.`,
  ].filter(Boolean);
  const question =
    `${reasons.join("\n")}\n\n` +
    `Chuyển bảng tính sang ngôn ngữ Việt Nam (${VIETNAM_LOCALE}) và giờ Việt Nam (${VIETNAM_TIME_ZONE})?`;
  if (ui.alert(MENU_TITLE, question, ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
  if (locale !== VIETNAM_LOCALE) spreadsheet.setSpreadsheetLocale(VIETNAM_LOCALE);
  if (timeZone !== VIETNAM_TIME_ZONE) spreadsheet.setSpreadsheetTimeZone(VIETNAM_TIME_ZONE);
}
