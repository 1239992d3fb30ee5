/**
 * The printed evaluation, as a secretary's printer would give it: `chibo4tot evaluate --out` on the
 * sample workbook, the `Đánh giá <năm>` sheet alone printed to PDF by LibreOffice, and its first and
 * last pages as PNG (pdftoppm). Needs `soffice` and `pdftoppm` (Debian: libreoffice-calc-nogui,
 * poppler-utils); the tests never do.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { reportSheetName } from "../../src/core/index";

const SAMPLE = "examples/chi-bo-mau-2024.xlsx";
const YEAR = 2024;
/** 80 dpi keeps an A4 page readable on screen (661 × 935 px) and the file small. */
const DPI = "80";

function run(command: string, args: readonly string[]): void {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.error || result.status !== 0) {
    const why = result.error?.message ?? result.stderr;
    throw new Error(`${command} ${args.join(" ")} failed: ${why}`);
  }
}

/** Writes the report's pages to `docs`: returns the file names written. */
export async function printedReport(docs: string): Promise<string[]> {
  const work = mkdtempSync(join(tmpdir(), "chibo4tot-pictures-"));
  const evaluated = join(work, "danh-gia.xlsx");
  run(process.execPath, ["build/cli/chibo4tot.cjs", "evaluate", SAMPLE, "--out", evaluated]);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(evaluated);
  const report = reportSheetName(YEAR);
  for (const sheet of [...workbook.worksheets]) if (sheet.name !== report) workbook.removeWorksheet(sheet.id);
  if (workbook.worksheets.length !== 1) throw new Error(`no sheet ${report} in ${evaluated}`);
  const alone = join(work, "danh-gia-in.xlsx");
  await workbook.xlsx.writeFile(alone);

  run("soffice", ["--headless", "--convert-to", "pdf", "--outdir", work, alone]);
  run("pdftoppm", ["-png", "-r", DPI, join(work, "danh-gia-in.pdf"), join(work, "trang")]);
  const pages = readdirSync(work)
    .filter((name) => /^trang-\d+\.png$/.test(name))
    .sort();
  const first = pages[0];
  const last = pages[pages.length - 1];
  if (!first || !last) throw new Error("LibreOffice printed no page");
  copyFileSync(join(work, first), join(docs, "danh-gia-in-trang-1.png"));
  copyFileSync(join(work, last), join(docs, "danh-gia-in-trang-cuoi.png"));
  console.log(`Trang đánh giá in ra ${pages.length} trang A4.`);
  return ["danh-gia-in-trang-1.png", "danh-gia-in-trang-cuoi.png"];
}
