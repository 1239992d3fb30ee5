/**
 * The sheet `Tổng hợp <năm>` (spec §10) as a grid: a party document of the superior committee for A4
 * landscape, values only. Header, title, one row per cell (the unreadable sources last), then the totals.
 */

import { CRITERIA } from "../criteria";
import { formatPercent } from "../format";
import { INDICATORS } from "../indicators/registry";
import { STATUS_COLORS } from "../report/build";
import {
  addGap,
  addHalves,
  addRow,
  addSpan,
  blank,
  CENTER,
  type Draft,
  finishGrid,
  newDraft,
  TABLE_BODY,
  TABLE_HEAD,
} from "../report/document";
import type { CellStyle, ReportCell, ReportGrid } from "../report/grid";
import { placeAndDate, superiorCommittee, unitHeading } from "../report/heading";
import { PARTY_NAME } from "../report/wording";
import { STATUS_LABELS, type Status } from "../result";
import { rollupSheetName } from "../schema";
import type { CalendarDate } from "../table";
import type { Rollup, RollupCell } from "./roll-up";
import { bareName } from "./same-cell";

/** STT | Chi bộ | Kết luận | NV | SH | KL | DV | Chỉ báo chưa đạt | Nguồn: about 975 px, A4 landscape at 100%. */
const COLUMN_WIDTHS = [40, 210, 95, 80, 80, 80, 80, 150, 160] as const;
const COLUMNS = COLUMN_WIDTHS.length;
const HEADERS = ["STT", "Chi bộ", "Kết luận", ...CRITERIA.map((c) => c.id), "Chỉ báo chưa đạt", "Nguồn"];
/** The header block's right half starts at NV: the left one spans STT to Kết luận. */
const RIGHT_HALF = 3;

export const UNREADABLE = "Không đọc được";

/** The roll-up's verdict words: the cell's conclusion in three words. */
export const VERDICTS: Readonly<Record<Status, string>> = {
  pass: "Đạt",
  fail: "Chưa đạt",
  missing: "Chưa đủ căn cứ",
  "n/a": "Chưa đủ căn cứ",
};

const BODY = TABLE_BODY;

interface Placed {
  readonly column: number;
  readonly cell: ReportCell;
  /** Last column of a merge from `column`. */
  readonly to?: number;
}

/** A row of cells at their columns, blank elsewhere, with the merges asked for. */
function addPlaced(draft: Draft, placed: readonly Placed[]): number {
  const cells = COLUMN_WIDTHS.map(
    (_, column) => placed.find((item) => item.column === column)?.cell ?? blank(),
  );
  const row = addRow(draft, cells);
  for (const { column, to } of placed) {
    if (to !== undefined && to > column)
      draft.merges.push({ row, column, rows: 1, columns: to - column + 1 });
  }
  return row;
}

function addLine(draft: Draft, value: string, style: CellStyle = { wrap: true }): void {
  addSpan(draft, value, style);
}

/** The committee that signs: the superior most cells name (`Đảng bộ Khối…` → `ĐẢNG ỦY KHỐI…`). */
function committeeOf(rollup: Rollup): string | null {
  const counts = new Map<string, { name: string; count: number }>();
  for (const cell of rollup.cells) {
    if (cell.error !== null || !cell.superior) continue;
    const entry = counts.get(bareName(cell.superior)) ?? { name: cell.superior, count: 0 };
    counts.set(bareName(cell.superior), { ...entry, count: entry.count + 1 });
  }
  let best: { name: string; count: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.name ?? null;
}

function addHeader(draft: Draft, rollup: Rollup, date: CalendarDate): void {
  const centered = (value: string, style: CellStyle = {}): ReportCell => ({
    value,
    style: { ...CENTER, ...style },
  });
  const committee = superiorCommittee(committeeOf(rollup)).toLocaleUpperCase("vi");
  addHalves(
    draft,
    centered(committee, { bold: true }),
    centered(PARTY_NAME, { bold: true, underline: true }),
  );
  addHalves(draft, centered("*"), blank());
  addHalves(draft, centered("Số …-BC"), centered(placeAndDate(null, date), { italic: true }));
  addGap(draft);
  const year = rollup.year === null ? "…" : String(rollup.year);
  addLine(draft, `TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ "CHI BỘ BỐN TỐT" NĂM ${year}`, {
    ...CENTER,
    bold: true,
    fontSize: 14,
  });
  addGap(draft);
}

const statusCell = (status: Status | null | undefined, label: string | null = null): ReportCell =>
  status
    ? { value: label ?? STATUS_LABELS[status], style: { ...CENTER, ...STATUS_COLORS[status] } }
    : { value: "", style: CENTER };

function cellRow(cell: RollupCell, number: number, note: string | undefined): Placed[] {
  const name = { value: cell.unit ? unitHeading(cell.unit) : (note ?? ""), style: BODY };
  const source = { column: COLUMNS - 1, cell: { value: cell.source, style: BODY } };
  const first = [
    { column: 0, cell: { value: number, style: { ...CENTER, vertical: "top" as const } } },
    { column: 1, cell: name },
  ];
  if (cell.error !== null) {
    return [
      ...first,
      { column: 2, cell: { value: UNREADABLE, style: { ...CENTER, bold: true, ...STATUS_COLORS.missing } } },
      { column: 3, to: COLUMNS - 2, cell: { value: cell.error, style: BODY } },
      source,
    ];
  }
  return [
    ...first,
    { column: 2, cell: statusCell(cell.status, cell.status ? VERDICTS[cell.status] : null) },
    ...CRITERIA.map((criterion, index) => ({
      column: 3 + index,
      cell: statusCell(cell.criteria?.[criterion.id]),
    })),
    { column: COLUMNS - 2, cell: { value: (cell.notPassed ?? []).join(", "), style: BODY } },
    source,
  ];
}

const share = (count: number, of: number) => (of > 0 ? ` (${formatPercent(count / of)})` : "");

function indicatorName(id: string): string {
  const definition = INDICATORS.find((candidate) => candidate.id === id);
  return definition ? `${id}. ${definition.name}` : id;
}

function addTotals(draft: Draft, rollup: Rollup): void {
  const { totals } = rollup;
  const cells = totals.cells;
  addGap(draft);
  addLine(draft, "TỔNG HỢP CHUNG", { bold: true });
  const unreadable = totals.unreadable > 0 ? `; ${totals.unreadable} nguồn không đọc được (không tính)` : "";
  addLine(draft, `- Số chi bộ được tổng hợp: ${cells}${unreadable}.`);
  addLine(draft, `- Đạt "Chi bộ bốn tốt": ${totals.passed}/${cells} chi bộ${share(totals.passed, cells)}.`);
  addLine(draft, "- Số chi bộ đạt từng tiêu chí:");
  CRITERIA.forEach((criterion, index) => {
    const count = totals.byCriterion[criterion.id];
    addLine(
      draft,
      `   + Tiêu chí ${index + 1}. ${criterion.name}: ${count}/${cells} chi bộ${share(count, cells)}.`,
    );
  });
  if (totals.notPassed.length === 0) {
    addLine(draft, "- Không có chỉ báo nào chưa đạt.");
    return;
  }
  addLine(draft, "- Chỉ báo chưa đạt (không đạt hoặc thiếu dữ liệu), nhiều nhất trước:");
  for (const { id, count } of totals.notPassed) {
    addLine(draft, `   + ${indicatorName(id)}: ${count} chi bộ.`);
  }
}

export interface RollupReportOptions {
  /** The day the roll-up is made, for the date line. */
  readonly date: CalendarDate;
  /** The committee's own note on a source (`Ghi chú`), shown where a row has no cell name. */
  readonly notes?: ReadonlyMap<string, string>;
}

export function buildRollupReport(rollup: Rollup, options: RollupReportOptions): ReportGrid {
  const draft = newDraft(COLUMN_WIDTHS, RIGHT_HALF);
  addHeader(draft, rollup, options.date);
  const top = addRow(
    draft,
    HEADERS.map((value) => ({ value, style: TABLE_HEAD })),
  );
  rollup.cells.forEach((cell, index) => {
    addPlaced(draft, cellRow(cell, index + 1, options.notes?.get(cell.source)));
  });
  draft.bordered.push({ row: top, column: 0, rows: rollup.cells.length + 1, columns: COLUMNS });
  addTotals(draft, rollup);
  return { ...finishGrid(draft, rollupSheetName(rollup.year)), orientation: "landscape" };
}
