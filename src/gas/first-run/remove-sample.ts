/**
 * **Xóa dữ liệu mẫu**: removes exactly the rows marked `[Dữ liệu mẫu]` and the `Thông tin chung`
 * values the sample wrote that still hold what it wrote. A row the secretary typed, wherever it
 * stands, moves up with its values, formulas and formats. Per sheet: three reads and two writes,
 * whatever the number of rows.
 */
import { fold, headerOf, SHEETS } from "../../core/index";
import type { SampleResponse } from "../../protocol/start";
import { withDocumentLock } from "../document-lock";
import { stateOf } from "../sidebar/state";
import { todayInVietnam } from "../workbook/calendar";
import { readWorkbookTables } from "../workbook/read-tables";
import {
  forgetSampleRecord,
  isSampleNote,
  noteHeader,
  readSampleRecord,
  SAMPLE_SHEETS,
  type SampleRecord,
  type SampleSheet,
} from "./sample-marks";
import { startView } from "./start-view";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function removeSampleYear(): SampleResponse {
  const locked = withDocumentLock(remove);
  return locked.ok ? locked.value : { ok: false, message: locked.message };
}

function remove(): SampleResponse {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const properties = PropertiesService.getDocumentProperties();
  const record = readSampleRecord(properties);
  const removed: string[] = [];
  let kept = 0;
  for (const key of SAMPLE_SHEETS) {
    const sheet = sheetTitled(spreadsheet, SHEETS[key].title);
    if (!sheet) continue;
    const outcome = removeMarkedRows(sheet, key);
    if (outcome.removed > 0) removed.push(`${outcome.removed} dòng ở ${sheet.getName()}`);
    kept += outcome.kept;
  }
  const cleared = record ? clearInfo(spreadsheet, record) : 0;
  forgetSampleRecord(properties);

  const after = readWorkbookTables(spreadsheet);
  const done =
    removed.length > 0 || cleared > 0
      ? `Đã xóa dữ liệu mẫu: ${[...removed, ...(cleared > 0 ? [`${cleared} mục ở Thông tin chung`] : [])].join(", ")}.`
      : "Không còn dòng mẫu nào để xóa.";
  const keptNote = kept > 0 ? ` Giữ nguyên ${kept} dòng bạn đã nhập.` : "";
  return {
    ok: true,
    message: `${done}${keptNote}`,
    state: { ...stateOf(after, todayInVietnam()), start: startView(after) },
  };
}

function sheetTitled(spreadsheet: Spreadsheet, title: string): Sheet | undefined {
  return spreadsheet.getSheets().find((sheet) => fold(sheet.getName()) === fold(title));
}

/** The rows under the header without the marked ones, closed up; the freed rows at the bottom left blank. */
function removeMarkedRows(sheet: Sheet, key: SampleSheet): { removed: number; kept: number } {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const header = values[0] ?? [];
  const noteColumn = header.findIndex((cell) => fold(String(cell ?? "")) === fold(noteHeader(key)));
  if (noteColumn < 0 || values.length < 2) return { removed: 0, kept: 0 };
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  const keptRows: unknown[][] = [];
  const keptFormats: string[][] = [];
  const freedFormats: string[][] = [];
  for (let row = 1; row < values.length; row++) {
    const rowValues = values[row] ?? [];
    const rowFormats = formats[row] ?? [];
    if (isSampleNote(rowValues[noteColumn])) {
      freedFormats.push(rowFormats);
      continue;
    }
    // A formula is written back as the formula, never as the value it showed.
    keptRows.push(rowValues.map((value, column) => formulas[row]?.[column] || value));
    keptFormats.push(rowFormats);
  }
  if (freedFormats.length === 0) return { removed: 0, kept: keptRows.length };
  const body = sheet.getRange(2, 1, values.length - 1, header.length);
  const blank = freedFormats.map(() => header.map(() => ""));
  // Formats first, so a kept text cell such as `=x` typed as text stays text.
  body.setNumberFormats([...keptFormats, ...freedFormats]);
  body.setValues([...keptRows, ...blank]);
  return { removed: freedFormats.length, kept: keptRows.filter((row) => row.some(holds)).length };
}

const holds = (value: unknown) => value !== "" && value !== null && value !== false;

/** Clears the items the sample filled that still hold its value; returns how many. */
function clearInfo(spreadsheet: Spreadsheet, record: SampleRecord): number {
  const sheet = sheetTitled(spreadsheet, SHEETS.info.title);
  if (!sheet) return 0;
  const range = sheet.getDataRange();
  const values = range.getValues();
  const header = values[0] ?? [];
  const itemColumn = header.findIndex((cell) => fold(String(cell ?? "")) === fold(headerOf("info", "item")));
  const valueColumn = header.findIndex(
    (cell) => fold(String(cell ?? "")) === fold(headerOf("info", "value")),
  );
  if (itemColumn < 0 || valueColumn < 0 || values.length < 2) return 0;
  const formulas = range.getFormulas();
  const written = new Map(Object.entries(record.info).map(([label, value]) => [fold(label), value] as const));
  let cleared = 0;
  const column = values.slice(1).map((row, index) => {
    const value = row[valueColumn];
    const sample = written.get(fold(String(row[itemColumn] ?? "")));
    const formula = formulas[index + 1]?.[valueColumn] ?? "";
    if (sample === undefined || formula || String(value ?? "").trim() !== String(sample)) {
      return [formula || value];
    }
    cleared++;
    return [""];
  });
  if (cleared > 0) sheet.getRange(2, valueColumn + 1, column.length, 1).setValues(column);
  return cleared;
}
