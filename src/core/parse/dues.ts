/**
 * `Đảng phí` (optional): one member a row, one column a month, like a dues book (spec §2). Reading it
 * needs no date: which months are owed and elapsed is worked out later (`dues/standing.ts`).
 */
import { DUES_COLUMNS, type DuesMark, headerOf, SHEETS } from "../schema";
import type { CellValue, WorkbookTables } from "../table";
import { fold } from "../text/fold";
import { personNameKeys } from "../text/person-name";
import { cellText, isBlank } from "../values/cell";
import { readDuesMark } from "../values/dues-mark";
import { matchName } from "../values/names";
import type { IssueLog } from "./issues";
import type { MemberDirectory } from "./name-list";
import { dataRows, findTable, twinTabs, twinTabsMessage } from "./sheet";

/** A month's mark; null for a blank cell; undefined when unknown (an error, or its column is missing). */
export type MonthMark = DuesMark | null | undefined;

export interface DuesRow {
  readonly row: number;
  /** The member's index in `members`; undefined when the name is blank, no member, or several. */
  readonly member: number | undefined;
  /** Month 1 at index 0 … month 12 at index 11. */
  readonly months: readonly MonthMark[];
}

export interface DuesSheet {
  /** The tab's name as written in the workbook. */
  readonly sheet: string;
  /** Why the sheet cannot be used at all (two tabs of that name): every owed month is unknown, nothing is written. */
  readonly unusable: string | null;
  /** False when the `Họ và tên` header is missing: no row can be matched to a member. */
  readonly namesReadable: boolean;
  /** 0-based column of `Họ và tên`, and of each month (index 0 = month 1); undefined where missing. */
  readonly nameColumn: number | undefined;
  readonly monthColumns: readonly (number | undefined)[];
  /** The last row holding anything (1 when only the header). */
  readonly lastRow: number;
  readonly rows: readonly DuesRow[];
  /** The first row of each member named; a second row for a member is an error and makes that member unknown. */
  readonly rowOf: ReadonlyMap<number, DuesRow>;
  readonly duplicated: ReadonlySet<number>;
  /** Members a row may stand for when its name fits several members: their months are unknown. */
  readonly ambiguous: ReadonlySet<number>;
}

const NAME = headerOf("dues", "name");
const MONTHS = DUES_COLUMNS.filter((column) => column.kind.type === "duesMark");

/** Column of each field (header or one of its other spellings), and the optional columns missing. */
function locateColumns(header: readonly CellValue[]) {
  const positions = new Map<string, number>();
  header.forEach((cell, index) => {
    if (typeof cell !== "string") return;
    const key = fold(cell);
    if (!positions.has(key)) positions.set(key, index);
  });
  const columnOf = new Map<string, number>();
  for (const column of DUES_COLUMNS) {
    for (const spelling of [column.header, ...(column.aliases ?? [])]) {
      const index = positions.get(fold(spelling));
      if (index !== undefined) {
        columnOf.set(column.key, index);
        break;
      }
    }
  }
  return columnOf;
}

const quoted = (headers: readonly string[]) => headers.map((header) => `"${header}"`).join(", ");

/** One warning for the sheet: a missing month is unknown for everyone, never unpaid. */
function reportMissingColumns(columnOf: ReadonlyMap<string, number>, sheet: string, log: IssueLog) {
  const months = MONTHS.filter((column) => !columnOf.has(column.key)).map((column) => column.header);
  const sentences: string[] = [];
  if (months.length === 1) {
    sentences.push(
      `Thiếu cột ${quoted(months)}; đảng phí tháng này được coi là chưa biết (không tính là chưa đóng).`,
    );
  } else if (months.length > 1) {
    sentences.push(
      `Thiếu các cột ${quoted(months)}; đảng phí các tháng này được coi là chưa biết (không tính là chưa đóng).`,
    );
  }
  if (!columnOf.has("note")) {
    sentences.push(`Thiếu cột "${headerOf("dues", "note")}"; các ô của cột này được coi là để trống.`);
  }
  if (sentences.length > 0) log.add("warning", sheet, 1, null, sentences.join(" "));
}

function memberOf(
  name: string,
  row: number,
  sheet: string,
  directory: MemberDirectory,
  ambiguous: Set<number>,
  log: IssueLog,
): number | undefined {
  const match = matchName(directory.index, name);
  if (match.kind === "member") {
    if (match.withoutDiacritics) {
      log.add(
        "warning",
        sheet,
        row,
        NAME,
        `"${name}" được hiểu là "${directory.names[match.index]}"; nên ghi đúng họ tên có dấu như trong sheet Đảng viên.`,
      );
    }
    return match.index;
  }
  if (match.kind === "unknown") {
    log.add(
      "error",
      sheet,
      row,
      NAME,
      `"${name}" không có trong sheet Đảng viên; hãy ghi đúng họ và tên như trong sheet Đảng viên, hoặc xóa dòng này nếu người này không sinh hoạt ở chi bộ.`,
    );
    return undefined;
  }
  for (const index of candidates(directory, name)) ambiguous.add(index);
  log.add(
    "error",
    sheet,
    row,
    NAME,
    match.withoutDiacritics
      ? `"${name}" có thể là nhiều đảng viên khác nhau về dấu; hãy ghi đúng họ tên có dấu như trong sheet Đảng viên.`
      : `"${name}" trùng tên với nhiều đảng viên; hãy sửa sheet Đảng viên để mỗi họ tên là duy nhất rồi ghi lại tên ở đây.`,
  );
  return undefined;
}

/** The members a name that matched several could stand for. */
function candidates(directory: MemberDirectory, name: string): readonly number[] {
  const keys = personNameKeys(name);
  return directory.index.exact.get(keys.exact) ?? directory.index.loose().get(keys.loose()) ?? [];
}

/** Two tabs read as `Đảng phí`: an error naming both, and no row read from either (nothing guessed). */
function unusableDues(sheet: string, message: string, log: IssueLog): DuesSheet {
  log.add("error", SHEETS.dues.title, null, null, message);
  return {
    sheet,
    unusable: message,
    namesReadable: false,
    nameColumn: undefined,
    monthColumns: MONTHS.map(() => undefined),
    lastRow: 1,
    rows: [],
    rowOf: new Map(),
    duplicated: new Set(),
    ambiguous: new Set(),
  };
}

export function parseDues(
  tables: WorkbookTables,
  log: IssueLog,
  directory: MemberDirectory | undefined,
): DuesSheet | undefined {
  const twins = twinTabs(tables, SHEETS.dues.title);
  if (twins) return unusableDues(twins[0].name, twinTabsMessage(SHEETS.dues.title, twins), log);
  const table = findTable(tables, SHEETS.dues.title);
  if (!table) return undefined;
  const sheet = table.name;
  const columnOf = locateColumns(table.rows[0] ?? []);
  const nameColumn = columnOf.get("name");
  if (nameColumn === undefined) {
    log.add(
      "error",
      sheet,
      1,
      NAME,
      `Thiếu cột bắt buộc "${NAME}"; hãy thêm cột có tiêu đề "${NAME}" ở dòng 1.`,
    );
  }
  reportMissingColumns(columnOf, sheet, log);
  const monthColumns = MONTHS.map((column) => columnOf.get(column.key));
  const rowOf = new Map<number, DuesRow>();
  const duplicated = new Set<number>();
  const ambiguous = new Set<number>();
  const rows: DuesRow[] = [];
  for (const { row, cells } of dataRows(table)) {
    const months = monthColumns.map((index, month): MonthMark => {
      if (index === undefined) return undefined;
      const read = readDuesMark(cells[index]);
      if (read.kind === "blank") return null;
      if (read.kind === "value") return read.value;
      log.add("error", sheet, row, MONTHS[month]?.header ?? null, read.message);
      return undefined;
    });
    let member: number | undefined;
    if (nameColumn !== undefined) {
      const cell = cells[nameColumn];
      if (isBlank(cell)) {
        log.add(
          "error",
          sheet,
          row,
          NAME,
          `Thiếu ${NAME} (cột bắt buộc); hãy ghi họ và tên đảng viên của dòng này.`,
        );
      } else if (directory) {
        member = memberOf(cellText(cell), row, sheet, directory, ambiguous, log);
      }
    }
    const duesRow: DuesRow = { row, member, months };
    rows.push(duesRow);
    if (member === undefined) continue;
    const first = rowOf.get(member);
    if (!first) {
      rowOf.set(member, duesRow);
      continue;
    }
    duplicated.add(member);
    log.add(
      "error",
      sheet,
      row,
      NAME,
      `Đảng viên ${directory?.names[member]} đã có dòng ${first.row}; mỗi đảng viên chỉ ghi một dòng, hãy gộp hai dòng làm một.`,
    );
  }
  return {
    sheet,
    unusable: null,
    namesReadable: nameColumn !== undefined,
    nameColumn,
    monthColumns,
    lastRow: rows.length > 0 ? (rows[rows.length - 1] as DuesRow).row : 1,
    rows,
    rowOf,
    duplicated,
    ambiguous,
  };
}
