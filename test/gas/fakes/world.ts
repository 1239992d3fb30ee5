/** What every fake of one spreadsheet shares: the call log, the data, and one API object per sheet. */
import type { CallLog } from "./call-log";
import type { SheetData, SpreadsheetData } from "./sheet-data";

export interface World {
  readonly log: CallLog;
  readonly spreadsheet: SpreadsheetData;
  /** The (counted) Sheet object of a sheet's data. */
  sheetApi(data: SheetData): unknown;
}
