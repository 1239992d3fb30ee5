/**
 * The year-end sheet `Đánh giá <năm>` (spec §7) as a grid: a party document for A4 portrait, values
 * only. The data problems are deliberately absent: they are for the secretary, not for the superior.
 */
import type { Assessment } from "../assess";
import type { MemberSummary } from "../facts";
import { requirementText } from "../indicators/present";
import { type CriterionResult, STATUS_LABELS, type Status } from "../result";
import { reportSheetName } from "../schema";
import { conclusionText } from "./conclusion";
import {
  addGap,
  addHeader,
  addRow,
  addSignature,
  addSpan,
  CENTER,
  type Draft,
  finishGrid,
  HEADING,
  newDraft,
  TABLE_BODY,
  TABLE_HEAD,
} from "./document";
import type { ReportCell, ReportGrid } from "./grid";
import { CRITERION_TABLE_HEADERS, criterionHeading, indicatorLabel, reportTitle } from "./wording";

/**
 * Chỉ báo | Yêu cầu | Kết quả | Đánh giá: 640 px. A4 portrait is 8.27 in wide; less Sheets' normal margins
 * (0.75 in each side) that leaves about 6.8 in, 650 px at 96 px to the inch, so the sheet prints at 100%.
 */
const COLUMN_WIDTHS = [150, 170, 225, 95] as const;
const COLUMNS = COLUMN_WIDTHS.length;

/** Background and text colour of a status word. */
export const STATUS_COLORS: Readonly<Record<Status, { background: string; color: string }>> = {
  pass: { background: "#d9ead3", color: "#274e13" },
  fail: { background: "#f4cccc", color: "#990000" },
  missing: { background: "#fff2cc", color: "#7f6000" },
  "n/a": { background: "#efefef", color: "#595959" },
};

function addMembers(draft: Draft, members: MemberSummary): void {
  addSpan(draft, "I. TÌNH HÌNH ĐẢNG VIÊN", HEADING);
  const lines = [
    `- Tổng số đảng viên của chi bộ: ${members.roster} đồng chí.`,
    `- Đảng viên chính thức: ${members.official} đồng chí; đảng viên dự bị: ${members.probationary} đồng chí.`,
    `- Đảng viên được miễn sinh hoạt: ${members.exempt} đồng chí.`,
  ];
  for (const line of lines) addSpan(draft, line, { wrap: true });
  addGap(draft);
}

function statusCell(status: Status, bold = false): ReportCell {
  return { value: STATUS_LABELS[status], style: { ...CENTER, ...STATUS_COLORS[status], bold } };
}

function addCriterion(draft: Draft, criterion: CriterionResult, index: number): void {
  const title = criterionHeading(index, criterion.name, criterion.status);
  // One short line, left unmerged: it runs over the empty cells to its right, and saves the Apps Script
  // writer a merge call per criterion.
  addRow(draft, [{ value: title, style: { ...HEADING, color: STATUS_COLORS[criterion.status].color } }]);
  const top = addRow(
    draft,
    CRITERION_TABLE_HEADERS.map((value) => ({ value, style: TABLE_HEAD })),
  );
  for (const indicator of criterion.indicators) {
    addRow(draft, [
      { value: indicatorLabel(indicator.id, indicator.name), style: TABLE_BODY },
      { value: requirementText(indicator), style: TABLE_BODY },
      { value: indicator.detail, style: TABLE_BODY },
      statusCell(indicator.status),
    ]);
  }
  draft.bordered.push({ row: top, column: 0, rows: criterion.indicators.length + 1, columns: COLUMNS });
  addRow(draft);
}

export function buildReport(assessment: Assessment): ReportGrid {
  const { evaluation } = assessment;
  const draft = newDraft(COLUMN_WIDTHS, 2);
  addHeader(draft, assessment, reportTitle(evaluation.year));
  addGap(draft);
  addMembers(draft, assessment.facts.members);
  addSpan(draft, "II. KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ", HEADING);
  evaluation.criteria.forEach((criterion, index) => {
    addCriterion(draft, criterion, index);
  });
  addSpan(draft, "III. KẾT LUẬN", HEADING);
  addSpan(draft, conclusionText(evaluation), { bold: true, wrap: true, vertical: "top" });
  addGap(draft);
  addSignature(draft, assessment);
  return finishGrid(draft, reportSheetName(evaluation.year));
}
