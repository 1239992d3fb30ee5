/**
 * Runs the BUILT command line (`build/cli/chibo4tot.cjs`, rebuilt here when stale) on `.xlsx` files the
 * tests write into a temporary folder.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { type CellValue, isCalendarDate, type WorkbookTables } from "../../src/core/index";

const ROOT = join(import.meta.dirname, "../..");
const CLI = join(ROOT, "build/cli/chibo4tot.cjs");
const PEAK_MEMORY = join(import.meta.dirname, "support/report-peak-memory.cjs");

function newestSource(directory: string): number {
  return readdirSync(directory, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(directory, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }, 0);
}

/** Builds the CLI when it is missing or older than the sources (`npm test` has built it already). */
export function ensureBuiltCli(): void {
  const sources = Math.max(newestSource(join(ROOT, "src/core")), newestSource(join(ROOT, "src/cli")));
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= sources) return;
  const build = spawnSync(
    process.execPath,
    ["--input-type=module", "-e", 'import("./scripts/build-cli.mjs").then((m) => m.buildCli())'],
    { cwd: ROOT, encoding: "utf8" },
  );
  if (build.status !== 0) throw new Error(`cannot build the CLI: ${build.stderr}`);
}

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], cwd: string): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the CLI and measures its peak resident memory, in MB. */
export function runCliMeasured(args: readonly string[], cwd: string): CliRun & { peakMegabytes: number } {
  const peakFile = join(cwd, `.peak-${process.pid}-${Date.now()}`);
  const result = spawnSync(process.execPath, ["--require", PEAK_MEMORY, CLI, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, CHIBO4TOT_PEAK_MEMORY_FILE: peakFile },
  });
  const peakMegabytes = Number(readFileSync(peakFile, "utf8")) / 1024;
  rmSync(peakFile);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, peakMegabytes };
}

export const temporaryFolder = () => mkdtempSync(join(tmpdir(), "chibo4tot-cli-"));

export const fileHash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

function excelValue(value: CellValue): ExcelJS.CellValue {
  if (isCalendarDate(value)) return new Date(Date.UTC(value.year, value.month - 1, value.day));
  return value === "" ? null : value;
}

/** The tables as the bytes of an `.xlsx` file, dates as real date cells. */
export async function writeXlsxBytes(tables: WorkbookTables): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name);
    table.rows.forEach((row, index) => {
      sheet.getRow(index + 1).values = row.map(excelValue);
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Writes the tables as an `.xlsx` file, dates as real date cells. */
export async function writeXlsx(path: string, tables: WorkbookTables): Promise<void> {
  writeFileSync(path, await writeXlsxBytes(tables));
}

export async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Every cell's text of a sheet, row by row. */
export function sheetTexts(sheet: ExcelJS.Worksheet): string[] {
  const texts: string[] = [];
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      if (cell.type !== ExcelJS.ValueType.Merge) texts.push(String(cell.value));
    });
  });
  return texts;
}

/** A user's mistake: one Vietnamese line on stderr, nothing on stdout, no stack trace, non-zero exit. */
export function expectOneLineRefusal(run: CliRun): string {
  const lines = run.stderr.split("\n").filter((line) => line !== "");
  if (run.status === 0) throw new Error(`expected a non-zero exit, got 0: ${run.stdout}`);
  if (lines.length !== 1) throw new Error(`expected one line on stderr, got:\n${run.stderr}`);
  if (/\bat .*:\d+|Error:/.test(run.stderr)) throw new Error(`stack trace on stderr:\n${run.stderr}`);
  if (run.stdout !== "") throw new Error(`expected nothing on stdout, got:\n${run.stdout}`);
  return lines[0] ?? "";
}
