/** Opening an `.xlsx` file and reading every tab into the engine's tables. */
import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import ExcelJS from "exceljs";
import type { CellValue, SheetTable, WorkbookTables } from "../core/index";
import { toCellValue } from "./cell-value";
import { CliError } from "./cli-error";
import { fileError } from "./file-errors";

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const XLSX_EXTENSIONS = new Set([".xlsx", ".xlsm"]);

const notXlsx = (path: string) =>
  new CliError(
    `Tệp "${path}" không phải bảng tính .xlsx hoặc đã bị hỏng (hãy mở rồi lưu lại dưới dạng Excel .xlsx).`,
  );

function readFileBytes(path: string): Buffer {
  try {
    if (statSync(path).isDirectory()) throw Object.assign(new Error(), { code: "EISDIR" });
    return readFileSync(path);
  } catch (error) {
    throw fileError(error, path, "đọc");
  }
}

/** The workbook of an `.xlsx` file; a missing, non-xlsx or corrupt file is a CliError. */
export async function openWorkbook(path: string): Promise<{ workbook: ExcelJS.Workbook; bytes: Buffer }> {
  const bytes = readFileBytes(path);
  if (!XLSX_EXTENSIONS.has(extname(path).toLowerCase())) throw notXlsx(path);
  if (!ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte)) throw notXlsx(path);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw notXlsx(path);
  }
  // Any zip loads; a workbook has at least one tab.
  if (workbook.worksheets.length === 0) throw notXlsx(path);
  return { workbook, bytes };
}

function sheetTable(worksheet: ExcelJS.Worksheet): SheetTable {
  const rows: CellValue[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    while (rows.length < rowNumber - 1) rows.push([]);
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      while (values.length < columnNumber - 1) values.push(null);
      values.push(toCellValue(cell.value));
    });
    rows.push(values);
  });
  return { name: worksheet.name, rows };
}

/** Every tab, in workbook order, as typed. */
export function workbookTables(workbook: ExcelJS.Workbook): WorkbookTables {
  return workbook.worksheets.map(sheetTable);
}
