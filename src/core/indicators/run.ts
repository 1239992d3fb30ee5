/**
 * All indicators, `Cấu hình` applied, rolled up into the four criteria and the verdict (spec §3–§4),
 * with the data problems the rules found, in the order found.
 */
import { CRITERIA } from "../criteria";
import type { Setting } from "../parse/records";
import type { CriterionResult, IndicatorResult, Issue, Status } from "../result";
import type { RubricContext } from "../rubric/context";
import { combine } from "../rubric/judge";
import { issueAt } from "../rubric/measured";
import { CLASSIFICATION_RANK, headerOf } from "../schema";
import type { Indicator } from "./indicator";
import { INDICATORS } from "./registry";
import { settingOf } from "./settings";

export interface Rubric {
  readonly status: Status;
  readonly criteria: readonly CriterionResult[];
  readonly issues: readonly Issue[];
}

function indicatorResult(
  context: RubricContext,
  indicator: Indicator,
  settings: readonly Setting[],
  issues: Issue[],
): IndicatorResult {
  const setting = settingOf(settings, indicator.id);
  // Every rule runs, even a disabled one, so that its data problems are still reported.
  const { issues: found = [], ...measured } = indicator.measure(context, setting?.threshold);
  issues.push(...found);
  const { id, name } = indicator;
  if (setting && !setting.enabled) {
    return {
      id,
      name,
      status: "n/a",
      value: null,
      threshold: null,
      detail: "Không áp dụng theo sheet Cấu hình.",
    };
  }
  return { id, name, ...measured };
}

/** Cross-checks that change no status (spec §4, last paragraph). */
function crossCheck(context: RubricContext, criteria: readonly CriterionResult[]): Issue[] {
  const issues: Issue[] = [];
  for (const member of context.members ?? []) {
    const rated = member.classification;
    if (member.discipline && member.discipline !== "none" && rated && CLASSIFICATION_RANK[rated] >= 2) {
      issues.push(
        issueAt(
          "warning",
          context.sheetNames.members,
          member.row,
          headerOf("members", "classification"),
          `Đảng viên ${member.name} bị kỷ luật trong năm nhưng được xếp loại ${rated}; hãy kiểm tra lại xếp loại.`,
        ),
      );
    }
  }
  if (context.info.cellRating === "HTXSNV" && criteria.some((criterion) => criterion.status === "fail")) {
    issues.push(
      issueAt(
        "warning",
        context.info.sheet,
        context.info.rowOf.get("cellRating") ?? null,
        headerOf("info", "value"),
        "Chi bộ được xếp loại Hoàn thành xuất sắc nhiệm vụ nhưng có tiêu chí không đạt; hãy kiểm tra lại xếp loại chi bộ.",
      ),
    );
  }
  return issues;
}

export function runRubric(context: RubricContext, settings: readonly Setting[]): Rubric {
  const issues: Issue[] = [];
  const criteria = CRITERIA.map((criterion): CriterionResult => {
    const indicators = INDICATORS.filter((indicator) => indicator.criterion === criterion.id).map(
      (indicator) => indicatorResult(context, indicator, settings, issues),
    );
    return {
      id: criterion.id,
      name: criterion.name,
      status: combine(indicators.map((indicator) => indicator.status)),
      indicators,
    };
  });
  issues.push(...crossCheck(context, criteria));
  return { status: combine(criteria.map((criterion) => criterion.status)), criteria, issues };
}
