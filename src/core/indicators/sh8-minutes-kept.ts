/** SH8: the share of cell meetings with minutes. */
import { shareMeasure, sheetMissing } from "../rubric/measured";
import { CELL_MEETING, selectMeetings } from "../rubric/meeting-sets";
import { shareDisplay } from "./display";
import { defineIndicator } from "./indicator";
import { atLeastShare } from "./requirement-words";

export const SH8 = defineIndicator({
  id: "SH8",
  criterion: "SH",
  name: "Biên bản đầy đủ",
  threshold: { kind: "share", default: 1 },
  rule: (context, share) => {
    if (!context.meetings) return sheetMissing(context.sheetNames.meetings, share);
    const selection = selectMeetings(context, CELL_MEETING);
    let kept = 0;
    let total = 0;
    let unknown = selection.unknown;
    for (const meeting of selection.counted) {
      if (meeting.hasMinutes === undefined) unknown++;
      else {
        total++;
        if (meeting.hasMinutes) kept++;
      }
    }
    return shareMeasure({ passing: kept, total, unknown }, share, "buổi sinh hoạt có biên bản", "buổi");
  },
  requirement: (threshold) => atLeastShare(threshold, "cuộc sinh hoạt có biên bản"),
  display: shareDisplay,
});
