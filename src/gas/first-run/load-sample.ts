/**
 * **Dùng thử với dữ liệu mẫu**: types the sample year (a fictional cell, 2024) into the empty sheets
 * Khởi tạo made, every row marked `[Dữ liệu mẫu]` in `Ghi chú`. Only on a spreadsheet where nothing
 * was typed yet; per sheet one read of formats and one write of formats and of values.
 */
import type { SampleRow, SampleValue } from "../../../examples/sample-data";
import { sampleYear } from "../../../examples/sample-year";
import {
  DATE_FORMAT,
  findTable,
  fold,
  headerOf,
  SHEETS,
  type WorkbookTables,
  YES_NO,
} from "../../core/index";
import type { SampleResponse } from "../../protocol/start";
import { withDocumentLock } from "../document-lock";
import { stateOf } from "../sidebar/state";
import { dateSerial, todayInVietnam } from "../workbook/calendar";
import { readWorkbookTables } from "../workbook/read-tables";
import {
  markedNote,
  noteHeader,
  readSampleRecord,
  SAMPLE_NOTE,
  SAMPLE_SHEETS,
  writeSampleRecord,
} from "./sample-marks";
import { isUntouched, startView } from "./start-view";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const TEXT_FORMAT = "@";
/** The sample's superior committee is fictional: no address is filled, so nothing can be shared by mistake. */
const UNFILLED_ITEMS = new Set([fold("Email cấp ủy cấp trên")]);

const refused = (message: string): SampleResponse => ({ ok: false, message });

export function loadSampleYear(): SampleResponse {
  const locked = withDocumentLock(load);
  return locked.ok ? locked.value : refused(locked.message);
}

function load(): SampleResponse {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const properties = PropertiesService.getDocumentProperties();
  if (readSampleRecord(properties)) return refused("Bảng tính đã có dữ liệu mẫu.");
  const tables = readWorkbookTables(spreadsheet);
  const missing = [SHEETS.info.title, ...SAMPLE_SHEETS.map((key) => SHEETS[key].title)].filter(
    (title) => !findTable(tables, title),
  );
  if (missing.length > 0) {
    return refused(
      `Chưa có trang ${missing.join(", ")}. Hãy bấm Khởi tạo bảng tính trước, rồi mới dùng thử dữ liệu mẫu.`,
    );
  }
  if (!isUntouched(tables)) {
    return refused(
      "Bảng tính đã có dữ liệu bạn nhập, nên không điền dữ liệu mẫu (dữ liệu mẫu chỉ dùng cho bảng tính còn trống).",
    );
  }
  const targets = SAMPLE_SHEETS.map((key) => target(spreadsheet, tables, key));
  const withoutNote = targets.filter((entry) => entry.noteColumn < 0).map((entry) => entry.name);
  if (withoutNote.length > 0) {
    return refused(`Trang ${withoutNote.join(", ")} không có cột "Ghi chú", nơi đánh dấu các dòng mẫu.`);
  }

  const sample = sampleYear();
  for (const entry of targets) writeRows(entry, sample.rows[entry.key]);
  const info = writeInfo(spreadsheet, tables, sample.info);
  writeSampleRecord(properties, { info });

  const after = readWorkbookTables(spreadsheet);
  const counts = targets.map((entry) => `${sample.rows[entry.key].length} dòng ở ${entry.name}`);
  return {
    ok: true,
    message:
      `Đã điền dữ liệu mẫu của một chi bộ giả định, năm ${sample.info["Năm đánh giá"]}: ${counts.join(", ")}. ` +
      `Mỗi dòng mẫu có chữ ${SAMPLE_NOTE} ở cột Ghi chú. Khi đã xem xong, bấm Xóa dữ liệu mẫu rồi nhập dữ liệu của chi bộ.`,
    state: { ...stateOf(after, todayInVietnam()), start: startView(after) },
  };
}

interface Target {
  readonly key: (typeof SAMPLE_SHEETS)[number];
  readonly name: string;
  readonly sheet: Sheet;
  readonly header: readonly unknown[];
  readonly noteColumn: number;
}

function target(spreadsheet: Spreadsheet, tables: WorkbookTables, key: Target["key"]): Target {
  const table = findTable(tables, SHEETS[key].title);
  const name = table?.name ?? SHEETS[key].title;
  const sheet = spreadsheet.getSheetByName(name);
  if (!table || !sheet) throw new Error(`Không mở được trang "${name}".`);
  const header = table.rows[0] ?? [];
  const noteColumn = header.findIndex((cell) => fold(String(cell ?? "")) === fold(noteHeader(key)));
  return { key, name, sheet, header, noteColumn };
}

/** The sample's rows under the header, from row 2, each value in the column its header names. */
function writeRows(entry: Target, records: readonly SampleRow[]): void {
  if (records.length === 0) return;
  const { sheet, header, noteColumn } = entry;
  const columnOf = new Map(header.map((cell, index) => [fold(String(cell ?? "")), index] as const));
  const lastRow = records.length + 1;
  if (sheet.getMaxRows() < lastRow) sheet.insertRowsAfter(sheet.getMaxRows(), lastRow - sheet.getMaxRows());
  const range = sheet.getRange(2, 1, records.length, header.length);
  const formats = range.getNumberFormats();
  const values = records.map((record, index) => {
    const row: unknown[] = header.map(() => "");
    const rowFormats = formats[index] ?? [];
    for (const [name, value] of Object.entries(record)) {
      const column = columnOf.get(fold(name));
      if (column === undefined || column === noteColumn || value === null || value === "") continue;
      row[column] = cellOf(value);
      if (Array.isArray(value)) rowFormats[column] = DATE_FORMAT;
      else if (typeof value === "string") rowFormats[column] = TEXT_FORMAT;
    }
    row[noteColumn] = markedNote(record[noteHeader(entry.key)]);
    rowFormats[noteColumn] = TEXT_FORMAT;
    return row;
  });
  range.setNumberFormats(formats);
  range.setValues(values);
}

function cellOf(value: SampleValue): unknown {
  if (Array.isArray(value)) {
    const [year, month, day] = value as readonly [number, number, number];
    return dateSerial({ year, month, day });
  }
  return value;
}

const yesNo = (value: boolean) => (value ? YES_NO[0].label : YES_NO[1].label);

/** The `Giá trị` of each item the sample knows, in one write; returns what was written, by item. */
function writeInfo(
  spreadsheet: Spreadsheet,
  tables: WorkbookTables,
  info: Readonly<Record<string, SampleValue>>,
): Record<string, string | number> {
  const table = findTable(tables, SHEETS.info.title);
  const sheet = table && spreadsheet.getSheetByName(table.name);
  if (!table || !sheet || table.rows.length < 2) return {};
  const header = table.rows[0] ?? [];
  const itemColumn = header.findIndex((cell) => fold(String(cell ?? "")) === fold(headerOf("info", "item")));
  const valueColumn = header.findIndex(
    (cell) => fold(String(cell ?? "")) === fold(headerOf("info", "value")),
  );
  if (itemColumn < 0 || valueColumn < 0) return {};
  const byItem = new Map(Object.entries(info).map(([label, value]) => [fold(label), value] as const));
  const written: Record<string, string | number> = {};
  const column = table.rows.slice(1).map((row) => {
    const label = String(row[itemColumn] ?? "");
    const value = byItem.get(fold(label));
    if (value === undefined || value === null || value === "" || UNFILLED_ITEMS.has(fold(label))) return [""];
    const cell = typeof value === "boolean" ? yesNo(value) : (value as string | number);
    written[label] = cell;
    return [cell];
  });
  sheet.getRange(2, valueColumn + 1, column.length, 1).setValues(column);
  return written;
}
