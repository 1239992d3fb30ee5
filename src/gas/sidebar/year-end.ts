/** `runYearEnd`: the menu's Đánh giá cuối năm from the sidebar, answering with the verdict. */
import { conclusionText } from "../../core/index";
import type { YearEndResponse } from "../../protocol/sidebar";
import { writeYearReport } from "../commands/evaluate-year";
import { withDocumentLock } from "../document-lock";

export function runYearEnd(): YearEndResponse {
  const ui = SpreadsheetApp.getUi();
  const locked = withDocumentLock(() => writeYearReport(ui));
  if (!locked.ok) return { ok: false, message: locked.message };
  const report = locked.value;
  if (!report) return { ok: false, message: "Chưa lập trang đánh giá (xem thông báo trong bảng tính)." };
  return {
    ok: true,
    sheetName: report.sheetName,
    ratingsSheetName: report.ratingsSheetName,
    verdict: conclusionText(report.evaluation),
    passed: report.evaluation.passed,
  };
}
