/** Spreadsheet and SpreadsheetApp: tabs, time zone, locale, toasts, the active document. */
import { type CallLog, counted } from "./call-log";
import { FakeDataValidationBuilder } from "./data-validation";
import { FakeSheet } from "./sheet";
import { newSheetData, type SheetData } from "./sheet-data";
import type { Assert, FakeOf, OnlyReal } from "./surface";
import type { FakeUi } from "./ui";
import { registerWorld, type World } from "./world";

type Real = GoogleAppsScript.Spreadsheet.Spreadsheet;
type RealApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

type Checked =
  | "getSheets"
  | "getSheetByName"
  | "getNumSheets"
  | "deleteSheet"
  | "getActiveSheet"
  | "getSpreadsheetTimeZone"
  | "setSpreadsheetTimeZone"
  | "getSpreadsheetLocale"
  | "setSpreadsheetLocale"
  | "getId"
  | "getName"
  | "getUrl"
  | "rename";

export class FakeSpreadsheet implements FakeOf<Real, Checked, "insertSheet" | "toast"> {
  constructor(private readonly world: World) {}

  getSheets(): unknown[] {
    return this.world.spreadsheet.sheets.map((data) => this.world.sheetApi(data));
  }
  getSheetByName(name: string): unknown {
    const data = this.world.spreadsheet.sheets.find((sheet) => sheet.name === name);
    return data ? this.world.sheetApi(data) : null;
  }
  getNumSheets(): number {
    return this.world.spreadsheet.sheets.length;
  }
  /** insertSheet(name?, index?) — the forms the add-on uses. */
  insertSheet(...args: unknown[]): unknown {
    const [name, index] = args;
    const sheets = this.world.spreadsheet.sheets;
    const title = typeof name === "string" ? name : `Trang tính${this.world.spreadsheet.nextSheetId}`;
    if (sheets.some((sheet) => sheet.name.toLowerCase() === title.toLowerCase())) {
      throw new Error(
        `Exception: A sheet with the name "${title}" already exists. Please enter another name.`,
      );
    }
    const data = newSheetData(this.world.spreadsheet, title);
    const at = typeof index === "number" ? index : sheets.length;
    if (at < 0 || at > sheets.length) throw new Error(`Exception: Invalid sheet index ${at}`);
    sheets.splice(at, 0, data);
    this.world.spreadsheet.activeSheetId = data.id;
    return this.world.sheetApi(data);
  }
  deleteSheet(sheet: unknown): void {
    const sheets = this.world.spreadsheet.sheets;
    if (sheets.length === 1) throw new Error("Exception: You can't remove all the sheets in a document.");
    const id = (sheet as FakeSheet).getSheetId();
    const index = sheets.findIndex((data) => data.id === id);
    if (index < 0) throw new Error("Exception: Sheet not found");
    sheets.splice(index, 1);
  }
  getActiveSheet(): unknown {
    const { sheets, activeSheetId } = this.world.spreadsheet;
    const data = sheets.find((sheet) => sheet.id === activeSheetId) ?? sheets[0];
    return data ? this.world.sheetApi(data) : null;
  }
  getSpreadsheetTimeZone(): string {
    return this.world.spreadsheet.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.world.spreadsheet.timeZone = timezone;
  }
  getSpreadsheetLocale(): string {
    return this.world.spreadsheet.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.world.spreadsheet.locale = locale;
  }
  toast(...args: unknown[]): void {
    const [message, title] = args;
    this.world.spreadsheet.toasts.push({ message: String(message), title: String(title ?? "") });
  }
  getId(): string {
    return this.world.spreadsheet.id ?? "fake-spreadsheet";
  }
  getName(): string {
    return this.world.spreadsheet.name ?? "Chi bộ (bản thử)";
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.getId()}/edit`;
  }
  rename(newName: string): void {
    this.world.spreadsheet.name = newName;
  }
}

/** The counted Spreadsheet of a world, known to `Sheet.copyTo` as a destination. */
export function spreadsheetApi(world: World): FakeSpreadsheet {
  const spreadsheet = counted(new FakeSpreadsheet(world), "Spreadsheet", world.log);
  registerWorld(spreadsheet, world);
  return spreadsheet;
}

export const BORDER_STYLES = {
  SOLID: "SOLID",
  DOTTED: "DOTTED",
  DASHED: "DASHED",
  SOLID_MEDIUM: "SOLID_MEDIUM",
};
export const DATA_VALIDATION_CRITERIA = {
  VALUE_IN_LIST: "VALUE_IN_LIST",
  CHECKBOX: "CHECKBOX",
  DATE_IS_VALID_DATE: "DATE_IS_VALID_DATE",
};

export class FakeSpreadsheetApp
  implements
    FakeOf<
      RealApp,
      | "getActiveSpreadsheet"
      | "getActive"
      | "getUi"
      | "newDataValidation"
      | "flush"
      | "openById"
      | "openByUrl"
    >
{
  readonly BorderStyle = BORDER_STYLES;
  readonly DataValidationCriteria = DATA_VALIDATION_CRITERIA;

  constructor(
    private readonly log: CallLog,
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly ui: FakeUi,
    /** Opens a spreadsheet of the fake Drive by id; throws as the real one does when it cannot. */
    private readonly open: (id: string) => FakeSpreadsheet,
    /** Opens a spreadsheet shared with the account running the script, by its link. */
    private readonly openLink: (url: string) => FakeSpreadsheet = () => {
      throw new Error("Exception: Invalid argument: url");
    },
  ) {}

  getActiveSpreadsheet(): FakeSpreadsheet {
    return this.spreadsheet;
  }
  getActive(): FakeSpreadsheet {
    return this.spreadsheet;
  }
  getUi(): FakeUi {
    return this.ui;
  }
  newDataValidation(): FakeDataValidationBuilder {
    return counted(new FakeDataValidationBuilder(this.log), "DataValidationBuilder", this.log);
  }
  flush(): void {}
  openById(id: string): FakeSpreadsheet {
    return this.open(id);
  }
  openByUrl(url: string): FakeSpreadsheet {
    return this.openLink(url);
  }
}

/** One Sheet object per tab, so identity holds like the real API's equality of ids. */
export function sheetApiFactory(log: CallLog, world: () => World): (data: SheetData) => FakeSheet {
  const made = new WeakMap<SheetData, FakeSheet>();
  return (data) => {
    let sheet = made.get(data);
    if (!sheet) {
      sheet = counted(new FakeSheet(world(), data), "Sheet", log);
      made.set(data, sheet);
    }
    return sheet;
  };
}

type _SpreadsheetIsReal = Assert<OnlyReal<FakeSpreadsheet, Real>>;
type _AppIsReal = Assert<OnlyReal<FakeSpreadsheetApp, RealApp>>;
