/** DV1–DV3: the classifications of the counted members (on the roster, not exempt). */
import { countedMember, type RubricContext } from "./context";

export interface RatingCounts {
  readonly excellent: number;
  readonly good: number;
  readonly done: number;
  readonly failed: number;
  readonly total: number;
  readonly unknown: number;
}

export function ratingCounts(context: RubricContext): RatingCounts {
  const counts = { excellent: 0, good: 0, done: 0, failed: 0, total: 0, unknown: 0 };
  (context.members ?? []).forEach((member, index) => {
    const counted = countedMember(context, index);
    if (counted === false) return;
    if (counted === undefined || member.classification === undefined) {
      counts.unknown++;
      return;
    }
    counts.total++;
    if (member.classification === "HTXSNV") counts.excellent++;
    else if (member.classification === "HTTNV") counts.good++;
    else if (member.classification === "HTNV") counts.done++;
    else counts.failed++;
  });
  return counts;
}
