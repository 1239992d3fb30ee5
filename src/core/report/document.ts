/**
 * The frame of a cell's party document (spec §7, §9): the header block, the title, the signature, on a
 * grid of fixed column widths. The evaluation and the named list of ratings share it.
 */
import type { Assessment } from "../assess";
import type { CalendarDate } from "../table";
import type { CellStyle, GridArea, ReportCell, ReportGrid } from "./grid";
import { placeAndDate, superiorCommittee, superiorHeading, unitHeading } from "./heading";
import { rowHeights } from "./row-heights";
import { PARTY_NAME } from "./wording";

export const CENTER: CellStyle = { horizontal: "center", vertical: "middle", wrap: true };
export const HEADING: CellStyle = { bold: true, vertical: "middle" };
export const TABLE_HEAD: CellStyle = { ...CENTER, bold: true, background: "#d9d9d9" };
export const TABLE_BODY: CellStyle = { vertical: "top", wrap: true };

export interface Draft {
  /** Pixels, summing to a width that prints on A4 portrait. */
  readonly widths: readonly number[];
  /** First column of the right half of the header and signature. */
  readonly split: number;
  readonly cells: ReportCell[][];
  readonly merges: GridArea[];
  readonly bordered: GridArea[];
}

export function newDraft(widths: readonly number[], split: number): Draft {
  return { widths, split, cells: [], merges: [], bordered: [] };
}

export const blank = (): ReportCell => ({ value: "" });

export function addRow(draft: Draft, cells: readonly ReportCell[] = []): number {
  const row = [...cells];
  while (row.length < draft.widths.length) row.push(blank());
  draft.cells.push(row);
  return draft.cells.length - 1;
}

/** One cell spanning columns `from`..`to` (default: the whole width) of a new row. */
export function addSpan(draft: Draft, value: string, style: CellStyle, from = 0, to?: number): number {
  const last = to ?? draft.widths.length - 1;
  const cells: ReportCell[] = draft.widths.map((_, column) => (column === from ? { value, style } : blank()));
  const row = addRow(draft, cells);
  if (last > from) draft.merges.push({ row, column: from, rows: 1, columns: last - from + 1 });
  return row;
}

/**
 * An empty row merged across, like the text rows around it: consecutive merged rows are merged in one call
 * by the Apps Script writer, so gaps merged too keep the number of calls small.
 */
export function addGap(draft: Draft): void {
  addSpan(draft, "", {});
}

/** A row with a left half and a right half, each merged. */
export function addHalves(draft: Draft, left: ReportCell, right: ReportCell): void {
  const cells = draft.widths.map((_, column) =>
    column === 0 ? left : column === draft.split ? right : blank(),
  );
  const row = addRow(draft, cells);
  const columns = draft.widths.length;
  if (draft.split > 1) draft.merges.push({ row, column: 0, rows: 1, columns: draft.split });
  if (columns - draft.split > 1) {
    draft.merges.push({ row, column: draft.split, rows: 1, columns: columns - draft.split });
  }
}

function parseIsoDate(iso: string): CalendarDate {
  const [year = 0, month = 1, day = 1] = iso.split("-").map(Number);
  return { year, month, day };
}

const centered = (value: string, style: CellStyle = {}): ReportCell => ({
  value,
  style: { ...CENTER, ...style },
});

/** The header block (organisation, party, number, place and date), then the title in capitals. */
export function addHeader(draft: Draft, assessment: Assessment, title: string): void {
  const { evaluation, facts } = assessment;
  addHalves(
    draft,
    centered(superiorHeading(evaluation.superior)),
    centered(PARTY_NAME, { bold: true, underline: true }),
  );
  addHalves(draft, centered(unitHeading(evaluation.unit), { bold: true }), blank());
  addHalves(draft, centered("*"), blank());
  addHalves(
    draft,
    centered("Số …-BC/CB"),
    centered(placeAndDate(facts.place, parseIsoDate(evaluation.asOf)), { italic: true }),
  );
  addGap(draft);
  addSpan(draft, title, { ...CENTER, bold: true, fontSize: 14 });
}

/** `Nơi nhận` on the left; `T/M CHI BỘ`, `BÍ THƯ` and the secretary's name on the right. */
export function addSignature(draft: Draft, assessment: Assessment): void {
  const { evaluation, facts } = assessment;
  const left = (value: string, style: CellStyle = {}): ReportCell => ({
    value,
    style: { wrap: true, ...style },
  });
  addHalves(draft, left("Nơi nhận:", { bold: true, italic: true }), centered("T/M CHI BỘ", { bold: true }));
  addHalves(
    draft,
    left(`- ${superiorCommittee(evaluation.superior)} (để báo cáo);`),
    centered("BÍ THƯ", { bold: true }),
  );
  addHalves(draft, left("- Lưu hồ sơ chi bộ."), blank());
  addHalves(draft, blank(), blank());
  addHalves(draft, blank(), blank());
  addHalves(draft, blank(), centered(facts.secretary?.trim() ?? "", { bold: true }));
}

export function finishGrid(draft: Draft, sheetName: string): ReportGrid {
  return {
    sheetName,
    cells: draft.cells,
    columnWidths: [...draft.widths],
    rowHeights: rowHeights(draft.cells, draft.widths, draft.merges),
    merges: draft.merges,
    bordered: draft.bordered,
  };
}
