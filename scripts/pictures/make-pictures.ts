/** Takes every picture of docs/huong-dan-su-dung.md; run through `npm run pictures`. */
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { basename, join } from "node:path";
import { printedReport } from "./report-pictures";
import { launchChromium, SIDEBAR_PICTURES } from "./sidebar-pictures";

const DOCS = join(process.cwd(), "docs");

/** Fewer colours, the same to the eye: screenshots of flat UI and printed pages shrink to a third or less. */
function shrink(path: string, colors: number): void {
  const quantize = spawnSync("pngquant", [
    "--force",
    "--strip",
    "--skip-if-larger",
    "--output",
    path,
    String(colors),
    path,
  ]);
  // 98: the result would be larger, so the original stays.
  if (quantize.error || (quantize.status !== 0 && quantize.status !== 98)) {
    console.log(
      `(pngquant unavailable or failed: docs/${basename(path)} kept as taken; apt-get install pngquant)`,
    );
  }
}

const written: string[] = [];
const browser = await launchChromium();
try {
  for (const picture of SIDEBAR_PICTURES) {
    await picture.take(browser, join(DOCS, picture.file));
    written.push(picture.file);
  }
} finally {
  await browser.close();
}
const printed = await printedReport(DOCS);

for (const file of [...written, ...printed]) {
  const path = join(DOCS, file);
  // A printed page is black text on white with two fills: 16 colours keep it sharp.
  shrink(path, printed.includes(file) ? 16 : 64);
  console.log(`docs/${file}: ${Math.round(statSync(path).size / 1024)} KB`);
}
