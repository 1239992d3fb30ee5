/**
 * Menu and sidebar `Theo dõi đảng phí`: creates `Đảng phí` with the members listed, or adds at the bottom
 * the members who joined since; no mark is ever touched. Plain Khởi tạo never creates it (spec §2).
 */
import { type CalendarDate, planDuesSheet } from "../../core/index";
import { withDocumentLock } from "../document-lock";
import { MENU_TITLE } from "../menu";
import { todayInVietnam } from "../workbook/calendar";
import { readWorkbookTables } from "../workbook/read-tables";
import { createTemplateSheet } from "../workbook/template-sheet";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const TEXT_FORMAT = "@";

export interface TrackedDues {
  readonly ok: boolean;
  /** What was done, in Vietnamese. */
  readonly message: string;
}

const listed = (names: readonly string[]) =>
  names.length <= 5 ? names.join(", ") : `${names.slice(0, 5).join(", ")} và ${names.length - 5} người khác`;

/** One read of the input sheets, then at most one block written. */
export function trackDuesIn(spreadsheet: Spreadsheet, today: CalendarDate): TrackedDues {
  const plan = planDuesSheet(readWorkbookTables(spreadsheet), today);
  if (plan.kind === "unusable") return { ok: false, message: plan.message };
  if (plan.kind === "create") {
    const sheet = createTemplateSheet(spreadsheet, plan.template);
    sheet.activate();
    const who =
      plan.names.length > 0
        ? `với ${plan.names.length} đảng viên`
        : "(chưa có đảng viên nào trong trang Đảng viên)";
    return {
      ok: true,
      message: `Đã tạo trang "${plan.template.title}" ${who}. Mỗi tháng ghi số tiền hoặc x khi đã đóng; Miễn, Có lý do khi cần. Ô trống của tháng đã qua là chưa đóng.`,
    };
  }
  if (plan.names.length === 0) {
    return { ok: true, message: `Trang "${plan.sheet}" đã có đủ đảng viên; không thay đổi gì.` };
  }
  const sheet = spreadsheet.getSheetByName(plan.sheet);
  if (!sheet) return { ok: false, message: `Không mở được trang "${plan.sheet}"; hãy thử lại.` };
  const last = plan.row + plan.names.length - 1;
  const maxRows = sheet.getMaxRows();
  if (last > maxRows) sheet.insertRowsAfter(maxRows, last - maxRows);
  sheet
    .getRange(plan.row, plan.column + 1, plan.names.length, 1)
    .setNumberFormat(TEXT_FORMAT)
    .setValues(plan.names.map((name) => [name]));
  return {
    ok: true,
    message: `Đã thêm ${plan.names.length} đảng viên vào cuối trang "${plan.sheet}": ${listed(plan.names)}.`,
  };
}

export function trackDues(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const locked = withDocumentLock(() => trackDuesIn(spreadsheet, todayInVietnam()));
  const message = locked.ok ? locked.value.message : locked.message;
  if (locked.ok && locked.value.ok) spreadsheet.toast(message, MENU_TITLE, 10);
  else {
    const ui = SpreadsheetApp.getUi();
    ui.alert(MENU_TITLE, message, ui.ButtonSet.OK);
  }
}
