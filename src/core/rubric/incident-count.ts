/** KL2, KL3: rows of one type of `Sự việc` in Y up to A, against a maximum. */
import type { IncidentType } from "../schema";
import type { RubricContext } from "./context";
import { selectIncidents } from "./incident-sets";
import { judgeAtMost } from "./judge";
import { howMany, type Measured, sheetMissing, unknownNote } from "./measured";

export function incidentCount(
  context: RubricContext,
  type: IncidentType,
  max: number,
  what: string,
): Measured {
  if (!context.incidents) return sheetMissing(context.sheetNames.incidents, max);
  const { counted, unknown } = selectIncidents(context, [type], context.counts);
  const count = counted.length;
  return {
    status: judgeAtMost(count, unknown, max),
    value: count,
    threshold: max,
    detail: `${howMany(count, `${what} trong năm`)}${unknownNote(unknown)}.`,
  };
}
