/**
 * Menu `Tổng hợp các chi bộ`, in the superior committee's spreadsheet (spec §10): opens each link of
 * `Danh sách chi bộ`, reads back its `Đánh giá <năm>`, and writes `Tổng hợp <năm>`. Hundreds of links do
 * not fit Apps Script's 6 minutes: the command stops reading before its time budget runs out, keeps what it
 * read (a hidden sheet), says how many links remain, and the next click continues where it stopped.
 */
import { buildRollupReport, type RollupSource, rollUp, VERDICTS } from "../../core/index";
import { withDocumentLock } from "../document-lock";
import { MENU_TITLE } from "../menu";
import { readCellList } from "../rollup/cell-list";
import { clearProgress, loadProgress, saveProgress } from "../rollup/progress";
import { readLink } from "../rollup/read-link";
import { todayInVietnam } from "../workbook/calendar";
import { freshReportSheet } from "../workbook/report-sheet";
import { writeReportGrid } from "../workbook/write-grid";

type Ui = GoogleAppsScript.Base.Ui;

/**
 * Apps Script stops a run at 6 minutes. Reading stops at 4 minutes 30 seconds, or earlier when the slowest
 * link so far, twice over, would pass that: the rest of the budget writes what was read and the sheet.
 */
export const READ_BUDGET_MS = 270_000;

export function rollUpCells(): void {
  const ui = SpreadsheetApp.getUi();
  const started = Date.now();
  const locked = withDocumentLock(() => rollUpOnce(ui, started));
  if (!locked.ok) ui.alert(MENU_TITLE, locked.message, ui.ButtonSet.OK);
}

function rollUpOnce(ui: Ui, started: number): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const list = readCellList(spreadsheet);
  if (!list.ok) {
    ui.alert(MENU_TITLE, list.message, ui.ButtonSet.OK);
    return;
  }
  const progress = loadProgress(spreadsheet);
  const links = [...new Set(list.links.map((entry) => entry.link))];
  const pending = links.filter((link) => !progress.read.has(link));
  const readNow: RollupSource[] = [];
  let slowest = 0;
  for (const link of pending) {
    const before = Date.now();
    if (before - started + 2 * slowest > READ_BUDGET_MS) break;
    readNow.push(readLink(link));
    slowest = Math.max(slowest, Date.now() - before);
  }
  const remaining = pending.length - readNow.length;
  if (remaining > 0) {
    saveProgress(spreadsheet, progress, readNow);
    const done = links.length - remaining;
    ui.alert(
      MENU_TITLE,
      `Đã đọc ${done}/${links.length} đường liên kết; còn ${remaining} chưa đọc vì Google giới hạn mỗi lần chạy 6 phút. ` +
        'Chọn lại Chi bộ 4 tốt → "Tổng hợp các chi bộ" để đọc tiếp từ chỗ dừng (những gì đã đọc được giữ lại).',
      ui.ButtonSet.OK,
    );
    return;
  }
  const read = new Map(progress.read);
  for (const source of readNow) read.set(source.source, source);
  const sources = links.map((link) => read.get(link) as RollupSource);
  const rollup = rollUp(sources);
  const notes = new Map(
    list.links.filter((entry) => entry.note !== "").map((entry) => [entry.link, entry.note]),
  );
  const grid = buildRollupReport(rollup, { date: todayInVietnam(), notes });
  const sheet = freshReportSheet(
    spreadsheet,
    grid.sheetName,
    () => confirm(ui, foreignSheetQuestion(grid.sheetName)),
    undefined,
    'Trang do Chi bộ 4 tốt lập; lập lại bằng menu Chi bộ 4 tốt → "Tổng hợp các chi bộ".',
  );
  if (!sheet) {
    saveProgress(spreadsheet, progress, readNow);
    return;
  }
  writeReportGrid(sheet, grid);
  clearProgress(spreadsheet, progress);
  sheet.activate();
  const { totals } = rollup;
  const unreadable =
    totals.unreadable > 0 ? ` ${totals.unreadable} đường liên kết không đọc được (xem cuối bảng).` : "";
  spreadsheet.toast(
    `${totals.passed}/${totals.cells} chi bộ ${VERDICTS.pass.toLowerCase()} "Chi bộ bốn tốt".${unreadable}`,
    MENU_TITLE,
    15,
  );
}

function confirm(ui: Ui, question: string): boolean {
  return ui.alert(MENU_TITLE, question, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

function foreignSheetQuestion(name: string): string {
  return (
    `Bảng tính đã có trang "${name}" không do Chi bộ 4 tốt lập. ` +
    "Xóa trang đó và thay bằng bảng tổng hợp mới? Chọn Không để giữ nguyên (có thể đổi tên trang rồi chạy lại)."
  );
}
