import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("appsscript.json", () => {
  const manifest = JSON.parse(readFileSync("appsscript.json", "utf8"));

  it("runs on V8 in Viet Nam's time zone and logs exceptions", () => {
    expect(manifest).toMatchObject({
      runtimeVersion: "V8",
      timeZone: "Asia/Ho_Chi_Minh",
      exceptionLogging: "STACKDRIVER",
    });
  });

  it("asks for spreadsheets, the files it creates itself, and its menus and dialogs, nothing more", () => {
    expect(manifest.oauthScopes).toEqual([
      "https://www.googleapis.com/auth/spreadsheets",
      "https://www.googleapis.com/auth/drive.file",
      "https://www.googleapis.com/auth/script.container.ui",
    ]);
  });

  it("never asks for the whole Drive, nor the current-only scope that spreadsheets already covers", () => {
    const scopes: string[] = manifest.oauthScopes;
    expect(scopes).not.toContain("https://www.googleapis.com/auth/drive");
    expect(scopes).not.toContain("https://www.googleapis.com/auth/spreadsheets.currentonly");
  });

  it("enables the advanced Drive service (API v3) as the global Drive, used to share the copy", () => {
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([
      { userSymbol: "Drive", serviceId: "drive", version: "v3" },
    ]);
  });

  it("is what the build puts in dist/", () => {
    expect(JSON.parse(readFileSync("dist/appsscript.json", "utf8"))).toEqual(manifest);
  });
});
