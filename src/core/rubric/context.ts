/**
 * What the rules share (spec §3): the year Y, the as-of date A, who is active when, which meetings count.
 */

import type { CellInfo, CellYearRecords, Incident, Meeting, Member, Task } from "../parse/records";
import { type Day, dayOf } from "../values/day";
import { countAtMost } from "./sorted";

export interface RubricContext {
  readonly year: number;
  readonly asOf: Day;
  readonly firstDay: Day;
  readonly lastDay: Day;
  readonly info: CellInfo;
  readonly members: readonly Member[] | undefined;
  readonly meetings: readonly Meeting[] | undefined;
  readonly tasks: readonly Task[] | undefined;
  readonly incidents: readonly Incident[] | undefined;
  readonly sheetNames: CellYearRecords["sheetNames"];
  /** Everything parsed, optional parts included: an indicator reading a newer sheet finds it here. */
  readonly records: CellYearRecords;
  /** Roster members (active on A): true, false, or undefined when their dates are unknown. */
  readonly onRoster: readonly (boolean | undefined)[];
  /** Members active and not exempt on a day: the known count and how many are unknown. */
  summonable(day: Day): MemberCount;
  /** Members active on a day, exempt or not. */
  active(day: Day): MemberCount;
  /** Dated in Y and on or before A. */
  counts(day: Day): boolean;
}

export interface MemberCount {
  readonly known: number;
  readonly unknown: number;
}

/** Active on day d: max(admission, transfer in) ≤ d and (no transfer out or transfer out > d). */
export function activeOn(member: Member, day: Day): boolean | undefined {
  if (member.transferIn === undefined || member.transferOut === undefined) return undefined;
  if (typeof member.transferOut === "number" && member.transferOut <= day) return false;
  const start = Math.max(
    member.admission ?? Number.NEGATIVE_INFINITY,
    member.transferIn ?? Number.NEGATIVE_INFINITY,
  );
  if (start > day) return false;
  if (member.admission === undefined && member.transferIn === null) return undefined;
  return true;
}

function sortedDays(days: number[]): Float64Array {
  return Float64Array.from(days).sort();
}

/**
 * Counting active, non-exempt members on any day in O(log n): members whose dates are all known enter at
 * their start and leave at their transfer out; the others are unknown on every day.
 */
function memberCounter(members: readonly Member[], withExempt: boolean): (day: Day) => MemberCount {
  const starts: number[] = [];
  const ends: number[] = [];
  let unknown = 0;
  for (const member of members) {
    if (member.exempt === true && !withExempt) continue;
    const known =
      member.admission !== undefined &&
      member.transferIn !== undefined &&
      member.transferOut !== undefined &&
      (withExempt || member.exempt !== undefined);
    if (!known) {
      unknown++;
      continue;
    }
    const start = Math.max(member.admission as number, member.transferIn ?? Number.NEGATIVE_INFINITY);
    if (typeof member.transferOut === "number") {
      if (member.transferOut <= start) continue;
      ends.push(member.transferOut);
    }
    starts.push(start);
  }
  const sortedStarts = sortedDays(starts);
  const sortedEnds = sortedDays(ends);
  return (day: Day) => ({
    known: countAtMost(sortedStarts, day) - countAtMost(sortedEnds, day),
    unknown,
  });
}

export function rubricContext(records: CellYearRecords, year: number, asOf: Day): RubricContext {
  const firstDay = dayOf(year, 1, 1);
  const lastDay = dayOf(year, 12, 31);
  const members = records.members;

  return {
    year,
    asOf,
    firstDay,
    lastDay,
    info: records.info,
    members,
    meetings: records.meetings,
    tasks: records.tasks,
    incidents: records.incidents,
    sheetNames: records.sheetNames,
    records,
    onRoster: (members ?? []).map((member) => activeOn(member, asOf)),
    summonable: memberCounter(members ?? [], false),
    active: memberCounter(members ?? [], true),
    counts: (day) => day >= firstDay && day <= asOf,
  };
}

/** A roster member who is not exempt (spec §3, counted members); undefined when unknown. */
export function countedMember(context: RubricContext, index: number): boolean | undefined {
  const onRoster = context.onRoster[index];
  const member = context.members?.[index];
  if (onRoster === false || member?.exempt === true) return false;
  if (onRoster === undefined || member?.exempt === undefined) return undefined;
  return true;
}
