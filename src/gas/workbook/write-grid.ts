/**
 * Writes a ReportGrid to an empty sheet in a constant number of calls: one per style matrix, one per
 * block of merges, one RangeList for every border, one per run of equal column widths. Text is written with
 * the `@` format first, so a value starting with `=`, `+`, `-` or `@` stays text.
 */
import {
  type CellStyle,
  DEFAULT_ROW_PIXELS,
  type GridArea,
  type ReportCell,
  type ReportGrid,
} from "../../core/index";
import { a1Range } from "./a1";

type Range = GoogleAppsScript.Spreadsheet.Range;

/** The typeface of party documents. */
const DOCUMENT_FONT = "Times New Roman";
const TEXT_FORMAT = "@";

export function writeReportGrid(sheet: GoogleAppsScript.Spreadsheet.Sheet, grid: ReportGrid): void {
  const rows = grid.cells;
  const columns = grid.columnWidths.length;
  if (rows.length === 0 || columns === 0) return;
  makeRoom(sheet, rows.length, columns);
  const range = sheet.getRange(1, 1, rows.length, columns);
  range.setNumberFormats(matrix(rows, (cell) => numberFormat(cell)));
  range.setValues(matrix(rows, (cell) => cell.value));
  range.setFontFamily(DOCUMENT_FONT);
  writeStyles(range, rows);
  writeMerges(sheet, grid.merges);
  if (grid.bordered.length > 0) {
    sheet
      .getRangeList(
        grid.bordered.map((area) => a1Range(area.row + 1, area.column + 1, area.rows, area.columns)),
      )
      .setBorder(true, true, true, true, true, true, "#000000", SpreadsheetApp.BorderStyle.SOLID);
  }
  for (const run of widthRuns(grid.columnWidths)) {
    sheet.setColumnWidths(run.start, run.count, run.width);
  }
  for (const run of mergedTextHeights(grid)) {
    sheet.setRowHeightsForced(run.start, run.count, run.height);
  }
}

/**
 * A new sheet has 1,000 rows and 26 columns, and Sheets refuses a range outside them: a longer grid (the
 * named list of a cell of a thousand members) grows the sheet first, at most one call each way.
 */
function makeRoom(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

interface HeightRun {
  readonly start: number;
  readonly count: number;
  readonly height: number;
}

/**
 * Sheets fits a row to wrapped text in a single cell but not in a merged one: rows whose wrapped text spans a
 * merge and needs more than one line get the grid's height, consecutive equal heights in one call.
 */
function mergedTextHeights(grid: ReportGrid): HeightRun[] {
  const runs: HeightRun[] = [];
  const rows = [
    ...new Set(
      grid.merges
        .filter((merge) => grid.cells[merge.row]?.[merge.column]?.style?.wrap)
        .map((merge) => merge.row),
    ),
  ]
    .filter((row) => (grid.rowHeights[row] ?? 0) > DEFAULT_ROW_PIXELS)
    .sort((a, b) => a - b);
  for (const row of rows) {
    const height = grid.rowHeights[row] as number;
    const last = runs[runs.length - 1];
    if (last && last.height === height && last.start + last.count === row + 1) {
      runs[runs.length - 1] = { ...last, count: last.count + 1 };
    } else runs.push({ start: row + 1, count: 1, height });
  }
  return runs;
}

/**
 * SpreadsheetApp has no batch merge, so single-row merges spanning the same columns on consecutive
 * rows become one block merged row by row (mergeAcross); the blocks come from one RangeList.
 */
function writeMerges(sheet: GoogleAppsScript.Spreadsheet.Sheet, merges: ReportGrid["merges"]): void {
  const blocks: { area: GridArea; across: boolean }[] = [];
  for (const area of [...merges].sort((a, b) => a.column - b.column || a.row - b.row)) {
    const last = blocks[blocks.length - 1];
    const continues =
      last?.across &&
      area.rows === 1 &&
      last.area.column === area.column &&
      last.area.columns === area.columns &&
      last.area.row + last.area.rows === area.row;
    if (last && continues) last.area = { ...last.area, rows: last.area.rows + 1 };
    else blocks.push({ area, across: area.rows === 1 });
  }
  if (blocks.length === 0) return;
  const ranges = sheet
    .getRangeList(blocks.map(({ area }) => a1Range(area.row + 1, area.column + 1, area.rows, area.columns)))
    .getRanges();
  ranges.forEach((range, index) => {
    if (blocks[index]?.across) range.mergeAcross();
    else range.merge();
  });
}

function numberFormat(cell: ReportCell): string {
  if (typeof cell.value === "string") return TEXT_FORMAT;
  return Number.isInteger(cell.value) ? "0" : "0.0#";
}

/** Each style matrix is written only when some cell sets it: fewer calls, same look. */
function writeStyles(range: Range, rows: ReportGrid["cells"]): void {
  const uses = (key: keyof CellStyle) =>
    rows.some((row) => row.some((cell) => cell.style?.[key] !== undefined));
  const styles = (pick: (style: CellStyle) => unknown) => matrix(rows, (cell) => pick(cell.style ?? {}));
  if (uses("bold"))
    range.setFontWeights(styles((s) => (s.bold ? "bold" : "normal")) as ("bold" | "normal")[][]);
  if (uses("italic"))
    range.setFontStyles(styles((s) => (s.italic ? "italic" : "normal")) as ("italic" | "normal")[][]);
  if (uses("underline")) {
    range.setFontLines(styles((s) => (s.underline ? "underline" : "none")) as ("underline" | "none")[][]);
  }
  if (uses("fontSize")) range.setFontSizes(styles((s) => s.fontSize ?? 11) as number[][]);
  if (uses("horizontal")) {
    range.setHorizontalAlignments(styles((s) => s.horizontal ?? "left") as ("left" | "center" | "right")[][]);
  }
  if (uses("vertical")) {
    range.setVerticalAlignments(styles((s) => s.vertical ?? "bottom") as ("top" | "middle" | "bottom")[][]);
  }
  if (uses("wrap")) range.setWraps(styles((s) => s.wrap === true) as boolean[][]);
  if (uses("background")) range.setBackgrounds(styles((s) => s.background ?? null) as (string | null)[][]);
  if (uses("color")) range.setFontColors(styles((s) => s.color ?? "#000000") as string[][]);
}

function matrix<T>(rows: ReportGrid["cells"], cell: (cell: ReportCell) => T): T[][] {
  return rows.map((row) => row.map(cell));
}

interface WidthRun {
  readonly start: number;
  readonly count: number;
  readonly width: number;
}

/** Consecutive columns of equal width share one call; columns are 1-based. */
function widthRuns(widths: readonly number[]): WidthRun[] {
  const runs: WidthRun[] = [];
  widths.forEach((width, index) => {
    const last = runs[runs.length - 1];
    if (last && last.width === width) runs[runs.length - 1] = { ...last, count: last.count + 1 };
    else runs.push({ start: index + 1, count: 1, width });
  });
  return runs;
}
