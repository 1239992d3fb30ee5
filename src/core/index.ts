/** The engine's public surface: every front end imports from here. */
export { type Assessment, type AssessOptions, type AssessOutcome, assess, evaluate } from "./assess";
export { CRITERIA, type CriterionDefinition } from "./criteria";
export { type DuesSheetPlan, planDuesSheet } from "./dues/dues-sheet";
export {
  type DuesMonthMember,
  type DuesMonthOutcome,
  type DuesMonthRequest,
  type DuesMonthState,
  type DuesMonthView,
  type DuesMonthWrite,
  duesMonthView,
  planDuesMonthWrite,
} from "./dues/month-entry";
export { type DuesStanding, duesStanding, type MemberDues } from "./dues/standing";
export { checkEmailList, type EmailListCheck, isEmailAddress, splitEmailList } from "./email";
export type { MemberSummary, ReportFacts } from "./facts";
export { formatDate, formatNumber, formatPercent, isoDate } from "./format";
export type { Figures } from "./indicators/display";
export type { Indicator } from "./indicators/indicator";
export { indicatorFigures, requirementText } from "./indicators/present";
export { INDICATORS, indicatorById } from "./indicators/registry";
export { type IndicatorSetting, indicatorSetting } from "./indicators/settings";
export { memberNamesOn } from "./members-on";
export type { Setting } from "./parse/records";
export { findTable } from "./parse/sheet";
export { buildReport } from "./report/build";
export { conclusionText } from "./report/conclusion";
export type { CellStyle, GridArea, ReportCell, ReportGrid } from "./report/grid";
export { buildRatingsSheet } from "./report/ratings-sheet";
export { DEFAULT_ROW_PIXELS } from "./report/row-heights";
export * from "./result";
export { type CellResult, cellResultOf, type IndicatorReading } from "./rollup/cell-result";
export {
  evaluationSheets,
  readEvaluationSheet,
  type SheetReading,
  yearInSheetName,
} from "./rollup/read-report";
export {
  type RollupSource,
  readSource,
  type SheetFailure,
  type SourceOptions,
  unreadableSource,
} from "./rollup/read-source";
export { type Rollup, type RollupCell, type RollupOptions, rollUp } from "./rollup/roll-up";
export { buildRollupReport, type RollupReportOptions, UNREADABLE, VERDICTS } from "./rollup/rollup-report";
export * from "./schema";
export type { CalendarDate, CellValue, SheetTable, WorkbookTables } from "./table";
export { isCalendarDate } from "./table";
export {
  type ColumnInput,
  DATE_FORMAT,
  type TemplateColumn,
  type TemplateSheet,
  templateSheets,
} from "./template";
export { fold } from "./text/fold";
export type { SettingThreshold, ThresholdKind, ThresholdOf } from "./thresholds";
export { readCalendarDate } from "./values/calendar-date";
export type { CellRead } from "./values/cell";
export { holdsData } from "./values/cell";
export { verdictText } from "./verdict";
export type { ExcellentQuota, MemberRatings, RatedMember } from "./year-end/ratings";
export type { MemberRef, ReviewTally, UnfinishedTask, YearEndReview } from "./year-end/review";
