/** Menu `Kiểm tra dữ liệu`: the data problems in a dialog, errors first (spec §5). Reads only. */
import { assess, type Issue } from "../../core/index";
import { MENU_TITLE } from "../menu";
import { todayInVietnam } from "../workbook/calendar";
import { readWorkbookTables } from "../workbook/read-tables";

/** A dialog stays readable; the rest are counted. */
const SHOWN_LIMIT = 500;

export function checkData(): void {
  const ui = SpreadsheetApp.getUi();
  const outcome = assess(readWorkbookTables(SpreadsheetApp.getActiveSpreadsheet()), {
    today: todayInVietnam(),
  });
  if (!outcome.ok) {
    ui.alert(MENU_TITLE, outcome.message, ui.ButtonSet.OK);
    return;
  }
  const issues = errorsFirst(outcome.assessment.evaluation.issues);
  if (issues.length === 0) {
    ui.alert(MENU_TITLE, "Không phát hiện lỗi nào trong dữ liệu.", ui.ButtonSet.OK);
    return;
  }
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const page = HtmlService.createHtmlOutput(issuesPage(issues)).setWidth(760).setHeight(480);
  ui.showModalDialog(page, `Kiểm tra dữ liệu: ${errors} lỗi, ${issues.length - errors} cảnh báo`);
}

function errorsFirst(issues: readonly Issue[]): Issue[] {
  return [
    ...issues.filter((issue) => issue.severity === "error"),
    ...issues.filter((issue) => issue.severity !== "error"),
  ];
}

function issuesPage(issues: readonly Issue[]): string {
  const rows = issues
    .slice(0, SHOWN_LIMIT)
    .map((issue) => {
      const cells = [
        issue.severity === "error" ? "Lỗi" : "Cảnh báo",
        issue.sheet,
        issue.row === null ? "" : String(issue.row),
        issue.column ?? "",
        issue.message,
      ];
      return `<tr class="${issue.severity}">${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`;
    })
    .join("");
  const more =
    issues.length > SHOWN_LIMIT
      ? `<p>… và ${issues.length - SHOWN_LIMIT} vấn đề khác (sửa các lỗi trên trước).</p>`
      : "";
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{font-family:Arial,sans-serif;font-size:13px;margin:0 8px}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f1f3f4}
tr.error td:first-child{color:#b3261e;font-weight:bold}
tr.warning td:first-child{color:#8a5a00}
</style></head><body><table><thead><tr><th>Mức</th><th>Trang</th><th>Dòng</th><th>Cột</th><th>Vấn đề</th></tr></thead>
<tbody>${rows}</tbody></table>${more}</body></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
