/**
 * Finding a tab and its columns by name, tolerantly (spec §2), and walking its data rows.
 * Reading is by header, never by position; extra columns are ignored.
 */
import type { SheetSchema } from "../schema";
import type { CellValue, SheetTable, WorkbookTables } from "../table";
import { fold } from "../text/fold";
import { holdsData } from "../values/cell";
import type { IssueLog } from "./issues";

export interface DataRow {
  /** Spreadsheet row number: the header is row 1. */
  readonly row: number;
  readonly cells: readonly CellValue[];
}

export interface LocatedSheet {
  /** The tab's name as written in the workbook. */
  readonly name: string;
  readonly schema: SheetSchema;
  /** 0-based column of each field key; absent when the header is missing. */
  readonly columnOf: ReadonlyMap<string, number>;
  /** Fields unknown in every row: a required header is missing, or a header is there twice. */
  readonly missingRequired: ReadonlySet<string>;
  readonly rows: readonly DataRow[];
}

export function findTable(tables: WorkbookTables, title: string): SheetTable | undefined {
  const key = fold(title);
  return tables.find((table) => fold(table.name) === key);
}

/** The first two tabs whose names match `title` the tolerant way (`Dang vien` and `Đảng viên`), if two do. */
export function twinTabs(
  tables: WorkbookTables,
  title: string,
): readonly [SheetTable, SheetTable] | undefined {
  const key = fold(title);
  const [first, second] = tables.filter((table) => fold(table.name) === key);
  return first && second ? [first, second] : undefined;
}

export const twinTabsMessage = (title: string, [first, second]: readonly [SheetTable, SheetTable]) =>
  `Có hai sheet cùng được hiểu là "${title}": "${first.name}" và "${second.name}"; hãy xóa hoặc đổi tên một sheet để chỉ còn một.`;

/** `A` for 0, `AA` for 26: the column as the spreadsheet shows it. */
function columnLetters(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** The rows under the header that hold anything, with their spreadsheet row numbers. */
export function dataRows(table: SheetTable): DataRow[] {
  const rows: DataRow[] = [];
  for (let index = 1; index < table.rows.length; index++) {
    const cells = table.rows[index] ?? [];
    if (cells.some(holdsData)) rows.push({ row: index + 1, cells });
  }
  return rows;
}

/**
 * Locates the sheet of a schema and maps its headers. A missing sheet is an error with no row or column,
 * unless the schema says it is optional;
 * a missing required header an error at row 1; missing optional columns one warning per sheet, except the
 * newer ones a sheet may lack without being wrong.
 */
export function locateSheet(
  tables: WorkbookTables,
  schema: SheetSchema,
  log: IssueLog,
): LocatedSheet | undefined {
  const twins = twinTabs(tables, schema.title);
  if (twins) {
    log.add("error", schema.title, null, null, twinTabsMessage(schema.title, twins));
    return undefined;
  }
  const table = findTable(tables, schema.title);
  if (!table) {
    if (schema.optional) return undefined;
    log.add(
      "error",
      schema.title,
      null,
      null,
      `Không tìm thấy sheet "${schema.title}"; hãy tạo sheet này (menu Khởi tạo bảng tính hoặc lệnh init).`,
    );
    return undefined;
  }
  const header = table.rows[0] ?? [];
  const positions = new Map<string, number>();
  const secondPositions = new Map<string, number>();
  header.forEach((cell, index) => {
    if (typeof cell !== "string") return;
    const key = fold(cell);
    if (!positions.has(key)) positions.set(key, index);
    else if (!secondPositions.has(key)) secondPositions.set(key, index);
  });
  const columnOf = new Map<string, number>();
  const missingRequired = new Set<string>();
  const missingOptional: string[] = [];
  for (const column of schema.columns) {
    const index = positions.get(fold(column.header));
    const second = secondPositions.get(fold(column.header));
    if (index !== undefined && second !== undefined) {
      // Nothing is guessed between two columns of one header: the field is unknown in every row.
      missingRequired.add(column.key);
      log.add(
        "error",
        table.name,
        1,
        column.header,
        `Cột "${column.header}" có hai lần (cột ${columnLetters(index)} và cột ${columnLetters(second)}); hãy xóa hoặc đổi tên một cột để chỉ còn một.`,
      );
    } else if (index !== undefined) columnOf.set(column.key, index);
    else if (column.required) {
      missingRequired.add(column.key);
      log.add(
        "error",
        table.name,
        1,
        column.header,
        `Thiếu cột bắt buộc "${column.header}"; hãy thêm cột có tiêu đề "${column.header}" ở dòng 1.`,
      );
    } else if (!column.quietWhenMissing) missingOptional.push(column.header);
  }
  if (missingOptional.length > 0) {
    log.add(
      "warning",
      table.name,
      1,
      null,
      missingOptional.length === 1
        ? `Thiếu cột "${missingOptional[0]}"; các ô của cột này được coi là để trống.`
        : `Thiếu các cột ${missingOptional.map((name) => `"${name}"`).join(", ")}; các ô của những cột này được coi là để trống.`,
    );
  }
  return { name: table.name, schema, columnOf, missingRequired, rows: dataRows(table) };
}
