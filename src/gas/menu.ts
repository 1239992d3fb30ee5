/**
 * The menu `Chi bộ 4 tốt`. onOpen may run in AuthMode.NONE (an add-on not yet used in this file),
 * where only the menu may be built: it reads and writes nothing of the document.
 */

export const MENU_TITLE = "Chi bộ 4 tốt";

/** Caption → name of the global function (an entry of entry-points.ts) it calls. */
const MENU_ITEMS: readonly (readonly [string, string] | null)[] = [
  ["Mở bảng điều khiển", "openSidebar"],
  null,
  ["Khởi tạo bảng tính", "initializeWorkbook"],
  ["Theo dõi đảng phí", "trackDuesMenu"],
  ["Kiểm tra dữ liệu", "checkData"],
  ["Đánh giá cuối năm", "evaluateYear"],
  ["Chia sẻ với cấp trên", "shareWithSuperior"],
  null,
  ["Tổng hợp các chi bộ", "rollUpCells"],
];

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  // A top-level menu, not createAddonMenu(): the product is installed as a script bound to the
  // secretary's sheet (README), where the spec wants her to find `Chi bộ 4 tốt` in the menu bar.
  const menu = SpreadsheetApp.getUi().createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item[0], item[1]);
    else menu.addSeparator();
  }
  menu.addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
