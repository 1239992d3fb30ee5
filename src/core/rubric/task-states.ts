/** NV3: where each task of `Nhiệm vụ` stands as of A (spec §4). */
import type { Task } from "../parse/records";
import type { Issue } from "../result";
import { headerOf } from "../schema";
import type { RubricContext } from "./context";
import { issueAt } from "./measured";

export type TaskState = "onTime" | "late" | "notDone" | "leftOut" | "unknown";

/**
 * Done per the numbers when both are given (they win over `Kết quả`), else per `Kết quả`. An unreadable
 * number, or an unreadable `Loại chỉ tiêu` the two readings of which disagree, leaves it unknown.
 */
function doneByNumbers(task: Task): boolean | undefined {
  const { planned, achieved } = task;
  if (typeof planned !== "number" || typeof achieved !== "number") return undefined;
  const atLeast = achieved >= planned;
  const atMost = achieved <= planned;
  if (task.targetKind === "atLeast") return atLeast;
  if (task.targetKind === "atMost") return atMost;
  return atLeast === atMost ? atLeast : undefined;
}

function taskDone(task: Task, context: RubricContext, issues: Issue[]): boolean | undefined {
  if (task.planned === undefined || task.achieved === undefined) return undefined;
  const byOutcome =
    task.outcome === "exceeded" || task.outcome === "done"
      ? true
      : task.outcome === "notDone"
        ? false
        : undefined;
  if (typeof task.planned !== "number" || typeof task.achieved !== "number") return byOutcome;
  const byNumbers = doneByNumbers(task);
  if (byNumbers !== undefined && byOutcome !== undefined && byNumbers !== byOutcome) {
    issues.push(
      issueAt(
        "warning",
        context.sheetNames.tasks,
        task.row,
        headerOf("tasks", "outcome"),
        `Số liệu Kế hoạch/Thực hiện cho thấy nhiệm vụ ${byNumbers ? "đã" : "chưa"} hoàn thành nhưng cột Kết quả ghi khác; đã dùng theo số liệu, hãy sửa cho khớp.`,
      ),
    );
  }
  return byNumbers;
}

/** The state of a task; a disagreement between its numbers and `Kết quả` is added to `issues`. */
export function taskState(task: Task, context: RubricContext, issues: Issue[]): TaskState {
  const done = taskDone(task, context, issues);
  const beforeYearEnd = context.asOf < context.lastDay;
  if (done === undefined) return "unknown";
  if (!done) {
    if (beforeYearEnd && typeof task.deadline === "number" && task.deadline > context.asOf) return "leftOut";
    if (beforeYearEnd && task.deadline === undefined) return "unknown";
    return "notDone";
  }
  if (task.completed === null || task.deadline === null) return "onTime";
  if (task.completed === undefined || task.deadline === undefined) return "unknown";
  return task.completed > task.deadline ? "late" : "onTime";
}
