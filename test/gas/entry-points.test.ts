import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ENTRY_POINTS } from "../../src/gas/entry-points";
import { createFakeGoogle } from "./fakes/index";
import { BUNDLE_PATH, loadBundle } from "./support/load-bundle";

const code = readFileSync(BUNDLE_PATH, "utf8");

describe("dist/Code.js", () => {
  it("declares every entry point as a top-level function Apps Script can call", () => {
    const context = loadBundle(createFakeGoogle().globals);
    for (const name of Object.keys(ENTRY_POINTS)) {
      expect(typeof context[name], name).toBe("function");
    }
  });

  it("calls no service while loading, so onOpen can run in AuthMode.NONE", () => {
    const google = createFakeGoogle();
    google.log.mode = "none";
    loadBundle(google.globals);
    expect(google.log.calls).toEqual([]);
  });

  it("keeps each custom function's JSDoc with @customfunction right above its declaration", () => {
    const custom = Object.entries(ENTRY_POINTS).filter(([, entry]) => "doc" in entry);
    expect(custom.map(([name]) => name)).toEqual([
      "CHIBO4TOT",
      "CHIBO4TOT_NV",
      "CHIBO4TOT_SH",
      "CHIBO4TOT_KL",
      "CHIBO4TOT_DV",
      "CHIBO4TOT_VIEC",
    ]);
    for (const [name] of custom) {
      expect(code).toMatch(
        new RegExp(
          `@customfunction\\n \\*/\\nfunction ${name}\\(info, members, meetings, tasks, incidents, settings, asOf, dues\\)`,
        ),
      );
    }
  });

  // 230 KB: the dues, the to-do list, the sample year of Dùng thử (about 12 KB of it) and the roll-up of
  // the superior committee (about 22 KB: reading back, rolling up, its sheet, the menu command) came in.
  it("holds no Node-only code and fits the 230 KB budget", () => {
    expect(code).not.toMatch(/\brequire\(|\bprocess\.|\bBuffer\b/);
    expect(statSync(BUNDLE_PATH).size).toBeLessThan(230 * 1024);
  });
});
