/**
 * An in-memory Google Sheets for the add-on's tests and bench: the globals Apps Script would give
 * the bundle (SpreadsheetApp, LockService, …), the data behind them, and helpers that type into
 * sheets the way a secretary does.
 */
import type { CalendarDate } from "../../../src/core/table";
import { dateSerial } from "../../../src/gas/workbook/calendar";
import { CallLog, counted } from "./call-log";
import { type DriveState, fakeDrive, newDriveState } from "./drive";
import { type AuthorizationState, FakeScriptApp, MANIFEST_SCOPES } from "./script-app";
import {
  AUTH_MODES,
  FakeHtmlService,
  FakeLockService,
  FakePropertiesService,
  FakeSession,
  FakeUtilities,
  type LockState,
  type PropertyStores,
} from "./services";
import { cellAt, newSheetData, type SheetData, type SpreadsheetData, valuesOf } from "./sheet-data";
import { type FakeSpreadsheet, FakeSpreadsheetApp, sheetApiFactory, spreadsheetApi } from "./spreadsheet";
import { FakeUi, newUiRecord, type UiRecord } from "./ui";
import { isDateFormat, storeEntered } from "./user-entered";
import type { World } from "./world";

export { CallLog } from "./call-log";
export type { DriveFileData, DriveState, PermissionData } from "./drive";
export { AuthorizationPrompt, type AuthorizationState, MANIFEST_SCOPES } from "./script-app";
export { AUTH_MODES } from "./services";
export type { CellData, SheetData, SpreadsheetData } from "./sheet-data";
export { valuesOf } from "./sheet-data";
export { BUTTONS } from "./ui";

export interface FakeOptions {
  readonly timeZone?: string;
  readonly locale?: string;
  readonly scriptTimeZone?: string;
  /** HTML files of the project by name (`sidebar`). */
  readonly files?: ReadonlyMap<string, string>;
  /** Tabs of a new spreadsheet; default one empty `Trang tính1`. */
  readonly sheetNames?: readonly string[];
  /** Scopes granted at the consent screen; default every scope of appsscript.json. */
  readonly grantedScopes?: readonly string[];
}

export interface FakeGoogle {
  /** Exactly the globals Apps Script gives a script. */
  readonly globals: Readonly<Record<string, unknown>>;
  readonly log: CallLog;
  readonly spreadsheet: SpreadsheetData;
  readonly ui: UiRecord;
  readonly lock: LockState;
  readonly properties: PropertyStores;
  /** The secretary's Drive as the advanced Drive service and SpreadsheetApp.openById see it. */
  readonly drive: DriveState;
  /** What the secretary granted at Google's consent screen, and the prompts shown since. */
  readonly authorization: AuthorizationState;
}

export function createFakeGoogle(options: FakeOptions = {}): FakeGoogle {
  const log = new CallLog();
  const spreadsheet: SpreadsheetData = {
    sheets: [],
    timeZone: options.timeZone ?? "Asia/Ho_Chi_Minh",
    locale: options.locale ?? "vi_VN",
    activeSheetId: null,
    toasts: [],
    nextSheetId: 1,
  };
  for (const name of options.sheetNames ?? ["Trang tính1"])
    spreadsheet.sheets.push(newSheetData(spreadsheet, name));
  const world: World = { log, spreadsheet, sheetApi: sheetApiFactory(log, () => world) };
  const ui = newUiRecord();
  const lock: LockState = { heldElsewhere: false, held: false, waits: [] };
  const properties: PropertyStores = { document: new Map(), script: new Map(), user: new Map() };
  const drive = newDriveState();
  const authorization: AuthorizationState = {
    granted: new Set(options.grantedScopes ?? MANIFEST_SCOPES),
    prompts: [],
  };
  const fakeUi = counted(new FakeUi(log, ui), "Ui", log);
  const fakeSpreadsheet = spreadsheetApi(world);
  const globals = {
    SpreadsheetApp: counted(
      new FakeSpreadsheetApp(log, fakeSpreadsheet, fakeUi, driveOpener(log, drive)),
      "SpreadsheetApp",
      log,
    ),
    LockService: counted(new FakeLockService(log, lock), "LockService", log),
    Utilities: counted(new FakeUtilities(), "Utilities", log),
    Session: counted(new FakeSession(options.scriptTimeZone ?? "Asia/Ho_Chi_Minh"), "Session", log),
    PropertiesService: counted(new FakePropertiesService(log, properties), "PropertiesService", log),
    HtmlService: counted(new FakeHtmlService(log, options.files ?? new Map()), "HtmlService", log),
    ScriptApp: counted(new FakeScriptApp(log, authorization), "ScriptApp", log),
    Drive: fakeDrive(drive, log),
  };
  return { globals, log, spreadsheet, ui, lock, properties, drive, authorization };
}

/** SpreadsheetApp.openById on the fake Drive: one Spreadsheet object per file, trashed ones too. */
function driveOpener(log: CallLog, drive: DriveState): (id: string) => FakeSpreadsheet {
  const opened = new Map<string, FakeSpreadsheet>();
  return (id) => {
    const file = drive.files.get(id);
    if (!file)
      throw new Error(
        "Exception: Unexpected error while getting the method or property openById on object SpreadsheetApp.",
      );
    let spreadsheet = opened.get(id);
    if (!spreadsheet) {
      const world: World = {
        log,
        spreadsheet: file.spreadsheet,
        sheetApi: sheetApiFactory(log, () => world),
      };
      spreadsheet = spreadsheetApi(world);
      opened.set(id, spreadsheet);
    }
    return spreadsheet;
  };
}

export function sheetNamed(google: FakeGoogle, name: string): SheetData {
  const sheet = google.spreadsheet.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`Fake: no sheet named "${name}"`);
  return sheet;
}

/** What a user types: a calendar day, or text/number/boolean as entered in the cell. */
export type Typed = CalendarDate | string | number | boolean | null;

const isDay = (value: Typed): value is CalendarDate => typeof value === "object" && value !== null;

/**
 * Types rows into a sheet from `firstRow` (1-based), as a secretary does: a day goes in as a date
 * (a serial shown dd/mm/yyyy), text is parsed as Sheets parses typing unless the cell is plain text.
 */
export function typeRows(sheet: SheetData, firstRow: number, rows: readonly (readonly Typed[])[]): void {
  rows.forEach((row, rowIndex) => {
    row.forEach((value, columnIndex) => {
      const cell = cellAt(sheet, firstRow + rowIndex, columnIndex + 1);
      if (isDay(value)) {
        cell.value = dateSerial(value);
        if (!isDateFormat(cell.numberFormat)) cell.numberFormat = "dd/mm/yyyy";
        cell.formula = "";
      } else storeEntered(cell, value ?? "");
    });
  });
  sheet.maxRows = Math.max(sheet.maxRows, firstRow + rows.length - 1);
}

/** A new tab holding `rows` (row 1 = headers), as if pasted in. */
export function addSheet(google: FakeGoogle, name: string, rows: readonly (readonly Typed[])[]): SheetData {
  const sheet = newSheetData(google.spreadsheet, name);
  google.spreadsheet.sheets.push(sheet);
  typeRows(sheet, 1, rows);
  return sheet;
}

/** Every stored value of every sheet, by name: to prove a command changed nothing. */
export function snapshot(google: FakeGoogle): Record<string, unknown[][]> {
  return Object.fromEntries(google.spreadsheet.sheets.map((sheet) => [sheet.name, valuesOf(sheet)]));
}
