/**
 * Sidebar `Ghi đảng phí`: a month's members and marks, and saving the ticks as one batched write of that
 * month's column; the dashboard is assessed from the workbook as written, without reading it again.
 */
import { type CalendarDate, duesMonthView, planDuesMonthWrite, type WorkbookTables } from "../../core/index";
import type {
  DuesMonthResponse,
  DuesSaveRequest,
  DuesSaveResponse,
  TrackDuesResponse,
} from "../../protocol/dues";
import { trackDuesIn } from "../commands/track-dues";
import { withDocumentLock } from "../document-lock";
import { todayInVietnam } from "../workbook/calendar";
import { writeDuesMonth } from "../workbook/dues-column";
import { readWorkbookTables } from "../workbook/read-tables";
import { stateOf } from "./state";

function monthOf(tables: WorkbookTables, month: number | null, today: CalendarDate): DuesMonthResponse {
  const viewed = duesMonthView(tables, month, today);
  if (viewed.ok) return { ok: true, view: viewed.value };
  return { ok: false, message: viewed.message, sheetMissing: viewed.sheetMissing === true };
}

export function getDuesMonth(month: number | null): DuesMonthResponse {
  return monthOf(readWorkbookTables(SpreadsheetApp.getActiveSpreadsheet()), month, todayInVietnam());
}

const paidWord = (count: number) => `${count} đảng viên đã đóng`;

function saved(request: DuesSaveRequest): DuesSaveResponse {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const planned = planDuesMonthWrite(readWorkbookTables(spreadsheet), request);
  if (!planned.ok) return { ok: false, message: planned.message };
  const write = planned.value;
  const sheet = spreadsheet.getSheetByName(write.sheet);
  if (!sheet) return { ok: false, message: `Không mở được trang "${write.sheet}"; hãy thử lại.` };
  writeDuesMonth(sheet, write);
  const viewed = duesMonthView(write.tables, request.month, todayInVietnam());
  if (!viewed.ok) return { ok: false, message: viewed.message };
  const parts = [
    write.paidRows.length + write.newRows.length > 0
      ? paidWord(write.paidRows.length + write.newRows.length)
      : "",
    write.clearedRows.length > 0 ? `${write.clearedRows.length} đảng viên bỏ dấu đã đóng` : "",
    write.newRows.length > 0 ? `thêm ${write.newRows.length} dòng mới` : "",
  ].filter(Boolean);
  return {
    ok: true,
    message:
      parts.length > 0
        ? `Đã ghi đảng phí tháng ${request.month}: ${parts.join(", ")}.`
        : `Đảng phí tháng ${request.month} không có gì thay đổi.`,
    view: viewed.value,
    state: stateOf(write.tables, todayInVietnam()),
  };
}

export function saveDuesMonth(request: DuesSaveRequest): DuesSaveResponse {
  const locked = withDocumentLock(() => saved(request));
  return locked.ok ? locked.value : { ok: false, message: locked.message };
}

export function trackDuesFromSidebar(): TrackDuesResponse {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const today = todayInVietnam();
  const locked = withDocumentLock(() => {
    const tracked = trackDuesIn(spreadsheet, today);
    if (!tracked.ok) return { ok: false as const, message: tracked.message };
    const tables = readWorkbookTables(spreadsheet);
    return {
      ok: true as const,
      message: tracked.message,
      dues: monthOf(tables, null, today),
      state: stateOf(tables, today),
    };
  });
  return locked.ok ? locked.value : { ok: false, message: locked.message };
}
