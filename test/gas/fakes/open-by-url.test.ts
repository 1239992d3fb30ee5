import { describe, expect, it } from "vitest";
import { addSharedFile, createFakeGoogle, EXECUTION_LIMIT_MS } from "./index";

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

describe("the fake SpreadsheetApp.openByUrl refuses what Google refuses", () => {
  const google = createFakeGoogle();
  const app = google.globals.SpreadsheetApp as App;
  const shared = addSharedFile(google, {
    name: "Chi bộ A – Đánh giá",
    owner: "chibo.a@example.com",
    viewers: [google.drive.owner],
    sheets: [{ name: "Đánh giá 2024", rows: [["BÁO CÁO"]] }],
  });
  const notShared = addSharedFile(google, {
    name: "Riêng",
    owner: "khac@example.com",
    viewers: [],
    sheets: [],
  });

  it("opens a spreadsheet shared with the running account, by the link of the share e-mail", () => {
    expect(
      app
        .openByUrl(shared)
        .getSheets()
        .map((sheet) => sheet.getName()),
    ).toEqual(["Đánh giá 2024"]);
    expect(app.openByUrl(shared.replace("/edit?usp=sharing", "/edit#gid=0")).getName()).toBe(
      "Chi bộ A – Đánh giá",
    );
  });

  it("a text that is no spreadsheet link: Invalid argument", () => {
    expect(() => app.openByUrl("Chi bộ A")).toThrow("Exception: Invalid argument: url");
    expect(() => app.openByUrl("https://docs.google.com/document/d/abc/edit")).toThrow(
      "Invalid argument: url",
    );
  });

  it("a file not shared with the account: no permission", () => {
    expect(() => app.openByUrl(notShared)).toThrow(
      "Exception: You do not have permission to access the requested document.",
    );
  });

  it("a file that does not exist", () => {
    expect(() => app.openByUrl("https://docs.google.com/spreadsheets/d/khong-co/edit")).toThrow(
      /Unexpected error/,
    );
  });

  it("a run past Apps Script's 6 minutes stops", () => {
    google.clock.runStartedAt = google.clock.now;
    google.clock.now += EXECUTION_LIMIT_MS + 1;
    expect(() => app.openByUrl(shared)).toThrow("Exceeded maximum execution time");
    google.clock.runStartedAt = null;
  });
});

describe("the fake Sheet.hideSheet", () => {
  it("refuses to hide the only visible sheet", () => {
    const google = createFakeGoogle();
    const sheet = (google.globals.SpreadsheetApp as App).getActiveSpreadsheet().getSheets()[0];
    expect(() => sheet?.hideSheet()).toThrow("Exception: You can't hide all the sheets in a document.");
  });
});
