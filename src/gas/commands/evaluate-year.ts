/**
 * Menu `Đánh giá cuối năm`: evaluates the workbook and writes `Đánh giá <năm>` (spec §7) and, beside it,
 * the named list of member ratings `Xếp loại đảng viên <năm>` (spec §9).
 */
import {
  type Assessment,
  assess,
  buildRatingsSheet,
  buildReport,
  conclusionText,
  type Evaluation,
} from "../../core/index";
import { withDocumentLock } from "../document-lock";
import { MENU_TITLE } from "../menu";
import { todayInVietnam } from "../workbook/calendar";
import { readWorkbookTables } from "../workbook/read-tables";
import { freshReportSheet } from "../workbook/report-sheet";
import { writeReportGrid } from "../workbook/write-grid";

type Ui = GoogleAppsScript.Base.Ui;

export function evaluateYear(): void {
  const ui = SpreadsheetApp.getUi();
  const locked = withDocumentLock(() => writeYearReport(ui));
  if (!locked.ok) ui.alert(MENU_TITLE, locked.message, ui.ButtonSet.OK);
}

/** The sheet written and its evaluation (the sidebar shows the verdict), or null when none was written. */
export interface YearReport {
  readonly sheetName: string;
  /** null when a sheet of that name not made by the product was kept. */
  readonly ratingsSheetName: string | null;
  readonly evaluation: Evaluation;
}

export function writeYearReport(ui: Ui): YearReport | null {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const outcome = assess(readWorkbookTables(spreadsheet), { today: todayInVietnam() });
  if (!outcome.ok) {
    ui.alert(MENU_TITLE, outcome.message, ui.ButtonSet.OK);
    return null;
  }
  const { evaluation } = outcome.assessment;
  const errors = evaluation.issues.filter((issue) => issue.severity === "error").length;
  if (errors > 0 && !confirm(ui, errorWarning(errors))) return null;
  const grid = buildReport(outcome.assessment);
  const sheet = freshReportSheet(spreadsheet, grid.sheetName, () =>
    confirm(ui, foreignSheetQuestion(grid.sheetName)),
  );
  if (!sheet) return null;
  writeReportGrid(sheet, grid);
  const ratingsSheetName = writeRatingsSheet(ui, spreadsheet, outcome.assessment, sheet.getIndex());
  sheet.activate();
  spreadsheet.toast(conclusionText(evaluation), MENU_TITLE, 15);
  return { sheetName: grid.sheetName, ratingsSheetName, evaluation };
}

/** The named list, right after the evaluation (its 1-based `after`) unless it replaces one in place. */
function writeRatingsSheet(
  ui: Ui,
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  assessment: Assessment,
  after: number,
): string | null {
  const grid = buildRatingsSheet(assessment);
  const sheet = freshReportSheet(
    spreadsheet,
    grid.sheetName,
    () => confirm(ui, foreignSheetQuestion(grid.sheetName, "danh sách xếp loại mới")),
    after,
  );
  if (!sheet) return null;
  writeReportGrid(sheet, grid);
  return grid.sheetName;
}

function confirm(ui: Ui, question: string): boolean {
  return ui.alert(MENU_TITLE, question, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

function errorWarning(errors: number): string {
  return (
    `Dữ liệu còn ${errors} lỗi. Các chỉ báo dùng đến ô lỗi sẽ là "Thiếu dữ liệu" hoặc "Không đạt". ` +
    'Xem và sửa bằng menu Chi bộ 4 tốt → "Kiểm tra dữ liệu".\n\nVẫn lập báo cáo đánh giá?'
  );
}

function foreignSheetQuestion(name: string, replacement = "báo cáo mới"): string {
  return (
    `Bảng tính đã có trang "${name}" không do Chi bộ 4 tốt lập. ` +
    `Xóa trang đó và thay bằng ${replacement}? Chọn Không để giữ nguyên (có thể đổi tên trang rồi chạy lại).`
  );
}
