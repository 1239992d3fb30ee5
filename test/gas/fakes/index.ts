/**
 * An in-memory Google Sheets for the add-on's tests and bench: the globals Apps Script would give
 * the bundle (SpreadsheetApp, LockService, …), the data behind them, and helpers that type into
 * sheets the way a secretary does.
 */

import vm from "node:vm";
import type { CalendarDate } from "../../../src/core/table";
import { dateSerial } from "../../../src/gas/workbook/calendar";
import { CallLog, counted } from "./call-log";
import { type DriveState, fakeDrive, newDriveState } from "./drive";
import { type AuthorizationState, FakeScriptApp, MANIFEST_SCOPES } from "./script-app";
import {
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
  /** Simulated time: what Date.now() gives a bundle loaded with `useFakeClock`. */
  readonly clock: FakeClock;
}

/** Time as the bundle sees it, moved on by the calls that take long on Google's side. */
export interface FakeClock {
  /** Milliseconds since the epoch. */
  now: number;
  /** How long SpreadsheetApp.openByUrl takes (a few hundred ms to a few seconds on Google). */
  openLatencyMs: number;
  /** When the current execution started: Apps Script stops a run at 6 minutes. Null: no limit. */
  runStartedAt: number | null;
}

/** Apps Script's limit on one execution. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

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
  const clock: FakeClock = { now: Date.UTC(2025, 0, 15, 2), openLatencyMs: 0, runStartedAt: null };
  const openById = driveOpener(log, drive);
  const fakeUi = counted(new FakeUi(log, ui), "Ui", log);
  const fakeSpreadsheet = spreadsheetApi(world);
  const globals = {
    SpreadsheetApp: counted(
      new FakeSpreadsheetApp(log, fakeSpreadsheet, fakeUi, openById, urlOpener(drive, clock, openById)),
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
  return { globals, log, spreadsheet, ui, lock, properties, drive, authorization, clock };
}

/** `https://docs.google.com/spreadsheets/d/<id>/edit?usp=sharing` and the like. */
const SPREADSHEET_URL = /^https:\/\/docs\.google\.com\/spreadsheets\/d\/([A-Za-z0-9_-]+)(?:[/?#].*)?$/;

/**
 * SpreadsheetApp.openByUrl: Google throws a scripting exception when the URL is not a spreadsheet's,
 * when the file does not exist, or when the account running the script may not see it.
 */
function urlOpener(
  drive: DriveState,
  clock: FakeClock,
  openById: (id: string) => FakeSpreadsheet,
): (url: string) => FakeSpreadsheet {
  return (url) => {
    const id = SPREADSHEET_URL.exec(url)?.[1];
    if (!id) throw new Error("Exception: Invalid argument: url");
    clock.now += clock.openLatencyMs;
    if (clock.runStartedAt !== null && clock.now - clock.runStartedAt > EXECUTION_LIMIT_MS) {
      throw new Error("Exceeded maximum execution time");
    }
    const file = drive.files.get(id);
    if (!file) {
      throw new Error(
        "Exception: Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.",
      );
    }
    if (!file.permissions.some((permission) => permission.emailAddress === drive.owner)) {
      throw new Error("Exception: You do not have permission to access the requested document.");
    }
    return openById(id);
  };
}

/** Makes Date.now() in the loaded bundle read the fake clock. */
export function useFakeClock(context: object, google: FakeGoogle): void {
  const contextDate = (context as { Date?: DateConstructor }).Date;
  const date = contextDate ?? (vm.runInContext("Date", context as vm.Context) as DateConstructor);
  date.now = () => google.clock.now;
}

export interface SharedFile {
  readonly name: string;
  /** Who owns it (the cell's secretary). */
  readonly owner: string;
  /** Who may view it (the running account, when shared with the committee). */
  readonly viewers: readonly string[];
  /** Tabs and their values, stored as they were written: text as text. */
  readonly sheets: readonly { readonly name: string; readonly rows: readonly (readonly unknown[])[] }[];
}

/** A spreadsheet on Drive, as a cell shares it; returns its link as the share e-mail gives it. */
export function addSharedFile(google: FakeGoogle, file: SharedFile): string {
  const id = `shared-${google.drive.nextId++}`;
  const data: SpreadsheetData = {
    id,
    name: file.name,
    sheets: [],
    timeZone: "Asia/Ho_Chi_Minh",
    locale: "vi_VN",
    activeSheetId: null,
    toasts: [],
    nextSheetId: 1,
  };
  for (const tab of file.sheets) {
    const sheet = newSheetData(data, tab.name);
    tab.rows.forEach((row, rowIndex) => {
      row.forEach((value, columnIndex) => {
        if (value === "" || value === null || value === undefined) return;
        const cell = cellAt(sheet, rowIndex + 1, columnIndex + 1);
        cell.value = value;
        cell.numberFormat = typeof value === "string" ? "@" : "";
      });
    });
    data.sheets.push(sheet);
  }
  google.drive.files.set(id, {
    id,
    spreadsheet: data,
    trashed: false,
    permissions: [
      { id: "owner", type: "user", role: "owner", emailAddress: file.owner },
      ...file.viewers.map((email, index) => ({
        id: `viewer-${index}`,
        type: "user",
        role: "reader",
        emailAddress: email.toLowerCase(),
      })),
    ],
  });
  return `https://docs.google.com/spreadsheets/d/${id}/edit?usp=sharing`;
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
