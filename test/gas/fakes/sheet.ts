/** Sheet: ranges by row/column or A1, extent, frozen rows, widths, marks, protection. */
import { counted } from "./call-log";
import { parseA1 } from "./parse-a1";
import { FakeDeveloperMetadata, FakeProtection } from "./protection";
import { FakeRange } from "./range";
import { FakeRangeList } from "./range-list";
import {
  type Area,
  contentExtent,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  newSheetData,
  type SheetData,
} from "./sheet-data";
import type { Assert, FakeOf, OnlyReal } from "./surface";
import { type World, worldOf } from "./world";

type Real = GoogleAppsScript.Spreadsheet.Sheet;

type Checked =
  | "getName"
  | "setName"
  | "getSheetId"
  | "getIndex"
  | "getDataRange"
  | "getRangeList"
  | "getLastRow"
  | "getLastColumn"
  | "getMaxRows"
  | "getMaxColumns"
  | "insertRowsAfter"
  | "insertColumnsAfter"
  | "setFrozenRows"
  | "getFrozenRows"
  | "setColumnWidth"
  | "setColumnWidths"
  | "getColumnWidth"
  | "setRowHeightsForced"
  | "getRowHeight"
  | "setHiddenGridlines"
  | "hasHiddenGridlines"
  | "addDeveloperMetadata"
  | "getDeveloperMetadata"
  | "protect"
  | "activate"
  | "hideSheet"
  | "showSheet"
  | "isSheetHidden"
  | "copyTo";

export class FakeSheet implements FakeOf<Real, Checked, "getRange"> {
  constructor(
    private readonly world: World,
    private readonly data: SheetData,
  ) {}

  getName(): string {
    return this.data.name;
  }
  setName(name: string): this {
    this.data.name = name;
    return this;
  }
  getSheetId(): number {
    return this.data.id;
  }
  /** 1-based position among the tabs. */
  getIndex(): number {
    return this.world.spreadsheet.sheets.indexOf(this.data) + 1;
  }

  getRange(...args: unknown[]): FakeRange {
    const [first, column, rows, columns] = args;
    const area: Area =
      typeof first === "string"
        ? parseA1(first, this.data.maxRows)
        : {
            row: Number(first),
            column: Number(column),
            rows: Number(rows ?? 1),
            columns: Number(columns ?? 1),
          };
    return this.range(area);
  }
  getDataRange(): FakeRange {
    const { rows, columns } = contentExtent(this.data);
    return this.range({ row: 1, column: 1, rows: Math.max(rows, 1), columns: Math.max(columns, 1) });
  }
  getRangeList(a1Notations: string[]): FakeRangeList {
    if (a1Notations.length === 0)
      throw new Error("Exception: The parameters (number[]) don't match the method signature.");
    const ranges = a1Notations.map((a1) => this.range(parseA1(a1, this.data.maxRows)));
    return counted(new FakeRangeList(ranges), "RangeList", this.world.log);
  }

  getLastRow(): number {
    return contentExtent(this.data).rows;
  }
  getLastColumn(): number {
    return contentExtent(this.data).columns;
  }
  getMaxRows(): number {
    return this.data.maxRows;
  }
  getMaxColumns(): number {
    return this.data.maxColumns;
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    if (afterPosition !== this.data.maxRows)
      throw new Error("Fake: only appending rows at the end is modelled");
    this.data.maxRows += howMany;
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    if (afterPosition !== this.data.maxColumns)
      throw new Error("Fake: only appending columns at the end is modelled");
    if (!Number.isInteger(howMany) || howMany < 1)
      throw new Error("Exception: The number of columns to insert must be at least 1.");
    this.data.maxColumns += howMany;
    return this;
  }

  setFrozenRows(rows: number): void {
    this.data.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.data.frozenRows;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this.data.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let column = startColumn; column < startColumn + numColumns; column++) {
      this.data.columnWidths.set(column, width);
    }
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.data.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  setRowHeightsForced(startRow: number, numRows: number, height: number): this {
    for (let row = startRow; row < startRow + numRows; row++) this.data.rowHeights.set(row, height);
    return this;
  }
  getRowHeight(rowPosition: number): number {
    return this.data.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }
  setHiddenGridlines(hideGridlines: boolean): this {
    this.data.hiddenGridlines = hideGridlines;
    return this;
  }
  hasHiddenGridlines(): boolean {
    return this.data.hiddenGridlines;
  }

  addDeveloperMetadata(key: string): this {
    this.data.metadata.push({ key, value: null });
    return this;
  }
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return this.data.metadata.map((entry) =>
      counted(new FakeDeveloperMetadata(entry), "DeveloperMetadata", this.world.log),
    );
  }
  protect(): FakeProtection {
    const protection = { description: "", warningOnly: false };
    this.data.protections.push(protection);
    return counted(new FakeProtection(protection), "Protection", this.world.log);
  }
  activate(): this {
    this.world.spreadsheet.activeSheetId = this.data.id;
    return this;
  }
  /** Google: hiding the only visible sheet throws. */
  hideSheet(): this {
    const visible = this.world.spreadsheet.sheets.filter((sheet) => !sheet.hidden);
    if (!this.data.hidden && visible.length === 1)
      throw new Error("Exception: You can't hide all the sheets in a document.");
    this.data.hidden = true;
    return this;
  }
  showSheet(): this {
    this.data.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.data.hidden === true;
  }
  /**
   * A copy at the end of another spreadsheet, named `Copy of …`: values, formulas as written, formats,
   * merges, widths and frozen rows. Developer metadata and protections stay behind.
   */
  copyTo(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): unknown {
    const target = worldOf(spreadsheet);
    const taken = new Set(target.spreadsheet.sheets.map((sheet) => sheet.name.toLowerCase()));
    let name = `Copy of ${this.data.name}`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `Copy ${n} of ${this.data.name}`;
    const copy = newSheetData(target.spreadsheet, name);
    copy.maxRows = this.data.maxRows;
    copy.maxColumns = this.data.maxColumns;
    copy.cells.push(...this.data.cells.map((row) => row.map((cell) => ({ ...cell }))));
    copy.merges.push(...this.data.merges.map((area) => ({ ...area })));
    for (const [column, width] of this.data.columnWidths) copy.columnWidths.set(column, width);
    for (const [row, height] of this.data.rowHeights) copy.rowHeights.set(row, height);
    copy.frozenRows = this.data.frozenRows;
    copy.hiddenGridlines = this.data.hiddenGridlines;
    target.spreadsheet.sheets.push(copy);
    return target.sheetApi(copy);
  }

  private range(area: Area): FakeRange {
    return counted(new FakeRange(this.world, this.data, area), "Range", this.world.log);
  }
}

type _SheetIsReal = Assert<OnlyReal<FakeSheet, Real>>;
