import { beforeEach, describe, expect, it } from "vitest";
import {
  assess,
  buildRatingsSheet,
  buildReport,
  ratingsSheetName,
  reportSheetName,
  type WorkbookTables,
} from "../../../src/core/index";
import { conclusionText } from "../../../src/core/report/conclusion";
import { todayInVietnam } from "../../../src/gas/workbook/calendar";
import { assessed } from "../../support/tables";
import {
  GOOD_YEAR,
  type GoodYearPatch,
  goodYear,
  memberNames,
  officialMember,
  workbook,
} from "../../support/workbook";
import {
  addSheet,
  BUTTONS,
  createFakeGoogle,
  type FakeGoogle,
  sheetNamed,
  snapshot,
  valuesOf,
} from "../fakes/index";
import { type BundleContext, callGlobal, loadBundle } from "../support/load-bundle";
import { initialize, typeYear } from "../support/sample-year";

const REPORT = reportSheetName(GOOD_YEAR);
const RATINGS = ratingsSheetName(GOOD_YEAR);

let google: FakeGoogle;
let context: BundleContext;

function setUp(patch: GoodYearPatch = {}): WorkbookTables {
  google = createFakeGoogle();
  context = loadBundle(google.globals);
  initialize(context);
  const tables = workbook(goodYear(patch));
  typeYear(google, tables);
  return tables;
}

function expectedGrid(tables: WorkbookTables) {
  return buildReport(assessed(assess(tables, { today: todayInVietnam() })));
}

const evaluateYear = () => callGlobal(context, "evaluateYear");
const inputSheets = () =>
  Object.fromEntries(
    Object.entries(snapshot(google)).filter(([name]) => name !== REPORT && name !== RATINGS),
  );

describe("Đánh giá cuối năm", () => {
  let tables: WorkbookTables;
  beforeEach(() => {
    tables = setUp();
  });

  it("writes the values, merges, borders and widths the engine builds for the same workbook", () => {
    evaluateYear();
    const grid = expectedGrid(tables);
    const sheet = sheetNamed(google, REPORT);
    expect(valuesOf(sheet)).toEqual(grid.cells.map((row) => row.map((cell) => cell.value)));
    const byPlace = (a: { row: number; column: number }, b: { row: number; column: number }) =>
      a.row - b.row || a.column - b.column;
    expect([...sheet.merges].sort(byPlace)).toEqual(
      grid.merges
        .map((area) => ({
          row: area.row + 1,
          column: area.column + 1,
          rows: area.rows,
          columns: area.columns,
        }))
        .sort(byPlace),
    );
    for (const area of grid.bordered) {
      expect(sheet.cells[area.row]?.[area.column]?.bordered).toBe(true);
      expect(sheet.cells[area.row + area.rows - 1]?.[area.column + area.columns - 1]?.bordered).toBe(true);
    }
    grid.columnWidths.forEach((width, index) => {
      expect(sheet.columnWidths.get(index + 1)).toBe(width);
    });
  });

  it("styles each cell as the grid says: bold title, coloured statuses", () => {
    evaluateYear();
    const grid = expectedGrid(tables);
    const sheet = sheetNamed(google, REPORT);
    grid.cells.forEach((row, r) => {
      row.forEach((cell, c) => {
        const written = sheet.cells[r]?.[c];
        if (cell.style?.bold) expect(written?.fontWeight).toBe("bold");
        if (cell.style?.background) expect(written?.background).toBe(cell.style.background);
        if (cell.style?.horizontal) expect(written?.horizontalAlignment).toBe(cell.style.horizontal);
      });
    });
  });

  it("activates the sheet and ends with a toast giving the verdict", () => {
    evaluateYear();
    const sheet = sheetNamed(google, REPORT);
    expect(google.spreadsheet.activeSheetId).toBe(sheet.id);
    const verdict = conclusionText(assessed(assess(tables, { today: todayInVietnam() })).evaluation);
    expect(google.spreadsheet.toasts.at(-1)).toEqual({ message: verdict, title: "Chi bộ 4 tốt" });
    expect(verdict).toMatch(/^Đề nghị công nhận đạt "Chi bộ bốn tốt" năm 2024/);
  });

  it("never changes the input sheets", () => {
    const before = snapshot(google);
    evaluateYear();
    expect(inputSheets()).toEqual(before);
  });

  it("replaces only its own sheet when run again, in the same place", () => {
    evaluateYear();
    const first = sheetNamed(google, REPORT);
    const order = google.spreadsheet.sheets.map((sheet) => sheet.name);
    const before = inputSheets();
    evaluateYear();
    expect(google.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual(order);
    expect(sheetNamed(google, REPORT)).not.toBe(first);
    expect(valuesOf(sheetNamed(google, REPORT))).toEqual(valuesOf(first));
    expect(inputSheets()).toEqual(before);
  });

  it("asks before replacing a sheet of that name it did not make, and keeps it on No", () => {
    const foreign = addSheet(google, REPORT, [["Bản nháp của bí thư"]]);
    google.ui.answers.push(BUTTONS.NO);
    evaluateYear();
    expect(google.ui.alerts.at(-1)?.prompt).toMatch(/không do Chi bộ 4 tốt lập/);
    expect(sheetNamed(google, REPORT)).toBe(foreign);
    expect(valuesOf(foreign)).toEqual([["Bản nháp của bí thư"]]);

    google.ui.answers.push(BUTTONS.YES);
    evaluateYear();
    expect(sheetNamed(google, REPORT)).not.toBe(foreign);
  });

  it("waits for the document lock and says so when another command holds it", () => {
    google.lock.heldElsewhere = true;
    evaluateYear();
    expect(google.ui.alerts.at(-1)?.prompt).toMatch(/đang chạy/);
    expect(google.spreadsheet.sheets.some((sheet) => sheet.name === REPORT)).toBe(false);
    expect(google.lock.waits.at(-1)).toBe(10_000);
  });

  it("says it must run from an open spreadsheet when there is no document lock (null outside a document), not busy", () => {
    google.lock.outsideDocument = true;
    evaluateYear();
    const prompt = google.ui.alerts.at(-1)?.prompt ?? "";
    expect(prompt).toContain("chỉ ghi được khi chạy từ trong một bảng tính đang mở");
    expect(prompt).not.toMatch(/đang chạy trên bảng tính này/);
    expect(google.spreadsheet.sheets.some((sheet) => sheet.name === REPORT)).toBe(false);
  });

  it("releases the lock when done, so the next click works", () => {
    evaluateYear();
    expect(google.lock.held).toBe(false);
  });
});

describe("Đánh giá cuối năm writes the named list of ratings beside the evaluation", () => {
  let tables: WorkbookTables;
  beforeEach(() => {
    tables = setUp();
  });

  it("writes Xếp loại đảng viên <năm> right after Đánh giá <năm>, as the engine builds it", () => {
    evaluateYear();
    const names = google.spreadsheet.sheets.map((sheet) => sheet.name);
    expect(names.indexOf(RATINGS)).toBe(names.indexOf(REPORT) + 1);
    const grid = buildRatingsSheet(assessed(assess(tables, { today: todayInVietnam() })));
    expect(valuesOf(sheetNamed(google, RATINGS))).toEqual(
      grid.cells.map((row) => row.map((cell) => cell.value)),
    );
    grid.columnWidths.forEach((width, index) => {
      expect(sheetNamed(google, RATINGS).columnWidths.get(index + 1)).toBe(width);
    });
    expect(google.spreadsheet.activeSheetId).toBe(sheetNamed(google, REPORT).id);
  });

  it("replaces both in place when run again", () => {
    evaluateYear();
    const order = google.spreadsheet.sheets.map((sheet) => sheet.name);
    const first = sheetNamed(google, RATINGS);
    evaluateYear();
    expect(google.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual(order);
    expect(sheetNamed(google, RATINGS)).not.toBe(first);
  });

  it("makes as many service calls for 60 members as for 10", () => {
    const calls = (patch: GoodYearPatch) => {
      setUp(patch);
      google.log.reset();
      evaluateYear();
      return google.log.calls.length;
    };
    const many = goodYear().members.concat(
      memberNames(50).map((name) => officialMember(name, { selfReview: "Có" })),
    );
    expect(calls({ members: many })).toBe(calls({}));
  });

  it("keeps a list of that name it did not make when the secretary says No, and still writes the evaluation", () => {
    const foreign = addSheet(google, RATINGS, [["Danh sách tự lập"]]);
    google.ui.answers.push(BUTTONS.NO);
    evaluateYear();
    expect(google.ui.alerts.at(-1)?.prompt).toMatch(/danh sách xếp loại mới/);
    expect(sheetNamed(google, RATINGS)).toBe(foreign);
    expect(valuesOf(foreign)).toEqual([["Danh sách tự lập"]]);
    expect(google.spreadsheet.sheets.some((sheet) => sheet.name === REPORT)).toBe(true);
  });
});

describe("Đánh giá cuối năm with errors in the data", () => {
  beforeEach(() => {
    setUp({ info: { staffTotal: "mười" } });
  });

  it("warns with the count of errors and writes nothing on No", () => {
    google.ui.answers.push(BUTTONS.NO);
    evaluateYear();
    expect(google.ui.alerts.at(-1)?.prompt).toMatch(/Dữ liệu còn 1 lỗi[\s\S]*Kiểm tra dữ liệu/);
    expect(google.spreadsheet.sheets.some((sheet) => sheet.name === REPORT)).toBe(false);
  });

  it("writes the sheet on Yes", () => {
    google.ui.answers.push(BUTTONS.YES);
    evaluateYear();
    expect(google.spreadsheet.sheets.some((sheet) => sheet.name === REPORT)).toBe(true);
  });
});

describe("Đánh giá cuối năm on formula-like text", () => {
  it("writes a name starting with =, +, - or @ as text, never as a formula", () => {
    setUp({
      info: { unitName: '=HYPERLINK("http://x")', place: "+84 Hòa Bình", secretary: "@Nguyễn Văn An" },
    });
    evaluateYear();
    const cells = sheetNamed(google, REPORT).cells.flat();
    expect(cells.every((cell) => cell.formula === "")).toBe(true);
    const texts = cells.map((cell) => String(cell.value));
    expect(texts.some((text) => text.includes("+84 Hòa Bình"))).toBe(true);
    expect(texts.some((text) => text.includes("@Nguyễn Văn An") || text.includes("@NGUYỄN VĂN AN"))).toBe(
      true,
    );
  });
});

describe("Đánh giá cuối năm on an unreadable workbook", () => {
  it("says why in one Vietnamese line and writes nothing", () => {
    google = createFakeGoogle();
    context = loadBundle(google.globals);
    evaluateYear();
    expect(google.ui.alerts).toHaveLength(1);
    expect(google.ui.alerts[0]?.prompt).toMatch(/Thông tin chung/);
    expect(google.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual(["Trang tính1"]);
  });
});
