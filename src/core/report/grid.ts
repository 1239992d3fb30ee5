/**
 * The year-end sheet as data: a rectangle of cells with styles, merges and widths that any front end
 * (Apps Script, ExcelJS) writes in a constant number of calls. Rows and columns are 0-based here.
 */

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** points */
  readonly fontSize?: number;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "middle" | "bottom";
  readonly wrap?: boolean;
  /** `#rrggbb` */
  readonly background?: string;
  /** `#rrggbb` */
  readonly color?: string;
}

export interface ReportCell {
  /** Text is always text: a front end must never let a value become a formula. */
  readonly value: string | number;
  readonly style?: CellStyle;
}

/** A block of cells, 0-based. */
export interface GridArea {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export interface ReportGrid {
  readonly sheetName: string;
  /** Rectangular: every row has `columnWidths.length` cells. */
  readonly cells: readonly (readonly ReportCell[])[];
  /** Pixels, one per column; sized to print on A4 portrait. */
  readonly columnWidths: readonly number[];
  /** Pixels, one per row: tall enough for its wrapped text (see `row-heights.ts`). */
  readonly rowHeights: readonly number[];
  readonly merges: readonly GridArea[];
  /** Areas drawn with a thin border around and inside every cell (the tables). */
  readonly bordered: readonly GridArea[];
  /** How the page prints on A4; portrait when absent. */
  readonly orientation?: "portrait" | "landscape";
}
