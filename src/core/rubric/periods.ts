/** SH1, SH2: every elapsed month (quarter) has a meeting of the types (spec §4). */
import type { MeetingType } from "../schema";
import { lastDayOfMonth } from "../values/day";
import type { RubricContext } from "./context";
import { judgeAtLeast } from "./judge";
import { type Measured, sheetMissing, unknownNote } from "./measured";
import { selectMeetings } from "./meeting-sets";

function elapsedMonths(context: RubricContext): number {
  let months = 0;
  for (let month = 1; month <= 12; month++) {
    if (lastDayOfMonth(context.year, month) <= context.asOf) months = month;
  }
  return months;
}

/**
 * The periods (months, or quarters with 3 months a period) that have a meeting of the types standing for
 * them (by `Tháng`, else by date), dated in Y up to A; and the meetings that could be one but are unknown.
 * SH1, SH2 and the to-do list's meeting items read it.
 */
export function periodsHeld(
  context: RubricContext,
  types: ReadonlySet<MeetingType>,
  monthsPerPeriod: number,
): { readonly held: ReadonlySet<number>; readonly unknown: number } {
  const selection = selectMeetings(context, types);
  const held = new Set<number>();
  let unknown = selection.unknown;
  for (const meeting of selection.counted) {
    if (meeting.month === undefined) unknown++;
    else held.add(Math.ceil(meeting.month / monthsPerPeriod));
  }
  return { held, unknown };
}

export function periodMeasure(
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
  const { held, unknown } = periodsHeld(context, types, monthsPerPeriod);
  const missing: number[] = [];
  for (let period = 1; period <= elapsed; period++) if (!held.has(period)) missing.push(period);
  const having = elapsed - missing.length;
  const gap = missing.length > 0 ? ` — thiếu ${words.period} ${missing.join(", ")}` : "";
  return {
    status: judgeAtLeast(having, unknown, elapsed),
    value: having,
    threshold: elapsed,
    detail: `${having}/${elapsed} ${words.period} đã qua có ${words.kind}${gap}${unknownNote(unknown)}.`,
  };
}
