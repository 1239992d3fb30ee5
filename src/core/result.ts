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
}

/** The fixed status words of the report and the sidebar. */
export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  pass: "Đạt",
  fail: "Không đạt",
  missing: "Thiếu dữ liệu",
  "n/a": "Không áp dụng",
};
