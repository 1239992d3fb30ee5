/** NV3: the share of the year's tasks done on time. */
import { formatPercent } from "../format";
import type { Issue } from "../result";
import { judgeShare, shareOf } from "../rubric/judge";
import { sheetMissing, unknownNote } from "../rubric/measured";
import { taskState } from "../rubric/task-states";
import { shareDisplay } from "./display";
import { defineIndicator } from "./indicator";
import { atLeastShare } from "./requirement-words";

export const NV3 = defineIndicator({
  id: "NV3",
  criterion: "NV",
  name: "Nhiệm vụ hoàn thành đúng hạn",
  threshold: { kind: "share", default: 1 },
  rule: (context, share) => {
    if (!context.tasks) return sheetMissing(context.sheetNames.tasks, share);
    const issues: Issue[] = [];
    const counts = { onTime: 0, late: 0, notDone: 0, leftOut: 0, unknown: 0 };
    for (const task of context.tasks) counts[taskState(task, context, issues)]++;
    const total = counts.onTime + counts.late + counts.notDone;
    const value = shareOf(counts.onTime, total);
    const status = judgeShare(counts.onTime, total, counts.unknown, share);
    const parts = [
      value === null
        ? "Chưa có nhiệm vụ nào để tính"
        : `${counts.onTime}/${total} nhiệm vụ hoàn thành đúng hạn (${formatPercent(value)})`,
    ];
    if (counts.late > 0) parts.push(`${counts.late} trễ hạn`);
    if (counts.notDone > 0) parts.push(`${counts.notDone} chưa hoàn thành`);
    if (counts.leftOut > 0) parts.push(`${counts.leftOut} chưa đến hạn`);
    const detail = `${parts.join(", ")}${unknownNote(counts.unknown, "nhiệm vụ")}.`;
    return { status, value, threshold: share, detail, issues };
  },
  requirement: (threshold) => atLeastShare(threshold, "nhiệm vụ, chỉ tiêu hoàn thành đúng hạn"),
  display: shareDisplay,
});
