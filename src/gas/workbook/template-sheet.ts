/**
 * Creates one input sheet from the core template: bold frozen header with a note on each header,
 * widths, dropdowns, checkboxes, dd/mm/yyyy dates, text columns as text (so `- ghi chú` or `+84…`
 * typed later stay text), then the prefilled rows. Calls grow with columns, never with rows.
 */
import { type ColumnInput, DATE_FORMAT, type TemplateColumn, type TemplateSheet } from "../../core/index";
import { a1Range } from "./a1";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

const HEADER_BACKGROUND = "#fce8b2";
const TEXT_FORMAT = "@";
/** The `Giá trị` column of `Thông tin chung`, whose input changes row by row. */
const ROW_INPUT_COLUMN = 1;
/** Empty rows left under prefilled rows that did not fit a new sheet. */
const SPARE_ROWS = 100;

export function createTemplateSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  template: TemplateSheet,
): Sheet {
  const sheet = spreadsheet.insertSheet(template.title, spreadsheet.getNumSheets());
  const columns = template.columns;
  writeHeader(sheet, columns, 1);
  sheet.setFrozenRows(1);
  // A sheet starts with 1000 rows; a long list of members (Đảng phí) needs more, and room to add to it.
  if (template.rows.length + 1 > sheet.getMaxRows()) {
    const neededRows = template.rows.length + 1 + SPARE_ROWS;
    sheet.insertRowsAfter(sheet.getMaxRows(), neededRows - sheet.getMaxRows());
  }
  columns.forEach((column, index) => {
    sheet.setColumnWidth(index + 1, column.width);
  });

  const bodyRows = sheet.getMaxRows() - 1;
  const inputAt = (row: number, column: number): ColumnInput | undefined => {
    const rowInput = template.rowInputs?.[row];
    if (column === ROW_INPUT_COLUMN && template.rowInputs) return rowInput ?? { type: "text" };
    return columns[column]?.input;
  };
  applyFormats(sheet, bodyRows, columns.length, inputAt);
  if (template.rows.length > 0) {
    sheet
      .getRange(2, 1, template.rows.length, columns.length)
      .setValues(template.rows.map((row) => [...row]));
  }
  if (template.rowNotes) {
    sheet.getRange(2, 1, template.rowNotes.length, 1).setNotes(template.rowNotes.map((note) => [note]));
  }
  const rules = validations(columns.map((column) => column.note));
  sheet
    .getRange(2, 1, bodyRows, columns.length)
    .setDataValidations(
      Array.from({ length: bodyRows }, (_, row) =>
        columns.map((_, column) => rules(inputAt(row, column), column)),
      ),
    );
  return sheet;
}

/** Header cells from 1-based `firstColumn`: bold, coloured, with the column's note. */
function writeHeader(sheet: Sheet, columns: readonly TemplateColumn[], firstColumn: number): void {
  const header = sheet.getRange(1, firstColumn, 1, columns.length);
  header.setValues([columns.map((column) => column.header)]);
  header.setNotes([columns.map((column) => column.note)]);
  header.setFontWeight("bold").setBackground(HEADER_BACKGROUND).setWrap(true).setVerticalAlignment("middle");
}

/**
 * Adds template columns to an existing sheet, from 1-based `firstColumn` (after every column in use, so
 * no cell that holds anything is written): header, width, formats and dropdowns or checkboxes down the
 * sheet, as Khởi tạo makes them. Calls grow with the columns added, never with rows.
 */
export function appendTemplateColumns(
  sheet: Sheet,
  columns: readonly TemplateColumn[],
  firstColumn: number,
): void {
  const lastColumn = firstColumn + columns.length - 1;
  if (lastColumn > sheet.getMaxColumns()) {
    sheet.insertColumnsAfter(sheet.getMaxColumns(), lastColumn - sheet.getMaxColumns());
  }
  writeHeader(sheet, columns, firstColumn);
  columns.forEach((column, index) => {
    sheet.setColumnWidth(firstColumn + index, column.width);
  });
  const bodyRows = sheet.getMaxRows() - 1;
  const inputAt = (_row: number, column: number) => columns[column]?.input;
  applyFormats(sheet, bodyRows, columns.length, inputAt, firstColumn);
  const rules = validations(columns.map((column) => column.note));
  sheet
    .getRange(2, firstColumn, bodyRows, columns.length)
    .setDataValidations(
      Array.from({ length: bodyRows }, (_, row) =>
        columns.map((_, column) => rules(inputAt(row, column), column)),
      ),
    );
}

/** Date and text formats through two RangeLists, one range per run of equal inputs down a column. */
function applyFormats(
  sheet: Sheet,
  bodyRows: number,
  columnCount: number,
  inputAt: (row: number, column: number) => ColumnInput | undefined,
  firstColumn = 1,
): void {
  const byType: Record<string, string[]> = { date: [], text: [] };
  for (let column = 0; column < columnCount; column++) {
    let runStart = 0;
    for (let row = 1; row <= bodyRows; row++) {
      const type = inputAt(runStart, column)?.type ?? "";
      if (row < bodyRows && inputAt(row, column)?.type === type) continue;
      byType[type]?.push(a1Range(runStart + 2, firstColumn + column, row - runStart, 1));
      runStart = row;
    }
  }
  if (byType.date?.length) sheet.getRangeList(byType.date).setNumberFormat(DATE_FORMAT);
  if (byType.text?.length) sheet.getRangeList(byType.text).setNumberFormat(TEXT_FORMAT);
}

/** One rule object per column and input, reused down the rows. */
function validations(
  notes: readonly string[],
): (input: ColumnInput | undefined, column: number) => DataValidation | null {
  const cache = new Map<string, DataValidation | null>();
  return (input, column) => {
    if (!input) return null;
    const key = `${column}:${JSON.stringify(input)}`;
    if (!cache.has(key)) cache.set(key, rule(input, notes[column] ?? ""));
    return cache.get(key) ?? null;
  };
}

function rule(input: ColumnInput, help: string): DataValidation | null {
  switch (input.type) {
    case "dropdown":
      // Invalid entries are allowed but flagged: the engine accepts abbreviations and spellings without diacritics.
      return SpreadsheetApp.newDataValidation()
        .requireValueInList([...input.values], true)
        .setAllowInvalid(true)
        .setHelpText(help)
        .build();
    case "checkbox":
      return SpreadsheetApp.newDataValidation().requireCheckbox().build();
    case "date":
      return SpreadsheetApp.newDataValidation()
        .requireDate()
        .setAllowInvalid(true)
        .setHelpText("Nhập ngày theo dạng dd/mm/yyyy, ví dụ 03/07/2023.")
        .build();
    default:
      return null;
  }
}
