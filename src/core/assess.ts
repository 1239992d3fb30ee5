/**
 * The engine's entry: tables in, the §6 result (and what the report needs) out. No clock, no locale:
 * the front end passes today's date in Asia/Ho_Chi_Minh.
 */
import type { ReportFacts } from "./facts";
import type { Evaluation } from "./result";
import type { CalendarDate, WorkbookTables } from "./table";

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
}

/** Either a result, or one Vietnamese line saying why the workbook cannot be evaluated at all. */
export type AssessOutcome =
  | { readonly ok: true; readonly assessment: Assessment }
  | { readonly ok: false; readonly message: string };
