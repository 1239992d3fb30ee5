/**
 * Reading one cell by the kind of its column (spec §2, value conventions). A cell is blank, a value,
 * or an error with a Vietnamese message that says what to type instead.
 */
import { formatDate } from "../format";
import { type FieldKind, YES_NO } from "../schema";
import { type CalendarDate, type CellValue, isCalendarDate } from "../table";
import { type Day, isValidCalendarDate, toDay } from "./day";
import { listLabels, matchListValue } from "./list";
import { parseVietnameseNumber } from "./number";

export type CellRead<T> =
  | { readonly kind: "blank" }
  | { readonly kind: "value"; readonly value: T }
  | { readonly kind: "error"; readonly message: string };

const BLANK = { kind: "blank" } as const;
const value = <T>(v: T): CellRead<T> => ({ kind: "value", value: v });
const error = (message: string): CellRead<never> => ({ kind: "error", message });

export function isBlank(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/**
 * Whether a cell counts towards a row being filled in. An unchecked checkbox reads as FALSE: Sheets shows
 * one in every row the template prepared, so a row holding nothing else is as blank as the secretary sees it.
 */
export function holdsData(cell: CellValue | undefined): boolean {
  return cell !== false && !isBlank(cell);
}

/** How a cell shows in a message. */
export function cellText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (isCalendarDate(cell)) return `${cell.day}/${cell.month}/${cell.year}`;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell).trim();
}

export function readText(cell: CellValue | undefined): CellRead<string> {
  if (isBlank(cell)) return BLANK;
  if (isCalendarDate(cell))
    return isValidCalendarDate(cell) ? value(formatDate(cell)) : value(cellText(cell));
  return value(cellText(cell));
}

const DATE_TEXT = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_DATE_TEXT = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DATE_HINT = "hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 03/07/2023";

function calendarDateFromText(text: string): CalendarDate | undefined {
  const dayFirst = DATE_TEXT.exec(text);
  if (dayFirst) return { day: Number(dayFirst[1]), month: Number(dayFirst[2]), year: Number(dayFirst[3]) };
  const iso = ISO_DATE_TEXT.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  return undefined;
}

export function readDate(cell: CellValue | undefined): CellRead<Day> {
  if (isBlank(cell)) return BLANK;
  const text = cellText(cell);
  const date = isCalendarDate(cell)
    ? cell
    : typeof cell === "string"
      ? calendarDateFromText(text)
      : undefined;
  if (!date) return error(`"${text}" không phải là ngày; ${DATE_HINT}.`);
  if (!isValidCalendarDate(date) || date.year < 1900 || date.year > 2200) {
    return error(`Ngày "${text}" không tồn tại; ${DATE_HINT}.`);
  }
  return value(toDay(date));
}

function readNumeric(cell: CellValue | undefined): CellRead<number> {
  if (isBlank(cell)) return BLANK;
  if (typeof cell === "number")
    return Number.isFinite(cell) ? value(cell) : error(`"${cell}" không phải là số.`);
  const parsed = typeof cell === "string" ? parseVietnameseNumber(cell) : undefined;
  if (parsed === undefined) return error(`"${cellText(cell)}" không phải là số; hãy nhập một số.`);
  return value(parsed);
}

function rangeText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `từ ${min} đến ${max}`;
  if (min !== undefined) return `từ ${min} trở lên`;
  return `không quá ${max}`;
}

export function readNumber(
  cell: CellValue | undefined,
  min?: number,
  max?: number,
  integer = false,
): CellRead<number> {
  const read = readNumeric(cell);
  if (read.kind !== "value") return read;
  const number = read.value;
  if (integer && !Number.isInteger(number)) {
    return error(`"${cellText(cell)}" không hợp lệ; hãy nhập một số nguyên (không có phần thập phân).`);
  }
  if ((min !== undefined && number < min) || (max !== undefined && number > max)) {
    return error(`Giá trị ${cellText(cell)} không hợp lệ; hãy nhập một số ${rangeText(min, max)}.`);
  }
  return read;
}

export function readYesNo(cell: CellValue | undefined): CellRead<boolean> {
  if (isBlank(cell)) return BLANK;
  if (typeof cell === "boolean") return value(cell);
  if (cell === 1 || cell === 0) return value(cell === 1);
  const key = typeof cell === "string" ? matchListValue(YES_NO, cell) : undefined;
  if (key) return value(key === "yes");
  return error(`"${cellText(cell)}" không phải Có/Không; hãy đánh dấu ô (hoặc nhập Có, Không hay x).`);
}

export function readListValue<K extends string>(
  cell: CellValue | undefined,
  values: readonly { key: K; label: string; aliases?: readonly string[] }[],
): CellRead<K> {
  if (isBlank(cell)) return BLANK;
  const key = matchListValue(values, cellText(cell));
  if (key) return value(key);
  return error(`"${cellText(cell)}" không có trong danh sách; hãy chọn một trong: ${listLabels(values)}.`);
}

/** Any kind of the schema, for generic checks (the quick-entry forms, the settings). */
export function readCell(cell: CellValue | undefined, kind: FieldKind): CellRead<unknown> {
  switch (kind.type) {
    case "date":
      return readDate(cell);
    case "integer":
      return readNumber(cell, kind.min, kind.max, true);
    case "number":
      return readNumber(cell, kind.min, kind.max);
    case "yesNo":
      return readYesNo(cell);
    case "list":
      return readListValue(cell, kind.values);
    default:
      return readText(cell);
  }
}
