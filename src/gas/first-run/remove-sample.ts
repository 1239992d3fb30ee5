/**
 * **Xóa dữ liệu mẫu**: removes exactly the rows marked `[Dữ liệu mẫu]` and the `Thông tin chung`
 * values the sample wrote that still hold what it wrote, and the `Đảng phí` rows of the sample's
 * members (Theo dõi đảng phí lists them). A row the secretary typed, wherever it stands, moves up
 * with its values, formulas and formats. Per sheet: three reads and two writes, whatever the rows.
 */
import { sampleYear } from "../../../examples/sample-year";
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
} from "./sample-marks";
import { startView } from "./start-view";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function removeSampleYear(): SampleResponse {
  const locked = withDocumentLock(remove);
  return locked.ok ? locked.value : { ok: false, message: locked.message };
}

function remove(): SampleResponse {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const properties = PropertiesService.getDocumentProperties();
  const record = readSampleRecord(properties);
  const tabs = spreadsheet.getSheets().map((sheet) => ({ sheet, name: fold(sheet.getName()) }));
  const sheetTitled = (title: string): Sheet | undefined =>
    tabs.find((tab) => tab.name === fold(title))?.sheet;
  const removed: string[] = [];
  let kept = 0;
  let memberNames = new Set<string>();
  for (const key of SAMPLE_SHEETS) {
    const sheet = sheetTitled(SHEETS[key].title);
    if (!sheet) continue;
    const outcome = removeRows(sheet, columnTitled(noteHeader(key)), isSampleNote);
    if (outcome.removed > 0) removed.push(`${outcome.removed} dòng ở ${sheet.getName()}`);
    kept += outcome.kept;
    if (key === "members") memberNames = outcome.keptValues(headerOf("members", "name"));
  }
  // Theo dõi đảng phí lists the members of the day: the sample's own, unmarked. Their rows go with
  // them, unless the secretary has a member of that very name.
  const dues = sheetTitled(SHEETS.dues.title);
  if (dues) {
    const sampleNames = new Set(sampleYear().rows.members.map((member) => fold(String(member["Họ và tên"]))));
    const outcome = removeRows(
      dues,
      columnTitled(headerOf("dues", "name")),
      (name) => sampleNames.has(fold(String(name ?? ""))) && !memberNames.has(fold(String(name ?? ""))),
    );
    if (outcome.removed > 0) removed.push(`${outcome.removed} dòng ở ${dues.getName()}`);
    kept += outcome.kept;
  }
  const cleared = record ? clearInfo(sheetTitled(SHEETS.info.title), record) : 0;
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

const columnTitled = (title: string) => (header: readonly unknown[]) =>
  header.findIndex((cell) => fold(String(cell ?? "")) === fold(title));

interface Removal {
  readonly removed: number;
  /** Rows kept that hold something. */
  readonly kept: number;
  /** The folded values of a column over the rows kept. */
  readonly keptValues: (header: string) => Set<string>;
}

/**
 * The rows under the header without those whose cell in the chosen column is the sample's, closed
 * up; the freed rows at the bottom left blank. Three reads and two writes, whatever the rows.
 */
function removeRows(
  sheet: Sheet,
  columnOf: (header: readonly unknown[]) => number,
  isSample: (cell: unknown) => boolean,
): Removal {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const header = values[0] ?? [];
  const column = columnOf(header);
  const keptRows: unknown[][] = [];
  const keptValues = (title: string) => {
    const index = columnTitled(title)(header);
    return new Set(keptRows.map((row) => fold(String(row[index] ?? ""))).filter(Boolean));
  };
  if (column < 0 || values.length < 2) return { removed: 0, kept: 0, keptValues };
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  const keptFormats: string[][] = [];
  const freedFormats: string[][] = [];
  for (let row = 1; row < values.length; row++) {
    const rowValues = values[row] ?? [];
    const rowFormats = formats[row] ?? [];
    if (isSample(rowValues[column])) {
      freedFormats.push(rowFormats);
      continue;
    }
    // A formula is written back as the formula, never as the value it showed.
    keptRows.push(rowValues.map((value, index) => formulas[row]?.[index] || value));
    keptFormats.push(rowFormats);
  }
  const kept = keptRows.filter((row) => row.some(holds)).length;
  if (freedFormats.length === 0) return { removed: 0, kept, keptValues };
  const body = sheet.getRange(2, 1, values.length - 1, header.length);
  const blank = freedFormats.map(() => header.map(() => ""));
  // Formats first, so a kept text cell such as `=x` typed as text stays text.
  body.setNumberFormats([...keptFormats, ...freedFormats]);
  body.setValues([...keptRows, ...blank]);
  return { removed: freedFormats.length, kept, keptValues };
}

const holds = (value: unknown) => value !== "" && value !== null && value !== false;

/** Clears the items the sample filled that still hold its value; returns how many. */
function clearInfo(sheet: Sheet | undefined, record: SampleRecord): number {
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
