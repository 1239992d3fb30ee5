/**
 * The add-on on the in-memory Google Sheets: Đánh giá cuối năm (dist/Code.js, as pushed) on a cell
 * of 10 members and 10 meetings and on 5,000 of each. Targets: the same number of service calls
 * for both (reads and writes batched), at most 20 of the calls that move data; dist/Code.js
 * under 230 KB (150 KB until the dues, to-do and roll-up features; Apps Script documents no per-file limit near it).
 */
import { statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { type CellValue, reportSheetName, SHEETS, type WorkbookTables } from "../src/core/index";
import { createFakeGoogle } from "../test/gas/fakes/index";
import { BUNDLE_PATH, callGlobal, loadBundle } from "../test/gas/support/load-bundle";
import { initialize, typeYear } from "../test/gas/support/sample-year";
import { goodYear, workbook } from "../test/support/workbook";

const YEAR = 2024;
const BUDGET_BYTES = 230 * 1024;
const CALL_TARGET = 20;
/** Calls that read or write cells, formats, merges or borders (not getters of a handle). */
const DATA_CALL = /\.(getValues|setValues|set\w+s|setFontFamily|merge\w*|setBorder|insertSheet|deleteSheet)$/;

const day = (month: number, dayOfMonth: number) => ({ year: YEAR, month, day: dayOfMonth });

/** The good year's info, with `count` members and `count` regular meetings spread over the year. */
function cellOfSize(count: number): WorkbookTables {
  const base = workbook(goodYear());
  const members: CellValue[][] = Array.from({ length: count }, (_, index) => [
    `Đảng viên số ${index + 1}`,
    "",
    "Đảng viên",
    day(1, 1 + (index % 28)),
  ]).map((row) => [...row, "", "", "", "", "Tốt", "Hoàn thành tốt nhiệm vụ", "Không", ""]);
  members.forEach((row) => {
    row[3] = { year: 2010, month: 5, day: 19 };
    row[4] = { year: 2011, month: 5, day: 19 };
  });
  const meetings: CellValue[][] = Array.from({ length: count }, (_, index) => [
    day(1 + (index % 12), 1 + (index % 28)),
    "Thường kỳ",
    "",
    "Sinh hoạt thường kỳ",
    120,
    "",
    count,
    "",
    "",
    "",
    "Tốt",
    true,
    "",
  ]);
  return base.map((table) => {
    if (table.name === SHEETS.members.title) return { ...table, rows: [table.rows[0] ?? [], ...members] };
    if (table.name === SHEETS.meetings.title) return { ...table, rows: [table.rows[0] ?? [], ...meetings] };
    return table;
  });
}

interface Measure {
  readonly calls: readonly string[];
  readonly milliseconds: number;
}

function evaluateYearOn(tables: WorkbookTables): Measure {
  const google = createFakeGoogle();
  const context = loadBundle(google.globals);
  initialize(context);
  typeYear(google, tables);
  google.log.reset();
  const start = performance.now();
  callGlobal(context, "evaluateYear");
  const milliseconds = performance.now() - start;
  if (!google.spreadsheet.sheets.some((sheet) => sheet.name === reportSheetName(YEAR))) {
    throw new Error(`no report written; alerts: ${JSON.stringify(google.ui.alerts)}`);
  }
  return { calls: [...google.log.calls], milliseconds };
}

const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");

const small = evaluateYearOn(cellOfSize(10));
const large = evaluateYearOn(cellOfSize(5000));
const dataCalls = (measure: Measure) => measure.calls.filter((call) => DATA_CALL.test(call)).length;

console.log("Đánh giá cuối năm on the fakes (dist/Code.js):");
for (const [label, measure] of [
  ["10 members, 10 meetings", small],
  ["5,000 members, 5,000 meetings", large],
] as const) {
  console.log(
    `  ${label.padEnd(30)} ${String(measure.calls.length).padStart(3)} service calls, ` +
      `${String(dataCalls(measure)).padStart(2)} moving data, ${measure.milliseconds.toFixed(0)} ms in Node`,
  );
}
const tally = new Map<string, number>();
for (const call of large.calls) tally.set(call, (tally.get(call) ?? 0) + 1);
console.log(
  `  calls: ${[...tally]
    .sort((a, b) => b[1] - a[1])
    .map(([call, count]) => `${call}×${count}`)
    .join(", ")}`,
);
/** A generated sheet longer than a new sheet's 1,000 rows is grown once, whatever its length. */
const GROWING = /^Sheet\.insert(Rows|Columns)After$/;
const growing = (measure: Measure) => measure.calls.filter((call) => GROWING.test(call)).length;
const steady = (measure: Measure) => measure.calls.length - growing(measure);
console.log(
  `  ${verdict(steady(small) === steady(large) && growing(large) <= 2)} same number of calls for 10 and 5,000 rows ` +
    `(${steady(small)} and ${steady(large)}, plus ${growing(small)} and ${growing(large)} to grow a sheet past 1,000 rows)`,
);
console.log(`  ${verdict(dataCalls(large) <= CALL_TARGET)} at most ${CALL_TARGET} calls moving data`);
const size = statSync(BUNDLE_PATH).size;
console.log(
  `  ${verdict(size <= BUDGET_BYTES)} dist/Code.js ${(size / 1024).toFixed(1)} KB (budget ${BUDGET_BYTES / 1024} KB)`,
);

/** Chia sẻ với cấp trên right after Đánh giá cuối năm: the first sharing, then sharing again. */
function shareOn(tables: WorkbookTables): { readonly first: Measure; readonly again: Measure } {
  const google = createFakeGoogle();
  const context = loadBundle(google.globals);
  initialize(context);
  typeYear(google, tables);
  callGlobal(context, "evaluateYear");
  const once = (): Measure => {
    google.log.reset();
    const start = performance.now();
    const response = callGlobal(context, "shareEvaluation") as { ok: boolean; message: string };
    const milliseconds = performance.now() - start;
    if (!response.ok) throw new Error(`nothing shared: ${response.message}`);
    return { calls: [...google.log.calls], milliseconds };
  };
  return { first: once(), again: once() };
}

const sharedSmall = shareOn(cellOfSize(10));
const sharedLarge = shareOn(cellOfSize(5000));
const driveCalls = (measure: Measure) => measure.calls.filter((call) => call.startsWith("Drive.")).length;
console.log("Chia sẻ với cấp trên on the fakes (dist/Code.js), one address:");
for (const [label, shared] of [
  ["10 members, 10 meetings", sharedSmall],
  ["5,000 members, 5,000 meetings", sharedLarge],
] as const) {
  for (const [when, measure] of [
    ["first", shared.first],
    ["again", shared.again],
  ] as const) {
    console.log(
      `  ${label.padEnd(30)} ${when}: ${String(measure.calls.length).padStart(3)} service calls, ` +
        `${driveCalls(measure)} to Drive, ${measure.milliseconds.toFixed(0)} ms in Node`,
    );
  }
}
console.log(
  `  ${verdict(
    sharedSmall.first.calls.length === sharedLarge.first.calls.length &&
      sharedSmall.again.calls.length === sharedLarge.again.calls.length,
  )} same number of calls for 10 and 5,000 rows`,
);
