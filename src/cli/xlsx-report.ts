/**
 * Writes the report grid as the `Đánh giá <năm>` tab, replacing a tab of that name. Values only; every
 * text stays text (ExcelJS stores a JS string as a string cell, so `=…` never becomes a formula).
 */
import type ExcelJS from "exceljs";
import type { CellStyle, GridArea, ReportGrid } from "../core/index";
import { argb, columnWidthInCharacters } from "./xlsx-units";

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };
const DEFAULT_FONT_SIZE = 11;
/** Excel heights are in points; the grid's are pixels at 96 to the inch. */
const POINTS_PER_PIXEL = 0.75;

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

/** Replaces (or adds) the grid's tab in `workbook`, last; `show`: the copy opens on it. */
export function writeReportSheet(
  workbook: ExcelJS.Workbook,
  grid: ReportGrid,
  show = true,
): ExcelJS.Worksheet {
  for (const existing of workbook.worksheets) {
    if (sameSheetName(existing.name, grid.sheetName)) workbook.removeWorksheet(existing.id);
  }
  const worksheet = workbook.addWorksheet(grid.sheetName, {
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: 9,
      orientation: grid.orientation ?? "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  grid.columnWidths.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = columnWidthInCharacters(width);
  });
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
    // Excel fits no row to its wrapped text when it opens a file: the grid says how tall each must be.
    excelRow.height = (grid.rowHeights[row] ?? 21) * POINTS_PER_PIXEL;
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
  if (show) showFirst(workbook, worksheet);
  return worksheet;
}
