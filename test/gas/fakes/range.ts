/**
 * Range: a 1-based block of one sheet. getValues() gives "" for empty cells and Dates for cells with
 * a date format; setValues() throws on a size mismatch like the real one and parses strings as if
 * typed unless the format is `@`.
 */
import { a1Range } from "../../../src/gas/workbook/a1";
import { counted } from "./call-log";
import { FakeDataValidation } from "./data-validation";
import { type Area, type CellData, cellAt, peekCell, type SheetData } from "./sheet-data";
import type { Assert, FakeOf, OnlyReal } from "./surface";
import { serialToDate } from "./time-zone";
import { isDateFormat, storeEntered } from "./user-entered";
import type { World } from "./world";

type Real = GoogleAppsScript.Spreadsheet.Range;

type Checked =
  | "getValues"
  | "getValue"
  | "setValues"
  | "setValue"
  | "getDisplayValues"
  | "getFormulas"
  | "getNumberFormats"
  | "setNumberFormats"
  | "setNumberFormat"
  | "getNotes"
  | "getNote"
  | "setNotes"
  | "setNote"
  | "getFontWeights"
  | "setFontWeights"
  | "setFontWeight"
  | "setFontStyles"
  | "setFontLines"
  | "setFontSizes"
  | "setFontFamily"
  | "setFontColors"
  | "getHorizontalAlignments"
  | "setHorizontalAlignments"
  | "setVerticalAlignments"
  | "setVerticalAlignment"
  | "getBackgrounds"
  | "setBackgrounds"
  | "setBackground"
  | "getWraps"
  | "setWraps"
  | "setWrap"
  | "getDataValidations"
  | "setDataValidations"
  | "setDataValidation"
  | "merge"
  | "mergeAcross"
  | "getMergedRanges"
  | "getRow"
  | "getColumn"
  | "getNumRows"
  | "getNumColumns"
  | "getLastRow"
  | "getLastColumn"
  | "getA1Notation"
  | "getSheet"
  | "activate"
  | "clearContent";

export function sizeMismatch(what: string, data: number, range: number): Error {
  return new Error(
    `Exception: The number of ${what} in the data does not match the number of ${what} in the range. The data has ${data} but the range has ${range}.`,
  );
}

export class FakeRange implements FakeOf<Real, Checked, "setBorder" | "insertCheckboxes"> {
  constructor(
    private readonly world: World,
    private readonly data: SheetData,
    private readonly area: Area,
  ) {
    if (area.row < 1 || area.column < 1 || area.rows < 1 || area.columns < 1) {
      throw new Error("Exception: The coordinates of the range are outside the dimensions of the sheet.");
    }
    if (area.row + area.rows - 1 > data.maxRows || area.column + area.columns - 1 > data.maxColumns) {
      throw new Error("Exception: The coordinates of the range are outside the dimensions of the sheet.");
    }
  }

  getValues(): unknown[][] {
    const timeZone = this.world.spreadsheet.timeZone;
    return readCells(this.data, this.area, (cell) => {
      if (!cell) return "";
      if (typeof cell.value === "number" && isDateFormat(cell.numberFormat))
        return serialToDate(cell.value, timeZone);
      if (cell.value instanceof Date) return new Date(cell.value.getTime());
      return cell.value;
    });
  }
  getValue(): unknown {
    return this.getValues()[0]?.[0];
  }
  getDisplayValues(): string[][] {
    return readCells(this.data, this.area, (cell) => (cell ? String(cell.value) : ""));
  }
  getFormulas(): string[][] {
    return readCells(this.data, this.area, (cell) => cell?.formula ?? "");
  }
  setValues(values: unknown[][]): this {
    writeMatrix(this.data, this.area, values, storeEntered);
    return this;
  }
  setValue(value: unknown): this {
    return this.setValues(fill(this.area, value));
  }
  clearContent(): this {
    return this.setValues(fill(this.area, ""));
  }

  getNumberFormats(): string[][] {
    return readCells(this.data, this.area, (cell) => cell?.numberFormat ?? "");
  }
  setNumberFormats(numberFormats: unknown[][]): this {
    return this.write(numberFormats, (cell, value) => {
      cell.numberFormat = String(value);
    });
  }
  setNumberFormat(numberFormat: string): this {
    return this.setNumberFormats(fill(this.area, numberFormat));
  }

  getNotes(): string[][] {
    return readCells(this.data, this.area, (cell) => cell?.note ?? "");
  }
  getNote(): string {
    return this.getNotes()[0]?.[0] ?? "";
  }
  setNotes(notes: unknown[][]): this {
    return this.write(notes, (cell, value) => {
      cell.note = value === null ? "" : String(value);
    });
  }
  setNote(note: string | null): this {
    return this.setNotes(fill(this.area, note));
  }

  getFontWeights(): string[][] {
    return readCells(this.data, this.area, (cell) => cell?.fontWeight ?? "normal");
  }
  setFontWeights(fontWeights: unknown[][]): this {
    return this.write(fontWeights, (cell, value) => {
      cell.fontWeight = String(value ?? "normal");
    });
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): this {
    return this.setFontWeights(fill(this.area, fontWeight));
  }
  setFontStyles(fontStyles: unknown[][]): this {
    return this.write(fontStyles, (cell, value) => {
      cell.fontStyle = String(value ?? "normal");
    });
  }
  setFontLines(fontLines: unknown[][]): this {
    return this.write(fontLines, (cell, value) => {
      cell.fontLine = String(value ?? "none");
    });
  }
  setFontSizes(sizes: unknown[][]): this {
    return this.write(sizes, (cell, value) => {
      cell.fontSize = Number(value);
    });
  }
  setFontFamily(fontFamily: string | null): this {
    return this.write(fill(this.area, fontFamily), (cell, value) => {
      cell.fontFamily = String(value ?? "Arial");
    });
  }
  setFontColors(colors: unknown[][]): this {
    return this.write(colors, (cell, value) => {
      cell.fontColor = String(value ?? "#000000");
    });
  }
  getHorizontalAlignments(): string[][] {
    return readCells(this.data, this.area, (cell) => cell?.horizontalAlignment ?? "general");
  }
  setHorizontalAlignments(alignments: unknown[][]): this {
    return this.write(alignments, (cell, value) => {
      cell.horizontalAlignment = String(value ?? "general");
    });
  }
  setVerticalAlignments(alignments: unknown[][]): this {
    return this.write(alignments, (cell, value) => {
      cell.verticalAlignment = String(value ?? "bottom");
    });
  }
  setVerticalAlignment(alignment: "top" | "middle" | "bottom" | null): this {
    return this.setVerticalAlignments(fill(this.area, alignment));
  }
  getBackgrounds(): string[][] {
    return readCells(this.data, this.area, (cell) => cell?.background ?? "#ffffff");
  }
  setBackgrounds(colors: unknown[][]): this {
    return this.write(colors, (cell, value) => {
      cell.background = String(value ?? "#ffffff");
    });
  }
  setBackground(color: string | null): this {
    return this.setBackgrounds(fill(this.area, color));
  }
  getWraps(): boolean[][] {
    return readCells(this.data, this.area, (cell) => cell?.wrap ?? false);
  }
  setWraps(isWrapEnabled: unknown[][]): this {
    return this.write(isWrapEnabled, (cell, value) => {
      cell.wrap = value === true;
    });
  }
  setWrap(isWrapEnabled: boolean): this {
    return this.setWraps(fill(this.area, isWrapEnabled));
  }

  getDataValidations(): (FakeDataValidation | null)[][] {
    return readCells(this.data, this.area, (cell) => cell?.validation ?? null);
  }
  setDataValidations(rules: unknown[][]): this {
    return this.write(rules, (cell, value) => {
      cell.validation = (value as FakeDataValidation | null) ?? null;
    });
  }
  setDataValidation(rule: unknown): this {
    return this.setDataValidations(fill(this.area, rule));
  }
  /** Checkboxes are a checkbox rule plus FALSE in each cell. */
  insertCheckboxes(): this {
    return this.write(fill(this.area, null), (cell) => {
      cell.validation = new FakeDataValidation("CHECKBOX", [], false, "");
      cell.value = false;
      cell.formula = "";
    });
  }

  setBorder(...args: unknown[]): this {
    const [top, left, bottom, right, vertical, horizontal] = args;
    if ([top, left, bottom, right, vertical, horizontal].some((side) => side !== true)) {
      throw new Error("Fake: only setBorder(true, true, true, true, true, true, …) is modelled");
    }
    return this.write(fill(this.area, null), (cell) => {
      cell.bordered = true;
    });
  }

  /** Merging keeps the top-left value and empties the others, as Sheets does. */
  merge(): this {
    const overlapping = this.data.merges.filter((merge) => overlaps(merge, this.area));
    if (overlapping.some((merge) => !inside(merge, this.area))) {
      throw new Error("Exception: You must select all cells in a merged range to merge or unmerge them.");
    }
    for (const merge of overlapping) this.data.merges.splice(this.data.merges.indexOf(merge), 1);
    this.data.merges.push(this.area);
    this.write(fill(this.area, null), (cell, _value, row, column) => {
      if (row === 0 && column === 0) return;
      cell.value = "";
      cell.formula = "";
    });
    return this;
  }
  /** One merge per row of the range. */
  mergeAcross(): this {
    for (let row = 0; row < this.area.rows; row++) {
      new FakeRange(this.world, this.data, { ...this.area, row: this.area.row + row, rows: 1 }).merge();
    }
    return this;
  }
  getMergedRanges(): FakeRange[] {
    return this.data.merges
      .filter((merge) => overlaps(merge, this.area))
      .map((merge) => counted(new FakeRange(this.world, this.data, merge), "Range", this.world.log));
  }

  getRow(): number {
    return this.area.row;
  }
  getColumn(): number {
    return this.area.column;
  }
  getNumRows(): number {
    return this.area.rows;
  }
  getNumColumns(): number {
    return this.area.columns;
  }
  getLastRow(): number {
    return this.area.row + this.area.rows - 1;
  }
  getLastColumn(): number {
    return this.area.column + this.area.columns - 1;
  }
  getA1Notation(): string {
    return a1Range(this.area.row, this.area.column, this.area.rows, this.area.columns);
  }
  getSheet(): unknown {
    return this.world.sheetApi(this.data);
  }
  activate(): this {
    this.world.spreadsheet.activeSheetId = this.data.id;
    this.world.spreadsheet.activeRange = {
      sheetId: this.data.id,
      a1: a1Range(this.area.row, this.area.column, this.area.rows, this.area.columns),
    };
    return this;
  }

  private write(
    values: unknown[][],
    store: (cell: CellData, value: unknown, row: number, column: number) => void,
  ): this {
    writeMatrix(this.data, this.area, values, store);
    return this;
  }
}

function readCells<T>(data: SheetData, area: Area, read: (cell: CellData | undefined) => T): T[][] {
  return Array.from({ length: area.rows }, (_, row) =>
    Array.from({ length: area.columns }, (_, column) =>
      read(peekCell(data, area.row + row, area.column + column)),
    ),
  );
}

function writeMatrix(
  data: SheetData,
  area: Area,
  values: unknown[][],
  store: (cell: CellData, value: unknown, row: number, column: number) => void,
): void {
  if (!Array.isArray(values) || values.length !== area.rows)
    throw sizeMismatch("rows", values?.length ?? 0, area.rows);
  values.forEach((row, _rowIndex) => {
    if (!Array.isArray(row) || row.length !== area.columns) {
      throw sizeMismatch("columns", Array.isArray(row) ? row.length : 0, area.columns);
    }
  });
  values.forEach((row, rowIndex) => {
    row.forEach((value, columnIndex) => {
      store(cellAt(data, area.row + rowIndex, area.column + columnIndex), value, rowIndex, columnIndex);
    });
  });
}

function fill(area: Area, value: unknown): unknown[][] {
  return Array.from({ length: area.rows }, () => Array.from({ length: area.columns }, () => value));
}

function overlaps(a: Area, b: Area): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

function inside(inner: Area, outer: Area): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.column + inner.columns <= outer.column + outer.columns
  );
}

type _RangeIsReal = Assert<OnlyReal<FakeRange, Real>>;
