/** SH7: the mean of `Có mặt / summoned` over the cell meetings; `Có mặt` above summoned is left out. */
import { formatNumber, formatPercent } from "../format";
import { presentAboveSummoned } from "../parse/meetings";
import type { Meeting } from "../parse/records";
import type { Issue } from "../result";
import type { RubricContext } from "../rubric/context";
import { judgeShare } from "../rubric/judge";
import { issueAt, sheetMissing, unknownNote } from "../rubric/measured";
import { CELL_MEETING, selectMeetings } from "../rubric/meeting-sets";
import { headerOf } from "../schema";
import { shareDisplay } from "./display";
import { defineIndicator } from "./indicator";
import { numeric } from "./requirement-words";

/** `Triệu tập`, or the members active that day who are not exempt; undefined when unknown. */
function summoned(context: RubricContext, meeting: Meeting, issues: Issue[]): number | undefined {
  const day = meeting.date as number;
  if (meeting.summoned === undefined) return undefined;
  if (meeting.summoned !== null) {
    const active = context.active(day);
    if (context.members && active.unknown === 0 && meeting.summoned > active.known) {
      issues.push(
        issueAt(
          "warning",
          context.sheetNames.meetings,
          meeting.row,
          headerOf("meetings", "summoned"),
          `Triệu tập ${meeting.summoned} người nhưng ngày đó chi bộ chỉ có ${active.known} đảng viên; hãy kiểm tra lại.`,
        ),
      );
    }
    return meeting.summoned;
  }
  if (!context.members) return undefined;
  const summonable = context.summonable(day);
  return summonable.unknown > 0 ? undefined : summonable.known;
}

export const SH7 = defineIndicator({
  id: "SH7",
  criterion: "SH",
  name: "Tỷ lệ dự sinh hoạt",
  threshold: { kind: "share", default: 0.9 },
  rule: (context, share) => {
    if (!context.meetings) return sheetMissing(context.sheetNames.meetings, share);
    const issues: Issue[] = [];
    const selection = selectMeetings(context, CELL_MEETING);
    let sum = 0;
    let total = 0;
    let unknown = selection.unknown;
    for (const meeting of selection.counted) {
      const expected = summoned(context, meeting, issues);
      if (expected === undefined || meeting.present === undefined) {
        unknown++;
        continue;
      }
      if (meeting.present > expected) {
        // Against a typed Triệu tập the parser has already reported it, for every meeting.
        if (meeting.summoned !== null) continue;
        issues.push(
          issueAt(
            "error",
            context.sheetNames.meetings,
            meeting.row,
            headerOf("meetings", "present"),
            presentAboveSummoned(meeting.present, expected),
          ),
        );
        continue;
      }
      if (expected === 0) continue;
      sum += meeting.present / expected;
      total++;
    }
    const value = total === 0 ? null : sum / total;
    return {
      // Each meeting's attendance is a share; an unknown meeting could at best be a full one.
      status: judgeShare(sum, total, unknown, share),
      value,
      threshold: share,
      detail:
        value === null
          ? `Chưa có số liệu dự sinh hoạt${unknownNote(unknown, "buổi")}.`
          : `Tỷ lệ dự sinh hoạt bình quân ${formatPercent(value)} qua ${formatNumber(total)} buổi${unknownNote(unknown, "buổi")}.`,
      issues,
    };
  },
  requirement: (threshold) => {
    const share = numeric(threshold);
    return share === null
      ? "Tỷ lệ đảng viên dự sinh hoạt bình quân đạt mức quy định"
      : `Tỷ lệ đảng viên dự sinh hoạt bình quân từ ${formatPercent(share)} trở lên`;
  },
  display: shareDisplay,
});
