/**
 * Ghi đảng phí on the in-memory Google Sheets (dist/Code.js, as pushed): saving one month for 10 and for
 * 2,000 members (new payments, one unticked, two members given a row). Target: the same number of
 * service calls for both; the month's column written through one RangeList per kind of change.
 */
import { performance } from "node:perf_hooks";
import { duesYearOfSize } from "../test/gas/support/dues-year";
import { callGlobal } from "../test/gas/support/load-bundle";

const DATA_CALL = /\.(getValues|setValues|setValue|clearContent|setNumberFormat|insertRowsAfter)$/;

function saveMonth(count: number): { calls: string[]; milliseconds: number } {
  const { google, context, names } = duesYearOfSize(count);
  google.log.reset();
  const start = performance.now();
  const response = callGlobal(context, "saveDuesMonth", {
    month: 5,
    amount: 50000,
    paid: names.slice(1),
    unpaid: names.slice(0, 1),
  }) as { ok: boolean; message: string };
  const milliseconds = performance.now() - start;
  if (!response.ok) throw new Error(response.message);
  return { calls: [...google.log.calls], milliseconds };
}

const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");
const small = saveMonth(10);
const large = saveMonth(2000);
console.log("Ghi đảng phí (one month) on the fakes (dist/Code.js):");
for (const [label, measure] of [
  ["10 members", small],
  ["2,000 members", large],
] as const) {
  const moving = measure.calls.filter((call) => DATA_CALL.test(call)).length;
  console.log(
    `  ${label.padEnd(14)} ${String(measure.calls.length).padStart(3)} service calls, ${moving} moving data, ` +
      `${measure.milliseconds.toFixed(0)} ms in Node (read, plan, write, re-assess)`,
  );
}
console.log(`  ${verdict(small.calls.join() === large.calls.join())} same calls for 10 and 2,000 members`);
