/** DV4: members admitted by this cell in Y up to A against `Chỉ tiêu kết nạp đảng viên`. */
import { formatNumber } from "../format";
import type { RubricContext } from "../rubric/context";
import { judgeAtLeast } from "../rubric/judge";
import { sheetMissing, unknownNote } from "../rubric/measured";
import { countDisplay } from "./display";
import { defineIndicator } from "./indicator";
import { numeric } from "./requirement-words";

/** Members admitted by this cell (no `Ngày chuyển đến`) in Y up to A. */
function admittedHere(context: RubricContext): { count: number; unknown: number } {
  let count = 0;
  let unknown = 0;
  for (const member of context.members ?? []) {
    if (member.transferIn !== null) {
      if (member.transferIn === undefined) unknown++;
      continue;
    }
    if (member.admission === undefined) unknown++;
    else if (context.counts(member.admission)) count++;
  }
  return { count, unknown };
}

export const DV4 = defineIndicator({
  id: "DV4",
  criterion: "DV",
  name: "Kết nạp đảng viên mới",
  threshold: { kind: "none", default: null },
  rule: (context) => {
    const target = context.info.admissionTarget;
    if (target === 0) {
      // Blank reads as 0 (spec §2): nothing to reach, but the admissions are still worth showing.
      const count = admittedHere(context).count;
      return {
        status: "n/a",
        value: context.members ? count : null,
        threshold: 0,
        detail: context.members
          ? `Không có chỉ tiêu kết nạp đảng viên; đã kết nạp ${count} đảng viên mới.`
          : "Không có chỉ tiêu kết nạp đảng viên.",
      };
    }
    if (target === undefined) {
      return {
        status: "missing",
        value: null,
        threshold: null,
        detail: "Chỉ tiêu kết nạp đảng viên chưa đọc được.",
      };
    }
    if (!context.members) return sheetMissing(context.sheetNames.members, target);
    const { count, unknown } = admittedHere(context);
    return {
      status: judgeAtLeast(count, unknown, target),
      value: count,
      threshold: target,
      detail: `Kết nạp ${count} đảng viên mới, chỉ tiêu ${target}${unknownNote(unknown, "đảng viên")}.`,
    };
  },
  requirement: (threshold) => {
    const target = numeric(threshold);
    return target === null || target <= 0
      ? "Kết nạp đảng viên mới theo chỉ tiêu"
      : `Kết nạp ít nhất ${formatNumber(target)} đảng viên mới theo chỉ tiêu`;
  },
  display: countDisplay(
    (value) => `${value} kết nạp`,
    (threshold) => `≥ ${threshold} (chỉ tiêu)`,
  ),
});
