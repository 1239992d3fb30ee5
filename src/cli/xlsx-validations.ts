/**
 * ExcelJS reads a dropdown over `B2:B1000` as a thousand one-cell entries and, writing them back,
 * searches for rectangles among them cell by cell: seconds on a template. Regrouping the entries of
 * each column into runs before writing keeps `--out` fast and the file's validations unchanged.
 */
import type ExcelJS from "exceljs";

interface ValidationModel {
  model: Record<string, ExcelJS.DataValidation | undefined>;
}

const SINGLE_CELL = /^([A-Z]+)(\d+)$/;

export function compactValidations(worksheet: ExcelJS.Worksheet): void {
  const validations = (worksheet as unknown as { dataValidations: ValidationModel }).dataValidations;
  const compacted: Record<string, ExcelJS.DataValidation> = {};
  // The reader gives every cell of one range the same object, so identity groups them.
  const runs = new Map<ExcelJS.DataValidation, Map<string, number[]>>();
  for (const [address, validation] of Object.entries(validations.model)) {
    if (!validation) continue;
    const cell = SINGLE_CELL.exec(address);
    if (!cell) {
      compacted[address] = validation;
      continue;
    }
    const [, column = "", row = ""] = cell;
    const columns = runs.get(validation) ?? new Map<string, number[]>();
    runs.set(validation, columns);
    const rows = columns.get(column) ?? [];
    columns.set(column, rows);
    rows.push(Number(row));
  }
  for (const [validation, columns] of runs) {
    for (const [column, rows] of columns) {
      rows.sort((a, b) => a - b);
      let start = rows[0] ?? 0;
      let previous = start;
      for (const row of [...rows.slice(1), Number.POSITIVE_INFINITY]) {
        if (row === previous + 1) {
          previous = row;
          continue;
        }
        compacted[start === previous ? `${column}${start}` : `${column}${start}:${column}${previous}`] =
          validation;
        start = row;
        previous = row;
      }
    }
  }
  validations.model = compacted;
}
