/** KL1: member rows, on the roster or not, whose `Kỷ luật` is not Không. */
import { judgeAtMost } from "../rubric/judge";
import { howMany, sheetMissing, unknownNote } from "../rubric/measured";
import { atMostDisplay } from "./display";
import { defineIndicator } from "./indicator";
import { atMost } from "./requirement-words";

export const KL1 = defineIndicator({
  id: "KL1",
  criterion: "KL",
  name: "Không có đảng viên bị kỷ luật",
  threshold: { kind: "maxCount", default: 0 },
  rule: (context, max) => {
    if (!context.members) return sheetMissing(context.sheetNames.members, max);
    let count = 0;
    let unknown = 0;
    for (const member of context.members) {
      if (member.discipline === undefined) unknown++;
      else if (member.discipline !== "none") count++;
    }
    return {
      status: judgeAtMost(count, unknown, max),
      value: count,
      threshold: max,
      detail: `${howMany(count, "đảng viên bị kỷ luật trong năm")}${unknownNote(unknown, "đảng viên")}.`,
    };
  },
  requirement: (threshold) =>
    atMost(threshold, "Không có đảng viên bị kỷ luật", (n) => `Không quá ${n} đảng viên bị kỷ luật`),
  display: atMostDisplay,
});
