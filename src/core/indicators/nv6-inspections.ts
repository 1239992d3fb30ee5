/** NV6: inspections and supervisions held in the year. */
import { formatNumber } from "../format";
import { selectIncidents } from "../rubric/incident-sets";
import { judgeAtLeast } from "../rubric/judge";
import { howMany, sheetMissing, unknownNote } from "../rubric/measured";
import { atLeastDisplay } from "./display";
import { defineIndicator } from "./indicator";
import { numeric } from "./requirement-words";

export const NV6 = defineIndicator({
  id: "NV6",
  criterion: "NV",
  name: "Thực hiện kiểm tra, giám sát",
  threshold: { kind: "minCount", default: 1 },
  rule: (context, min) => {
    if (!context.incidents) return sheetMissing(context.sheetNames.incidents, min);
    const { counted, unknown } = selectIncidents(context, ["inspection", "supervision"], context.counts);
    const count = counted.length;
    return {
      status: judgeAtLeast(count, unknown, min),
      value: count,
      threshold: min,
      detail: `${howMany(count, "cuộc kiểm tra, giám sát trong năm")}${unknownNote(unknown)}.`,
    };
  },
  requirement: (threshold) => {
    const count = numeric(threshold);
    return count === null
      ? "Có thực hiện kiểm tra, giám sát"
      : `Ít nhất ${formatNumber(count, 2)} cuộc kiểm tra, giám sát`;
  },
  display: atLeastDisplay,
});
