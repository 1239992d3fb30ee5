/**
 * What the year-end report needs besides the §6 result: names as typed and the member summary.
 * `assess()` returns it beside the Evaluation.
 */
export interface MemberSummary {
  /** active on the as-of date */
  readonly roster: number;
  readonly official: number;
  readonly probationary: number;
  readonly exempt: number;
}

export interface ReportFacts {
  readonly place: string | null;
  readonly secretary: string | null;
  readonly members: MemberSummary;
  /** `Email cấp ủy cấp trên`, split and trimmed; validation is the sharing command's job. */
  readonly superiorEmails: readonly string[];
}
