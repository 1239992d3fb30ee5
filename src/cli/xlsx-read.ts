/**
 * Opening an `.xlsx` file and reading every tab into the engine's tables, with bounded memory: the file
 * is checked (`xlsx-file`, `xlsx-inspect`) before ExcelJS expands it, and a tab is read only as wide as
 * its header row. `readWorkbookTables` is the one call for a front end that reads many files.
 */
import { extname } from "node:path";
import ExcelJS from "exceljs";
import type { CellValue, SheetTable, WorkbookTables } from "../core/index";
import { isUncalculatedFormula, toCellValue } from "./cell-value";
import { CliError } from "./cli-error";
import { checkRegularFile, readBoundedFile } from "./xlsx-file";
import { inspectXlsx, notXlsx } from "./xlsx-inspect";
import { XLSX_LIMITS } from "./xlsx-limits";

const XLSX_EXTENSIONS = new Set([".xlsx", ".xlsm"]);
const NO_CELLS: readonly CellValue[] = Object.freeze([]);

/** A formula cell saved without its result (written by a program, never opened in Excel or Sheets). */
export interface UncalculatedCell {
  readonly sheet: string;
  readonly address: string;
}

export interface ReadWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly tables: WorkbookTables;
  readonly uncalculated: readonly UncalculatedCell[];
}

/** The workbook of an `.xlsx` file; a missing, non-xlsx, hostile or corrupt file is a CliError. */
export async function openWorkbook(path: string): Promise<ExcelJS.Workbook> {
  if (!XLSX_EXTENSIONS.has(extname(path).toLowerCase())) {
    checkRegularFile(path);
    throw notXlsx(path);
  }
  const bytes = readBoundedFile(path);
  inspectXlsx(path, bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw notXlsx(path);
  }
  // Any zip loads; a workbook has at least one tab.
  if (workbook.worksheets.length === 0) throw notXlsx(path);
  return workbook;
}

/** How far right a tab is read: its header row's last cell, within the limits' bounds. */
function tableWidth(worksheet: ExcelJS.Worksheet): number {
  const header = worksheet.findRow(1);
  let last = 0;
  for (let column = 1; header && column <= Math.min(header.cellCount, XLSX_LIMITS.maxColumns); column++) {
    const cell = header.findCell(column);
    if (cell && cell.type !== ExcelJS.ValueType.Merge && toCellValue(cell.value) !== null) last = column;
  }
  return Math.max(XLSX_LIMITS.minColumns, last);
}

function sheetTable(worksheet: ExcelJS.Worksheet, uncalculated: UncalculatedCell[]): SheetTable {
  const width = tableWidth(worksheet);
  const rows: (readonly CellValue[])[] = [];
  // Not `eachRow`: it asks each row whether it holds a value, walking all its slots up to column XFD.
  for (let rowNumber = 1; rowNumber <= worksheet.rowCount; rowNumber++) {
    const row = worksheet.findRow(rowNumber);
    if (!row) continue;
    while (rows.length < rowNumber - 1) rows.push(NO_CELLS);
    const values: CellValue[] = [];
    // Cells right of the header are ignored like any extra column, never visited nor padded up to:
    // `eachCell` on a row with one cell in column XFD walks 16,384 slots.
    for (let column = 1; column <= Math.min(row.cellCount, width); column++) {
      const cell = row.findCell(column);
      if (!cell || cell.type === ExcelJS.ValueType.Merge) continue;
      if (isUncalculatedFormula(cell.value)) {
        uncalculated.push({ sheet: worksheet.name, address: cell.address });
      }
      while (values.length < column - 1) values.push(null);
      values.push(toCellValue(cell.value));
    }
    rows.push(values);
  }
  return { name: worksheet.name, rows };
}

/** Every tab, in workbook order, as typed, and the formulas that hold no result. */
export function workbookTables(workbook: ExcelJS.Workbook): {
  tables: WorkbookTables;
  uncalculated: UncalculatedCell[];
} {
  const uncalculated: UncalculatedCell[] = [];
  const tables = workbook.worksheets.map((worksheet) => sheetTable(worksheet, uncalculated));
  return { tables, uncalculated };
}

export async function readWorkbook(path: string): Promise<ReadWorkbook> {
  const workbook = await openWorkbook(path);
  return { workbook, ...workbookTables(workbook) };
}

/**
 * The tables of one `.xlsx` file, or why it cannot be read in one Vietnamese line naming the file: for a
 * front end that reads many files and must go on after a bad one. Never throws for a bad file.
 */
export async function readWorkbookTables(
  path: string,
): Promise<
  | { readonly ok: true; readonly tables: WorkbookTables; readonly uncalculated: readonly UncalculatedCell[] }
  | { readonly ok: false; readonly message: string }
> {
  try {
    const { tables, uncalculated } = await readWorkbook(path);
    return { ok: true, tables, uncalculated };
  } catch (error) {
    if (error instanceof CliError) return { ok: false, message: error.message };
    return { ok: false, message: notXlsx(path).message };
  }
}
