/**
 * Writes examples/chi-bo-mau-2024.xlsx from sample-data.ts through the same template code as
 * `chibo4tot init`, so the sample has the dropdowns and notes a secretary's workbook has.
 * Run: `npm run examples`.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { addTemplateSheets } from "../src/cli/xlsx-template";
import { SHEETS } from "../src/core/index";
import {
  SAMPLE_INCIDENTS,
  SAMPLE_INFO,
  SAMPLE_MEETINGS,
  SAMPLE_MEMBERS,
  SAMPLE_TASKS,
  type SampleRow,
  type SampleValue,
} from "./sample-data";

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

function fillInfo(sheet: ExcelJS.Worksheet): void {
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const value = SAMPLE_INFO[String(row.getCell(1).value)];
    if (value !== undefined) row.getCell(2).value = cellValue(value);
  });
}

type Day = readonly [number, number, number];
const dayNumber = (day: SampleValue) => (Array.isArray(day) ? (day[0] * 100 + day[1]) * 100 + day[2] : 0);
const byDate = (a: SampleRow, b: SampleRow) => dayNumber(a.Ngày ?? null) - dayNumber(b.Ngày ?? null);

/** Members expected on `day`: active that day and not exempt (spec §3, "Summoned"). */
function summonedOn(day: Day): number {
  const today = dayNumber(day);
  return SAMPLE_MEMBERS.filter((member) => {
    const from = Math.max(
      dayNumber(member["Ngày vào Đảng"] ?? null),
      dayNumber(member["Ngày chuyển đến"] ?? null),
    );
    const out = dayNumber(member["Ngày chuyển đi"] ?? null);
    return from <= today && (out === 0 || out > today) && member["Miễn sinh hoạt"] !== true;
  }).length;
}

const absentees = (list: SampleValue | undefined) =>
  typeof list === "string" && list.trim() !== "" ? list.split(/[;,\n]/).length : 0;

/** The present count of a cell meeting: everyone summoned but the absentees it lists. */
function withAttendance(meeting: SampleRow): SampleRow {
  if (meeting.Loại === "Chi ủy" || meeting["Có mặt"] !== undefined) return meeting;
  const present =
    summonedOn(meeting.Ngày as Day) -
    absentees(meeting["Vắng có lý do"]) -
    absentees(meeting["Vắng không lý do"]);
  return { ...meeting, "Có mặt": present };
}

const workbook = new ExcelJS.Workbook();
// Fixed document dates keep the regenerated file the same when the data are.
workbook.created = new Date(Date.UTC(2024, 11, 31));
workbook.modified = workbook.created;
addTemplateSheets(workbook);
fillInfo(worksheet(workbook, SHEETS.info.title));
fillRows(worksheet(workbook, SHEETS.members.title), SAMPLE_MEMBERS);
fillRows(worksheet(workbook, SHEETS.meetings.title), [...SAMPLE_MEETINGS].sort(byDate).map(withAttendance));
fillRows(worksheet(workbook, SHEETS.tasks.title), SAMPLE_TASKS);
fillRows(worksheet(workbook, SHEETS.incidents.title), SAMPLE_INCIDENTS);
writeFileSync(OUTPUT, Buffer.from(await workbook.xlsx.writeBuffer()));
console.log(`Đã ghi bảng tính mẫu: ${OUTPUT}`);
