/** Tiêu chí 3 — Đoàn kết, kỷ luật tốt (spec §4, KL1–KL5). */
import type { IncidentType } from "../schema";
import { monthOfDay } from "../values/day";
import type { RubricContext } from "./context";
import { selectIncidents } from "./incident-sets";
import { judgeAtMost } from "./judge";
import { howMany, type Measured, type Rule, sheetMissing, unknownNote, yesNoMeasure } from "./measured";
import { CELL_MEETING } from "./meeting-sets";

/** KL1: member rows, on the roster or not, whose `Kỷ luật` is not Không. */
export const disciplined: Rule = (context, threshold) => {
  const max = threshold as number;
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
};

function incidentCount(context: RubricContext, type: IncidentType, max: number, what: string): Measured {
  if (!context.incidents) return sheetMissing(context.sheetNames.incidents, max);
  const { counted, unknown } = selectIncidents(context, [type], context.counts);
  const count = counted.length;
  return {
    status: judgeAtMost(count, unknown, max),
    value: count,
    threshold: max,
    detail: `${howMany(count, `${what} trong năm`)}${unknownNote(unknown)}.`,
  };
}

/** KL2: `Vi phạm` rows. */
export const violations: Rule = (context, threshold) =>
  incidentCount(context, "violation", threshold as number, "vụ việc đảng viên vi phạm");

/** KL3: `Mất đoàn kết` rows. */
export const disunity: Rule = (context, threshold) =>
  incidentCount(context, "disunity", threshold as number, "biểu hiện mất đoàn kết");

/** KL4: the cell has working rules. */
export const workingRules: Rule = (context) =>
  yesNoMeasure(context.info.workingRules, {
    yes: "Chi bộ có quy chế làm việc.",
    no: "Chi bộ chưa có quy chế làm việc.",
    unknown: "Chưa ghi mục Có quy chế làm việc.",
  });

/**
 * KL5: for each member, the distinct months with an unexcused absence from a cell meeting; fails when one
 * reaches the threshold (Điều lệ Đảng, Điều 8: three months without reason lead to removal).
 */
export const unexcusedAbsence: Rule = (context, threshold) => {
  const months = threshold as number;
  if (!context.meetings) return sheetMissing(context.sheetNames.meetings, months);
  if (!context.members) return sheetMissing(context.sheetNames.members, months);
  const monthsOf = new Map<number, Set<number>>();
  let unknown = 0;
  for (const meeting of context.meetings) {
    if (meeting.unexcused.length === 0) continue;
    if (meeting.date !== undefined && !context.counts(meeting.date)) continue;
    if (meeting.type !== undefined && !CELL_MEETING.has(meeting.type)) continue;
    if (meeting.type === undefined || meeting.date === undefined) {
      unknown += meeting.unexcused.length;
      continue;
    }
    const month = monthOfDay(meeting.date);
    for (const member of meeting.unexcused) {
      if (member === undefined) {
        unknown++;
        continue;
      }
      const set = monthsOf.get(member) ?? new Set<number>();
      set.add(month);
      monthsOf.set(member, set);
    }
  }
  let largest = 0;
  let who: number | undefined;
  for (const [member, set] of monthsOf) {
    if (set.size > largest) {
      largest = set.size;
      who = member;
    }
  }
  const status = largest >= months ? "fail" : unknown > 0 ? "missing" : "pass";
  const name = who === undefined ? "" : context.members[who]?.name;
  return {
    status,
    value: largest,
    threshold: months,
    detail:
      largest === 0
        ? `Không có đảng viên vắng sinh hoạt không lý do${unknownNote(unknown, "tên")}.`
        : `Nhiều nhất ${largest} tháng có vắng sinh hoạt không lý do (${name})${unknownNote(unknown, "tên")}.`,
  };
};
