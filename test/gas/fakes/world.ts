/** What every fake of one spreadsheet shares: the call log, the data, and one API object per sheet. */
import type { CallLog } from "./call-log";
import type { SheetData, SpreadsheetData } from "./sheet-data";

export interface World {
  readonly log: CallLog;
  readonly spreadsheet: SpreadsheetData;
  /** The (counted) Sheet object of a sheet's data. */
  sheetApi(data: SheetData): unknown;
}

/** The World behind each counted Spreadsheet, so `Sheet.copyTo(spreadsheet)` can reach its data. */
const worlds = new WeakMap<object, World>();

export function registerWorld(spreadsheet: object, world: World): void {
  worlds.set(spreadsheet, world);
}

export function worldOf(spreadsheet: unknown): World {
  const world = typeof spreadsheet === "object" && spreadsheet !== null ? worlds.get(spreadsheet) : undefined;
  if (!world) throw new Error("Exception: Invalid argument: spreadsheet");
  return world;
}
