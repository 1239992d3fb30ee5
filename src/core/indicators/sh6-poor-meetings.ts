/** SH6: regular and thematic meetings rated Trung bình or Kém. */
import { judgeAtMost } from "../rubric/judge";
import { howMany, sheetMissing, unknownNote } from "../rubric/measured";
import { levelCounts } from "../rubric/meeting-levels";
import { atMostDisplay } from "./display";
import { defineIndicator } from "./indicator";
import { atMost } from "./requirement-words";

export const SH6 = defineIndicator({
  id: "SH6",
  criterion: "SH",
  name: "Không có cuộc dưới Khá",
  threshold: { kind: "maxCount", default: 0 },
  rule: (context, max) => {
    if (!context.meetings) return sheetMissing(context.sheetNames.meetings, max);
    const { low, unknown } = levelCounts(context);
    return {
      status: judgeAtMost(low, unknown, max),
      value: low,
      threshold: max,
      detail: `${howMany(low, "buổi sinh hoạt ở mức Trung bình hoặc Kém")}${unknownNote(unknown, "buổi")}.`,
    };
  },
  requirement: (threshold) =>
    atMost(
      threshold,
      "Không có cuộc sinh hoạt xếp loại Trung bình, Kém",
      (n) => `Không quá ${n} cuộc sinh hoạt xếp loại Trung bình, Kém`,
    ),
  display: atMostDisplay,
});
