/** SH5: the share of regular and thematic meetings rated Tốt. */
import { shareMeasure, sheetMissing } from "../rubric/measured";
import { levelCounts } from "../rubric/meeting-levels";
import { shareDisplay } from "./display";
import { defineIndicator } from "./indicator";
import { atLeastShare } from "./requirement-words";

export const SH5 = defineIndicator({
  id: "SH5",
  criterion: "SH",
  name: "Cuộc sinh hoạt đạt Tốt",
  threshold: { kind: "share", default: 0.7 },
  rule: (context, share) => {
    if (!context.meetings) return sheetMissing(context.sheetNames.meetings, share);
    const { good, total, unknown } = levelCounts(context);
    return shareMeasure({ passing: good, total, unknown }, share, "buổi sinh hoạt đạt mức Tốt", "buổi");
  },
  requirement: (threshold) => atLeastShare(threshold, "cuộc sinh hoạt xếp loại Tốt"),
  display: shareDisplay,
});
