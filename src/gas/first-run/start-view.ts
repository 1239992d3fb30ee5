/**
 * Where the spreadsheet stands on its first run, from the tables already read for the dashboard
 * and one property read: no input sheet yet (the welcome panel), sheets made but nothing typed
 * (the sample may be loaded), or the sample loaded (it may be removed).
 */
import {
  findTable,
  fold,
  headerOf,
  holdsData,
  SHEETS,
  type SheetTable,
  type WorkbookTables,
} from "../../core/index";
import type { StartNames, StartView } from "../../protocol/start";
import { readSampleRecord, SAMPLE_SHEETS } from "./sample-marks";

/** No row under the header holds anything (unchecked checkboxes hold nothing). */
function holdsNoRows(table: SheetTable): boolean {
  return table.rows.slice(1).every((row) => !row.some(holdsData));
}

/** `Thông tin chung` lists its items from Khởi tạo; it is untouched while no `Giá trị` is filled. */
function holdsNoValues(table: SheetTable): boolean {
  const valueColumn = (table.rows[0] ?? []).findIndex(
    (cell) => fold(String(cell ?? "")) === fold(headerOf("info", "value")),
  );
  if (valueColumn < 0) return holdsNoRows(table);
  return table.rows.slice(1).every((row) => !holdsData(row[valueColumn]));
}

export function isUntouched(tables: WorkbookTables): boolean {
  const info = findTable(tables, SHEETS.info.title);
  if (info && !holdsNoValues(info)) return false;
  return SAMPLE_SHEETS.every((key) => {
    const table = findTable(tables, SHEETS[key].title);
    return !table || holdsNoRows(table);
  });
}

const NAMES: StartNames = {
  info: SHEETS.info.title,
  infoValue: headerOf("info", "value"),
  members: SHEETS.members.title,
  meetings: SHEETS.meetings.title,
};

export function startView(tables: WorkbookTables): StartView {
  return {
    names: NAMES,
    initialized: tables.length > 0,
    empty: tables.length > 0 && isUntouched(tables),
    sample: readSampleRecord(PropertiesService.getDocumentProperties()) !== null,
  };
}
