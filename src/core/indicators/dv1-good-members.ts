/** DV1: the share of counted members rated HTTNV or HTXSNV. */
import { shareMeasure, sheetMissing } from "../rubric/measured";
import { ratingCounts } from "../rubric/rating-counts";
import { shareDisplay } from "./display";
import { defineIndicator } from "./indicator";
import { atLeastShare } from "./requirement-words";

export const DV1 = defineIndicator({
  id: "DV1",
  criterion: "DV",
  name: "Đảng viên hoàn thành tốt nhiệm vụ trở lên",
  threshold: { kind: "share", default: 0.8 },
  rule: (context, share) => {
    if (!context.members) return sheetMissing(context.sheetNames.members, share);
    const counts = ratingCounts(context);
    return shareMeasure(
      { passing: counts.excellent + counts.good, total: counts.total, unknown: counts.unknown },
      share,
      "đảng viên hoàn thành tốt nhiệm vụ trở lên",
      "đảng viên",
    );
  },
  requirement: (threshold) => atLeastShare(threshold, "đảng viên hoàn thành tốt nhiệm vụ trở lên"),
  display: shareDisplay,
});
