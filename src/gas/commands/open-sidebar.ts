import { MENU_TITLE } from "../menu";

/** Menu `Mở bảng điều khiển`: the sidebar built into dist/sidebar.html. */
export function openSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile("sidebar").setTitle(MENU_TITLE);
  SpreadsheetApp.getUi().showSidebar(page);
}
