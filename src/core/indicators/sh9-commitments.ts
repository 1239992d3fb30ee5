/** SH9: the share of counted members whose commitment is rated Tốt or Xuất sắc. */
import { countedMember } from "../rubric/context";
import { shareMeasure, sheetMissing } from "../rubric/measured";
import { shareDisplay } from "./display";
import { defineIndicator } from "./indicator";
import { atLeastShare } from "./requirement-words";

export const SH9 = defineIndicator({
  id: "SH9",
  criterion: "SH",
  name: "Cam kết tu dưỡng, rèn luyện đạt Tốt trở lên",
  threshold: { kind: "share", default: 1 },
  rule: (context, share) => {
    if (!context.members) return sheetMissing(context.sheetNames.members, share);
    let good = 0;
    let total = 0;
    let unknown = 0;
    context.members.forEach((member, index) => {
      const counted = countedMember(context, index);
      if (counted === false) return;
      if (counted === undefined || member.commitment === undefined) unknown++;
      else {
        total++;
        if (member.commitment === "excellent" || member.commitment === "good") good++;
      }
    });
    return shareMeasure(
      { passing: good, total, unknown },
      share,
      "đảng viên thực hiện cam kết tu dưỡng, rèn luyện đạt mức Tốt trở lên",
      "đảng viên",
    );
  },
  requirement: (threshold) =>
    atLeastShare(threshold, "đảng viên thực hiện cam kết tu dưỡng, rèn luyện đạt Tốt trở lên"),
  display: shareDisplay,
});
