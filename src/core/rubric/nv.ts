/** Tiêu chí 1 — Hoàn thành tốt nhiệm vụ chính trị (spec §4, NV1–NV6). */
import { formatPercent } from "../format";
import type { Task } from "../parse/records";
import { CLASSIFICATION_RANK, CLASSIFICATIONS, type Classification, headerOf } from "../schema";
import { listLabel } from "../values/list";
import type { RubricContext } from "./context";
import { selectIncidents } from "./incident-sets";
import { judgeAtLeast, judgeAtMost, judgeShare, shareOf } from "./judge";
import { howMany, type Measured, type Rule, sheetMissing, unknownNote } from "./measured";

const label = (classification: Classification) => listLabel(CLASSIFICATIONS, classification);

function classificationRule(
  rating: Classification | null | undefined,
  threshold: Classification,
  subject: string,
) {
  if (rating === null) {
    return {
      status: "n/a",
      value: null,
      threshold,
      detail: `Không có xếp loại ${subject}.`,
    } satisfies Measured;
  }
  if (rating === undefined) {
    return {
      status: "missing",
      value: null,
      threshold,
      detail: `Chưa có xếp loại ${subject}.`,
    } satisfies Measured;
  }
  const passes = CLASSIFICATION_RANK[rating] >= CLASSIFICATION_RANK[threshold];
  return {
    status: passes ? "pass" : "fail",
    value: rating,
    threshold,
    detail: `${subject.charAt(0).toUpperCase()}${subject.slice(1)} được xếp loại ${label(rating)}.`,
  } satisfies Measured;
}

/** NV1: the cell's own classification ≥ threshold. */
export const cellRating: Rule = (context, threshold) =>
  classificationRule(context.info.cellRating, threshold as Classification, "chi bộ");

/** NV2: the agency's collective rating ≥ threshold; blank → n/a. */
export const agencyRating: Rule = (context, threshold) =>
  classificationRule(context.info.agencyRating, threshold as Classification, "cơ quan, đơn vị");

type TaskState = "onTime" | "late" | "notDone" | "leftOut" | "unknown";

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

function taskDone(task: Task, context: RubricContext): boolean | undefined {
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
    context.log.add(
      "warning",
      context.sheetNames.tasks,
      task.row,
      headerOf("tasks", "outcome"),
      `Số liệu Kế hoạch/Thực hiện cho thấy nhiệm vụ ${byNumbers ? "đã" : "chưa"} hoàn thành nhưng cột Kết quả ghi khác; đã dùng theo số liệu, hãy sửa cho khớp.`,
    );
  }
  return byNumbers;
}

function taskState(task: Task, context: RubricContext): TaskState {
  const done = taskDone(task, context);
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

/** NV3: share of tasks done on time. */
export const tasksOnTime: Rule = (context, threshold) => {
  const share = threshold as number;
  if (!context.tasks) return sheetMissing(context.sheetNames.tasks, share);
  const counts = { onTime: 0, late: 0, notDone: 0, leftOut: 0, unknown: 0 };
  for (const task of context.tasks) counts[taskState(task, context)]++;
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
  return { status, value, threshold: share, detail };
};

/** NV4: staff rated HTTNV or better / staff total. */
export const staffRating: Rule = (context, threshold) => {
  const share = threshold as number;
  const { staffTotal, staffGood } = context.info;
  if (staffTotal === null) {
    return {
      status: "n/a",
      value: null,
      threshold: share,
      detail: "Không có số liệu CBCCVC, người lao động.",
    };
  }
  if (staffTotal === undefined || staffGood === undefined || staffTotal === 0) {
    return {
      status: "missing",
      value: null,
      threshold: share,
      detail: "Chưa đủ số liệu CBCCVC, người lao động.",
    };
  }
  if (staffGood > staffTotal) {
    const row = context.info.rowOf.get("staffGood") ?? null;
    context.log.add(
      "error",
      context.info.sheet,
      row,
      headerOf("info", "value"),
      `Số CBCCVC hoàn thành tốt nhiệm vụ trở lên (${staffGood}) lớn hơn tổng số (${staffTotal}); hãy sửa lại cho đúng.`,
    );
    return { status: "missing", value: null, threshold: share, detail: "Số liệu CBCCVC không hợp lệ." };
  }
  const value = staffGood / staffTotal;
  return {
    status: judgeShare(staffGood, staffTotal, 0, share),
    value,
    threshold: share,
    detail: `${staffGood}/${staffTotal} người hoàn thành tốt nhiệm vụ trở lên (${formatPercent(value)}).`,
  };
};

/** NV5: complaints of any date up to A still `Tồn đọng` or `Vượt cấp`. */
export const openComplaints: Rule = (context, threshold) => {
  const max = threshold as number;
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
};

/** NV6: inspections and supervisions in the year. */
export const inspections: Rule = (context, threshold) => {
  const min = threshold as number;
  if (!context.incidents) return sheetMissing(context.sheetNames.incidents, min);
  const { counted, unknown } = selectIncidents(context, ["inspection", "supervision"], context.counts);
  const count = counted.length;
  return {
    status: judgeAtLeast(count, unknown, min),
    value: count,
    threshold: min,
    detail: `${howMany(count, "cuộc kiểm tra, giám sát trong năm")}${unknownNote(unknown)}.`,
  };
};
