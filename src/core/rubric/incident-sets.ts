/** Which rows of `Sự việc` an indicator reads: of some types, dated within a window. */
import type { Incident } from "../parse/records";
import type { IncidentType } from "../schema";
import type { Day } from "../values/day";
import type { RubricContext } from "./context";

export interface IncidentSelection {
  readonly counted: readonly Incident[];
  /** Could be of the types and in the window, but the date or the type is unknown. */
  readonly unknown: number;
}

export function selectIncidents(
  context: RubricContext,
  types: readonly IncidentType[],
  inWindow: (day: Day) => boolean,
): IncidentSelection {
  const counted: Incident[] = [];
  let unknown = 0;
  for (const incident of context.incidents ?? []) {
    // A known date outside the window settles it, whatever the type.
    if (incident.date !== undefined && !inWindow(incident.date)) continue;
    if (incident.type !== undefined && !types.includes(incident.type)) continue;
    if (incident.type === undefined || incident.date === undefined) unknown++;
    else counted.push(incident);
  }
  return { counted, unknown };
}
