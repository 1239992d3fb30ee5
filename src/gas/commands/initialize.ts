/**
 * Menu `Khởi tạo bảng tính`: creates the input sheets that are missing, from the core template, and
 * offers the vi_VN locale and Asia/Ho_Chi_Minh time zone. Sheets already there are never touched.
 */
import { fold, templateSheets } from "../../core/index";
import { withDocumentLock } from "../document-lock";
import { MENU_TITLE } from "../menu";
import { VIETNAM_TIME_ZONE } from "../workbook/calendar";
import { createTemplateSheet } from "../workbook/template-sheet";

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
  const present = new Set(spreadsheet.getSheets().map((sheet) => fold(sheet.getName())));
  const missing = templateSheets().filter((template) => !present.has(fold(template.title)));
  const created = missing.map((template) => createTemplateSheet(spreadsheet, template));
  created[0]?.activate();
  const message =
    created.length > 0
      ? `Đã tạo ${created.length} trang: ${missing.map((template) => template.title).join(", ")}.`
      : "Các trang đã có đủ; không thay đổi gì.";
  spreadsheet.toast(message, MENU_TITLE, 10);
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
