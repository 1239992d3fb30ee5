/** NV1: the cell's own classification, from HTTNV up. */
import { classificationMeasure } from "../rubric/classification-rule";
import { classificationDisplay } from "./display";
import { defineIndicator } from "./indicator";
import { classificationAtLeast } from "./requirement-words";

export const NV1 = defineIndicator({
  id: "NV1",
  criterion: "NV",
  name: "Xếp loại chi bộ",
  threshold: { kind: "classification", default: "HTTNV" },
  rule: (context, threshold) => classificationMeasure(context.info.cellRating, threshold, "chi bộ"),
  requirement: (threshold) => classificationAtLeast(threshold, "Chi bộ"),
  display: classificationDisplay,
});
