/**
 * `Ghi đảng phí`: one month of `Đảng phí` for the members who owe it, and what saving the ticks writes
 * (spec §2 dues marks). Only the cells that change are written; `Miễn` and `Có lý do` are never touched.
 */

import type { DuesRow, DuesSheet } from "../parse/dues";
import { parseWorkbook } from "../parse/workbook";
import { activeOn } from "../rubric/context";
import { DUES_WORDS, headerOf } from "../schema";
import type { CalendarDate, CellValue, SheetTable, WorkbookTables } from "../table";
import { cellText } from "../values/cell";
import { lastDayOfMonth } from "../values/day";
import { listLabel } from "../values/list";

/** How a member's month stands: paid and unpaid can be ticked or not; the others are edited in the sheet. */
export type DuesMonthState = "paid" | "blank" | "unpaid" | "exempt" | "excused" | "unreadable";

export interface DuesMonthMember {
  readonly name: string;
  /** The member's row in `Đảng phí`; null when there is none yet (saving adds one). */
  readonly row: number | null;
  readonly state: DuesMonthState;
  /** The cell as typed (`50000`, `x`, `Miễn (ốm)`), or a word for a month that cannot be read. */
  readonly text: string;
}

export interface DuesMonthView {
  readonly sheet: string;
  readonly year: number;
  readonly month: number;
  readonly members: readonly DuesMonthMember[];
}

export type DuesMonthOutcome<T> =
  | { readonly ok: true; readonly value: T }
  /** `sheetMissing`: the workbook has no `Đảng phí` yet. */
  | { readonly ok: false; readonly message: string; readonly sheetMissing?: boolean };

/** The ticks of one save: names ticked (paid) and unticked; members in neither are left as they are. */
export interface DuesMonthRequest {
  readonly month: number;
  /** The amount to write for a new payment; null writes `x`. */
  readonly amount: number | null;
  readonly paid: readonly string[];
  readonly unpaid: readonly string[];
}

/** The cells to change in the month's column (rows 1-based, columns 0-based), and the rows to add. */
export interface DuesMonthWrite {
  readonly sheet: string;
  readonly column: number;
  readonly nameColumn: number;
  readonly value: number | string;
  readonly paidRows: readonly number[];
  readonly clearedRows: readonly number[];
  /** New rows at the bottom for members ticked who had none: the name, and the value in the month's column. */
  readonly newRows: readonly { readonly row: number; readonly name: string }[];
  /** The workbook as it will be after the write, to assess without reading it again. */
  readonly tables: WorkbookTables;
}

const PAID_MARK = listLabel(DUES_WORDS, "paid");
const SHEET_MISSING = 'Chưa có trang "Đảng phí"; hãy bấm "Theo dõi đảng phí" để tạo trang này trước.';

function stateOf(duesRow: DuesRow | undefined, month: number, locked: boolean): DuesMonthState {
  if (locked) return "unreadable";
  if (!duesRow) return "blank";
  const mark = duesRow.months[month - 1];
  if (mark === undefined) return "unreadable";
  return mark === null ? "blank" : mark;
}

/** Today's month in the evaluated year: December once the year is over, January before it starts. */
function currentMonth(year: number, today: CalendarDate): number {
  if (today.year > year) return 12;
  if (today.year < year) return 1;
  return today.month;
}

interface MonthContext {
  readonly view: DuesMonthView;
  readonly dues: DuesSheet;
  readonly table: SheetTable;
  readonly column: number;
  readonly nameColumn: number;
}

function monthContext(tables: WorkbookTables, requested: number | null, today: CalendarDate | null) {
  const parsed = parseWorkbook(tables, undefined);
  if (!parsed.ok) return parsed;
  const { records, year } = parsed;
  const month = requested ?? (today ? currentMonth(year, today) : 0);
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    return { ok: false as const, message: "Tháng phải là một số từ 1 đến 12." };
  }
  const dues = records.dues;
  const table = dues && tables.find((candidate) => candidate.name === dues.sheet);
  if (dues?.unusable) return { ok: false as const, message: dues.unusable };
  if (!dues || !table) return { ok: false as const, message: SHEET_MISSING, sheetMissing: true };
  const column = dues.monthColumns[month - 1];
  if (dues.nameColumn === undefined || column === undefined) {
    const header = dues.nameColumn === undefined ? headerOf("dues", "name") : `Tháng ${month}`;
    return {
      ok: false as const,
      message: `Trang "${dues.sheet}" không có cột "${header}" ở dòng 1; hãy thêm cột này rồi thử lại.`,
    };
  }
  const lastDay = lastDayOfMonth(year, month);
  const members: DuesMonthMember[] = [];
  (records.members ?? []).forEach((member, index) => {
    if (member.name.trim() === "" || activeOn(member, lastDay) === false) return;
    const duesRow = dues.rowOf.get(index);
    const locked = dues.duplicated.has(index) || dues.ambiguous.has(index);
    members.push({
      name: member.name.trim(),
      row: duesRow?.row ?? null,
      state: stateOf(duesRow, month, locked),
      text: duesRow ? cellText(table.rows[duesRow.row - 1]?.[column]) : "",
    });
  });
  const context: MonthContext = {
    view: { sheet: dues.sheet, year, month, members },
    dues,
    table,
    column,
    nameColumn: dues.nameColumn,
  };
  return { ok: true as const, value: context };
}

/**
 * The members who owe `month` of the year (active on its last day, or may be), with their marks; a null
 * month is today's (see `currentMonth`).
 */
export function duesMonthView(
  tables: WorkbookTables,
  month: number | null,
  today: CalendarDate,
): DuesMonthOutcome<DuesMonthView> {
  const context = monthContext(tables, month, today);
  return context.ok ? { ok: true, value: context.value.view } : context;
}

/** A copy of the table with some cells changed (rows 1-based, columns 0-based). */
function withCells(table: SheetTable, changes: readonly { row: number; column: number; value: CellValue }[]) {
  const rows = table.rows.map((row) => [...row]);
  for (const { row, column, value } of changes) {
    while (rows.length < row) rows.push([]);
    const cells = rows[row - 1] as CellValue[];
    while (cells.length <= column) cells.push(null);
    cells[column] = value;
  }
  return { name: table.name, rows };
}

/** What saving the ticks changes: a new payment gets the amount (or `x`); unticking a paid month blanks it. */
export function planDuesMonthWrite(
  tables: WorkbookTables,
  request: DuesMonthRequest,
): DuesMonthOutcome<DuesMonthWrite> {
  if (request.amount !== null && !(Number.isFinite(request.amount) && request.amount > 0)) {
    return { ok: false, message: "Số tiền phải lớn hơn 0, hoặc để trống để ghi x (đã đóng)." };
  }
  const context = monthContext(tables, request.month, null);
  if (!context.ok) return context;
  const { view, dues, table, column, nameColumn } = context.value;
  const value = request.amount ?? PAID_MARK;
  const paid = new Set(request.paid);
  const unpaid = new Set(request.unpaid);
  const paidRows: number[] = [];
  const clearedRows: number[] = [];
  const newRows: { row: number; name: string }[] = [];
  for (const member of view.members) {
    if (member.row === null) {
      if (paid.has(member.name)) newRows.push({ row: dues.lastRow + newRows.length + 1, name: member.name });
      continue;
    }
    if (paid.has(member.name) && (member.state === "blank" || member.state === "unpaid"))
      paidRows.push(member.row);
    if (unpaid.has(member.name) && member.state === "paid") clearedRows.push(member.row);
  }
  const changed = withCells(table, [
    ...paidRows.map((row) => ({ row, column, value })),
    ...clearedRows.map((row) => ({ row, column, value: null })),
    ...newRows.flatMap((added) => [
      { row: added.row, column: nameColumn, value: added.name },
      { row: added.row, column, value },
    ]),
  ]);
  return {
    ok: true,
    value: {
      sheet: dues.sheet,
      column,
      nameColumn,
      value,
      paidRows,
      clearedRows,
      newRows,
      tables: tables.map((candidate) => (candidate === table ? changed : candidate)),
    },
  };
}
