/**
 * `Theo dõi đảng phí`: the `Đảng phí` sheet made on the secretary's request (spec §2: never silently, since an
 * empty dues book reads as a year of unpaid dues). The first time it is created with the members listed;
 * afterwards the members who joined since are added at the bottom, and no mark is ever touched.
 */

import { parseDues } from "../parse/dues";
import { parseInfo } from "../parse/info";
import { issueLog } from "../parse/issues";
import { parseMembers } from "../parse/members";
import type { Member } from "../parse/records";
import { activeOn } from "../rubric/context";
import { headerOf, SHEETS } from "../schema";
import type { CalendarDate, WorkbookTables } from "../table";
import { type TemplateSheet, templateColumn } from "../template";
import { lastDayOfMonth } from "../values/day";

export type DuesSheetPlan =
  /** No `Đảng phí` yet: create it from this template (its rows are the members). */
  | { readonly kind: "create"; readonly template: TemplateSheet; readonly names: readonly string[] }
  /** Write `names` down column `column` (0-based) from row `row` (1-based); empty: nothing to add. */
  | {
      readonly kind: "append";
      readonly sheet: string;
      readonly row: number;
      readonly column: number;
      readonly names: readonly string[];
    }
  /** The sheet has no `Họ và tên` header: nothing can be added; the message says what to fix. */
  | { readonly kind: "unusable"; readonly sheet: string; readonly message: string };

/** A member who owes at least one month of the year (active on a month's last day), or may. */
function owesInYear(member: Member, year: number): boolean {
  if (member.name.trim() === "") return false;
  for (let month = 1; month <= 12; month++) {
    if (activeOn(member, lastDayOfMonth(year, month)) !== false) return true;
  }
  return false;
}

/** The year of `Thông tin chung`, else today's. */
function yearOf(tables: WorkbookTables, today: CalendarDate): number {
  return parseInfo(tables, issueLog())?.year ?? today.year;
}

/** Members of `Đảng viên` who owe dues in the year of the workbook and have no row in `Đảng phí` yet. */
export function planDuesSheet(tables: WorkbookTables, today: CalendarDate): DuesSheetPlan {
  const log = issueLog();
  const year = yearOf(tables, today);
  const parsed = parseMembers(tables, log);
  const members = parsed?.members ?? [];
  const dues = parseDues(tables, log, parsed?.directory);
  const listed = (index: number) => dues?.rowOf.has(index) === true || dues?.ambiguous.has(index) === true;
  const names = members
    .filter((member, index) => owesInYear(member, year) && !listed(index))
    .map((member) => member.name.trim());
  if (!dues) {
    const columns = SHEETS.dues.columns.map(templateColumn);
    return {
      kind: "create",
      template: {
        key: "dues",
        title: SHEETS.dues.title,
        columns,
        rows: names.map((name) => columns.map((_, index) => (index === 0 ? name : ""))),
      },
      names,
    };
  }
  if (dues.unusable) return { kind: "unusable", sheet: dues.sheet, message: dues.unusable };
  if (dues.nameColumn === undefined) {
    const name = headerOf("dues", "name");
    return {
      kind: "unusable",
      sheet: dues.sheet,
      message: `Trang "${dues.sheet}" không có cột "${name}" ở dòng 1; hãy thêm cột này rồi thử lại.`,
    };
  }
  return { kind: "append", sheet: dues.sheet, row: dues.lastRow + 1, column: dues.nameColumn, names };
}
