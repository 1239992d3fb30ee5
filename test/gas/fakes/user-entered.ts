/**
 * What Sheets does with a value written by setValues(): a string is parsed as if typed, unless the
 * cell's format is plain text (`@`). So `=1+1` becomes a formula, `-x` a formula error, `42` a
 * number and `90%` 0.9. Dates typed as text are not modelled.
 */
import type { CellData } from "./sheet-data";

const NUMBER = /^[+-]?\d+(\.\d+)?$/;
const PERCENT = /^([+-]?\d+(\.\d+)?)%$/;

export function storeEntered(cell: CellData, value: unknown): void {
  cell.formula = "";
  if (typeof value !== "string" || cell.numberFormat === "@") {
    cell.value = value ?? "";
    return;
  }
  const text = value;
  const percent = PERCENT.exec(text);
  if (NUMBER.test(text)) cell.value = Number(text);
  else if (percent) cell.value = Number(percent[1]) / 100;
  else if (text.startsWith("=") || text.startsWith("+") || (text.startsWith("-") && text.length > 1)) {
    cell.formula = text.startsWith("=") ? text : `=${text}`;
    cell.value = "#ERROR!";
  } else cell.value = text;
}

const DATE_PATTERN = /[dy]/i;

export function isDateFormat(format: string): boolean {
  return format !== "@" && DATE_PATTERN.test(format);
}
