import { describe, expect, it } from "vitest";
import { goodYear, workbook } from "../../support/workbook";
import { createFakeGoogle, snapshot } from "../fakes/index";
import { callGlobal, loadBundle } from "../support/load-bundle";
import { initialize, typeYear } from "../support/sample-year";

function checked(patch: Parameters<typeof goodYear>[0]) {
  const google = createFakeGoogle();
  const context = loadBundle(google.globals);
  initialize(context);
  typeYear(google, workbook(goodYear(patch)));
  const before = snapshot(google);
  callGlobal(context, "checkData");
  expect(snapshot(google)).toEqual(before);
  return google;
}

describe("Kiểm tra dữ liệu", () => {
  it("lists each problem with its sheet, row, column and message, errors first", () => {
    const google = checked({ info: { staffTotal: "mười", agencyRating: "HTT" } });
    const [dialog] = google.ui.dialogs;
    expect(dialog?.title).toMatch(/^Kiểm tra dữ liệu: 2 lỗi/);
    const rows = dialog?.html.match(/<tr class="(error|warning)">/g) ?? [];
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.slice(0, 2).every((row) => row.includes("error"))).toBe(true);
    expect(dialog?.html).toContain("<td>Thông tin chung</td>");
    expect(dialog?.html).toContain("&#34;mười&#34;");
  });

  it("says so when there is nothing to fix", () => {
    const google = checked({});
    expect(google.ui.dialogs).toEqual([]);
    expect(google.ui.alerts.at(-1)?.prompt).toBe("Không phát hiện lỗi nào trong dữ liệu.");
  });
});
