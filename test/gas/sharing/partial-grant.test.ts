/**
 * Granular consent: the secretary unticked the Drive permission (drive.file) at Google's consent
 * screen. Everything else works; sharing says which permission it needs and how to grant it,
 * before reading or creating anything.
 */
import { describe, expect, it } from "vitest";
import { reportSheetName } from "../../../src/core/index";
import type { ShareResponse, StateResponse } from "../../../src/protocol/sidebar";
import type { SampleResponse } from "../../../src/protocol/start";
import { GOOD_YEAR, goodYear, workbook } from "../../support/workbook";
import { AuthorizationPrompt, BUTTONS, createFakeGoogle, MANIFEST_SCOPES } from "../fakes/index";
import { callGlobal, loadBundle } from "../support/load-bundle";
import { initialize, typeYear } from "../support/sample-year";

const DRIVE_FILE = "https://www.googleapis.com/auth/drive.file";
const SUPERIOR = "dangbo.hoabinh@example.vn";

function secretary(grantedScopes: readonly string[]) {
  const google = createFakeGoogle({ grantedScopes });
  const context = loadBundle(google.globals);
  initialize(context);
  typeYear(google, workbook(goodYear()));
  return { google, context };
}

const withoutDriveFile = MANIFEST_SCOPES.filter((scope) => scope !== DRIVE_FILE);

describe("a grant without drive.file", () => {
  it("the manifest asks for drive.file, so the consent screen lists it and it can be unticked", () => {
    expect(MANIFEST_SCOPES).toContain(DRIVE_FILE);
  });

  it("still evaluates: the dashboard and Đánh giá cuối năm work", () => {
    const { google, context } = secretary(withoutDriveFile);
    expect((callGlobal(context, "getSidebarState") as StateResponse).ok).toBe(true);
    callGlobal(context, "evaluateYear");
    expect(google.spreadsheet.sheets.map((sheet) => sheet.name)).toContain(reportSheetName(GOOD_YEAR));
  });

  it("sharing names the permission and how to grant it, and creates nothing", () => {
    const { google, context } = secretary(withoutDriveFile);
    callGlobal(context, "evaluateYear");
    const sheetsBefore = google.spreadsheet.sheets.map((sheet) => sheet.name);
    const response = callGlobal(context, "shareEvaluation", [SUPERIOR]) as ShareResponse;
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.message).toContain("drive.file");
    expect(response.message).toMatch(/Cách cấp: bấm Cấp quyền/);
    expect(response.grant?.url).toMatch(/^https:\/\/script\.google\.com\//);
    expect(google.drive.files.size).toBe(0);
    expect(google.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual(sheetsBefore);
    expect(google.log.calls.filter((call) => call.startsWith("Drive."))).toEqual([]);
  });

  it("from the menu, says why, then shows Google's prompt for exactly that permission", () => {
    const { google, context } = secretary(withoutDriveFile);
    callGlobal(context, "evaluateYear");
    google.ui.alerts.length = 0;
    expect(() => callGlobal(context, "shareWithSuperior")).toThrow(AuthorizationPrompt);
    expect(google.ui.alerts.map((alert) => alert.prompt)).toEqual([expect.stringContaining("drive.file")]);
    expect(google.authorization.prompts).toEqual([[DRIVE_FILE]]);
    expect(google.drive.files.size).toBe(0);
  });

  it("once granted, sharing goes ahead", () => {
    const { google, context } = secretary(withoutDriveFile);
    callGlobal(context, "evaluateYear");
    google.authorization.granted.add(DRIVE_FILE);
    const response = callGlobal(context, "shareEvaluation", [SUPERIOR]) as ShareResponse;
    expect(response.ok).toBe(true);
    expect(google.drive.files.size).toBe(1);
  });
});

describe("the sample year is never shared", () => {
  it("refuses while Dùng thử's rows are in the sheets", () => {
    const google = createFakeGoogle();
    const context = loadBundle(google.globals);
    initialize(context);
    expect((callGlobal(context, "loadSampleYear") as SampleResponse).ok).toBe(true);
    // The sample has data problems on purpose: Đánh giá cuối năm asks whether to go on.
    google.ui.answers.push(BUTTONS.YES);
    callGlobal(context, "evaluateYear");
    expect(google.spreadsheet.sheets.map((sheet) => sheet.name)).toContain(reportSheetName(2024));
    const response = callGlobal(context, "shareEvaluation", [SUPERIOR]) as ShareResponse;
    expect(response).toMatchObject({ ok: false, message: expect.stringContaining("dữ liệu mẫu") });
    expect(google.drive.files.size).toBe(0);
  });
});
