// `npm run pictures`: builds, then retakes the pictures of docs/huong-dan-su-dung.md from the built
// sidebar and Code.js (Chromium, the in-memory Google Sheets) and the CLI's report printed by
// LibreOffice. Run it again whenever the screens change.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleForNode } from "./bundle-for-node.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(root, "build/pictures/make-pictures.mjs");

for (const [command, args] of [["node", ["scripts/build.mjs"]]]) {
  const { status } = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (status !== 0) process.exit(status ?? 1);
}
await bundleForNode(join(root, "scripts/pictures/make-pictures.ts"), outfile);
const run = spawnSync(process.execPath, [outfile], { cwd: root, stdio: "inherit" });
process.exit(run.status ?? 1);
