/** KL2: `Vi phạm` rows of `Sự việc` in the year. */
import { incidentCount } from "../rubric/incident-count";
import { atMostDisplay } from "./display";
import { defineIndicator } from "./indicator";
import { atMost } from "./requirement-words";

export const KL2 = defineIndicator({
  id: "KL2",
  criterion: "KL",
  name: "Không có đảng viên vi phạm",
  threshold: { kind: "maxCount", default: 0 },
  rule: (context, max) => incidentCount(context, "violation", max, "vụ việc đảng viên vi phạm"),
  requirement: (threshold) =>
    atMost(threshold, "Không có đảng viên vi phạm", (n) => `Không quá ${n} vụ vi phạm`),
  display: atMostDisplay,
});
