/**
 * How tall each row of the report must be for its wrapped text. Spreadsheets fit a row to wrapped text in a
 * single cell, but not in a merged one, and Excel fits nothing when it opens a file: the front ends use these.
 */
import type { GridArea, ReportCell } from "./grid";

const DEFAULT_POINTS = 11;
const PIXELS_PER_POINT = 4 / 3;
/** Average advance of a Times New Roman letter, in ems: capitals are much wider than lower case. */
const LOWER_CASE_EM = 0.42;
const CAPITALS_EM = 0.6;
const BOLD_FACTOR = 1.05;
const CELL_PADDING = 8;
/** A row never goes below Sheets' default height. */
export const DEFAULT_ROW_PIXELS = 21;

function charactersPerLine(cell: ReportCell, width: number): number {
  const text = String(cell.value);
  const pixelsPerEm = (cell.style?.fontSize ?? DEFAULT_POINTS) * PIXELS_PER_POINT;
  const capitals = text === text.toUpperCase() && text !== text.toLowerCase();
  const em = (capitals ? CAPITALS_EM : LOWER_CASE_EM) * (cell.style?.bold ? BOLD_FACTOR : 1);
  return Math.max(1, Math.floor((width - CELL_PADDING) / (pixelsPerEm * em)));
}

function linesOf(cell: ReportCell, width: number): number {
  const text = String(cell.value);
  if (text === "") return 0;
  if (!cell.style?.wrap) return 1;
  const perLine = charactersPerLine(cell, width);
  return text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/** Pixels per row: enough lines of the row's tallest cell, each cell as wide as its merge. */
export function rowHeights(
  cells: readonly (readonly ReportCell[])[],
  columnWidths: readonly number[],
  merges: readonly GridArea[],
): number[] {
  const spans = new Map(merges.map((merge) => [`${merge.row}:${merge.column}`, merge.columns]));
  return cells.map((row, rowIndex) => {
    let height = DEFAULT_ROW_PIXELS;
    row.forEach((cell, column) => {
      const span = spans.get(`${rowIndex}:${column}`) ?? 1;
      const width = columnWidths.slice(column, column + span).reduce((sum, pixels) => sum + pixels, 0);
      const points = cell.style?.fontSize ?? DEFAULT_POINTS;
      const lines = linesOf(cell, width);
      // One line of ordinary text fits the default row.
      if (lines <= 1 && points <= DEFAULT_POINTS) return;
      const lineHeight = Math.ceil(points * PIXELS_PER_POINT * 1.35);
      height = Math.max(height, lines * lineHeight + 4);
    });
    return height;
  });
}
