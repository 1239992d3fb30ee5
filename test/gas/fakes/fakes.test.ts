import { describe, expect, it } from "vitest";
import { createFakeGoogle, sheetNamed, typeRows, valuesOf } from "./index";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function fakeSpreadsheet(options: Parameters<typeof createFakeGoogle>[0] = {}) {
  const google = createFakeGoogle(options);
  const app = google.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const spreadsheet = app.getActiveSpreadsheet() as unknown as Spreadsheet;
  const sheet = spreadsheet.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
  google.log.reset();
  return { google, app, spreadsheet, sheet };
}

describe("the fake Range", () => {
  it("is 1-based and gives getValues() one array per row with '' for empty cells", () => {
    const { sheet } = fakeSpreadsheet();
    sheet.getRange(2, 3).setValue("x");
    expect(sheet.getRange(1, 1, 2, 3).getValues()).toEqual([
      ["", "", ""],
      ["", "", "x"],
    ]);
    expect(sheet.getRange("C2").getValue()).toBe("x");
  });

  it("throws when setValues() gets a matrix of another size", () => {
    const { sheet } = fakeSpreadsheet();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(/number of rows/);
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(/number of columns/);
  });

  it("throws for a range outside the sheet", () => {
    const { sheet } = fakeSpreadsheet();
    expect(() => sheet.getRange(0, 1)).toThrow(/outside the dimensions/);
    expect(() => sheet.getRange(1001, 1)).toThrow(/outside the dimensions/);
  });

  it("reads a date cell as a Date at midnight in the spreadsheet's time zone", () => {
    const { google, sheet } = fakeSpreadsheet({ timeZone: "Asia/Ho_Chi_Minh" });
    typeRows(sheetNamed(google, sheet.getName()), 1, [[{ year: 2023, month: 7, day: 3 }]]);
    const value = sheet.getRange(1, 1).getValue() as Date;
    expect(Object.prototype.toString.call(value)).toBe("[object Date]");
    expect(value.toISOString()).toBe("2023-07-02T17:00:00.000Z");
  });

  it("parses written strings as typing unless the cell is plain text", () => {
    const { sheet } = fakeSpreadsheet();
    sheet.getRange(1, 1, 1, 4).setValues([["=1+1", "-x", "42", "90%"]]);
    expect(sheet.getRange(1, 1, 1, 4).getFormulas()).toEqual([["=1+1", "=-x", "", ""]]);
    expect(sheet.getRange(1, 3, 1, 2).getValues()).toEqual([[42, 0.9]]);
    const text = sheet.getRange(2, 1, 1, 4);
    text.setNumberFormat("@").setValues([["=1+1", "-x", "42", "90%"]]);
    expect(text.getValues()).toEqual([["=1+1", "-x", "42", "90%"]]);
    expect(text.getFormulas()).toEqual([["", "", "", ""]]);
  });

  it("keeps notes and data validation rules per cell", () => {
    const { app, sheet } = fakeSpreadsheet();
    const rule = app
      .newDataValidation()
      .requireValueInList(["Có", "Không"], true)
      .setAllowInvalid(false)
      .build();
    sheet.getRange(1, 1, 1, 2).setNotes([["a", "b"]]);
    sheet.getRange(2, 1, 2, 1).setDataValidations([[rule], [null]]);
    expect(sheet.getRange(1, 1, 1, 2).getNotes()).toEqual([["a", "b"]]);
    const [[first], [second]] = sheet.getRange(2, 1, 2, 1).getDataValidations() as [
      [GoogleAppsScript.Spreadsheet.DataValidation],
      [null],
    ];
    expect(first.getCriteriaType()).toBe("VALUE_IN_LIST");
    expect(first.getCriteriaValues()).toEqual([["Có", "Không"]]);
    expect(first.getAllowInvalid()).toBe(false);
    expect(second).toBeNull();
  });

  it("keeps the top-left value of a merge and refuses to merge across part of another", () => {
    const { sheet } = fakeSpreadsheet();
    sheet.getRange(1, 1, 1, 3).setValues([["a", "b", "c"]]);
    sheet.getRange(1, 1, 1, 2).merge();
    expect(sheet.getRange(1, 1, 1, 3).getValues()).toEqual([["a", "", "c"]]);
    expect(
      sheet
        .getRange(1, 1, 1, 3)
        .getMergedRanges()
        .map((range) => range.getA1Notation()),
    ).toEqual(["A1:B1"]);
    expect(() => sheet.getRange(1, 2, 1, 2).merge()).toThrow(/merged range/);
  });

  it("reports the data range and the last row and column holding content", () => {
    const { sheet } = fakeSpreadsheet();
    sheet.getRange(3, 2).setValue("x");
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(2);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:B3");
  });

  it("widens a sheet only at its right edge, and refuses a range beyond it", () => {
    const { sheet } = fakeSpreadsheet();
    const width = sheet.getMaxColumns();
    expect(() => sheet.getRange(1, width + 1)).toThrow(/outside the dimensions/);
    expect(() => sheet.insertColumnsAfter(1, 2)).toThrow(/only appending/);
    sheet.insertColumnsAfter(width, 2);
    expect(sheet.getMaxColumns()).toBe(width + 2);
    expect(sheet.getRange(1, width + 2).getValue()).toBe("");
  });
});

describe("the fake Spreadsheet", () => {
  it("refuses a second sheet of the same name and the deletion of the last sheet", () => {
    const { spreadsheet, sheet } = fakeSpreadsheet();
    expect(() => spreadsheet.insertSheet(sheet.getName())).toThrow(/already exists/);
    expect(() => spreadsheet.deleteSheet(sheet)).toThrow(/all the sheets/);
  });

  it("marks sheets with developer metadata and warning-only protection", () => {
    const { google, spreadsheet } = fakeSpreadsheet();
    const sheet = spreadsheet.insertSheet("Báo cáo", 1);
    sheet.addDeveloperMetadata("mark");
    sheet.protect().setWarningOnly(true).setDescription("why");
    expect(sheet.getDeveloperMetadata().map((metadata) => metadata.getKey())).toEqual(["mark"]);
    expect(sheetNamed(google, "Báo cáo").protections).toEqual([{ description: "why", warningOnly: true }]);
    expect(sheet.getIndex()).toBe(2);
  });
});

describe("the call log", () => {
  it("counts each call made from outside the fakes once", () => {
    const { google, sheet } = fakeSpreadsheet();
    sheet.getRange(1, 1).setValue("x");
    expect(google.log.calls).toEqual(["Sheet.getRange", "Range.setValue"]);
  });

  it("lets onOpen in AuthMode.NONE build a menu but not touch the document", () => {
    const { google, app } = fakeSpreadsheet();
    google.log.mode = "none";
    app.getUi().createMenu("Menu").addItem("a", "b").addToUi();
    expect(() => app.getActiveSpreadsheet()).toThrow(/AuthMode.NONE/);
  });

  it("lets a custom function read but not write", () => {
    const { google, app, sheet } = fakeSpreadsheet();
    google.log.mode = "customFunction";
    expect(app.getActiveSpreadsheet().getSpreadsheetTimeZone()).toBe("Asia/Ho_Chi_Minh");
    expect(() => sheet.getRange(1, 1).setValue("x")).toThrow(/permission/);
    expect(() => app.getUi()).toThrow(/permission/);
    expect(valuesOf(sheetNamed(google, sheet.getName()))).toEqual([]);
  });
});

describe("the small services", () => {
  it("formats a date in a named time zone", () => {
    const { google } = fakeSpreadsheet();
    const utilities = google.globals.Utilities as GoogleAppsScript.Utilities.Utilities;
    const instant = new Date("2023-07-02T17:00:00.000Z") as unknown as GoogleAppsScript.Base.Date;
    expect(utilities.formatDate(instant, "Asia/Ho_Chi_Minh", "dd/MM/yyyy")).toBe("03/07/2023");
    expect(utilities.formatDate(instant, "UTC", "yyyy-MM-dd HH:mm")).toBe("2023-07-02 17:00");
  });

  it("refuses the document lock while someone else holds it", () => {
    const { google } = fakeSpreadsheet();
    const locks = google.globals.LockService as GoogleAppsScript.Lock.LockService;
    google.lock.heldElsewhere = true;
    expect(locks.getDocumentLock().tryLock(1000)).toBe(false);
    google.lock.heldElsewhere = false;
    expect(locks.getDocumentLock().tryLock(1000)).toBe(true);
    expect(locks.getDocumentLock().tryLock(1000)).toBe(false);
  });
});

describe("the fake Drive", () => {
  type DriveService = Pick<GoogleAppsScript.Drive, "Files" | "Permissions">;
  const SHEETS = "application/vnd.google-apps.spreadsheet";

  function driveWithFile() {
    const { google, app, spreadsheet } = fakeSpreadsheet();
    const drive = google.globals.Drive as DriveService;
    const id = drive.Files.create({ name: "Bản sao", mimeType: SHEETS }).id ?? "";
    return { google, app, spreadsheet, drive, id };
  }

  it("creates a spreadsheet owned by the account, with one blank tab, that openById opens", () => {
    const { app, drive, id } = driveWithFile();
    const opened = app.openById(id);
    expect(opened.getName()).toBe("Bản sao");
    expect(opened.getSheets().map((sheet) => sheet.getName())).toEqual(["Sheet1"]);
    expect(drive.Permissions.list(id).permissions?.map((permission) => permission.role)).toEqual(["owner"]);
    expect(drive.Files.get(id, { fields: "trashed" }).trashed).toBe(false);
  });

  it("adds and removes readers, refuses to remove the owner, and fails on an unknown file", () => {
    const { google, drive, id } = driveWithFile();
    const added = drive.Permissions.create({ type: "user", role: "reader", emailAddress: "A@b.vn" }, id, {
      sendNotificationEmail: true,
      emailMessage: "xin gửi",
    });
    expect(added.emailAddress).toBe("a@b.vn");
    expect(google.drive.notifications).toEqual([{ email: "a@b.vn", message: "xin gửi" }]);
    drive.Permissions.remove(id, added.id ?? "");
    expect(() => drive.Permissions.remove(id, "owner")).toThrow(/owner/);
    expect(() => drive.Files.get("nope")).toThrow(/File not found: nope/);
  });

  it("refuses the addresses a test tells it to refuse", () => {
    const { google, drive, id } = driveWithFile();
    google.drive.refusedViewers.set("x@y.vn", "Invalid sharing request");
    expect(() =>
      drive.Permissions.create({ type: "user", role: "reader", emailAddress: "x@y.vn" }, id, {}),
    ).toThrow(/permissions.create failed with error: Invalid sharing request/);
  });

  it("copies a sheet to another spreadsheet with its values, formats and merges", () => {
    const { app, spreadsheet, id } = driveWithFile();
    const sheet = spreadsheet.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
    sheet.getRange(1, 1, 1, 2).setValues([["Tiêu đề", "=A1"]]);
    sheet.getRange(1, 1, 1, 2).merge();
    sheet.getRange(1, 1).setFontWeight("bold");
    const copy = sheet.copyTo(app.openById(id));
    expect(copy.getName()).toBe(`Copy of ${sheet.getName()}`);
    expect(copy.getRange(1, 1).getFontWeights()).toEqual([["bold"]]);
    expect(
      copy
        .getRange(1, 1, 1, 2)
        .getMergedRanges()
        .map((range) => range.getA1Notation()),
    ).toEqual(["A1:B1"]);
    expect(app.openById(id).getSheets()).toHaveLength(2);
  });
});
