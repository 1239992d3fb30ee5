/**
 * The sidebar: the size of dist/sidebar.html (budget 80 KB, everything inline) and the server
 * round trips of its first paint (must be 1), measured in headless Chromium on the built bundle
 * and the in-memory Sheets; also the Sheets service calls behind that paint for 10 and 2,000
 * members, which must not grow with the rows.
 */
import { readFileSync, statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { createFakeGoogle } from "../test/gas/fakes/index";
import { callGlobal, loadBundle } from "../test/gas/support/load-bundle";
import { initialize, typeYear } from "../test/gas/support/sample-year";
import { goodYear, officialMember, workbook } from "../test/support/workbook";
import { sheetsServer } from "../test/ui/support/sheets-server";
import { launchChromium, openSidebar, SIDEBAR_HTML } from "../test/ui/support/sidebar-page";

const BUDGET_BYTES = 80 * 1024;
const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");

const size = statSync(SIDEBAR_HTML).size;
console.log("Sidebar (dist/sidebar.html):");
console.log(
  `  ${verdict(size <= BUDGET_BYTES)} ${(size / 1024).toFixed(1)} KB (budget ${BUDGET_BYTES / 1024} KB)`,
);
const html = readFileSync(SIDEBAR_HTML, "utf8");
const external = /<(script|link|img)[^>]+(src|href)=/i.test(html);
console.log(`  ${verdict(!external)} no external script, stylesheet or image`);

/** Service calls of one getSidebarState on the good year with `extra` more members. */
function stateCalls(extra: number): { calls: number; bytes: number; milliseconds: number } {
  const google = createFakeGoogle();
  const context = loadBundle(google.globals);
  initialize(context);
  const input = goodYear();
  const members = [
    ...input.members,
    ...Array.from({ length: extra }, (_, index) => officialMember(`Đảng viên số ${index + 1}`)),
  ];
  typeYear(google, workbook({ ...input, members }));
  google.log.reset();
  const start = performance.now();
  const state = callGlobal(context, "getSidebarState");
  const milliseconds = performance.now() - start;
  return { calls: google.log.calls.length, bytes: JSON.stringify(state).length, milliseconds };
}

const small = stateCalls(0);
const large = stateCalls(2000);
for (const [label, measure] of [
  ["10 members", small],
  ["2,010 members", large],
] as const) {
  console.log(
    `  getSidebarState, ${label.padEnd(14)} ${String(measure.calls).padStart(3)} service calls, ` +
      `${(measure.bytes / 1024).toFixed(1)} KB answer, ${measure.milliseconds.toFixed(0)} ms in Node`,
  );
}
console.log(
  `  ${verdict(small.calls === large.calls)} same number of service calls for 10 and 2,010 members`,
);

const browser = await launchChromium().catch((error: Error) => {
  console.log(`  FAIL Chromium did not start (${error.message.split("\n")[0]}): round trips not measured`);
  return undefined;
});
if (browser) {
  try {
    const { server } = sheetsServer();
    const start = performance.now();
    const sidebar = await openSidebar(browser, server);
    const milliseconds = performance.now() - start;
    const trips = sidebar.calls.length;
    console.log(
      `  ${verdict(trips === 1)} first paint in ${trips} server round trip${trips === 1 ? "" : "s"} ` +
        `(${sidebar.calls.join(", ")}), ${milliseconds.toFixed(0)} ms to painted in Chromium`,
    );
    console.log(
      `  ${verdict(sidebar.foreignRequests.length === 0)} ${sidebar.foreignRequests.length} requests to other hosts`,
    );
  } finally {
    await browser.close();
  }
}
