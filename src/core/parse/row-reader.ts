/**
 * Reads the fields of one data row by their schema kind and logs each bad cell as an issue at its
 * sheet, row and column. Every reader returns the value, `null` for a blank cell, or `undefined` when the
 * value is unknown (it raised an error, a required cell is blank, or its required column is missing).
 */
import type { Column, ListValue } from "../schema";
import type { CellValue } from "../table";
import { type CellRead, readDate, readListValue, readNumber, readText, readYesNo } from "../values/cell";
import type { Day } from "../values/day";
import type { IssueLog } from "./issues";
import type { DataRow, LocatedSheet } from "./sheet";

export interface RowReader {
  readonly row: number;
  readonly sheet: string;
  raw(key: string): CellValue | undefined;
  text(key: string): string | null | undefined;
  date(key: string): Day | null | undefined;
  number(key: string): number | null | undefined;
  yesNo(key: string): boolean | null | undefined;
  list<K extends string>(key: string): K | null | undefined;
  /** The header of a field, for issues raised later about this row. */
  header(key: string): string;
}

const columnsBySchema = new WeakMap<LocatedSheet["schema"], ReadonlyMap<string, Column>>();

function columnsOf(schema: LocatedSheet["schema"]): ReadonlyMap<string, Column> {
  let columns = columnsBySchema.get(schema);
  if (!columns) {
    columns = new Map(schema.columns.map((column) => [column.key, column]));
    columnsBySchema.set(schema, columns);
  }
  return columns;
}

/**
 * One reader per sheet, pointed at each row in turn (rows are read one after another, synchronously):
 * tens of thousands of rows then cost no closures of their own.
 */
export function rowReaders(sheet: LocatedSheet, log: IssueLog): (dataRow: DataRow) => RowReader {
  const columns = columnsOf(sheet.schema);
  let current: DataRow = { row: 0, cells: [] };
  const columnOf = (key: string): Column => {
    const column = columns.get(key);
    if (!column) throw new Error(`No column ${key} in ${sheet.schema.title}`);
    return column;
  };
  const raw = (key: string): CellValue | undefined => {
    const index = sheet.columnOf.get(key);
    return index === undefined ? undefined : current.cells[index];
  };
  function settle<T>(key: string, read: CellRead<T>): T | null | undefined {
    if (sheet.missingRequired.has(key)) return undefined;
    if (read.kind === "blank") {
      const column = columnOf(key);
      if (column.required) {
        log.add(
          "error",
          sheet.name,
          current.row,
          column.header,
          `Thiếu ${column.header} (cột bắt buộc). ${column.note}`,
        );
        return undefined;
      }
      return null;
    }
    if (read.kind === "value") return read.value;
    log.add("error", sheet.name, current.row, columnOf(key).header, read.message);
    return undefined;
  }
  const reader: RowReader = {
    get row() {
      return current.row;
    },
    sheet: sheet.name,
    raw,
    header: (key) => columnOf(key).header,
    text: (key) => settle(key, readText(raw(key))),
    date: (key) => settle(key, readDate(raw(key))),
    number(key) {
      const { kind } = columnOf(key);
      if (kind.type !== "number" && kind.type !== "integer") throw new Error(`${key} is not numeric`);
      return settle(key, readNumber(raw(key), kind.min, kind.max, kind.type === "integer"));
    },
    yesNo: (key) => settle(key, readYesNo(raw(key))),
    list<K extends string>(key: string): K | null | undefined {
      const { kind } = columnOf(key);
      if (kind.type !== "list") throw new Error(`${key} is not a list`);
      return settle(key, readListValue(raw(key), kind.values as readonly ListValue<K>[]));
    },
  };
  return (dataRow) => {
    current = dataRow;
    return reader;
  };
}

/** A blank cell takes the meaning its table gives it; an unknown value stays unknown. */
export function blankMeans<T>(value: T | null | undefined, meaning: T): T | undefined {
  return value === null ? meaning : value;
}
