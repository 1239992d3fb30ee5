/** NV1, NV2: a classification of `Thông tin chung` against the lowest that passes. */
import { CLASSIFICATION_RANK, CLASSIFICATIONS, type Classification } from "../schema";
import { listLabel } from "../values/list";
import type { Measured } from "./measured";

const label = (classification: Classification) => listLabel(CLASSIFICATIONS, classification);

export function classificationMeasure(
  rating: Classification | null | undefined,
  threshold: Classification,
  subject: string,
): Measured {
  if (rating === null) {
    return { status: "n/a", value: null, threshold, detail: `Không có xếp loại ${subject}.` };
  }
  if (rating === undefined) {
    return { status: "missing", value: null, threshold, detail: `Chưa có xếp loại ${subject}.` };
  }
  const passes = CLASSIFICATION_RANK[rating] >= CLASSIFICATION_RANK[threshold];
  return {
    status: passes ? "pass" : "fail",
    value: rating,
    threshold,
    detail: `${subject.charAt(0).toUpperCase()}${subject.slice(1)} được xếp loại ${label(rating)}.`,
  };
}
