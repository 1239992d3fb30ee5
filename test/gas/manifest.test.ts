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

  it("asks only for the current spreadsheet and its menus and dialogs", () => {
    expect(manifest.oauthScopes).toEqual([
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
      "https://www.googleapis.com/auth/script.container.ui",
    ]);
  });

  it("is what the build puts in dist/", () => {
    expect(JSON.parse(readFileSync("dist/appsscript.json", "utf8"))).toEqual(manifest);
  });
});
