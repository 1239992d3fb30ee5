/**
 * The engine's entry: tables in, the §6 result (and what the report needs) out. No clock, no locale:
 * the front end passes today's date in Asia/Ho_Chi_Minh.
 */
import { duesStanding } from "./dues/standing";
import type { MemberSummary, ReportFacts } from "./facts";
import { isoDate } from "./format";
import { runRubric } from "./indicators/run";
import { thresholdKindOf } from "./indicators/settings";
import type { IssueLog } from "./parse/issues";
import { parseSettings } from "./parse/settings";
import { parseWorkbook } from "./parse/workbook";
import type { Evaluation, Issue } from "./result";
import { type RubricContext, rubricContext } from "./rubric/context";
import { SHEET_ORDER, SHEETS } from "./schema";
import type { CalendarDate, WorkbookTables } from "./table";
import { fold } from "./text/fold";
import { todoList } from "./todo/list";
import { type Day, dayOf, fromDay, isValidCalendarDate, toDay } from "./values/day";
import { type MemberRatings, memberRatings } from "./year-end/ratings";
import { type YearEndReview, yearEndReview } from "./year-end/review";

export interface AssessOptions {
  /** Today in Asia/Ho_Chi_Minh, from the front end's clock. */
  readonly today: CalendarDate;
  /** `--year`: overrides `Năm đánh giá`. */
  readonly year?: number;
  /** `--as-of`: the evaluation date; capped at 31/12 of the year. Default: today, capped. */
  readonly asOf?: CalendarDate;
}

export interface Assessment {
  readonly evaluation: Evaluation;
  readonly facts: ReportFacts;
  /** Who has handed in what for the year-end review. */
  readonly yearEnd: YearEndReview;
  /** The named list of member ratings (spec §9). */
  readonly ratings: MemberRatings;
}

/** Either a result, or one Vietnamese line saying why the workbook cannot be evaluated at all. */
export type AssessOutcome =
  | { readonly ok: true; readonly assessment: Assessment }
  | { readonly ok: false; readonly message: string };

function memberSummary(context: RubricContext): MemberSummary {
  const summary = { roster: 0, official: 0, probationary: 0, exempt: 0 };
  (context.members ?? []).forEach((member, index) => {
    if (context.onRoster[index] !== true) return;
    summary.roster++;
    if (typeof member.official === "number" && member.official <= context.asOf) summary.official++;
    else summary.probationary++;
    if (member.exempt === true) summary.exempt++;
  });
  return summary;
}

/** Issues by sheet (in workbook order of the schema), then row; the order found is kept otherwise. */
function sortIssues(log: IssueLog): Issue[] {
  const rank = new Map(SHEET_ORDER.map((key, index) => [fold(SHEETS[key].title), index]));
  const sheetRank = (issue: Issue) => rank.get(fold(issue.sheet)) ?? SHEET_ORDER.length;
  return log.issues
    .map((issue, order) => ({ issue, order }))
    .sort(
      (a, b) =>
        sheetRank(a.issue) - sheetRank(b.issue) ||
        (a.issue.row ?? 0) - (b.issue.row ?? 0) ||
        a.order - b.order,
    )
    .map(({ issue }) => issue);
}

/** The date asked for (`--as-of`, else today), before capping at 31/12/Y. */
function givenDay(options: AssessOptions): Day {
  const requested = options.asOf ?? options.today;
  return isValidCalendarDate(requested) ? toDay(requested) : toDay(options.today);
}

export function assess(tables: WorkbookTables, options: AssessOptions): AssessOutcome {
  const parsed = parseWorkbook(tables, options.year);
  if (!parsed.ok) return parsed;
  const { records, year, log } = parsed;
  const given = givenDay(options);
  const asOf = Math.min(given, dayOf(year, 12, 31));
  // `Cấu hình` is read against the indicators' kinds of threshold, after every other sheet.
  const settings = parseSettings(tables, log, thresholdKindOf);
  const context = rubricContext(records, year, asOf);
  // Whether a member without a row in `Đảng phí` owes a month depends on the as-of date.
  const dues = duesStanding(records, year, asOf);
  log.issues.push(...(dues?.issues ?? []));
  const rubric = runRubric(context, settings);
  log.issues.push(...rubric.issues);
  const yearEnd = yearEndReview(records, context.onRoster);
  const todo = todoList(context, settings, given, { dues, yearEnd });
  const evaluation: Evaluation = {
    unit: records.info.unitName ?? null,
    superior: records.info.superior ?? null,
    year,
    asOf: isoDate(fromDay(asOf)),
    status: rubric.status,
    passed: rubric.status === "pass",
    criteria: rubric.criteria,
    issues: sortIssues(log),
    todo,
  };
  const facts: ReportFacts = {
    place: records.info.place,
    secretary: records.info.secretary,
    members: memberSummary(context),
    superiorEmails: records.info.superiorEmails,
  };
  const ratings = memberRatings(records, context.onRoster, asOf, settings);
  return { ok: true, assessment: { evaluation, facts, yearEnd, ratings } };
}

/** The §6 value; throws an Error whose message is one Vietnamese line when the workbook cannot be read. */
export function evaluate(tables: WorkbookTables, options: AssessOptions): Evaluation {
  const outcome = assess(tables, options);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.assessment.evaluation;
}
