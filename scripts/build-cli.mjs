// Builds the offline command line (build/cli/chibo4tot.cjs, the package's `chibo4tot` bin) and the
// sample-workbook generator (build/examples/make-sample.mjs).
// The CLI bundles ExcelJS although it is a runtime dependency: resolving and loading its hundreds of
// modules one by one took about a third of a cold run, which kept the CLI above its 1 s target.
import { chmod } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const CLI_PATH = join(root, "build/cli/chibo4tot.cjs");

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  charset: "utf8",
  legalComments: "none",
  logLevel: "warning",
};

export async function buildCli() {
  await Promise.all([
    build({
      ...common,
      entryPoints: [join(root, "src/cli/main.ts")],
      outfile: CLI_PATH,
      format: "cjs",
      banner: { js: "#!/usr/bin/env node" },
      minifySyntax: true,
      minifyWhitespace: true,
    }),
    build({
      ...common,
      entryPoints: [join(root, "examples/make-sample.ts")],
      outfile: join(root, "build/examples/make-sample.mjs"),
      format: "esm",
      packages: "external",
    }),
  ]);
  await chmod(CLI_PATH, 0o755);
}
