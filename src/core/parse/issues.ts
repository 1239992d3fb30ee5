/** Collecting the problems found in the data (spec §5). */
import type { Issue, Severity } from "../result";

export interface IssueLog {
  readonly issues: Issue[];
  add(severity: Severity, sheet: string, row: number | null, column: string | null, message: string): void;
}

export function issueLog(): IssueLog {
  const issues: Issue[] = [];
  return {
    issues,
    add(severity, sheet, row, column, message) {
      issues.push({ severity, sheet, row, column, message });
    },
  };
}
