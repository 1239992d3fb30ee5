/**
 * The empty workbook of `chibo4tot init` (and the sample), rendered from `templateSheets()`: bold frozen
 * headers with a note each, widths, dropdowns, TRUE/FALSE lists for yes/no, `dd/mm/yyyy` on dates.
 */
import type ExcelJS from "exceljs";
import { type ColumnInput, DATE_FORMAT, type TemplateSheet, templateSheets } from "../core/index";
import { argb, columnWidthInCharacters } from "./xlsx-units";

/** Rows that carry the validations: far more than a cell's year of records. */
const VALIDATED_ROWS = 1000;
/** Lists with a comma inside a value (`Khiếu nại, tố cáo`) cannot be inline in xlsx: they live here. */
const LISTS_SHEET = "Danh sách chọn";

type Validation = ExcelJS.DataValidation;

/** ExcelJS has `worksheet.dataValidations`, which takes whole ranges, but its typings omit it. */
interface RangeValidations {
  readonly dataValidations: { add(range: string, validation: Validation): void };
}
const validationsOf = (worksheet: ExcelJS.Worksheet) =>
  (worksheet as unknown as RangeValidations).dataValidations;

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb("#d9e2f3") } };

function listValidation(formula: string): Validation {
  return {
    type: "list",
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    // A warning, not a stop: the engine also accepts abbreviations and spellings without diacritics.
    errorStyle: "warning",
    errorTitle: "Giá trị ngoài danh sách",
    error: "Nên chọn một giá trị trong danh sách.",
  };
}

/** Letter of a 1-based column (lists sheet: a handful of columns). */
const columnLetter = (column: number) => String.fromCharCode(64 + column);

/** Renders dropdowns; lists that cannot be inline get a column of the lists sheet, written by `flush`. */
function validationMaker() {
  const lists = new Map<string, { values: readonly string[]; range: string }>();
  const listRange = (values: readonly string[]): string => {
    const key = values.join("\n");
    const known = lists.get(key);
    if (known) return known.range;
    const letter = columnLetter(lists.size + 1);
    const range = `'${LISTS_SHEET}'!$${letter}$1:$${letter}$${values.length}`;
    lists.set(key, { values, range });
    return range;
  };
  const validation = (input: ColumnInput): Validation | null => {
    if (input.type === "checkbox") return listValidation('"TRUE,FALSE"');
    if (input.type !== "dropdown") return null;
    const inline = `"${input.values.join(",")}"`;
    const fitsInline = input.values.every((value) => !value.includes(",")) && inline.length <= 255;
    return listValidation(fitsInline ? inline : listRange(input.values));
  };
  const flush = (workbook: ExcelJS.Workbook) => {
    if (lists.size === 0) return;
    const sheet = workbook.addWorksheet(LISTS_SHEET, { state: "hidden" });
    [...lists.values()].forEach(({ values }, index) => {
      values.forEach((value, row) => {
        sheet.getCell(row + 1, index + 1).value = value;
      });
    });
  };
  return { validation, flush };
}

function writeHeader(worksheet: ExcelJS.Worksheet, sheet: TemplateSheet): void {
  const header = worksheet.getRow(1);
  sheet.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.note = column.note;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: "middle", wrapText: true };
    worksheet.getColumn(index + 1).width = columnWidthInCharacters(column.width);
  });
}

function addTemplateSheet(
  workbook: ExcelJS.Workbook,
  sheet: TemplateSheet,
  validation: ReturnType<typeof validationMaker>["validation"],
): void {
  const worksheet = workbook.addWorksheet(sheet.title, { views: [{ state: "frozen", ySplit: 1 }] });
  writeHeader(worksheet, sheet);
  sheet.rows.forEach((values, index) => {
    worksheet.getRow(index + 2).values = [...values];
  });
  if (sheet.rowInputs) {
    // Thông tin chung: one item a row, so the input belongs to each `Giá trị` cell, the note to its `Mục`.
    sheet.rowInputs.forEach((input, index) => {
      const rule = validation(input);
      if (rule) validationsOf(worksheet).add(`B${index + 2}`, rule);
      const note = sheet.rowNotes?.[index];
      if (note) worksheet.getCell(index + 2, 1).note = note;
    });
    return;
  }
  // A long list of members (Đảng phí) is validated down to well below its last row.
  const lastValidated = Math.max(VALIDATED_ROWS, sheet.rows.length + 101);
  sheet.columns.forEach((column, index) => {
    const excelColumn = worksheet.getColumn(index + 1);
    if (column.input.type === "date") excelColumn.numFmt = DATE_FORMAT;
    const rule = validation(column.input);
    const letter = excelColumn.letter;
    if (rule) validationsOf(worksheet).add(`${letter}2:${letter}${lastValidated}`, rule);
  });
}

/** Adds one template sheet (`Đảng phí`, made on request) to `workbook`, with its validations. */
export function addOneTemplateSheet(workbook: ExcelJS.Workbook, sheet: TemplateSheet): void {
  const { validation, flush } = validationMaker();
  addTemplateSheet(workbook, sheet, validation);
  flush(workbook);
}

/** Adds the input sheets (and, when a list needs it, the hidden lists sheet last) to `workbook`. */
export function addTemplateSheets(workbook: ExcelJS.Workbook): void {
  const { validation, flush } = validationMaker();
  for (const sheet of templateSheets()) addTemplateSheet(workbook, sheet, validation);
  flush(workbook);
}
