/**
 * Formulas saved without their result (a file written by a program and never opened in a spreadsheet):
 * the CLI computes no formula, so it says which cells they are and how to get their values.
 */
import type { UncalculatedCell } from "./xlsx-read";

const SHOWN = 3;

/** One sentence naming the first cells, or "" when there are none. */
export function uncalculatedNote(cells: readonly UncalculatedCell[]): string {
  if (cells.length === 0) return "";
  const named = cells
    .slice(0, SHOWN)
    .map((cell) => `ô ${cell.address} của sheet "${cell.sheet}"`)
    .join(", ");
  const more = cells.length > SHOWN ? ` và ${cells.length - SHOWN} ô khác` : "";
  return `Lưu ý: ${named}${more} là công thức chưa được tính (chưa có giá trị lưu sẵn); hãy mở tệp bằng Excel, LibreOffice hoặc Google Sheets rồi lưu lại để có giá trị.`;
}
