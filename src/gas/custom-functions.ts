import type { CriterionId } from "../core/result";

export function overviewFormula(..._args: unknown[]): unknown[][] {
  return [];
}

export function criterionFormula(_id: CriterionId): (...args: unknown[]) => string {
  return () => "";
}
