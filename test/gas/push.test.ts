import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Never runs clasp: pushing needs a Google account. Only the refusal without a script id is testable.
describe("npm run push", () => {
  it("stops with a clear message, before building, when .clasp.json has no scriptId", () => {
    const project = mkdtempSync(join(tmpdir(), "chibo4tot-push-"));
    mkdirSync(join(project, "scripts"));
    copyFileSync("scripts/push.mjs", join(project, "scripts/push.mjs"));
    writeFileSync(join(project, ".clasp.json"), JSON.stringify({ scriptId: "", rootDir: "dist" }));
    const run = spawnSync(process.execPath, ["scripts/push.mjs"], { cwd: project, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no scriptId[\s\S]*clasp login[\s\S]*Script ID/);
    expect(existsSync(join(project, "dist"))).toBe(false);
  });

  it("ships a .clasp.json whose empty scriptId makes that refusal the default", () => {
    expect(JSON.parse(readFileSync(".clasp.json", "utf8"))).toEqual({ scriptId: "", rootDir: "dist" });
  });
});
