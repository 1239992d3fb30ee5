/**
 * The months of unexcused absence (spec §4 KL5): for each member, the distinct months of Y up to A with an
 * entry in `Vắng không lý do` of a cell meeting. KL5 and the to-do list's `absence` items both read it.
 */
import { monthOfDay } from "../values/day";
import type { RubricContext } from "./context";
import { CELL_MEETING } from "./meeting-sets";

export interface UnexcusedMonths {
  /** By member index in `Đảng viên`: the months (1–12) with an unexcused absence. */
  readonly monthsOf: ReadonlyMap<number, ReadonlySet<number>>;
  /** Absence entries that cannot be counted: a name matching nobody, or a meeting of unknown date or type. */
  readonly unknown: number;
}

export function unexcusedMonths(context: RubricContext): UnexcusedMonths {
  const monthsOf = new Map<number, Set<number>>();
  let unknown = 0;
  for (const meeting of context.meetings ?? []) {
    if (meeting.unexcused.length === 0) continue;
    if (meeting.date !== undefined && !context.counts(meeting.date)) continue;
    if (meeting.type !== undefined && !CELL_MEETING.has(meeting.type)) continue;
    if (meeting.type === undefined || meeting.date === undefined) {
      unknown += meeting.unexcused.length;
      continue;
    }
    const month = monthOfDay(meeting.date);
    for (const member of meeting.unexcused) {
      if (member === undefined) {
        unknown++;
        continue;
      }
      const set = monthsOf.get(member) ?? new Set<number>();
      set.add(month);
      monthsOf.set(member, set);
    }
  }
  return { monthsOf, unknown };
}
