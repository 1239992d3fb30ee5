/**
 * All 26 indicators, `Cấu hình` applied, rolled up into the four criteria and the verdict (spec §3–§4).
 */

import type { Setting } from "../parse/records";
import type { CriterionResult, IndicatorResult, Status } from "../result";
import { CLASSIFICATION_RANK, headerOf } from "../schema";
import type { RubricContext } from "./context";
import { CRITERIA, INDICATORS, type Threshold } from "./definitions";
import * as dv from "./dv";
import { combine } from "./judge";
import * as kl from "./kl";
import type { Rule } from "./measured";
import * as nv from "./nv";
import * as sh from "./sh";

const RULES: Readonly<Record<string, Rule>> = {
  NV1: nv.cellRating,
  NV2: nv.agencyRating,
  NV3: nv.tasksOnTime,
  NV4: nv.staffRating,
  NV5: nv.openComplaints,
  NV6: nv.inspections,
  SH1: sh.monthlyRegular,
  SH2: sh.quarterlyThematic,
  SH3: sh.committeeBeforeRegular,
  SH4: sh.meetingDuration,
  SH5: sh.goodMeetings,
  SH6: sh.poorMeetings,
  SH7: sh.attendance,
  SH8: sh.minutesKept,
  SH9: sh.commitments,
  SH10: sh.flagSalute,
  KL1: kl.disciplined,
  KL2: kl.violations,
  KL3: kl.disunity,
  KL4: kl.workingRules,
  KL5: kl.unexcusedAbsence,
  DV1: dv.goodMembers,
  DV2: dv.failingMembers,
  DV3: dv.excellentQuota,
  DV4: dv.admissions,
  DV5: dv.officialOnTime,
};

export interface Rubric {
  readonly status: Status;
  readonly criteria: readonly CriterionResult[];
}

function indicatorResult(context: RubricContext, id: string, settings: readonly Setting[]): IndicatorResult {
  const definition = INDICATORS.find((candidate) => candidate.id === id);
  const rule = RULES[id];
  if (!definition || !rule) throw new Error(`Unknown indicator ${id}`);
  const matching = settings.filter((candidate) => candidate.id === id);
  const setting = matching[matching.length - 1];
  const threshold: Threshold = setting?.threshold ?? definition.defaultThreshold;
  // Every rule runs, even a disabled one, so that its data problems are still reported.
  const measured = rule(context, threshold);
  if (setting && !setting.enabled) {
    return {
      id,
      name: definition.name,
      status: "n/a",
      value: null,
      threshold: null,
      detail: "Không áp dụng theo sheet Cấu hình.",
    };
  }
  return { id, name: definition.name, ...measured };
}

/** Cross-checks that change no status (spec §4, last paragraph). */
function crossCheck(context: RubricContext, criteria: readonly CriterionResult[]): void {
  for (const member of context.members ?? []) {
    const rated = member.classification;
    if (member.discipline && member.discipline !== "none" && rated && CLASSIFICATION_RANK[rated] >= 2) {
      context.log.add(
        "warning",
        context.sheetNames.members,
        member.row,
        headerOf("members", "classification"),
        `Đảng viên ${member.name} bị kỷ luật trong năm nhưng được xếp loại ${rated}; hãy kiểm tra lại xếp loại.`,
      );
    }
  }
  if (context.info.cellRating === "HTXSNV" && criteria.some((criterion) => criterion.status === "fail")) {
    context.log.add(
      "warning",
      context.info.sheet,
      context.info.rowOf.get("cellRating") ?? null,
      headerOf("info", "value"),
      "Chi bộ được xếp loại Hoàn thành xuất sắc nhiệm vụ nhưng có tiêu chí không đạt; hãy kiểm tra lại xếp loại chi bộ.",
    );
  }
}

export function runRubric(context: RubricContext, settings: readonly Setting[]): Rubric {
  const criteria = CRITERIA.map((criterion): CriterionResult => {
    const indicators = INDICATORS.filter((definition) => definition.criterion === criterion.id).map(
      (definition) => indicatorResult(context, definition.id, settings),
    );
    return {
      id: criterion.id,
      name: criterion.name,
      status: combine(indicators.map((indicator) => indicator.status)),
      indicators,
    };
  });
  crossCheck(context, criteria);
  return { status: combine(criteria.map((criterion) => criterion.status)), criteria };
}
