/** NV2: the agency's collective classification, from HTTNV up; blank → n/a. */
import { classificationMeasure } from "../rubric/classification-rule";
import { classificationDisplay } from "./display";
import { defineIndicator } from "./indicator";
import { classificationAtLeast } from "./requirement-words";

export const NV2 = defineIndicator({
  id: "NV2",
  criterion: "NV",
  name: "Xếp loại cơ quan, đơn vị",
  threshold: { kind: "classification", default: "HTTNV" },
  rule: (context, threshold) =>
    classificationMeasure(context.info.agencyRating, threshold, "cơ quan, đơn vị"),
  requirement: (threshold) => classificationAtLeast(threshold, "Cơ quan, đơn vị"),
  display: classificationDisplay,
});
