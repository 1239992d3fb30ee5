// Builds dist/Code.js (the Apps Script bundle) and dist/appsscript.json.
// The bundle is an IIFE exposing `ChiBo4Tot`; every entry of src/gas/entry-points.ts becomes a
// top-level function declaration calling into it, because Apps Script only sees top-level functions.
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const GLOBAL_NAME = "ChiBo4Tot";
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

async function bundle() {
  const result = await build({
    entryPoints: [join(root, "src/gas/entry-points.ts")],
    bundle: true,
    format: "iife",
    globalName: GLOBAL_NAME,
    target: "es2020",
    platform: "neutral",
    charset: "utf8",
    // Names are kept so Apps Script's error log stays readable; whitespace and syntax fit the budget.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}

/** Runs the bundle with no globals at all: a top level touching a Google service fails here. */
function entryPointsOf(code) {
  const context = vm.createContext({});
  try {
    vm.runInContext(`${code}\nthis.${GLOBAL_NAME} = ${GLOBAL_NAME};`, context);
  } catch (error) {
    throw new Error(`dist/Code.js: the bundle's top level must call no service (${error.message})`);
  }
  return context[GLOBAL_NAME].ENTRY_POINTS;
}

function declaration(name, entry) {
  if (!IDENTIFIER.test(name)) throw new Error(`entry point "${name}" is not a valid function name`);
  for (const param of entry.params) {
    if (!IDENTIFIER.test(param)) throw new Error(`entry point ${name}: bad parameter "${param}"`);
  }
  const params = entry.params.join(", ");
  const doc = entry.doc
    ? `/**\n${entry.doc.map((line) => (line ? ` * ${line}` : " *")).join("\n")}\n */\n`
    : "";
  return `${doc}function ${name}(${params}) {\n  return ${GLOBAL_NAME}.ENTRY_POINTS.${name}.run(${params});\n}\n`;
}

export async function buildGas() {
  const code = await bundle();
  const entries = Object.entries(entryPointsOf(code));
  const declarations = entries.map(([name, entry]) => declaration(name, entry)).join("\n");
  await mkdir(join(root, "dist"), { recursive: true });
  await writeFile(join(root, "dist/Code.js"), `${code}\n// Apps Script entry points\n${declarations}`);
  await copyFile(join(root, "appsscript.json"), join(root, "dist/appsscript.json"));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildGas();
