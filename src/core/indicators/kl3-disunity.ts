/** KL3: `Mất đoàn kết` rows of `Sự việc` in the year. */
import { incidentCount } from "../rubric/incident-count";
import { atMostDisplay } from "./display";
import { defineIndicator } from "./indicator";
import { atMost } from "./requirement-words";

export const KL3 = defineIndicator({
  id: "KL3",
  criterion: "KL",
  name: "Không có biểu hiện mất đoàn kết",
  threshold: { kind: "maxCount", default: 0 },
  rule: (context, max) => incidentCount(context, "disunity", max, "biểu hiện mất đoàn kết"),
  requirement: (threshold) =>
    atMost(threshold, "Không có biểu hiện mất đoàn kết", (n) => `Không quá ${n} vụ việc mất đoàn kết`),
  display: atMostDisplay,
});
