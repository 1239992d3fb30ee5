import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const TEMPLATE_ID = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde";
const COPY_LINK = `https://docs.google.com/spreadsheets/d/${TEMPLATE_ID}/copy`;

/** Runs a copy of the script in a fresh folder holding `.clasp.json` as given (none when undefined). */
function templateLink(claspJson: unknown, ...args: string[]) {
  const project = mkdtempSync(join(tmpdir(), "chibo4tot-template-link-"));
  mkdirSync(join(project, "scripts"));
  copyFileSync("scripts/template-link.mjs", join(project, "scripts/template-link.mjs"));
  if (claspJson !== undefined) writeFileSync(join(project, ".clasp.json"), JSON.stringify(claspJson));
  return spawnSync(process.execPath, ["scripts/template-link.mjs", ...args], {
    cwd: project,
    encoding: "utf8",
  });
}

describe("npm run template-link", () => {
  it("prints the /copy link of the container clasp 3 recorded as parentId", () => {
    const run = templateLink({ scriptId: "script-1", rootDir: "dist", parentId: TEMPLATE_ID });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${COPY_LINK}\n`);
  });

  it("takes the first id when parentId is an array", () => {
    const run = templateLink({ scriptId: "s", parentId: [TEMPLATE_ID] });
    expect(run.stdout).toBe(`${COPY_LINK}\n`);
    expect(run.stderr).toBe("");
  });

  it("prefers an id or address given on the command line", () => {
    const byId = templateLink({ scriptId: "" }, TEMPLATE_ID);
    expect(byId.stdout).toBe(`${COPY_LINK}\n`);
    const byUrl = templateLink(undefined, `https://docs.google.com/spreadsheets/d/${TEMPLATE_ID}/edit#gid=0`);
    expect(byUrl.status).toBe(0);
    expect(byUrl.stdout).toBe(`${COPY_LINK}\n`);
  });

  it("says where the id comes from, and prints no link, when .clasp.json has none", () => {
    for (const config of [
      { scriptId: "", rootDir: "dist" },
      { scriptId: "s", parentId: [] },
      { parentId: " " },
    ]) {
      const run = templateLink(config);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(/parentId[\s\S]*npm run template-link -- /);
    }
  });

  it("says so when there is no .clasp.json at all, or the argument is no spreadsheet", () => {
    const missing = templateLink(undefined);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("Không có tệp .clasp.json");
    const wrong = templateLink(undefined, "https://example.com/not-a-sheet");
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain("không phải mã hay đường dẫn của một bảng tính Google");
    expect(wrong.stdout).toBe("");
  });
});
