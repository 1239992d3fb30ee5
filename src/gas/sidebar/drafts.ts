/**
 * A form's draft as the cells of one new row, keyed by schema key. The draft comes from the
 * browser, so nothing about it is trusted: a value of the wrong type is passed on as text and the
 * engine reports it like any cell typed by hand.
 */
import type { CellValue } from "../../core/index";
import type { MeetingDraft, MemberDraft } from "../../protocol/sidebar";

export type RowRecord = Readonly<Record<string, CellValue>>;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function text(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  return String(value).trim();
}

/** A valid ISO day becomes a date cell; anything else stays text for the engine to judge. */
function day(value: unknown): CellValue {
  const match = typeof value === "string" ? ISO_DAY.exec(value.trim()) : null;
  if (!match) return text(value);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function number(value: unknown): CellValue {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return text(value);
}

function names(value: unknown): CellValue {
  return Array.isArray(value)
    ? value
        .map((name) => String(name).trim())
        .filter(Boolean)
        .join(", ")
    : text(value);
}

const yes = (value: unknown): CellValue => value === true;

export function meetingRecord(draft: Partial<MeetingDraft>): RowRecord {
  return {
    date: day(draft.date),
    type: text(draft.type),
    month: number(draft.month),
    content: text(draft.content),
    minutes: number(draft.minutes),
    summoned: number(draft.summoned),
    present: number(draft.present),
    excused: names(draft.excused),
    unexcused: names(draft.unexcused),
    score: number(draft.score),
    level: text(draft.level),
    hasMinutes: yes(draft.hasMinutes),
    note: text(draft.note),
  };
}

export function memberRecord(draft: Partial<MemberDraft>): RowRecord {
  return {
    name: text(draft.name),
    birthDate: day(draft.birthDate),
    role: text(draft.role),
    admissionDate: day(draft.admissionDate),
    officialDate: day(draft.officialDate),
    transferInDate: day(draft.transferInDate),
    exempt: yes(draft.exempt),
    selfRating: text(draft.selfRating),
    selfReview: yes(draft.selfReview),
    residenceComment: yes(draft.residenceComment),
    note: text(draft.note),
  };
}
