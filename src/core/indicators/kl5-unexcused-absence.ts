/**
 * KL5: for each member, the distinct months with an unexcused absence from a cell meeting; fails when
 * one reaches the threshold (Điều lệ Đảng, Điều 8: three months without reason lead to removal).
 */
import { formatNumber } from "../format";
import { judgeBelow } from "../rubric/judge";
import { sheetMissing, unknownNote } from "../rubric/measured";
import { unexcusedMonths } from "../rubric/unexcused-months";
import { countDisplay } from "./display";
import { defineIndicator } from "./indicator";
import { numeric } from "./requirement-words";

export const KL5 = defineIndicator({
  id: "KL5",
  criterion: "KL",
  name: "Không có đảng viên bỏ sinh hoạt",
  threshold: { kind: "months", default: 3 },
  rule: (context, months) => {
    if (!context.meetings) return sheetMissing(context.sheetNames.meetings, months);
    if (!context.members) return sheetMissing(context.sheetNames.members, months);
    const { monthsOf, unknown } = unexcusedMonths(context);
    let largest = 0;
    let who: number | undefined;
    for (const [member, set] of monthsOf) {
      if (set.size > largest) {
        largest = set.size;
        who = member;
      }
    }
    const name = who === undefined ? "" : context.members[who]?.name;
    return {
      status: judgeBelow(largest, unknown, months),
      value: largest,
      threshold: months,
      detail:
        largest === 0
          ? `Không có đảng viên vắng sinh hoạt không lý do${unknownNote(unknown, "tên")}.`
          : `Nhiều nhất ${largest} tháng có vắng sinh hoạt không lý do (${name})${unknownNote(unknown, "tên")}.`,
    };
  },
  requirement: (threshold) => {
    const months = numeric(threshold);
    return months === null
      ? "Không có đảng viên bỏ sinh hoạt"
      : `Không có đảng viên vắng sinh hoạt không lý do từ ${formatNumber(months)} tháng trở lên`;
  },
  display: countDisplay(
    (value) => `nhiều nhất ${value} tháng`,
    (threshold) => `dưới ${threshold} tháng`,
  ),
});
