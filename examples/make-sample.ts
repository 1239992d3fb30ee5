/**
 * Writes examples/chi-bo-mau-2024.xlsx from sample-data.ts through the same template code as
 * `chibo4tot init`, so the sample has the dropdowns and notes a secretary's workbook has.
 * Run: `npm run examples`.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { workbookTables } from "../src/cli/xlsx-read";
import { addOneTemplateSheet, addTemplateSheets } from "../src/cli/xlsx-template";
import { planDuesSheet, SHEETS } from "../src/core/index";
import type { SampleRow, SampleValue } from "./sample-data";
import { sampleYear } from "./sample-year";

/** Built to build/examples/, the workbook lives in examples/. */
const OUTPUT = fileURLToPath(new URL("../../examples/chi-bo-mau-2024.xlsx", import.meta.url));

function cellValue(value: SampleValue): ExcelJS.CellValue {
  if (Array.isArray(value)) {
    const [year, month, day] = value as readonly [number, number, number];
    return new Date(Date.UTC(year, month - 1, day));
  }
  return value === "" ? null : (value as ExcelJS.CellValue);
}

function worksheet(workbook: ExcelJS.Workbook, title: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(title);
  if (!sheet) throw new Error(`the template has no sheet ${title}`);
  return sheet;
}

/** Writes records under the header, each value into the column whose header names it. */
function fillRows(sheet: ExcelJS.Worksheet, records: readonly SampleRow[]): void {
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => {
    columns.set(String(cell.value), column);
  });
  records.forEach((record, index) => {
    const row = sheet.getRow(index + 2);
    for (const [header, value] of Object.entries(record)) {
      const column = columns.get(header);
      if (column === undefined) throw new Error(`no column ${header} in ${sheet.name}`);
      row.getCell(column).value = cellValue(value);
    }
  });
}

const sample = sampleYear();

function fillInfo(sheet: ExcelJS.Worksheet): void {
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const value = sample.info[String(row.getCell(1).value)];
    if (value !== undefined) row.getCell(2).value = cellValue(value);
  });
}

const workbook = new ExcelJS.Workbook();
// Fixed document dates keep the regenerated file the same when the data are.
workbook.created = new Date(Date.UTC(2024, 11, 31));
workbook.modified = workbook.created;
addTemplateSheets(workbook);
fillInfo(worksheet(workbook, SHEETS.info.title));
fillRows(worksheet(workbook, SHEETS.members.title), sample.rows.members);
fillRows(worksheet(workbook, SHEETS.meetings.title), sample.rows.meetings);
fillRows(worksheet(workbook, SHEETS.tasks.title), sample.rows.tasks);
fillRows(worksheet(workbook, SHEETS.incidents.title), sample.rows.incidents);
// The sample keeps its dues in the workbook: Đảng phí as `chibo4tot init --dang-phi` makes it.
const duesPlan = planDuesSheet(workbookTables(workbook).tables, { year: 2024, month: 12, day: 31 });
if (duesPlan.kind !== "create") throw new Error("the template already has a Đảng phí sheet");
addOneTemplateSheet(workbook, { ...duesPlan.template, rows: [] });
fillRows(worksheet(workbook, SHEETS.dues.title), sample.dues);
writeFileSync(OUTPUT, Buffer.from(await workbook.xlsx.writeBuffer()));
console.log(`Đã ghi bảng tính mẫu: ${OUTPUT}`);
