/** DV2: counted members rated KHTNV. */
import { judgeAtMost } from "../rubric/judge";
import { howMany, sheetMissing, unknownNote } from "../rubric/measured";
import { ratingCounts } from "../rubric/rating-counts";
import { atMostDisplay } from "./display";
import { defineIndicator } from "./indicator";
import { atMost } from "./requirement-words";

export const DV2 = defineIndicator({
  id: "DV2",
  criterion: "DV",
  name: "Không có đảng viên không hoàn thành nhiệm vụ",
  threshold: { kind: "maxCount", default: 0 },
  rule: (context, max) => {
    if (!context.members) return sheetMissing(context.sheetNames.members, max);
    const counts = ratingCounts(context);
    return {
      status: judgeAtMost(counts.failed, counts.unknown, max),
      value: counts.failed,
      threshold: max,
      detail: `${howMany(counts.failed, "đảng viên không hoàn thành nhiệm vụ")}${unknownNote(counts.unknown, "đảng viên")}.`,
    };
  },
  requirement: (threshold) =>
    atMost(
      threshold,
      "Không có đảng viên không hoàn thành nhiệm vụ",
      (n) => `Không quá ${n} đảng viên không hoàn thành nhiệm vụ`,
    ),
  display: atMostDisplay,
});
