/**
 * The kinds about meetings (spec §8): `regular-meeting`, `thematic-meeting`, `committee-meeting`
 * and `minutes`, by the rules of SH1, SH2, SH3 and SH8.
 */

import { CELL_MEETING, REGULAR, THEMATIC } from "../rubric/meeting-sets";
import { periodsHeld } from "../rubric/periods";
import { MEETING_TYPES, type MeetingType } from "../schema";
import { type Day, fromDay, lastDayOfMonth } from "../values/day";
import type { TodoContext, TodoDraft } from "./draft";
import { dateText, deadline, monthText } from "./words";

const monthOfAsOf = (context: TodoContext) => fromDay(context.rubric.asOf).month;

interface Period {
  readonly kind: "regular-meeting" | "thematic-meeting";
  readonly types: ReadonlySet<MeetingType>;
  readonly months: number;
  /** `Tháng` or `Quý`, and the meeting's words. */
  readonly word: string;
  readonly meeting: string;
}

const MONTH: Period = {
  kind: "regular-meeting",
  types: REGULAR,
  months: 1,
  word: "Tháng",
  meeting: "sinh hoạt thường kỳ",
};
const QUARTER: Period = {
  kind: "thematic-meeting",
  types: THEMATIC,
  months: 3,
  word: "Quý",
  meeting: "sinh hoạt chuyên đề",
};

/** The period of A and every elapsed one without a meeting of the types standing for it (SH1, SH2; `Tháng` included). */
function periodsWithout(context: TodoContext, period: Period): TodoDraft[] {
  const { year, sheetNames } = context.rubric;
  const { held } = periodsHeld(context.rubric, period.types, period.months);
  const drafts: TodoDraft[] = [];
  for (let index = 1; index <= Math.ceil(monthOfAsOf(context) / period.months); index++) {
    if (held.has(index)) continue;
    const due = lastDayOfMonth(year, index * period.months);
    const name = `${period.word.toLowerCase()} ${index}/${year}`;
    const message = context.overdue(due)
      ? `Chi bộ chưa có buổi ${period.meeting} ${name} (hạn ${dateText(due)}): ghi buổi đã họp vào sheet ${sheetNames.meetings}, hoặc tổ chức ${period.meeting} bù ngay.`
      : `Tổ chức ${period.meeting} ${name}, ${deadline(due, false)}.`;
    drafts.push({
      kind: period.kind,
      due,
      subject: `${period.word} ${index}`,
      message,
      sheet: sheetNames.meetings,
      row: null,
    });
  }
  return drafts;
}

/** The month of A and every elapsed month without a regular meeting standing for it. */
export const regularMeetings = (context: TodoContext) => periodsWithout(context, MONTH);

/** The quarter of A and every elapsed quarter without a thematic meeting. */
export const thematicMeetings = (context: TodoContext) => periodsWithout(context, QUARTER);

/**
 * With a committee, when this month's regular meeting is not held yet and no `Chi ủy` meeting since the
 * last regular meeting falls in the 30 days up to A: the committee's preparation meeting (SH3).
 */
export function committeeMeeting(context: TodoContext): TodoDraft[] {
  const { rubric } = context;
  if (rubric.info.hasCommittee !== true) return [];
  const month = monthOfAsOf(context);
  if (periodsHeld(rubric, REGULAR, 1).held.has(month)) return [];
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

const meetingTypeLabel = (type: MeetingType) =>
  MEETING_TYPES.find((candidate) => candidate.key === type)?.label ?? "";

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
    const held = `buổi sinh hoạt ${meetingTypeLabel(type).toLowerCase()} ngày ${dateText(date)}`;
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
