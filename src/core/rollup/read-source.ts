/**
 * What one file gives the roll-up (spec §10): the results its `Đánh giá <năm>` sheets hold, read back; or,
 * when it has none, the cell's workbook evaluated as `evaluate` would, as of 31/12 of its year unless an
 * as-of date is given. A file holding both is read back, never re-evaluated: what was signed is what counts.
 */
import { assess } from "../assess";
import { formatDate } from "../format";
import { SHEETS } from "../schema";
import type { CalendarDate, WorkbookTables } from "../table";
import { fold } from "../text/fold";
import { type CellResult, cellResultOf } from "./cell-result";
import { evaluationSheets, readEvaluationSheet } from "./read-report";

export interface SheetFailure {
  /** The year the sheet is for, when that much could be read. */
  readonly year: number | null;
  readonly reason: string;
}

/** A file or link of the roll-up: the results read from it, and why any part could not be read. */
export interface RollupSource {
  readonly source: string;
  readonly results: readonly CellResult[];
  readonly failures: readonly SheetFailure[];
}

export interface SourceOptions {
  readonly today: CalendarDate;
  /** `--as-of`, for a workbook that must be evaluated. */
  readonly asOf?: CalendarDate;
  /** `--year`: only supplies the year of a workbook that has none; never overrides its own. */
  readonly year?: number;
}

/** An as-of date past any year: the engine caps it at 31/12 of the workbook's year. */
const END_OF_ANY_YEAR: CalendarDate = { year: 2100, month: 12, day: 31 };

export function unreadableSource(source: string, reason: string): RollupSource {
  return { source, results: [], failures: [{ year: null, reason }] };
}

export function readSource(source: string, tables: WorkbookTables, options: SourceOptions): RollupSource {
  const sheets = evaluationSheets(tables);
  if (sheets.length > 0) {
    const results: CellResult[] = [];
    const failures: SheetFailure[] = [];
    for (const reading of sheets.map(readEvaluationSheet)) {
      if (reading.ok) results.push(reading.result);
      else failures.push({ year: reading.year, reason: reading.reason });
    }
    return { source, results, failures };
  }
  const rollup = tables.find((table) => /^tong hop( \d{4})?$/.test(fold(table.name)));
  if (rollup && !tables.some((table) => fold(table.name) === fold(SHEETS.info.title))) {
    return unreadableSource(
      source,
      `Tệp là bảng tổng hợp (trang "${rollup.name}"), không phải bản đánh giá của một chi bộ.`,
    );
  }
  if (!tables.some((table) => fold(table.name) === fold(SHEETS.info.title))) {
    return unreadableSource(
      source,
      `Không có trang "Đánh giá <năm>" (báo cáo đánh giá) và cũng không có trang "${SHEETS.info.title}" để đánh giá.`,
    );
  }
  const asOf = options.asOf ?? END_OF_ANY_YEAR;
  let outcome = assess(tables, { today: options.today, asOf });
  if (!outcome.ok && options.year !== undefined) {
    outcome = assess(tables, { today: options.today, asOf, year: options.year });
  }
  if (!outcome.ok) return unreadableSource(source, outcome.message);
  const { year } = outcome.assessment.evaluation;
  if (options.asOf !== undefined && options.asOf.year < year) {
    return unreadableSource(
      source,
      `Ngày tính đến ${formatDate(options.asOf)} ở trước năm đánh giá ${year} của bảng tính: không có gì để đánh giá.`,
    );
  }
  return { source, results: [cellResultOf(outcome.assessment.evaluation)], failures: [] };
}
