/** A generated sheet as the values a spreadsheet would give back: what the roll-up reads. */
import { type Assessment, buildReport, type ReportGrid, type SheetTable } from "../../src/core/index";

export function gridTable(grid: ReportGrid, name = grid.sheetName): SheetTable {
  return { name, rows: grid.cells.map((row) => row.map((cell) => cell.value)) };
}

export function reportTable(assessment: Assessment, name?: string): SheetTable {
  return gridTable(buildReport(assessment), name);
}
