/**
 * Custom functions for live use in cells: `=CHIBO4TOT('Thông tin chung'!A:B; 'Đảng viên'!A:L; …)`.
 * They take the ranges' values, so Sheets recomputes them when an input row changes, and call no
 * service a custom function may not use (only the spreadsheet's time zone is read).
 */

import {
  type CalendarDate,
  type CriterionId,
  type Evaluation,
  evaluate,
  indicatorFigures,
  readCalendarDate,
  requirementText,
  SHEETS,
  type SheetKey,
  type SheetTable,
  STATUS_LABELS,
} from "../core/index";
import { type DateReader, dateReader, todayInVietnam } from "./workbook/calendar";
import { toCellValue, toTableRows } from "./workbook/read-tables";

type Cell = string | number;

const RANGE_ORDER: readonly SheetKey[] = ["info", "members", "meetings", "tasks", "incidents", "settings"];

/** `CHIBO4TOT(...)`: a header row, the overall verdict, then each criterion followed by its indicators. */
export function overviewFormula(...args: unknown[]): Cell[][] {
  const evaluation = evaluateRanges(args);
  const rows: Cell[][] = [
    ["Mã", "Tiêu chí, chỉ báo", "Kết quả", "Giá trị", "Yêu cầu", "Căn cứ"],
    ["", `Chi bộ bốn tốt năm ${evaluation.year}`, STATUS_LABELS[evaluation.status], "", "", ""],
  ];
  for (const criterion of evaluation.criteria) {
    rows.push([criterion.id, criterion.name, STATUS_LABELS[criterion.status], "", "", ""]);
    for (const indicator of criterion.indicators) {
      rows.push([
        indicator.id,
        indicator.name,
        STATUS_LABELS[indicator.status],
        indicatorFigures(indicator).value,
        requirementText(indicator),
        indicator.detail,
      ]);
    }
  }
  return rows;
}

/** `CHIBO4TOT_NV(...)` and its siblings: the status word of one criterion. */
export function criterionFormula(id: CriterionId): (...args: unknown[]) => string {
  return (...args) => {
    const criterion = evaluateRanges(args).criteria.find((candidate) => candidate.id === id);
    return criterion ? STATUS_LABELS[criterion.status] : STATUS_LABELS.missing;
  };
}

/**
 * Arguments in the order of the JSDoc: five ranges, then optional `Cấu hình`, as-of date and `Đảng phí`
 * (last, being newest: formulas written before it keep working).
 */
export function evaluateRanges(args: readonly unknown[]): Evaluation {
  const readDate = dateReader(spreadsheetTimeZone());
  const tables: SheetTable[] = [];
  RANGE_ORDER.forEach((key, index) => {
    const values = args[index];
    if (key === "settings" && isEmptyArgument(values)) return;
    tables.push({ name: SHEETS[key].title, rows: toTableRows(asRows(values), readDate) });
  });
  const asOf = asOfDate(args[RANGE_ORDER.length], readDate);
  const dues = args[RANGE_ORDER.length + 1];
  if (!isEmptyArgument(dues))
    tables.push({ name: SHEETS.dues.title, rows: toTableRows(asRows(dues), readDate) });
  return evaluate(tables, asOf ? { today: todayInVietnam(), asOf } : { today: todayInVietnam() });
}

/** Dates in cells are midnight in the spreadsheet's zone; the script's zone may differ. */
function spreadsheetTimeZone(): string {
  return SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetTimeZone() ?? Session.getScriptTimeZone();
}

/** Sheets passes a one-cell range as the bare value, a missing argument as undefined. */
function asRows(values: unknown): unknown[][] {
  if (Array.isArray(values)) return values.map((row) => (Array.isArray(row) ? row : [row]));
  return values === undefined ? [] : [[values]];
}

function isEmptyArgument(values: unknown): boolean {
  return values === undefined || values === null || values === "";
}

function asOfDate(value: unknown, readDateCell: DateReader): CalendarDate | undefined {
  if (isEmptyArgument(value)) return undefined;
  const read = readCalendarDate(toCellValue(Array.isArray(value) ? value[0]?.[0] : value, readDateCell));
  if (read.kind === "value") return read.value;
  if (read.kind === "error") throw new Error(`Ngày đánh giá (asOf): ${read.message}`);
  return undefined;
}
