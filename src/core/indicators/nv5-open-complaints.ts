/** NV5: complaints of any date up to A still `Tồn đọng` or `Vượt cấp`. */
import { selectIncidents } from "../rubric/incident-sets";
import { judgeAtMost } from "../rubric/judge";
import { howMany, sheetMissing, unknownNote } from "../rubric/measured";
import { atMostDisplay } from "./display";
import { defineIndicator } from "./indicator";
import { atMost } from "./requirement-words";

export const NV5 = defineIndicator({
  id: "NV5",
  criterion: "NV",
  name: "Không có khiếu nại tồn đọng, vượt cấp",
  threshold: { kind: "maxCount", default: 0 },
  rule: (context, max) => {
    if (!context.incidents) return sheetMissing(context.sheetNames.incidents, max);
    const complaints = selectIncidents(context, ["complaint"], (day) => day <= context.asOf);
    let count = 0;
    let unknown = complaints.unknown;
    for (const complaint of complaints.counted) {
      if (complaint.state === undefined) unknown++;
      else if (complaint.state === "backlog" || complaint.state === "escalated") count++;
    }
    return {
      status: judgeAtMost(count, unknown, max),
      value: count,
      threshold: max,
      detail: `${howMany(count, "khiếu nại, tố cáo tồn đọng hoặc vượt cấp")}${unknownNote(unknown)}.`,
    };
  },
  requirement: (threshold) =>
    atMost(
      threshold,
      "Không có khiếu nại, tố cáo tồn đọng, vượt cấp",
      (n) => `Không quá ${n} vụ khiếu nại, tố cáo tồn đọng, vượt cấp`,
    ),
  display: atMostDisplay,
});
