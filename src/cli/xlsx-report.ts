/**
 * Writes the report grid as the `Đánh giá <năm>` tab, replacing a tab of that name. Values only; every
 * text stays text (ExcelJS stores a JS string as a string cell, so `=…` never becomes a formula).
 */
import type ExcelJS from "exceljs";
import type { CellStyle, GridArea, ReportGrid } from "../core/index";
import { argb, columnWidthInCharacters } from "./xlsx-units";

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };
const DEFAULT_FONT_SIZE = 11;
/** Rough width of a character at 11 pt and height of a line, to size wrapped rows (Excel will not). */
const CHARACTER_PIXELS = 7;
const LINE_POINTS = 15;

const sameSheetName = (a: string, b: string) =>
  a.normalize("NFC").trim().toLowerCase() === b.normalize("NFC").trim().toLowerCase();

function font(style: CellStyle): Partial<ExcelJS.Font> {
  return {
    size: style.fontSize ?? DEFAULT_FONT_SIZE,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
    ...(style.underline ? { underline: true } : {}),
    ...(style.color ? { color: { argb: argb(style.color) } } : {}),
  };
}

function alignment(style: CellStyle): Partial<ExcelJS.Alignment> {
  return {
    ...(style.horizontal ? { horizontal: style.horizontal } : {}),
    vertical: style.vertical ?? "top",
    ...(style.wrap ? { wrapText: true } : {}),
  };
}

/** Pixel width a cell's text can use: its column, or the whole merge it starts. */
function cellWidths(grid: ReportGrid): number[][] {
  const widths = grid.cells.map((row) => row.map((_, column) => grid.columnWidths[column] ?? 0));
  for (const merge of grid.merges) {
    let total = 0;
    for (let column = merge.column; column < merge.column + merge.columns; column++) {
      total += grid.columnWidths[column] ?? 0;
    }
    const row = widths[merge.row];
    if (row) row[merge.column] = total;
  }
  return widths;
}

/** Points high enough for the wrapped text of the row's tallest cell. */
function rowHeight(grid: ReportGrid, widths: number[][], row: number): number {
  let lines = 1;
  let size = DEFAULT_FONT_SIZE;
  grid.cells[row]?.forEach((cell, column) => {
    const text = String(cell.value);
    if (text === "") return;
    const scale = (cell.style?.fontSize ?? DEFAULT_FONT_SIZE) / DEFAULT_FONT_SIZE;
    size = Math.max(size, cell.style?.fontSize ?? DEFAULT_FONT_SIZE);
    const perLine = Math.max(1, Math.floor(((widths[row]?.[column] ?? 0) - 8) / (CHARACTER_PIXELS * scale)));
    const needed = text
      .split("\n")
      .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
    lines = Math.max(lines, cell.style?.wrap ? needed : 1);
  });
  return lines * LINE_POINTS * (size / DEFAULT_FONT_SIZE);
}

function drawBorders(worksheet: ExcelJS.Worksheet, area: GridArea): void {
  for (let row = area.row; row < area.row + area.rows; row++) {
    for (let column = area.column; column < area.column + area.columns; column++) {
      worksheet.getCell(row + 1, column + 1).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    }
  }
}

/**
 * Opens the copy on the report, the tab the secretary wrote it for. Only that tab is selected: two
 * selected tabs would be grouped in Excel, and typing would change both.
 */
function showFirst(workbook: ExcelJS.Workbook, report: ExcelJS.Worksheet): void {
  for (const worksheet of workbook.worksheets) {
    const selected = worksheet === report;
    // A sheet without a view (the hidden lists) reads as null. `tabSelected` is missing from the typings.
    const views: object[] = worksheet.views?.length ? worksheet.views : [{}];
    worksheet.views = views.map((view) => ({
      ...view,
      tabSelected: selected,
    })) as unknown as ExcelJS.WorksheetView[];
  }
  const activeTab = workbook.worksheets.indexOf(report);
  const [view] = workbook.views ?? [];
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: "visible", ...view, activeTab },
  ];
}

/** Replaces (or adds) the grid's tab in `workbook`. */
export function writeReportSheet(workbook: ExcelJS.Workbook, grid: ReportGrid): ExcelJS.Worksheet {
  for (const existing of workbook.worksheets) {
    if (sameSheetName(existing.name, grid.sheetName)) workbook.removeWorksheet(existing.id);
  }
  const worksheet = workbook.addWorksheet(grid.sheetName, {
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  grid.columnWidths.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = columnWidthInCharacters(width);
  });
  const widths = cellWidths(grid);
  grid.cells.forEach((cells, row) => {
    const excelRow = worksheet.getRow(row + 1);
    cells.forEach((cell, column) => {
      const excelCell = excelRow.getCell(column + 1);
      excelCell.value = cell.value === "" ? null : cell.value;
      const style = cell.style ?? {};
      excelCell.font = font(style);
      excelCell.alignment = alignment(style);
      if (style.background) {
        excelCell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.background) } };
      }
    });
    excelRow.height = rowHeight(grid, widths, row);
  });
  for (const area of grid.bordered) drawBorders(worksheet, area);
  for (const merge of grid.merges) {
    worksheet.mergeCells(
      merge.row + 1,
      merge.column + 1,
      merge.row + merge.rows,
      merge.column + merge.columns,
    );
  }
  showFirst(workbook, worksheet);
  return worksheet;
}
