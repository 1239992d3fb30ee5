// Builds dist/sidebar.html: the client TypeScript and CSS bundled by esbuild and inlined into the
// page, so the sidebar makes no request to any host when it opens.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const ui = join(root, "src/ui");
const SIDEBAR_OUT = join(root, "dist/sidebar.html");
const BUDGET_BYTES = 80 * 1024;

async function bundle(entry) {
  const result = await build({
    entryPoints: [join(ui, entry)],
    bundle: true,
    write: false,
    minify: true,
    format: "iife",
    target: "es2020",
    charset: "utf8",
    legalComments: "none",
    logLevel: "warning",
  });
  return result.outputFiles[0].text.trim();
}

export async function buildSidebar() {
  const [page, script, style] = await Promise.all([
    readFile(join(ui, "sidebar.html"), "utf8"),
    bundle("main.ts"),
    bundle("sidebar.css"),
  ]);
  // Inside a <script> or <style> element the only way out is a closing tag; escape any in the code.
  const safeScript = script.replace(/<\/(script)/gi, "<\\/$1");
  const safeStyle = style.replace(/<\/(style)/gi, "<\\/$1");
  const html = page
    .replace("/*__SIDEBAR_CSS__*/", () => safeStyle)
    .replace("/*__SIDEBAR_JS__*/", () => safeScript);
  if (html.includes("__SIDEBAR_")) throw new Error("sidebar.html: a placeholder was not filled");
  const bytes = Buffer.byteLength(html);
  if (bytes > BUDGET_BYTES)
    throw new Error(`dist/sidebar.html is ${bytes} bytes, over the ${BUDGET_BYTES} budget`);
  await mkdir(dirname(SIDEBAR_OUT), { recursive: true });
  await writeFile(SIDEBAR_OUT, html);
  return { path: SIDEBAR_OUT, bytes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { bytes } = await buildSidebar();
  console.log(`dist/sidebar.html: ${bytes} bytes`);
}
