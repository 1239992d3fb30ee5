/**
 * SH3: every regular meeting has a `Chi ủy` meeting strictly after the previous regular meeting (of any
 * year), at most 31 days before it, the same day allowed.
 */
import { judgeShare, shareOf } from "../rubric/judge";
import { shareDetail, sheetMissing } from "../rubric/measured";
import { REGULAR, selectMeetings } from "../rubric/meeting-sets";
import { latestAtMost } from "../rubric/sorted";
import { shareDisplay } from "./display";
import { defineIndicator } from "./indicator";
import { atLeastShare } from "./requirement-words";

const WHAT = "buổi sinh hoạt thường kỳ có chi ủy họp trước";

export const SH3 = defineIndicator({
  id: "SH3",
  criterion: "SH",
  name: "Chi ủy họp trước sinh hoạt chi bộ",
  threshold: { kind: "share", default: 1 },
  rule: (context, share) => {
    const { hasCommittee } = context.info;
    if (hasCommittee === false) {
      return { status: "n/a", value: null, threshold: share, detail: "Chi bộ không có chi ủy." };
    }
    if (!context.meetings) return sheetMissing(context.sheetNames.meetings, share);
    const regularDays: number[] = [];
    const committeeDays: number[] = [];
    let unknownCommittee = 0;
    for (const meeting of context.meetings) {
      if (meeting.date === undefined || meeting.type === undefined) {
        // Could be a committee meeting before a regular meeting of the period.
        const couldPrepare =
          meeting.date === undefined ||
          (meeting.date >= context.firstDay - 31 && meeting.date <= context.asOf);
        if (couldPrepare && (meeting.type === undefined || meeting.type === "committee")) unknownCommittee++;
        continue;
      }
      if (REGULAR.has(meeting.type)) regularDays.push(meeting.date);
      if (meeting.type === "committee") committeeDays.push(meeting.date);
    }
    regularDays.sort((a, b) => a - b);
    committeeDays.sort((a, b) => a - b);
    const selection = selectMeetings(context, REGULAR);
    let prepared = 0;
    let unprepared = 0;
    for (const meeting of selection.counted) {
      const day = meeting.date as number;
      const previous = latestAtMost(regularDays, day - 1) ?? Number.NEGATIVE_INFINITY;
      const committee = latestAtMost(committeeDays, day);
      if (committee !== undefined && committee > previous && day - committee <= 31) prepared++;
      else unprepared++;
    }
    // A committee meeting of unknown date or type could prepare one of the unprepared meetings: those
    // become unknown items, not failures.
    const rescued = Math.min(unprepared, unknownCommittee);
    unprepared -= rescued;
    const unknown = selection.unknown + rescued;
    // With `Có chi ủy` blank the indicator may not apply at all, so it cannot fail either.
    const status =
      hasCommittee === undefined ? "missing" : judgeShare(prepared, prepared + unprepared, unknown, share);
    const total = prepared + unprepared;
    const detail = shareDetail(prepared, total, unknown, WHAT, "buổi");
    return {
      status,
      value: shareOf(prepared, total),
      threshold: share,
      detail: hasCommittee === undefined ? `Chưa ghi mục Có chi ủy; ${detail}` : detail,
    };
  },
  requirement: (threshold) =>
    atLeastShare(threshold, "cuộc sinh hoạt thường kỳ có chi ủy họp trước, không quá 31 ngày"),
  display: shareDisplay,
});
