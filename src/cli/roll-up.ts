/**
 * `chibo4tot tong-hop FILE... [--year Y] [--as-of D] [--json] [--out OUT.xlsx]`: the superior committee's
 * roll-up of many cells (spec §10). Unreadable files are rows, never an abort: it exits 0 once the roll-up
 * is made. Progress goes to stderr, only when stderr is a terminal.
 */
import { extname, resolve } from "node:path";
import ExcelJS from "exceljs";
import { buildRollupReport, type CalendarDate, rollUp } from "../core/index";
import { CliError, USAGE_EXIT } from "./cli-error";
import { checkAsOfInYear, checkOut } from "./evaluate";
import { expandPaths, readSources } from "./roll-up-sources";
import { rollupSummary } from "./rollup-summary";
import { writeReportSheet } from "./xlsx-report";
import { checkReplaceable, writeWorkbookFile } from "./xlsx-write";

export interface RollUpRequest {
  readonly paths: readonly string[];
  readonly today: CalendarDate;
  readonly year?: number;
  readonly asOf?: CalendarDate;
  readonly json: boolean;
  readonly out?: string;
}

function terminalProgress(): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (done, total) => {
    process.stderr.write(`\rĐang đọc ${done}/${total} tệp…`);
    if (done === total) process.stderr.write("\r\u001b[K");
  };
}

export async function runRollUp(request: RollUpRequest): Promise<string> {
  if (request.year !== undefined) checkAsOfInYear(request.asOf, request.year);
  const files = expandPaths(request.paths, request.out);
  if (request.out !== undefined) {
    if (extname(request.out).toLowerCase() !== ".xlsx") {
      throw new CliError(`Tệp --out "${request.out}" phải có đuôi .xlsx.`, USAGE_EXIT);
    }
    for (const file of files) checkOut(file, request.out);
    checkReplaceable(request.out);
  }
  const progress = terminalProgress();
  const sources = await readSources(files, {
    today: request.today,
    ...(request.asOf !== undefined ? { asOf: request.asOf } : {}),
    ...(request.year !== undefined ? { year: request.year } : {}),
    ...(progress ? { progress } : {}),
  });
  const rollup = rollUp(sources, request.year !== undefined ? { year: request.year } : {});
  let written = "";
  if (request.out !== undefined) {
    const workbook = new ExcelJS.Workbook();
    const grid = buildRollupReport(rollup, { date: request.today });
    writeReportSheet(workbook, grid);
    await writeWorkbookFile(workbook, request.out);
    written = `\nĐã ghi bảng tổng hợp (trang "${grid.sheetName}") vào: ${resolve(request.out)}\n`;
  }
  if (request.json) return `${JSON.stringify(rollup, null, 2)}\n`;
  return rollupSummary(rollup) + written;
}
