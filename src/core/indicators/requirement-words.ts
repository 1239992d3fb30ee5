/**
 * Building blocks of the report's `Yêu cầu` sentences: each indicator's rule in the secretary's words,
 * with the threshold that was applied (the one in the result, so a `Cấu hình` override shows). A null
 * threshold gives the rule without a figure.
 */
import { formatNumber, formatPercent } from "../format";
import { CLASSIFICATIONS } from "../schema";
import type { ResultThreshold } from "./indicator";

export const numeric = (threshold: ResultThreshold): number | null =>
  typeof threshold === "number" ? threshold : null;

export function classificationLabel(threshold: ResultThreshold): string | null {
  if (typeof threshold !== "string") return null;
  return CLASSIFICATIONS.find((item) => item.key === threshold)?.label ?? threshold;
}

/** `Ít nhất 90% …`, or `100% …` when nothing less will do. */
export function atLeastShare(threshold: ResultThreshold, what: string): string {
  const share = numeric(threshold);
  if (share === null) return `Tỷ lệ ${what} đạt mức quy định`;
  if (share >= 1) return `100% ${what}`;
  return `Ít nhất ${formatPercent(share)} ${what}`;
}

/** `Không có …` at zero, else `Không quá n …`. */
export function atMost(threshold: ResultThreshold, none: string, some: (count: string) => string): string {
  const count = numeric(threshold);
  if (count === null || count <= 0) return none;
  return some(formatNumber(count, 2));
}

/** `<subject> xếp loại từ "<label>" trở lên`. */
export function classificationAtLeast(threshold: ResultThreshold, subject: string): string {
  const label = classificationLabel(threshold);
  return label ? `${subject} xếp loại từ "${label}" trở lên` : `${subject} xếp loại theo mức quy định`;
}
