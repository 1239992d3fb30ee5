/**
 * Where each member stands with party dues as of A (spec §2 `Đảng phí`, §3): the owed, elapsed months
 * left unpaid, and those that cannot be read. KL6 and the to-do list's `dues` items both read it.
 */
import type { CellYearRecords, Member } from "../parse/records";
import type { Issue } from "../result";
import { activeOn } from "../rubric/context";
import { type Day, lastDayOfMonth } from "../values/day";

export interface MemberDues {
  /** The member's index in `records.members` (the order of `Đảng viên`). */
  readonly member: number;
  readonly name: string;
  /** Months (1–12) elapsed and owed, marked neither paid, `Miễn` nor `Có lý do`: over the months known. */
  readonly unpaid: readonly number[];
  /** Elapsed months that may be owed and unpaid but cannot be read (an error, a missing row or column…). */
  readonly unknown: readonly number[];
  /** The member's row in `Đảng phí` (the first of two); null when there is none. */
  readonly row: number | null;
}

export interface DuesStanding {
  /** `Đảng phí` as named in the workbook. */
  readonly sheet: string;
  /** One entry per row of `Đảng viên`, in its order (none when that sheet is missing). */
  readonly members: readonly MemberDues[];
  /** A member who owes an elapsed month and has no row: an error on `Đảng phí`, row null. */
  readonly issues: readonly Issue[];
}

/** Months of the year whose last day is on or before A. */
function elapsedMonths(year: number, asOf: Day): number[] {
  const months: number[] = [];
  for (let month = 1; month <= 12; month++) if (lastDayOfMonth(year, month) <= asOf) months.push(month);
  return months;
}

function missingRow(sheet: string, name: string, owed: readonly number[]): Issue {
  const months = owed.length === 1 ? `tháng ${owed[0]}` : `${owed.length} tháng đã qua (từ tháng ${owed[0]})`;
  return {
    severity: "error",
    sheet,
    row: null,
    column: null,
    message: `Đảng viên ${name} chưa có dòng trong sheet "${sheet}" dù phải đóng đảng phí ${months}; hãy thêm một dòng cho đồng chí này (mục Theo dõi đảng phí tự thêm những người còn thiếu).`,
  };
}

/**
 * Each member's dues in year Y as of A; undefined when the workbook has no `Đảng phí` (the cell does not
 * keep its dues there). A month is owed by a member active on its last day; `Miễn` is not owed.
 */
export function duesStanding(
  records: Pick<CellYearRecords, "members" | "dues">,
  year: number,
  asOf: Day,
): DuesStanding | undefined {
  const dues = records.dues;
  if (!dues) return undefined;
  const elapsed = elapsedMonths(year, asOf);
  const lastDays = elapsed.map((month) => lastDayOfMonth(year, month));
  const issues: Issue[] = [];
  const standing = (records.members ?? []).map((member: Member, index): MemberDues => {
    const row = dues.rowOf.get(index);
    const readable =
      dues.namesReadable &&
      member.name.trim() !== "" &&
      !dues.duplicated.has(index) &&
      !dues.ambiguous.has(index);
    const unpaid: number[] = [];
    const unknown: number[] = [];
    const owedWithoutRow: number[] = [];
    elapsed.forEach((month, position) => {
      const owed = activeOn(member, lastDays[position] as Day);
      if (owed === false) return;
      if (!readable) {
        unknown.push(month);
        return;
      }
      if (!row) {
        unknown.push(month);
        if (owed) owedWithoutRow.push(month);
        return;
      }
      const mark = row.months[month - 1];
      if (mark === "paid" || mark === "exempt" || mark === "excused") return;
      // Blank, 0 or Không: unpaid when the month is surely owed; unknown when the member's dates are.
      if (mark === undefined || owed === undefined) unknown.push(month);
      else unpaid.push(month);
    });
    if (owedWithoutRow.length > 0) issues.push(missingRow(dues.sheet, member.name, owedWithoutRow));
    return { member: index, name: member.name, unpaid, unknown, row: row?.row ?? null };
  });
  return { sheet: dues.sheet, members: standing, issues };
}
