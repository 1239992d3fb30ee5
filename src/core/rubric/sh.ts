/** Tiêu chí 2 — Chất lượng sinh hoạt tốt (spec §4, SH1–SH10). */
import { formatNumber, formatPercent } from "../format";
import { presentAboveSummoned } from "../parse/meetings";
import type { Meeting } from "../parse/records";
import { headerOf, type MeetingType } from "../schema";
import { lastDayOfMonth } from "../values/day";
import { countedMember, type RubricContext } from "./context";
import { judgeAtMost, judgeShare, shareOf } from "./judge";
import {
  howMany,
  type Measured,
  type Rule,
  shareDetail,
  shareMeasure,
  sheetMissing,
  unknownNote,
  yesNoMeasure,
} from "./measured";
import { CELL_MEETING, REGULAR, REGULAR_OR_THEMATIC, selectMeetings, THEMATIC } from "./meeting-sets";
import { latestAtMost } from "./sorted";

function elapsedMonths(context: RubricContext): number {
  let months = 0;
  for (let month = 1; month <= 12; month++) {
    if (lastDayOfMonth(context.year, month) <= context.asOf) months = month;
  }
  return months;
}

function periodRule(
  context: RubricContext,
  types: ReadonlySet<MeetingType>,
  monthsPerPeriod: number,
  words: { period: string; kind: string },
): Measured {
  const elapsed = Math.floor(elapsedMonths(context) / monthsPerPeriod);
  // With nothing elapsed there is nothing to check, whether the sheet is there or not.
  if (elapsed === 0) {
    return { status: "n/a", value: null, threshold: null, detail: `Chưa có ${words.period} nào kết thúc.` };
  }
  if (!context.meetings) return sheetMissing(context.sheetNames.meetings, elapsed);
  const selection = selectMeetings(context, types);
  const held = new Set<number>();
  let unknown = selection.unknown;
  for (const meeting of selection.counted) {
    if (meeting.month === undefined) unknown++;
    else held.add(Math.ceil(meeting.month / monthsPerPeriod));
  }
  const missing: number[] = [];
  for (let period = 1; period <= elapsed; period++) if (!held.has(period)) missing.push(period);
  const having = elapsed - missing.length;
  const status = missing.length > unknown ? "fail" : unknown > 0 ? "missing" : "pass";
  const gap = missing.length > 0 ? ` — thiếu ${words.period} ${missing.join(", ")}` : "";
  return {
    status,
    value: having,
    threshold: elapsed,
    detail: `${having}/${elapsed} ${words.period} đã qua có ${words.kind}${gap}${unknownNote(unknown)}.`,
  };
}

/** SH1: every elapsed month has a regular meeting (by `Tháng`, else by date). */
export const monthlyRegular: Rule = (context) =>
  periodRule(context, REGULAR, 1, { period: "tháng", kind: "sinh hoạt thường kỳ" });

/** SH2: every elapsed quarter has a thematic meeting. */
export const quarterlyThematic: Rule = (context) =>
  periodRule(context, THEMATIC, 3, { period: "quý", kind: "sinh hoạt chuyên đề" });

/**
 * SH3: every regular meeting has a `Chi ủy` meeting strictly after the previous regular meeting (of any
 * year), at most 31 days before it, the same day allowed.
 */
export const committeeBeforeRegular: Rule = (context, threshold) => {
  const share = threshold as number;
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
        meeting.date === undefined || (meeting.date >= context.firstDay - 31 && meeting.date <= context.asOf);
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
  // A committee meeting of unknown date or type could prepare one of the unprepared meetings: those become
  // unknown items, not failures.
  const rescued = Math.min(unprepared, unknownCommittee);
  unprepared -= rescued;
  const unknown = selection.unknown + rescued;
  // With `Có chi ủy` blank the indicator may not apply at all, so it cannot fail either.
  const status =
    hasCommittee === undefined ? "missing" : judgeShare(prepared, prepared + unprepared, unknown, share);
  const total = prepared + unprepared;
  const value = shareOf(prepared, total);
  return {
    status,
    value,
    threshold: share,
    detail:
      hasCommittee === undefined
        ? `Chưa ghi mục Có chi ủy; ${shareDetail(prepared, total, unknown, "buổi sinh hoạt thường kỳ có chi ủy họp trước", "buổi")}`
        : shareDetail(prepared, total, unknown, "buổi sinh hoạt thường kỳ có chi ủy họp trước", "buổi"),
  };
};

const MINIMUM_MINUTES = { combined: 120, other: 90 };

/** SH4: regular and thematic meetings last ≥ 90 minutes, a combined one ≥ 120. */
export const meetingDuration: Rule = (context, threshold) => {
  const share = threshold as number;
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
};

function levelCounts(context: RubricContext) {
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

/** SH5: share of regular/thematic meetings at level Tốt. */
export const goodMeetings: Rule = (context, threshold) => {
  const share = threshold as number;
  if (!context.meetings) return sheetMissing(context.sheetNames.meetings, share);
  const { good, total, unknown } = levelCounts(context);
  return shareMeasure({ passing: good, total, unknown }, share, "buổi sinh hoạt đạt mức Tốt", "buổi");
};

/** SH6: regular/thematic meetings at Trung bình or Kém. */
export const poorMeetings: Rule = (context, threshold) => {
  const max = threshold as number;
  if (!context.meetings) return sheetMissing(context.sheetNames.meetings, max);
  const { low, unknown } = levelCounts(context);
  return {
    status: judgeAtMost(low, unknown, max),
    value: low,
    threshold: max,
    detail: `${howMany(low, "buổi sinh hoạt ở mức Trung bình hoặc Kém")}${unknownNote(unknown, "buổi")}.`,
  };
};

/** `Triệu tập`, or the members active that day who are not exempt; undefined when unknown. */
function summoned(context: RubricContext, meeting: Meeting): number | undefined {
  const day = meeting.date as number;
  if (meeting.summoned === undefined) return undefined;
  if (meeting.summoned !== null) {
    const active = context.active(day);
    if (context.members && active.unknown === 0 && meeting.summoned > active.known) {
      context.log.add(
        "warning",
        context.sheetNames.meetings,
        meeting.row,
        headerOf("meetings", "summoned"),
        `Triệu tập ${meeting.summoned} người nhưng ngày đó chi bộ chỉ có ${active.known} đảng viên; hãy kiểm tra lại.`,
      );
    }
    return meeting.summoned;
  }
  if (!context.members) return undefined;
  const summonable = context.summonable(day);
  return summonable.unknown > 0 ? undefined : summonable.known;
}

/** SH7: mean of `Có mặt / Summoned` over cell meetings; `Có mặt` above summoned is an error, left out. */
export const attendance: Rule = (context, threshold) => {
  const share = threshold as number;
  if (!context.meetings) return sheetMissing(context.sheetNames.meetings, share);
  const selection = selectMeetings(context, CELL_MEETING);
  let sum = 0;
  let total = 0;
  let unknown = selection.unknown;
  for (const meeting of selection.counted) {
    const expected = summoned(context, meeting);
    if (expected === undefined || meeting.present === undefined) {
      unknown++;
      continue;
    }
    if (meeting.present > expected) {
      // Against a typed Triệu tập the parser has already reported it, for every meeting.
      if (meeting.summoned !== null) continue;
      context.log.add(
        "error",
        context.sheetNames.meetings,
        meeting.row,
        headerOf("meetings", "present"),
        presentAboveSummoned(meeting.present, expected),
      );
      continue;
    }
    if (expected === 0) continue;
    sum += meeting.present / expected;
    total++;
  }
  const value = total === 0 ? null : sum / total;
  const best = total + unknown === 0 ? undefined : (sum + unknown) / (total + unknown);
  const status =
    best === undefined
      ? "missing"
      : best < share - 1e-9
        ? "fail"
        : unknown > 0
          ? "missing"
          : (value as number) >= share - 1e-9
            ? "pass"
            : "fail";
  return {
    status,
    value,
    threshold: share,
    detail:
      value === null
        ? `Chưa có số liệu dự sinh hoạt${unknownNote(unknown, "buổi")}.`
        : `Tỷ lệ dự sinh hoạt bình quân ${formatPercent(value)} qua ${formatNumber(total)} buổi${unknownNote(unknown, "buổi")}.`,
  };
};

/** SH8: share of cell meetings with minutes. */
export const minutesKept: Rule = (context, threshold) => {
  const share = threshold as number;
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
};

/** SH9: share of counted members whose commitment is rated Tốt or Xuất sắc. */
export const commitments: Rule = (context, threshold) => {
  const share = threshold as number;
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
};

/** SH10: the flag salute at the start of the week. */
export const flagSalute: Rule = (context) =>
  yesNoMeasure(context.info.flagSalute, {
    yes: "Đảng viên thực hiện chào cờ đầu tuần.",
    no: "Chưa thực hiện chào cờ đầu tuần.",
    unknown: "Chưa ghi mục Chào cờ đầu tuần.",
  });
