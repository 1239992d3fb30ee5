/**
 * Quick entry: one new row checked by the engine exactly as if it had been typed in the sheet
 * (the workbook with the row added is assessed, and the row's own issues are the verdict), then
 * appended through the shared adapter. The assessment of that workbook is also the new dashboard.
 */
import {
  assess,
  type CellValue,
  type Column,
  findTable,
  fold,
  SHEETS,
  type SheetTable,
} from "../../core/index";
import type { FieldProblem, SaveResponse } from "../../protocol/sidebar";
import { withDocumentLock } from "../document-lock";
import { appendRowByHeader } from "../workbook/append-row";
import { todayInVietnam } from "../workbook/calendar";
import { readWorkbookTables } from "../workbook/read-tables";
import type { RowRecord } from "./drafts";
import { sidebarState } from "./state-view";

type EntrySheet = "meetings" | "members";

const isBlank = (value: CellValue) => value === null || value === "" || value === false;

function columnsOf(key: EntrySheet): readonly Column[] {
  return SHEETS[key].columns;
}

function fieldOfHeader(key: EntrySheet, header: string | null): string | null {
  if (header === null) return null;
  return columnsOf(key).find((column) => fold(column.header) === fold(header))?.key ?? null;
}

function rejected(message: string, problems: readonly FieldProblem[] = []): SaveResponse {
  return { ok: false, message, problems };
}

/** The table's header cells, each with the record's value under it. */
function tableRow(table: SheetTable, key: EntrySheet, record: RowRecord): CellValue[] {
  const header = table.rows[0] ?? [];
  return header.map((cell) => {
    const column = columnsOf(key).find(
      (candidate) => typeof cell === "string" && fold(candidate.header) === fold(cell),
    );
    return column ? (record[column.key] ?? null) : null;
  });
}

/** Fields with a value that the sheet has no column for. */
function missingColumns(table: SheetTable, key: EntrySheet, record: RowRecord): FieldProblem[] {
  const headers = new Set((table.rows[0] ?? []).map((cell) => fold(String(cell ?? ""))));
  return columnsOf(key)
    .filter((column) => !isBlank(record[column.key] ?? null) && !headers.has(fold(column.header)))
    .map((column) => ({
      severity: "error",
      field: column.key,
      message: `Trang "${table.name}" không có cột "${column.header}" ở dòng 1; hãy thêm cột này rồi lưu lại.`,
    }));
}

function checkedAndAppended(key: EntrySheet, record: RowRecord): SaveResponse {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const title = SHEETS[key].title;
  const tables = readWorkbookTables(spreadsheet);
  const table = findTable(tables, title);
  const sheet = table && spreadsheet.getSheetByName(table.name);
  if (!table || !sheet) {
    return rejected(`Chưa có trang "${title}"; hãy chạy menu Chi bộ 4 tốt → Khởi tạo bảng tính rồi thử lại.`);
  }
  const missing = missingColumns(table, key, record);
  if (missing.length > 0) return rejected("Chưa lưu: trang thiếu cột.", missing);

  const row = table.rows.length + 1;
  const candidate = tables.map((other) =>
    other === table ? { name: table.name, rows: [...table.rows, tableRow(table, key, record)] } : other,
  );
  const today = todayInVietnam();
  const outcome = assess(candidate, { today });
  if (!outcome.ok) return rejected(outcome.message);
  const problems: FieldProblem[] = outcome.assessment.evaluation.issues
    .filter((issue) => issue.row === row && fold(issue.sheet) === fold(table.name))
    .map((issue) => ({
      severity: issue.severity,
      field: fieldOfHeader(key, issue.column),
      message: issue.message,
    }));
  if (problems.some((problem) => problem.severity === "error")) {
    return rejected("Chưa lưu: hãy sửa các ô được đánh dấu.", problems);
  }

  const byHeader: Record<string, CellValue> = {};
  for (const column of columnsOf(key)) {
    const value = record[column.key] ?? null;
    if (!isBlank(value)) byHeader[column.header] = value;
  }
  const written = appendRowByHeader(sheet, byHeader);
  return {
    ok: true,
    sheet: table.name,
    row: written,
    warnings: problems,
    state: { ok: true, state: sidebarState(outcome.assessment, candidate, today) },
  };
}

export function saveRecord(key: EntrySheet, record: RowRecord): SaveResponse {
  const locked = withDocumentLock(() => checkedAndAppended(key, record));
  return locked.ok ? locked.value : rejected(locked.message);
}
