// `npm start`: builds the CLI if it is missing or older than the sources, then evaluates the sample
// workbook and writes its evaluation copy to examples/out/.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCli, CLI_PATH } from "./build-cli.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function newestChange(directory) {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sources = Math.max(newestChange(join(root, "src/core")), newestChange(join(root, "src/cli")));
if (!existsSync(CLI_PATH) || statSync(CLI_PATH).mtimeMs < sources) {
  console.log("Đang build công cụ dòng lệnh…");
  await buildCli();
}

const sample = join("examples", "chi-bo-mau-2024.xlsx");
const out = join("examples", "out", "danh-gia-2024.xlsx");
mkdirSync(join(root, "examples", "out"), { recursive: true });
console.log(`chibo4tot evaluate ${sample} --as-of 2024-12-31 --out ${out}\n`);
const run = spawnSync(
  process.execPath,
  [CLI_PATH, "evaluate", sample, "--as-of", "2024-12-31", "--out", out],
  {
    cwd: root,
    stdio: "inherit",
  },
);
process.exitCode = run.status ?? 1;
