/** `getSidebarState`: everything the sidebar's first paint needs, in one server call. */
import { assess, type CalendarDate, type WorkbookTables } from "../../core/index";
import type { StateResponse } from "../../protocol/sidebar";
import { startView } from "../first-run/start-view";
import { todayInVietnam } from "../workbook/calendar";
import { readWorkbookTables } from "../workbook/read-tables";
import { sidebarState } from "./state-view";

export function stateOf(tables: WorkbookTables, today: CalendarDate): StateResponse {
  const outcome = assess(tables, { today });
  if (!outcome.ok) return { ok: false, message: outcome.message };
  return { ok: true, state: sidebarState(outcome.assessment, tables, today) };
}

export function getSidebarState(): StateResponse {
  const tables = readWorkbookTables(SpreadsheetApp.getActiveSpreadsheet());
  return { ...stateOf(tables, todayInVietnam()), start: startView(tables) };
}
