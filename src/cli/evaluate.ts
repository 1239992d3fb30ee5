/** `chibo4tot evaluate FILE.xlsx`: the summary or the §6 JSON, and with `--out` a copy with the report tab. */
import { realpathSync, statSync } from "node:fs";
import { extname, resolve } from "node:path";
import type ExcelJS from "exceljs";
import {
  type Assessment,
  assess,
  buildRatingsSheet,
  buildReport,
  type CalendarDate,
  ratingsSheetName,
  reportSheetName,
} from "../core/index";
import { CliError, USAGE_EXIT } from "./cli-error";
import { summaryText } from "./summary";
import { uncalculatedNote } from "./uncalculated";
import { readWorkbook } from "./xlsx-read";
import { writeReportSheet } from "./xlsx-report";
import { compactValidations } from "./xlsx-validations";
import { checkReplaceable, writeWorkbookFile } from "./xlsx-write";

export interface EvaluateRequest {
  readonly file: string;
  readonly today: CalendarDate;
  readonly year?: number;
  readonly asOf?: CalendarDate;
  readonly json: boolean;
  readonly out?: string;
}

/** The real path when the file exists, so a link or `./` cannot disguise the input as the output. */
function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function sameFile(a: string, b: string): boolean {
  if (canonical(a) === canonical(b)) return true;
  try {
    const [first, second] = [statSync(a), statSync(b)];
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    return false;
  }
}

export function checkOut(input: string, out: string): void {
  if (sameFile(input, out)) {
    throw new CliError("Tệp --out không được trùng với tệp đầu vào: hãy chọn một tên tệp khác.", USAGE_EXIT);
  }
  if (extname(out).toLowerCase() !== ".xlsx") {
    throw new CliError(`Tệp --out "${out}" phải có đuôi .xlsx.`, USAGE_EXIT);
  }
}

/** An as-of date after the year is capped at 31/12 (spec §3); one before it would evaluate nothing. */
export function checkAsOfInYear(asOf: CalendarDate | undefined, year: number): void {
  if (asOf === undefined || asOf.year >= year) return;
  const typed = [asOf.year, asOf.month, asOf.day].map((part) => String(part).padStart(2, "0")).join("-");
  throw new CliError(
    `Ngày --as-of ${typed} ở trước năm đánh giá ${year}: hãy ghi một ngày trong năm ${year}, ví dụ --as-of ${year}-12-31.`,
    USAGE_EXIT,
  );
}

async function writeCopyWithReport(
  workbook: ExcelJS.Workbook,
  assessment: Assessment,
  out: string,
): Promise<void> {
  writeReportSheet(workbook, buildReport(assessment));
  // The named list of ratings right after it; the copy still opens on the evaluation.
  writeReportSheet(workbook, buildRatingsSheet(assessment), false);
  workbook.worksheets.forEach(compactValidations);
  await writeWorkbookFile(workbook, out);
}

export async function runEvaluate(request: EvaluateRequest): Promise<string> {
  if (request.out !== undefined) {
    checkOut(request.file, request.out);
    checkReplaceable(request.out);
  }
  const { workbook, tables, uncalculated } = await readWorkbook(request.file);
  const formulas = uncalculatedNote(uncalculated);
  const outcome = assess(tables, {
    today: request.today,
    ...(request.year !== undefined ? { year: request.year } : {}),
    ...(request.asOf !== undefined ? { asOf: request.asOf } : {}),
  });
  if (!outcome.ok) throw new CliError(formulas === "" ? outcome.message : `${outcome.message} ${formulas}`);
  const { assessment } = outcome;
  checkAsOfInYear(request.asOf, assessment.evaluation.year);
  if (request.out !== undefined) await writeCopyWithReport(workbook, assessment, request.out);
  if (request.json) return `${JSON.stringify(assessment.evaluation, null, 2)}\n`;
  const written =
    request.out !== undefined
      ? `\nĐã ghi bảng đánh giá (trang "${reportSheetName(assessment.evaluation.year)}") và danh sách xếp loại đảng viên (trang "${ratingsSheetName(assessment.evaluation.year)}") vào: ${resolve(request.out)}\n`
      : "";
  return summaryText(assessment.evaluation) + (formulas === "" ? "" : `\n${formulas}\n`) + written;
}
