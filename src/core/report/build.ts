/**
 * The year-end sheet `Đánh giá <năm>` (spec §7) as a grid: a party document for A4 portrait, values
 * only. The data problems are deliberately absent: they are for the secretary, not for the superior.
 */
import type { Assessment } from "../assess";
import type { MemberSummary } from "../facts";
import { type CriterionResult, STATUS_LABELS, type Status } from "../result";
import { reportSheetName } from "../schema";
import type { CalendarDate } from "../table";
import { conclusionText } from "./conclusion";
import type { CellStyle, GridArea, ReportCell, ReportGrid } from "./grid";
import { placeAndDate, superiorCommittee, superiorHeading, unitHeading } from "./heading";
import { requirementText } from "./requirement";
import { rowHeights } from "./row-heights";

/**
 * Chỉ báo | Yêu cầu | Kết quả | Đánh giá: 640 px. A4 portrait is 8.27 in wide; less Sheets' normal margins
 * (0.75 in each side) that leaves about 6.8 in, 650 px at 96 px to the inch, so the sheet prints at 100%.
 */
const COLUMN_WIDTHS = [150, 170, 225, 95] as const;
const COLUMNS = COLUMN_WIDTHS.length;

/** Background and text colour of a status word. */
const STATUS_COLORS: Readonly<Record<Status, { background: string; color: string }>> = {
  pass: { background: "#d9ead3", color: "#274e13" },
  fail: { background: "#f4cccc", color: "#990000" },
  missing: { background: "#fff2cc", color: "#7f6000" },
  "n/a": { background: "#efefef", color: "#595959" },
};

const CENTER: CellStyle = { horizontal: "center", vertical: "middle", wrap: true };
const HEADING: CellStyle = { bold: true, vertical: "middle" };
const TABLE_HEAD: CellStyle = { ...CENTER, bold: true, background: "#d9d9d9" };
const TABLE_BODY: CellStyle = { vertical: "top", wrap: true };

interface Draft {
  readonly cells: ReportCell[][];
  readonly merges: GridArea[];
  readonly bordered: GridArea[];
}

const blank = (): ReportCell => ({ value: "" });

function addRow(draft: Draft, cells: readonly ReportCell[] = []): number {
  const row = [...cells];
  while (row.length < COLUMNS) row.push(blank());
  draft.cells.push(row);
  return draft.cells.length - 1;
}

/** One cell spanning columns `from`..`to` of a new row. */
function addSpan(draft: Draft, value: string, style: CellStyle, from = 0, to = COLUMNS - 1): number {
  const cells: ReportCell[] = [];
  for (let column = 0; column < COLUMNS; column++) cells.push(column === from ? { value, style } : blank());
  const row = addRow(draft, cells);
  if (to > from) draft.merges.push({ row, column: from, rows: 1, columns: to - from + 1 });
  return row;
}

/**
 * An empty row merged across, like the text rows around it: consecutive merged rows are merged in one call
 * by the Apps Script writer, so gaps merged too keep the number of calls small.
 */
function addGap(draft: Draft): void {
  addSpan(draft, "", {});
}

/** A row with a left half (columns 0–1) and a right half (columns 2–3), each merged. */
function addHalves(draft: Draft, left: ReportCell, right: ReportCell): void {
  const row = addRow(draft, [left, blank(), right, blank()]);
  draft.merges.push({ row, column: 0, rows: 1, columns: 2 }, { row, column: 2, rows: 1, columns: 2 });
}

function parseIsoDate(iso: string): CalendarDate {
  const [year = 0, month = 1, day = 1] = iso.split("-").map(Number);
  return { year, month, day };
}

function addHeader(draft: Draft, assessment: Assessment): void {
  const { evaluation, facts } = assessment;
  const centered = (value: string, style: CellStyle = {}): ReportCell => ({
    value,
    style: { ...CENTER, ...style },
  });
  addHalves(
    draft,
    centered(superiorHeading(evaluation.superior)),
    centered("ĐẢNG CỘNG SẢN VIỆT NAM", { bold: true, underline: true }),
  );
  addHalves(draft, centered(unitHeading(evaluation.unit), { bold: true }), blank());
  addHalves(draft, centered("*"), blank());
  addHalves(
    draft,
    centered("Số …-BC/CB"),
    centered(placeAndDate(facts.place, parseIsoDate(evaluation.asOf)), { italic: true }),
  );
  addGap(draft);
  addSpan(draft, `BÁO CÁO ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN MÔ HÌNH "CHI BỘ BỐN TỐT" NĂM ${evaluation.year}`, {
    ...CENTER,
    bold: true,
    fontSize: 14,
  });
  addGap(draft);
}

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
  const title = `Tiêu chí ${index + 1}. ${criterion.name}: ${STATUS_LABELS[criterion.status]}`;
  // One short line, left unmerged: it runs over the empty cells to its right, and saves the Apps Script
  // writer a merge call per criterion.
  addRow(draft, [{ value: title, style: { ...HEADING, color: STATUS_COLORS[criterion.status].color } }]);
  const top = addRow(
    draft,
    ["Chỉ báo", "Yêu cầu", "Kết quả", "Đánh giá"].map((value) => ({ value, style: TABLE_HEAD })),
  );
  for (const indicator of criterion.indicators) {
    addRow(draft, [
      { value: `${indicator.id}. ${indicator.name}`, style: TABLE_BODY },
      { value: requirementText(indicator), style: TABLE_BODY },
      { value: indicator.detail, style: TABLE_BODY },
      statusCell(indicator.status),
    ]);
  }
  draft.bordered.push({ row: top, column: 0, rows: criterion.indicators.length + 1, columns: COLUMNS });
  addRow(draft);
}

function addSignature(draft: Draft, assessment: Assessment): void {
  const { evaluation, facts } = assessment;
  const left = (value: string, style: CellStyle = {}): ReportCell => ({
    value,
    style: { wrap: true, ...style },
  });
  const right = (value: string, style: CellStyle = {}): ReportCell => ({
    value,
    style: { ...CENTER, ...style },
  });
  addHalves(draft, left("Nơi nhận:", { bold: true, italic: true }), right("T/M CHI BỘ", { bold: true }));
  addHalves(
    draft,
    left(`- ${superiorCommittee(evaluation.superior)} (để báo cáo);`),
    right("BÍ THƯ", { bold: true }),
  );
  addHalves(draft, left("- Lưu hồ sơ chi bộ."), blank());
  addHalves(draft, blank(), blank());
  addHalves(draft, blank(), blank());
  addHalves(draft, blank(), right(facts.secretary?.trim() ?? "", { bold: true }));
}

export function buildReport(assessment: Assessment): ReportGrid {
  const { evaluation } = assessment;
  const draft: Draft = { cells: [], merges: [], bordered: [] };
  addHeader(draft, assessment);
  addMembers(draft, assessment.facts.members);
  addSpan(draft, "II. KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ", HEADING);
  evaluation.criteria.forEach((criterion, index) => {
    addCriterion(draft, criterion, index);
  });
  addSpan(draft, "III. KẾT LUẬN", HEADING);
  addSpan(draft, conclusionText(evaluation), { bold: true, wrap: true, vertical: "top" });
  addGap(draft);
  addSignature(draft, assessment);
  return {
    sheetName: reportSheetName(evaluation.year),
    cells: draft.cells,
    columnWidths: [...COLUMN_WIDTHS],
    rowHeights: rowHeights(draft.cells, COLUMN_WIDTHS, draft.merges),
    merges: draft.merges,
    bordered: draft.bordered,
  };
}
