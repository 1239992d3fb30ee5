/** SH5, SH6: the quality levels of the regular and thematic meetings of Y up to A. */
import type { RubricContext } from "./context";
import { REGULAR_OR_THEMATIC, selectMeetings } from "./meeting-sets";

export function levelCounts(context: RubricContext) {
  const selection = selectMeetings(context, REGULAR_OR_THEMATIC);
  let good = 0;
  let low = 0;
  let total = 0;
  let unknown = selection.unknown;
  for (const meeting of selection.counted) {
    if (meeting.level === undefined) {
      unknown++;
      continue;
    }
    total++;
    if (meeting.level === "good") good++;
    if (meeting.level === "average" || meeting.level === "poor") low++;
  }
  return { good, low, total, unknown };
}
