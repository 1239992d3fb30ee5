/** SH4: regular and thematic meetings last at least 90 minutes, a combined one at least 120. */
import { shareMeasure, sheetMissing } from "../rubric/measured";
import { REGULAR_OR_THEMATIC, selectMeetings } from "../rubric/meeting-sets";
import { shareDisplay } from "./display";
import { defineIndicator } from "./indicator";
import { atLeastShare } from "./requirement-words";

const MINIMUM_MINUTES = { combined: 120, other: 90 };

export const SH4 = defineIndicator({
  id: "SH4",
  criterion: "SH",
  name: "Thời lượng sinh hoạt",
  threshold: { kind: "share", default: 1 },
  rule: (context, share) => {
    if (!context.meetings) return sheetMissing(context.sheetNames.meetings, share);
    const selection = selectMeetings(context, REGULAR_OR_THEMATIC);
    let long = 0;
    let total = 0;
    let unknown = selection.unknown;
    for (const meeting of selection.counted) {
      if (meeting.minutes === undefined) {
        unknown++;
        continue;
      }
      total++;
      const minimum = meeting.type === "combined" ? MINIMUM_MINUTES.combined : MINIMUM_MINUTES.other;
      if (meeting.minutes >= minimum) long++;
    }
    return shareMeasure({ passing: long, total, unknown }, share, "buổi sinh hoạt đủ thời lượng", "buổi");
  },
  requirement: (threshold) =>
    `${atLeastShare(threshold, "cuộc sinh hoạt đủ thời lượng")} (từ 90 phút; kết hợp chuyên đề từ 120 phút)`,
  display: shareDisplay,
});
