/** `B2:D7` → 1-based area; whole columns (`A:B`) reach the sheet's last row. */
import type { Area } from "./sheet-data";

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
}

export function parseA1(a1: string, maxRows: number): Area {
  const match = /^([A-Za-z]+)(\d*)(?::([A-Za-z]+)(\d*))?$/.exec(a1.trim());
  if (!match) throw new Error(`Exception: Range not found: ${a1}`);
  const [, firstColumn = "A", firstRow, lastColumn, lastRow] = match;
  const row = firstRow ? Number(firstRow) : 1;
  const column = columnNumber(firstColumn);
  const endColumn = lastColumn ? columnNumber(lastColumn) : column;
  const endRow = lastColumn ? (lastRow ? Number(lastRow) : maxRows) : firstRow ? row : maxRows;
  return { row, column, rows: endRow - row + 1, columns: endColumn - column + 1 };
}
