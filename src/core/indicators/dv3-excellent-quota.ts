/**
 * DV3: members rated HTXSNV at most the threshold × the count rated exactly HTTNV, unrounded; an
 * unknown member could at best be one more HTTNV. The value and the result's threshold are member
 * counts; only `Cấu hình` holds the share.
 */
import { formatNumber, formatPercent } from "../format";
import { judgeAtMostRaised } from "../rubric/judge";
import { clean, sheetMissing, unknownNote } from "../rubric/measured";
import { ratingCounts } from "../rubric/rating-counts";
import { countDisplay, limitText } from "./display";
import { defineIndicator } from "./indicator";
import { numeric } from "./requirement-words";

export const DV3 = defineIndicator({
  id: "DV3",
  criterion: "DV",
  name: "Tỷ lệ xuất sắc đúng quy định",
  threshold: { kind: "share", default: 0.2 },
  rule: (context, share) => {
    if (!context.members) return sheetMissing(context.sheetNames.members, null);
    const counts = ratingCounts(context);
    const allowed = clean(share * counts.good);
    // A comparison of counts: with nobody counted it is 0 ≤ 0 (spec §3, "a count over none is 0").
    return {
      status: judgeAtMostRaised(
        counts.excellent,
        counts.unknown,
        allowed,
        share * (counts.good + counts.unknown),
      ),
      value: counts.excellent,
      threshold: allowed,
      detail: `${counts.excellent} đảng viên hoàn thành xuất sắc nhiệm vụ, tối đa ${formatNumber(allowed, 3)} (${formatPercent(share)} của ${counts.good} đảng viên hoàn thành tốt nhiệm vụ)${unknownNote(counts.unknown, "đảng viên")}.`,
    };
  },
  requirement: (threshold) => {
    const limit = numeric(threshold);
    return limit === null
      ? "Số đảng viên hoàn thành xuất sắc nhiệm vụ trong tỷ lệ quy định"
      : `Số đảng viên hoàn thành xuất sắc nhiệm vụ không quá ${formatNumber(limit, 3)} (theo tỷ lệ trên số hoàn thành tốt nhiệm vụ)`;
  },
  display: countDisplay((value) => `${value} xuất sắc`, limitText),
});
