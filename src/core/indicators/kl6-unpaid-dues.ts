/**
 * KL6: for each member, the elapsed months of the year the member owes and has not paid (neither `Miễn`
 * nor `Có lý do`); fails when one reaches the threshold (Điều lệ Đảng, Điều 8: three months in the year
 * without a valid reason lead to removal). Not applicable when the cell keeps no `Đảng phí` sheet.
 */
import { duesStanding, type MemberDues } from "../dues/standing";
import { formatNumber } from "../format";
import { judgeBelow } from "../rubric/judge";
import { sheetMissing } from "../rubric/measured";
import { countDisplay } from "./display";
import { defineIndicator } from "./indicator";
import { numeric } from "./requirement-words";

/** Members named in the evidence; the rest are counted. */
const NAMED = 5;

const monthList = (months: readonly number[]) => months.join(", ");

/** `Nguyễn Văn An 3 tháng (3, 4, 5)` */
const behindText = (member: MemberDues) =>
  `${member.name} ${member.unpaid.length} tháng (${member.unpaid.length === 1 ? "tháng" : "các tháng"} ${monthList(member.unpaid)})`;

function unknownText(standing: readonly MemberDues[]): string {
  const members = standing.filter((member) => member.unknown.length > 0);
  if (members.length === 0) return "";
  const months = members.reduce((sum, member) => sum + member.unknown.length, 0);
  return `; ${months} tháng của ${members.length} đảng viên thiếu hoặc sai dữ liệu`;
}

export const KL6 = defineIndicator({
  id: "KL6",
  criterion: "KL",
  name: "Không có đảng viên không đóng đảng phí",
  threshold: { kind: "months", default: 3 },
  rule: (context, months) => {
    const standing = duesStanding(context.records, context.year, context.asOf);
    if (!standing) {
      return {
        status: "n/a",
        value: null,
        threshold: months,
        detail: 'Chi bộ không theo dõi đảng phí trong bảng tính (chưa có sheet "Đảng phí").',
      };
    }
    if (!context.members) return sheetMissing(context.sheetNames.members, months);
    const behind = standing.members
      .filter((member) => member.unpaid.length > 0)
      .sort((a, b) => b.unpaid.length - a.unpaid.length || a.member - b.member);
    const largest = behind[0]?.unpaid.length ?? 0;
    const unknown = standing.members.reduce((sum, member) => sum + member.unknown.length, 0);
    const others = behind.length - NAMED;
    const named = behind.slice(0, NAMED).map(behindText).join(", ");
    return {
      status: judgeBelow(largest, unknown, months),
      value: largest,
      threshold: months,
      detail:
        behind.length === 0
          ? `Không có đảng viên chưa đóng đảng phí tháng nào đã qua${unknownText(standing.members)}.`
          : `Chưa đóng đảng phí: ${named}${others > 0 ? ` và ${others} đảng viên khác` : ""}${unknownText(standing.members)}.`,
    };
  },
  requirement: (threshold) => {
    const months = numeric(threshold);
    return months === null
      ? "Không có đảng viên không đóng đảng phí"
      : `Không có đảng viên chưa đóng đảng phí từ ${formatNumber(months)} tháng trở lên trong năm mà không có lý do chính đáng`;
  },
  display: countDisplay(
    (value) => `nhiều nhất ${value} tháng`,
    (threshold) => `dưới ${threshold} tháng`,
  ),
});
