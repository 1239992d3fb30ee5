/** Tiêu chí 4 — Cán bộ, đảng viên tốt (spec §4, DV1–DV5). */
import { formatDate, formatNumber, formatPercent } from "../format";
import { headerOf } from "../schema";
import { addMonths, fromDay } from "../values/day";
import { countedMember, type RubricContext } from "./context";
import { judgeAtLeast, judgeAtMost, TOLERANCE } from "./judge";
import { clean, howMany, type Rule, shareMeasure, sheetMissing, unknownNote } from "./measured";

interface RatingCounts {
  readonly excellent: number;
  readonly good: number;
  readonly done: number;
  readonly failed: number;
  readonly total: number;
  readonly unknown: number;
}

/** Classifications of counted members (roster, not exempt). */
function ratingCounts(context: RubricContext): RatingCounts {
  const counts = { excellent: 0, good: 0, done: 0, failed: 0, total: 0, unknown: 0 };
  (context.members ?? []).forEach((member, index) => {
    const counted = countedMember(context, index);
    if (counted === false) return;
    if (counted === undefined || member.classification === undefined) {
      counts.unknown++;
      return;
    }
    counts.total++;
    if (member.classification === "HTXSNV") counts.excellent++;
    else if (member.classification === "HTTNV") counts.good++;
    else if (member.classification === "HTNV") counts.done++;
    else counts.failed++;
  });
  return counts;
}

/** DV1: share of counted members rated HTTNV or HTXSNV. */
export const goodMembers: Rule = (context, threshold) => {
  const share = threshold as number;
  if (!context.members) return sheetMissing(context.sheetNames.members, share);
  const counts = ratingCounts(context);
  const good = counts.excellent + counts.good;
  return shareMeasure(
    { passing: good, total: counts.total, unknown: counts.unknown },
    share,
    "đảng viên hoàn thành tốt nhiệm vụ trở lên",
    "đảng viên",
  );
};

/** DV2: counted members rated KHTNV. */
export const failingMembers: Rule = (context, threshold) => {
  const max = threshold as number;
  if (!context.members) return sheetMissing(context.sheetNames.members, max);
  const counts = ratingCounts(context);
  return {
    status: judgeAtMost(counts.failed, counts.unknown, max),
    value: counts.failed,
    threshold: max,
    detail: `${howMany(counts.failed, "đảng viên không hoàn thành nhiệm vụ")}${unknownNote(counts.unknown, "đảng viên")}.`,
  };
};

/** DV3: HTXSNV ≤ threshold × the count rated exactly HTTNV, unrounded; unknowns at best are HTTNV. */
export const excellentQuota: Rule = (context, threshold) => {
  const share = threshold as number;
  if (!context.members) return sheetMissing(context.sheetNames.members, null);
  const counts = ratingCounts(context);
  const allowed = clean(share * counts.good);
  const bestAllowed = share * (counts.good + counts.unknown);
  // A comparison of counts: with nobody counted it is 0 ≤ 0 (spec §3, "a count over none is 0").
  const status =
    counts.excellent > bestAllowed + TOLERANCE
      ? "fail"
      : counts.unknown > 0
        ? "missing"
        : counts.excellent <= allowed + TOLERANCE
          ? "pass"
          : "fail";
  return {
    status,
    value: counts.excellent,
    threshold: allowed,
    detail: `${counts.excellent} đảng viên hoàn thành xuất sắc nhiệm vụ, tối đa ${formatNumber(allowed, 3)} (${formatPercent(share)} của ${counts.good} đảng viên hoàn thành tốt nhiệm vụ)${unknownNote(counts.unknown, "đảng viên")}.`,
  };
};

/** Members admitted by this cell (no `Ngày chuyển đến`) in Y up to A. */
function admittedHere(context: RubricContext): { count: number; unknown: number } {
  let count = 0;
  let unknown = 0;
  for (const member of context.members ?? []) {
    if (member.transferIn !== null) {
      if (member.transferIn === undefined) unknown++;
      continue;
    }
    if (member.admission === undefined) unknown++;
    else if (context.counts(member.admission)) count++;
  }
  return { count, unknown };
}

/** DV4: members admitted by this cell in Y up to A against `Chỉ tiêu kết nạp đảng viên`. */
export const admissions: Rule = (context) => {
  const target = context.info.admissionTarget;
  if (target === 0) {
    // Blank reads as 0 (spec §2): nothing to reach, but the admissions are still worth showing.
    const count = admittedHere(context).count;
    return {
      status: "n/a",
      value: context.members ? count : null,
      threshold: 0,
      detail: context.members
        ? `Không có chỉ tiêu kết nạp đảng viên; đã kết nạp ${count} đảng viên mới.`
        : "Không có chỉ tiêu kết nạp đảng viên.",
    };
  }
  if (target === undefined) {
    return {
      status: "missing",
      value: null,
      threshold: null,
      detail: "Chỉ tiêu kết nạp đảng viên chưa đọc được.",
    };
  }
  if (!context.members) return sheetMissing(context.sheetNames.members, target);
  const { count, unknown } = admittedHere(context);
  return {
    status: judgeAtLeast(count, unknown, target),
    value: count,
    threshold: target,
    detail: `Kết nạp ${count} đảng viên mới, chỉ tiêu ${target}${unknownNote(unknown, "đảng viên")}.`,
  };
};

/**
 * DV5: roster members whose probation ended in Y up to A; overdue = no `Ngày chính thức` and more than the
 * threshold in calendar days past the end.
 */
export const officialOnTime: Rule = (context, threshold) => {
  const days = threshold as number;
  if (!context.members) return sheetMissing(context.sheetNames.members, days);
  let applicable = 0;
  let overdue = 0;
  let unknown = 0;
  const overdueNames: string[] = [];
  context.members.forEach((member, index) => {
    const onRoster = context.onRoster[index];
    if (onRoster === false) return;
    if (member.admission === undefined || onRoster === undefined) {
      unknown++;
      return;
    }
    const end = addMonths(member.admission, 12);
    if (end < context.firstDay) {
      if (member.official === null) {
        context.log.add(
          "warning",
          context.sheetNames.members,
          member.row,
          headerOf("members", "officialDate"),
          `${member.name ? `Đảng viên ${member.name}` : "Đảng viên ở dòng này"} hết thời gian dự bị từ ${formatDate(fromDay(end))} nhưng chưa có Ngày chính thức; hãy bổ sung.`,
        );
      }
      return;
    }
    if (end > context.asOf) return;
    applicable++;
    if (member.official === undefined) unknown++;
    else if (member.official === null && context.asOf - end > days) {
      overdue++;
      overdueNames.push(member.name);
    }
  });
  const status = overdue > 0 ? "fail" : unknown > 0 ? "missing" : applicable === 0 ? "n/a" : "pass";
  return {
    status,
    value: applicable === 0 && unknown === 0 ? null : overdue,
    threshold: days,
    detail:
      applicable === 0 && unknown === 0
        ? "Không có đảng viên hết thời gian dự bị trong năm."
        : overdue > 0
          ? `${overdue}/${applicable} đảng viên quá hạn chuyển chính thức (${overdueNames.join(", ")})${unknownNote(unknown, "đảng viên")}.`
          : `${applicable} đảng viên hết thời gian dự bị, không ai quá hạn chuyển chính thức${unknownNote(unknown, "đảng viên")}.`,
  };
};
