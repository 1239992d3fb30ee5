/** KL4: the cell has working rules. */
import { yesNoMeasure } from "../rubric/measured";
import { yesNoDisplay } from "./display";
import { defineIndicator } from "./indicator";

export const KL4 = defineIndicator({
  id: "KL4",
  criterion: "KL",
  name: "Có quy chế làm việc",
  threshold: { kind: "none", default: null },
  rule: (context) =>
    yesNoMeasure(context.info.workingRules, {
      yes: "Chi bộ có quy chế làm việc.",
      no: "Chi bộ chưa có quy chế làm việc.",
      unknown: "Chưa ghi mục Có quy chế làm việc.",
    }),
  requirement: () => "Có quy chế làm việc",
  display: yesNoDisplay,
});
