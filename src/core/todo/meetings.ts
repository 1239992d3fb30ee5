/**
 * The kinds about meetings (spec §8): `regular-meeting`, `thematic-meeting`, `committee-meeting`
 * and `minutes`, by the rules of SH1, SH2, SH3 and SH8.
 */

import { CELL_MEETING, REGULAR, selectMeetings, THEMATIC } from "../rubric/meeting-sets";
import type { MeetingType } from "../schema";
import { type Day, fromDay, lastDayOfMonth } from "../values/day";
import type { TodoContext, TodoDraft } from "./draft";
import { dateText, deadline, monthText } from "./words";

/** Periods (months, or quarters with 3) that have a meeting of the types standing for them, dated in Y up to A. */
function periodsHeld(context: TodoContext, types: ReadonlySet<MeetingType>, monthsPerPeriod: number) {
  const held = new Set<number>();
  for (const meeting of selectMeetings(context.rubric, types).counted) {
    if (meeting.month !== undefined) held.add(Math.ceil(meeting.month / monthsPerPeriod));
  }
  return held;
}

const monthOfAsOf = (context: TodoContext) => fromDay(context.rubric.asOf).month;

/** The month of A and every elapsed month without a regular meeting standing for it (SH1, `Tháng` included). */
export function regularMeetings(context: TodoContext): TodoDraft[] {
  const { year, sheetNames } = context.rubric;
  const held = periodsHeld(context, REGULAR, 1);
  const drafts: TodoDraft[] = [];
  for (let month = 1; month <= monthOfAsOf(context); month++) {
    if (held.has(month)) continue;
    const due = lastDayOfMonth(year, month);
    const message = context.overdue(due)
      ? `Chi bộ chưa có buổi sinh hoạt thường kỳ ${monthText(month, year)} (hạn ${dateText(due)}): ghi buổi đã họp vào sheet ${sheetNames.meetings}, hoặc tổ chức sinh hoạt bù ngay.`
      : `Tổ chức sinh hoạt chi bộ thường kỳ ${monthText(month, year)}, ${deadline(due, false)}.`;
    drafts.push({
      kind: "regular-meeting",
      due,
      subject: `Tháng ${month}`,
      message,
      sheet: sheetNames.meetings,
      row: null,
    });
  }
  return drafts;
}

/** The quarter of A and every elapsed quarter without a thematic meeting (SH2). */
export function thematicMeetings(context: TodoContext): TodoDraft[] {
  const { year, sheetNames } = context.rubric;
  const held = periodsHeld(context, THEMATIC, 3);
  const drafts: TodoDraft[] = [];
  for (let quarter = 1; quarter <= Math.ceil(monthOfAsOf(context) / 3); quarter++) {
    if (held.has(quarter)) continue;
    const due = lastDayOfMonth(year, quarter * 3);
    const message = context.overdue(due)
      ? `Chi bộ chưa có buổi sinh hoạt chuyên đề quý ${quarter}/${year} (hạn ${dateText(due)}): ghi buổi đã họp vào sheet ${sheetNames.meetings}, hoặc tổ chức sinh hoạt chuyên đề bù ngay.`
      : `Tổ chức sinh hoạt chuyên đề quý ${quarter}/${year}, ${deadline(due, false)}.`;
    drafts.push({
      kind: "thematic-meeting",
      due,
      subject: `Quý ${quarter}`,
      message,
      sheet: sheetNames.meetings,
      row: null,
    });
  }
  return drafts;
}

/**
 * With a committee, when this month's regular meeting is not held yet and no `Chi ủy` meeting since the
 * last regular meeting falls in the 30 days up to A: the committee's preparation meeting (SH3).
 */
export function committeeMeeting(context: TodoContext): TodoDraft[] {
  const { rubric } = context;
  if (rubric.info.hasCommittee !== true) return [];
  const month = monthOfAsOf(context);
  if (periodsHeld(context, REGULAR, 1).has(month)) return [];
  let lastRegular = Number.NEGATIVE_INFINITY;
  const committeeDays: Day[] = [];
  for (const meeting of rubric.meetings ?? []) {
    if (meeting.date === undefined || meeting.type === undefined || meeting.date > rubric.asOf) continue;
    if (REGULAR.has(meeting.type)) lastRegular = Math.max(lastRegular, meeting.date);
    else if (meeting.type === "committee") committeeDays.push(meeting.date);
  }
  const prepared = committeeDays.some((day) => day > lastRegular && day >= rubric.asOf - 30);
  if (prepared) return [];
  const due = lastDayOfMonth(rubric.year, month);
  return [
    {
      kind: "committee-meeting",
      due,
      subject: `Tháng ${month}`,
      message: `Họp chi ủy chuẩn bị nội dung sinh hoạt chi bộ thường kỳ ${monthText(month, rubric.year)} trước buổi sinh hoạt, ${deadline(due, context.overdue(due))}.`,
      sheet: rubric.sheetNames.meetings,
      row: null,
    },
  ];
}

const MEETING_WORDS: Readonly<Record<MeetingType, string>> = {
  regular: "sinh hoạt thường kỳ",
  thematic: "sinh hoạt chuyên đề",
  combined: "sinh hoạt thường kỳ kết hợp chuyên đề",
  committee: "họp chi ủy",
  extraordinary: "sinh hoạt bất thường",
};

/** Days a meeting's minutes may take (spec §8, `minutes`). */
const MINUTES_DAYS = 7;

/** Cell meetings of the last 30 days (A − 29 to A) without `Biên bản` (SH8). */
export function missingMinutes(context: TodoContext): TodoDraft[] {
  const { rubric } = context;
  const drafts: TodoDraft[] = [];
  for (const meeting of rubric.meetings ?? []) {
    const { date, type } = meeting;
    if (date === undefined || type === undefined || !CELL_MEETING.has(type)) continue;
    if (date < rubric.asOf - 29 || date > rubric.asOf || meeting.hasMinutes !== false) continue;
    const due = date + MINUTES_DAYS;
    const held = `buổi ${MEETING_WORDS[type]} ngày ${dateText(date)}`;
    const message = context.overdue(due)
      ? `Hoàn thiện biên bản ${held} ngay, vì đã quá hạn ngày ${dateText(due)}, rồi đánh dấu cột Biên bản ở dòng ${meeting.row} sheet ${rubric.sheetNames.meetings}.`
      : `Hoàn thiện biên bản ${held} rồi đánh dấu cột Biên bản ở dòng ${meeting.row} sheet ${rubric.sheetNames.meetings}, ${deadline(due, false)}.`;
    drafts.push({
      kind: "minutes",
      due,
      subject: dateText(date),
      message,
      sheet: rubric.sheetNames.meetings,
      row: meeting.row,
    });
  }
  return drafts;
}
