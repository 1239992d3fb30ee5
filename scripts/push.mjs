// `npm run push`: build, then `clasp push` of dist/ to the script named in .clasp.json.
// Needs a Google account (`npx clasp login`); it never runs in CI or the tests.
import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

// npm runs scripts from the package root; the tests run a copy elsewhere to check the refusal.
const root = process.cwd();

const NO_SCRIPT_ID = `.clasp.json has no scriptId, so there is nothing to push to.
  1. npx clasp login
  2. Open your Google Sheet, Extensions > Apps Script > Project Settings, copy the Script ID.
  3. Put it in .clasp.json: { "scriptId": "<the id>", "rootDir": "dist" }
  4. npm run push, then reload the sheet.
(Chưa có scriptId trong .clasp.json: xem README, mục Cài đặt vào Google Sheets.)`;

async function scriptId() {
  const config = JSON.parse(await readFile(join(root, ".clasp.json"), "utf8"));
  return typeof config.scriptId === "string" ? config.scriptId.trim() : "";
}

if (!(await scriptId())) {
  console.error(NO_SCRIPT_ID);
  process.exit(1);
}

const steps = [
  ["node", ["scripts/build.mjs"]],
  ["npx", ["clasp", "push", "--force"]],
];
for (const [command, args] of steps) {
  const { status } = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (status !== 0) process.exit(status ?? 1);
}
