/**
 * `Đảng phí` rows for tests: `paidAll(name)` is a member who paid every month of the year,
 * `paidAll(name, { 3: "", 4: "Không" })` the same with March blank and April unpaid.
 */
import type { CellValue } from "../../src/core/index";
import { type DuesRow, GOOD_MEMBERS } from "./workbook";

export function paidAll(name: string, months: Readonly<Record<number, CellValue>> = {}): DuesRow {
  const row: Record<string, CellValue> = { name };
  for (let month = 1; month <= 12; month++) row[`month${month}`] = months[month] ?? 50000;
  return row;
}

/** Every member of the good year paid up, then the given changes by name. */
export function goodDues(
  changes: Readonly<Record<string, Readonly<Record<number, CellValue>>>> = {},
): DuesRow[] {
  return GOOD_MEMBERS.map((name) => paidAll(name, changes[name]));
}
