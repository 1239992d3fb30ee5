/**
 * The state behind the fakes: plain data the tests inspect directly (values as stored, formats,
 * notes, validations, merges, borders), never through the fake API.
 */
import type { FakeDataValidation } from "./data-validation";

export interface CellData {
  /** As stored: string, number, boolean or Date; "" when empty. */
  value: unknown;
  formula: string;
  numberFormat: string;
  note: string;
  validation: FakeDataValidation | null;
  fontWeight: string;
  fontStyle: string;
  fontLine: string;
  fontSize: number;
  fontFamily: string;
  fontColor: string;
  background: string;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrap: boolean;
  bordered: boolean;
}

export interface Area {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export interface DeveloperMetadataData {
  readonly key: string;
  readonly value: string | null;
}

export interface ProtectionData {
  description: string;
  warningOnly: boolean;
}

export interface SheetData {
  readonly id: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  /** [row - 1][column - 1], grown on write. */
  readonly cells: CellData[][];
  readonly merges: Area[];
  readonly columnWidths: Map<number, number>;
  readonly rowHeights: Map<number, number>;
  frozenRows: number;
  hiddenGridlines: boolean;
  /** Hidden from the tabs (Sheet.hideSheet). */
  hidden?: boolean;
  readonly metadata: DeveloperMetadataData[];
  readonly protections: ProtectionData[];
}

export interface SpreadsheetData {
  /** The Drive id; the secretary's own spreadsheet has none. */
  readonly id?: string;
  /** The title; the secretary's own spreadsheet has none. */
  name?: string;
  readonly sheets: SheetData[];
  timeZone: string;
  locale: string;
  activeSheetId: number | null;
  /** The selection `Range.activate()` made, in A1 notation on the sheet of that id. */
  activeRange?: { readonly sheetId: number; readonly a1: string };
  readonly toasts: { readonly message: string; readonly title: string }[];
  nextSheetId: number;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export function emptyCell(): CellData {
  return {
    value: "",
    formula: "",
    numberFormat: "",
    note: "",
    validation: null,
    fontWeight: "normal",
    fontStyle: "normal",
    fontLine: "none",
    fontSize: 10,
    fontFamily: "Arial",
    fontColor: "#000000",
    background: "#ffffff",
    horizontalAlignment: "general",
    verticalAlignment: "bottom",
    wrap: false,
    bordered: false,
  };
}

export function newSheetData(spreadsheet: SpreadsheetData, name: string): SheetData {
  return {
    id: spreadsheet.nextSheetId++,
    name,
    maxRows: DEFAULT_ROWS,
    maxColumns: DEFAULT_COLUMNS,
    cells: [],
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    frozenRows: 0,
    hiddenGridlines: false,
    metadata: [],
    protections: [],
  };
}

/** The cell, created when missing (1-based). */
export function cellAt(sheet: SheetData, row: number, column: number): CellData {
  const cells = sheet.cells;
  while (cells.length < row) cells.push([]);
  const cellsOfRow = cells[row - 1] as CellData[];
  while (cellsOfRow.length < column) cellsOfRow.push(emptyCell());
  return cellsOfRow[column - 1] as CellData;
}

/** The cell if ever written, else undefined (reading never grows the grid). */
export function peekCell(sheet: SheetData, row: number, column: number): CellData | undefined {
  return sheet.cells[row - 1]?.[column - 1];
}

export function isEmptyCell(cell: CellData | undefined): boolean {
  return !cell || (cell.value === "" && cell.formula === "");
}

/** Last row and column holding a value or a formula (0 when none). */
export function contentExtent(sheet: SheetData): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  sheet.cells.forEach((row, rowIndex) => {
    row.forEach((cell, columnIndex) => {
      if (isEmptyCell(cell)) return;
      rows = Math.max(rows, rowIndex + 1);
      columns = Math.max(columns, columnIndex + 1);
    });
  });
  return { rows, columns };
}

/** Values as a user sees them in rows 1..n: what the tests compare. */
export function valuesOf(sheet: SheetData): unknown[][] {
  const { rows, columns } = contentExtent(sheet);
  return Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => peekCell(sheet, row + 1, column + 1)?.value ?? ""),
  );
}
