// `npm run bench`: bundles every bench/*.bench.ts into build/bench/ and runs them one after another,
// in name order, each in its own node process. Benchmarks print PASS/FAIL but never fail the run.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleForNode } from "./bundle-for-node.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const benches = readdirSync(join(root, "bench"))
  .filter((name) => name.endsWith(".bench.ts"))
  .sort();

for (const name of benches) {
  const outfile = join(root, "build/bench", `${basename(name, ".ts")}.mjs`);
  await bundleForNode(join(root, "bench", name), outfile);
  console.log(`\n=== ${name}`);
  const run = spawnSync(process.execPath, [outfile], { cwd: root, stdio: "inherit" });
  if (run.status !== 0) console.log(`(${name} stopped with exit code ${run.status})`);
}
