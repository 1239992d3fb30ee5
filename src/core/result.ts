/**
 * The one result every front end renders (spec §6). `evaluate()` returns it; its JSON form is what
 * `chibo4tot evaluate --json` prints.
 */

export type Status = "pass" | "fail" | "missing" | "n/a";

export type CriterionId = "NV" | "SH" | "KL" | "DV";

export interface IndicatorResult {
  readonly id: string;
  readonly name: string;
  readonly status: Status;
  readonly value: string | number | null;
  readonly threshold: string | number | null;
  /** One Vietnamese sentence of evidence. */
  readonly detail: string;
}

export interface CriterionResult {
  readonly id: CriterionId;
  readonly name: string;
  readonly status: Status;
  readonly indicators: readonly IndicatorResult[];
}

export type Severity = "error" | "warning";

/** A problem in the data: where it is (1-based spreadsheet row, header = 1) and what to type instead. */
export interface Issue {
  readonly severity: Severity;
  readonly sheet: string;
  readonly row: number | null;
  readonly column: string | null;
  readonly message: string;
}

export interface Evaluation {
  readonly unit: string | null;
  readonly superior: string | null;
  readonly year: number;
  /** ISO yyyy-mm-dd */
  readonly asOf: string;
  readonly status: Status;
  readonly passed: boolean;
  readonly criteria: readonly CriterionResult[];
  readonly issues: readonly Issue[];
  /** What to do next (spec §8): advice that changes no status. */
  readonly todo: readonly TodoItem[];
}

/** The kinds of §8, in the order the list breaks ties by. */
export const TODO_KINDS = [
  "regular-meeting",
  "thematic-meeting",
  "committee-meeting",
  "absence",
  "dues",
  "probation",
  "minutes",
  "year-end",
] as const;

export type TodoKind = (typeof TODO_KINDS)[number];

/** One thing the secretary should do soon (spec §8). */
export interface TodoItem {
  readonly kind: TodoKind;
  /** ISO yyyy-mm-dd, or null when there is no date to meet. */
  readonly due: string | null;
  /** `due` is earlier than the date given (before capping at 31/12). */
  readonly overdue: boolean;
  /** `Tháng 3`, `Quý 1`, a member's name, a meeting's date `dd/mm/yyyy`, or null. */
  readonly subject: string | null;
  /** One Vietnamese sentence: what to do, for whom, by when. */
  readonly message: string;
  /** Where to act: the sheet as named in the workbook, and its 1-based row or null. */
  readonly sheet: string;
  readonly row: number | null;
}

/** The fixed status words of the report and the sidebar. */
export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  pass: "Đạt",
  fail: "Không đạt",
  missing: "Thiếu dữ liệu",
  "n/a": "Không áp dụng",
};
