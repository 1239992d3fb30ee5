/**
 * The superior committee's roll-up (spec §10).
 * CLI: `chibo4tot tong-hop FOLDER` on 50 and 200 generated cell workbooks of 30 members and 16 meetings,
 * each holding its input sheets and its `Đánh giá 2023` as `evaluate --out` writes them (read back), and on
 * 200 such workbooks without the evaluation (evaluated). Targets: 200 under 30 s; 4× the cells at most 5× the
 * time.
 * Add-on: Tổng hợp các chi bộ on the fakes with 10 and 300 links: the service calls per link must be the
 * same.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { writeReportSheet } from "../src/cli/xlsx-report";
import { assess, buildReport, type CellValue, isCalendarDate, type WorkbookTables } from "../src/core/index";
import { createFakeGoogle } from "../test/gas/fakes/index";
import { clickRollUp, listLinks, loadCommittee, sharedEvaluation } from "../test/gas/support/superior";
import { seed } from "../test/support/seed-2023";
import { date, workbook } from "../test/support/workbook";

const CLI = join(process.cwd(), "build/cli/chibo4tot.cjs");
const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");

function excelValue(value: CellValue): ExcelJS.CellValue {
  if (isCalendarDate(value)) return new Date(Date.UTC(value.year, value.month - 1, value.day));
  return value === "" ? null : value;
}

/** Cell `index`'s workbook: the seed year under its own name, with its evaluation when `signed`. */
async function cellWorkbook(index: number, signed: boolean): Promise<Buffer> {
  const tables: WorkbookTables = workbook({
    ...seed,
    info: { ...seed.info, unitName: `Chi bộ Số ${index + 1}` },
  });
  const book = new ExcelJS.Workbook();
  for (const table of tables) {
    const sheet = book.addWorksheet(table.name);
    table.rows.forEach((row, rowIndex) => {
      sheet.getRow(rowIndex + 1).values = row.map(excelValue);
    });
  }
  if (signed) {
    const outcome = assess(tables, { today: date(2024, 1, 15), asOf: date(2023, 12, 31) });
    if (!outcome.ok) throw new Error(outcome.message);
    writeReportSheet(book, buildReport(outcome.assessment));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function folderOf(count: number, signed: boolean): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), "chibo4tot-bench-"));
  const cells = join(folder, "chi-bo");
  mkdirSync(cells);
  // One file per cell, as the committee saves them; the bytes differ only by the cell's name.
  for (let index = 0; index < count; index++) {
    writeFileSync(
      join(cells, `chi-bo-${String(index + 1).padStart(3, "0")}.xlsx`),
      await cellWorkbook(index, signed),
    );
  }
  return folder;
}

function rollUpSeconds(folder: string, count: number): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, [CLI, "tong-hop", "chi-bo", "--json", "--out", "tong-hop.xlsx"], {
    cwd: folder,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`tong-hop failed: ${run.stderr}`);
  const rollup = JSON.parse(run.stdout) as { totals: { cells: number; passed: number } };
  if (rollup.totals.cells !== count || rollup.totals.passed !== count) {
    throw new Error(`expected ${count} cells đạt, got ${JSON.stringify(rollup.totals)}`);
  }
  return seconds;
}

console.log("chibo4tot tong-hop (the built CLI), cell workbooks of 30 members holding their Đánh giá:");
const measured: Record<number, number> = {};
for (const count of [50, 200]) {
  const folder = await folderOf(count, true);
  measured[count] = rollUpSeconds(folder, count);
  console.log(`  ${String(count).padStart(3)} cells: ${measured[count]?.toFixed(1)} s`);
  rmSync(folder, { recursive: true, force: true });
}
const [fifty = 0, twoHundred = 0] = [measured[50], measured[200]];
console.log(`  ${verdict(twoHundred < 30)} 200 cells under 30 s`);
console.log(
  `  ${verdict(twoHundred <= 5 * fifty)} 4× the cells in at most 5× the time (${(twoHundred / fifty).toFixed(2)}×)`,
);
{
  const folder = await folderOf(200, false);
  const seconds = rollUpSeconds(folder, 200);
  console.log(`  200 cells' workbooks without Đánh giá (evaluated as of 31/12): ${seconds.toFixed(1)} s`);
  console.log(`  ${verdict(seconds < 30)} under 30 s`);
  rmSync(folder, { recursive: true, force: true });
}

/** Service calls of one click of Tổng hợp các chi bộ on `links` shared evaluations, no time limit reached. */
function addOnCalls(links: number): { calls: number; milliseconds: number } {
  const google = createFakeGoogle();
  listLinks(
    google,
    Array.from({ length: links }, (_, index): [string] => [
      sharedEvaluation(google, { name: `Chi bộ ${index + 1}` }),
    ]),
  );
  const context = loadCommittee(google);
  google.log.reset();
  const start = performance.now();
  clickRollUp(google, context);
  const milliseconds = performance.now() - start;
  if (!google.spreadsheet.sheets.some((sheet) => sheet.name === "Tổng hợp 2024")) {
    throw new Error(`no roll-up written: ${JSON.stringify(google.ui.alerts)}`);
  }
  return { calls: google.log.calls.length, milliseconds };
}

console.log("Tổng hợp các chi bộ on the fakes (dist/Code.js), one click:");
const measures = [10, 100, 300].map((links) => ({ links, ...addOnCalls(links) }));
for (const measure of measures) {
  console.log(
    `  ${String(measure.links).padStart(3)} links: ${measure.calls} service calls, ${measure.milliseconds.toFixed(0)} ms in Node`,
  );
}
const [ten, hundred, threeHundred] = measures as [
  (typeof measures)[number],
  (typeof measures)[number],
  (typeof measures)[number],
];
const perLink = (hundred.calls - ten.calls) / 90;
const perLinkLater = (threeHundred.calls - hundred.calls) / 200;
console.log(
  `  ${perLink} calls per link from 10 to 100 links, ${perLinkLater} from 100 to 300; ${ten.calls - 10 * perLink} for the click itself`,
);
console.log(
  `  ${verdict(Number.isInteger(perLink) && perLink === perLinkLater)} the same calls per link for 10 and 300 links`,
);
