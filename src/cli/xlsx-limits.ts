/**
 * How much of a workbook the command line agrees to read. A cell's year fits in a few hundred KB and a
 * few thousand cells; these limits leave room for a hundred times that and keep the memory of one read
 * bounded (the README states them and the peak measured on the worst files).
 */
const MIB = 1024 * 1024;

export const XLSX_LIMITS = {
  /** Size of the file on disk. */
  fileBytes: 20 * MIB,
  /** One part of the zip (a sheet, the shared strings…) once expanded. */
  partBytes: 32 * MIB,
  /** All parts together once expanded. */
  totalBytes: 100 * MIB,
  /** Parts in the zip. */
  parts: 5_000,
  /** Cells (`<c>`), and rows (`<row>`), of all sheets together, styled empty ones included. */
  cells: 200_000,
  /**
   * Each row counted as wide as its last cell, all sheets together: ExcelJS walks every slot of a row up
   * to its last cell when it writes the row. 100,000 rows reaching column XFD are 1.6 billion.
   */
  rowSpan: 5_000_000,
  /**
   * Cells covered by merged ranges, dropdown (data validation) ranges and named ranges: ExcelJS makes one
   * entry per covered cell. Two dropdowns over whole columns (2 × 1,048,576) fit.
   */
  coveredCells: 2_200_000,
  /** Columns a tab is read to: the header row's last column, at least A–Z, at most A–CV. */
  minColumns: 26,
  maxColumns: 100,
} as const;

/** `20.000.000` the Vietnamese way. */
export const vietnameseCount = (count: number) => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

/** Mebibytes, rounded up, as the secretary's file manager shows them. */
export const megabytes = (bytes: number) => `${vietnameseCount(Math.ceil(bytes / MIB))} MB`;
