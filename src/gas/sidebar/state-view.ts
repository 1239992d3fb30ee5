/**
 * The sidebar's first paint from one assessment: the criteria with short figures, the problems
 * errors first, the members the absentee picker offers and the value lists of the forms.
 */
import {
  type Assessment,
  type CalendarDate,
  CLASSIFICATIONS,
  indicatorFigures,
  MEETING_LEVELS,
  MEETING_TYPES,
  memberNamesOn,
  ROLES,
  verdictText,
  type WorkbookTables,
} from "../../core/index";
import type { MemberChoice, ProblemView, SidebarState, ValueLists } from "../../protocol/sidebar";
import { yearEndChecklist } from "./year-end-checklist";

/** Enough to work through; the rest are counted, so the payload stays small on a messy sheet. */
const PROBLEM_LIMIT = 200;

const labels = (values: readonly { readonly label: string }[]) => values.map((value) => value.label);

const LISTS: ValueLists = {
  meetingTypes: labels(MEETING_TYPES),
  meetingLevels: labels(MEETING_LEVELS),
  roles: labels(ROLES),
  classifications: labels(CLASSIFICATIONS),
  committeeMeetingType: MEETING_TYPES.find((type) => type.key === "committee")?.label ?? "",
};

/** Members still in the cell today (or whose dates could not be read), in sheet order. */
function memberChoices(tables: WorkbookTables, today: CalendarDate): MemberChoice[] {
  return memberNamesOn(tables, today).map((name) => ({ name }));
}

export function sidebarState(
  assessment: Assessment,
  tables: WorkbookTables,
  today: CalendarDate,
): SidebarState {
  const { evaluation } = assessment;
  const problems: ProblemView[] = [
    ...evaluation.issues.filter((issue) => issue.severity === "error"),
    ...evaluation.issues.filter((issue) => issue.severity !== "error"),
  ].map(({ severity, sheet, row, column, message }) => ({ severity, sheet, row, column, message }));
  return {
    unit: evaluation.unit,
    year: evaluation.year,
    asOf: evaluation.asOf,
    status: evaluation.status,
    passed: evaluation.passed,
    verdict: verdictText(evaluation.status, evaluation.year),
    criteria: evaluation.criteria.map((criterion) => ({
      id: criterion.id,
      name: criterion.name,
      status: criterion.status,
      indicators: criterion.indicators.map((indicator) => ({
        id: indicator.id,
        name: indicator.name,
        status: indicator.status,
        detail: indicator.detail,
        ...indicatorFigures(indicator),
      })),
    })),
    todo: evaluation.todo,
    yearEnd: yearEndChecklist(assessment),
    problems: problems.slice(0, PROBLEM_LIMIT),
    problemCount: problems.length,
    errorCount: problems.filter((problem) => problem.severity === "error").length,
    members: memberChoices(tables, today),
    lists: LISTS,
    superiorEmails: assessment.facts.superiorEmails,
  };
}
