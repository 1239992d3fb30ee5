/** What a rule measures for one indicator, before `Cấu hình` and aggregation. */
import { formatPercent } from "../format";
import type { Issue, Severity, Status } from "../result";
import { judgeShare, judgeYes } from "./judge";

export interface Measured {
  readonly status: Status;
  readonly value: string | number | null;
  readonly threshold: string | number | null;
  readonly detail: string;
  /** The data problems the rule found, in the order found; none when absent. */
  readonly issues?: readonly Issue[];
}

/** A data problem a rule found (spec §5), to return with its result. */
export function issueAt(
  severity: Severity,
  sheet: string,
  row: number | null,
  column: string | null,
  message: string,
): Issue {
  return { severity, sheet, row, column, message };
}

/** An indicator whose input sheet is missing. */
export function sheetMissing(sheet: string, threshold: string | number | null): Measured {
  return {
    status: "missing",
    value: null,
    threshold,
    detail: `Chưa có sheet "${sheet}" nên chưa đánh giá được.`,
  };
}

/** Rounds away float noise such as 0.2 × 24 = 4.800000000000001. */
export function clean(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/** `, trong đó 2 dòng chưa đọc được` when some items are unknown. */
export function unknownNote(unknown: number, what = "dòng"): string {
  return unknown > 0 ? `; ${unknown} ${what} thiếu hoặc sai dữ liệu` : "";
}

/**
 * The evidence of a share: `14/15 buổi sinh hoạt đủ thời lượng (93,3%)`, or, over no known item, that
 * nothing could be counted; unknown items are named after it.
 */
export function shareDetail(
  passing: number,
  total: number,
  unknown: number,
  what: string,
  unit: string,
): string {
  const note = unknownNote(unknown, unit);
  if (total === 0) return `Chưa có ${unit} nào để tính${note}.`;
  return `${passing}/${total} ${what} (${formatPercent(passing / total)})${note}.`;
}

/** A share indicator: `passing / total ≥ threshold` under the unknown rule, with its evidence. */
export function shareMeasure(
  counts: { readonly passing: number; readonly total: number; readonly unknown: number },
  threshold: number,
  what: string,
  unit: string,
): Measured {
  const { passing, total, unknown } = counts;
  return {
    status: judgeShare(passing, total, unknown, threshold),
    value: total === 0 ? null : passing / total,
    threshold,
    detail: shareDetail(passing, total, unknown, what, unit),
  };
}

/** `Không có vụ việc…` rather than `0 vụ việc…`. */
export function howMany(count: number, what: string): string {
  return count === 0 ? `Không có ${what}` : `${count} ${what}`;
}

/** SH10, KL4: a yes/no item of `Thông tin chung`; yes passes. */
export function yesNoMeasure(
  value: boolean | undefined,
  details: { readonly yes: string; readonly no: string; readonly unknown: string },
): Measured {
  return {
    status: judgeYes(value),
    value: value === undefined ? null : value ? "Có" : "Không",
    threshold: "Có",
    detail: value === undefined ? details.unknown : value ? details.yes : details.no,
  };
}
