/** Which meetings an indicator reads (spec §3): regular, thematic, cell meetings of Y up to A. */
import type { Meeting } from "../parse/records";
import type { MeetingType } from "../schema";
import type { RubricContext } from "./context";

export const REGULAR: ReadonlySet<MeetingType> = new Set(["regular", "combined"]);
export const THEMATIC: ReadonlySet<MeetingType> = new Set(["thematic", "combined"]);
export const REGULAR_OR_THEMATIC: ReadonlySet<MeetingType> = new Set(["regular", "thematic", "combined"]);
/** Every type but `Chi ủy`. */
export const CELL_MEETING: ReadonlySet<MeetingType> = new Set([
  "regular",
  "thematic",
  "combined",
  "extraordinary",
]);

export interface MeetingSelection {
  /** Of the types, dated in Y up to A. */
  readonly counted: readonly Meeting[];
  /** Could be of the types and in the period, but the date or the type is unknown. */
  readonly unknown: number;
}

export function selectMeetings(context: RubricContext, types: ReadonlySet<MeetingType>): MeetingSelection {
  const counted: Meeting[] = [];
  let unknown = 0;
  for (const meeting of context.meetings ?? []) {
    // A known date outside the period settles it, whatever the type.
    if (meeting.date !== undefined && !context.counts(meeting.date)) continue;
    if (meeting.type !== undefined && !types.has(meeting.type)) continue;
    if (meeting.type === undefined || meeting.date === undefined) unknown++;
    else counted.push(meeting);
  }
  return { counted, unknown };
}
