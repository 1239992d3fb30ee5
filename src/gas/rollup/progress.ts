/**
 * What a roll-up has read so far, kept between clicks in a hidden sheet of the committee's spreadsheet:
 * one row per link read (the link, then what was read from it as JSON). Read in one getValues, grown by one
 * setValues per click, deleted once the roll-up is written.
 */
import type { RollupSource } from "../../core/index";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const PROGRESS_SHEET = "Tiến độ tổng hợp";
const HEADER = ["Đường liên kết", "Đã đọc (dữ liệu của Chi bộ 4 tốt, đừng sửa)"];
const TEXT_FORMAT = "@";

export interface Progress {
  readonly sheet: Sheet | null;
  /** Rows in the sheet, header included. */
  readonly rows: number;
  readonly read: ReadonlyMap<string, RollupSource>;
}

function parsed(json: unknown): RollupSource | null {
  try {
    const value = JSON.parse(String(json)) as RollupSource;
    return typeof value?.source === "string" && Array.isArray(value.results) && Array.isArray(value.failures)
      ? value
      : null;
  } catch {
    return null;
  }
}

export function loadProgress(spreadsheet: Spreadsheet): Progress {
  const sheet = spreadsheet.getSheetByName(PROGRESS_SHEET);
  if (!sheet) return { sheet: null, rows: 0, read: new Map() };
  const values = sheet.getDataRange().getValues();
  const read = new Map<string, RollupSource>();
  for (const [link, json] of values.slice(1)) {
    const source = parsed(json);
    if (typeof link === "string" && link !== "" && source) read.set(link, source);
  }
  return { sheet, rows: values.length, read };
}

/** Appends what this click read; the sheet is created hidden on the first click. */
export function saveProgress(
  spreadsheet: Spreadsheet,
  progress: Progress,
  sources: readonly RollupSource[],
): void {
  if (sources.length === 0) return;
  let sheet = progress.sheet;
  let rows: unknown[][] = sources.map((source) => [source.source, JSON.stringify(source)]);
  let first = progress.rows + 1;
  if (!sheet) {
    sheet = spreadsheet.insertSheet(PROGRESS_SHEET, spreadsheet.getNumSheets());
    sheet.hideSheet();
    rows = [HEADER, ...rows];
    first = 1;
  }
  if (first + rows.length - 1 > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), first + rows.length - 1 - sheet.getMaxRows());
  const range = sheet.getRange(first, 1, rows.length, HEADER.length);
  range.setNumberFormat(TEXT_FORMAT);
  range.setValues(rows);
}

export function clearProgress(spreadsheet: Spreadsheet, progress: Progress): void {
  if (progress.sheet) spreadsheet.deleteSheet(progress.sheet);
}
