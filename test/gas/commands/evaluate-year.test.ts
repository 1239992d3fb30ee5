import { beforeEach, describe, expect, it } from "vitest";
import { assess, buildReport, reportSheetName } from "../../../src/core/index";
import { todayInVietnam } from "../../../src/gas/workbook/calendar";
import { assessed } from "../../support/tables";
import { GOOD_YEAR, goodYear, workbook } from "../../support/workbook";
import { BUTTONS, createFakeGoogle, type FakeGoogle, sheetNamed, snapshot, valuesOf } from "../fakes/index";
import { type BundleContext, callGlobal, loadBundle } from "../support/load-bundle";
import { initialize, typeYear } from "../support/sample-year";

let google: FakeGoogle;
let context: BundleContext;

beforeEach(() => {
  google = createFakeGoogle();
  context = loadBundle(google.globals);
  initialize(context);
  typeYear(google, workbook(goodYear()));
});

describe("Đánh giá cuối năm", () => {
  it("writes the sheet the engine builds for the same workbook", () => {
    callGlobal(context, "evaluateYear");
    const expected = buildReport(assessed(assess(workbook(goodYear()), { today: todayInVietnam() })));
    const sheet = sheetNamed(google, reportSheetName(GOOD_YEAR));
    expect(valuesOf(sheet)).toEqual(expected.cells.map((row) => row.map((cell) => cell.value)));
  });
});
