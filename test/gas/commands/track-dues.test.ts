/** `Theo dõi đảng phí` (menu): the dues sheet only on request, members listed, marks never touched. */
import { describe, expect, it } from "vitest";
import { DUES_COLUMNS, DUES_WORDS, SHEETS } from "../../../src/core/index";
import { date, GOOD_MEMBERS, goodYear, officialMember } from "../../support/workbook";
import { addSheet, createFakeGoogle, sheetNamed, snapshot, typeRows, valuesOf } from "../fakes/index";
import { DUES, duesYear, markOf, typeMarks } from "../support/dues-year";
import { callGlobal, loadBundle } from "../support/load-bundle";
import { initialize } from "../support/sample-year";

describe("Theo dõi đảng phí", () => {
  it("is never done by plain Khởi tạo", () => {
    const google = createFakeGoogle();
    initialize(loadBundle(google.globals));
    expect(google.spreadsheet.sheets.map((sheet) => sheet.name)).not.toContain(DUES);
  });

  it("creates Đảng phí with the members who owe dues listed, month headers with a note each", () => {
    const { google } = duesYear();
    const sheet = sheetNamed(google, DUES);
    const values = valuesOf(sheet);
    expect(values[0]).toEqual(DUES_COLUMNS.map((column) => column.header));
    expect(values.slice(1).map((row) => row[0])).toEqual([...GOOD_MEMBERS]);
    DUES_COLUMNS.forEach((column, index) => {
      expect(sheet.cells[0]?.[index]?.note).toBe(column.note);
    });
    expect(sheet.frozenRows).toBe(1);
    expect(google.ui.alerts).toEqual([]);
    expect(google.spreadsheet.toasts.at(-1)?.message).toContain("10 đảng viên");
  });

  it("puts on each month a dropdown of the marks that warns (an amount is also accepted)", () => {
    const { google } = duesYear();
    const rule = sheetNamed(google, DUES).cells[1]?.[3]?.validation;
    expect(rule?.getCriteriaType()).toBe("VALUE_IN_LIST");
    expect(rule?.getCriteriaValues()[0]).toEqual(DUES_WORDS.map((word) => word.label));
    expect(rule?.getAllowInvalid()).toBe(true);
    expect(rule?.getHelpText()).toContain("số tiền");
  });

  it("lists neither a member who left before the year nor one who joins after it", () => {
    const gone = officialMember("Trịnh Văn Cũ", { transferOutDate: date(2023, 6, 1) });
    const later = officialMember("Trịnh Văn Sau", { transferInDate: date(2025, 2, 1) });
    const { google } = duesYear([...goodYear().members, gone, later]);
    const names = valuesOf(sheetNamed(google, DUES)).map((row) => row[0]);
    expect(names).not.toContain("Trịnh Văn Cũ");
    expect(names).not.toContain("Trịnh Văn Sau");
  });

  it("run again, adds the members who joined at the bottom and changes no mark", () => {
    const { google, context } = duesYear();
    typeMarks(google, { [GOOD_MEMBERS[0]]: { 1: 50000, 2: "Miễn" }, [GOOD_MEMBERS[3]]: { 5: "x" } });
    const before = snapshot(google);
    callGlobal(context, "trackDuesMenu");
    expect(snapshot(google)).toEqual(before);
    expect(google.spreadsheet.toasts.at(-1)?.message).toContain("không thay đổi gì");

    typeRows(sheetNamed(google, SHEETS.members.title), 12, [["Mai Thị Mới", "", "", date(2024, 8, 1)]]);
    callGlobal(context, "trackDuesMenu");
    const after = valuesOf(sheetNamed(google, DUES));
    expect(after.slice(0, 11)).toEqual(before[DUES]);
    expect(after[11]?.[0]).toBe("Mai Thị Mới");
    expect(markOf(google, GOOD_MEMBERS[0], 2)).toBe("Miễn");
  });

  it("says what to fix when the sheet has lost its Họ và tên header, and writes nothing", () => {
    const google = createFakeGoogle();
    const context = loadBundle(google.globals);
    initialize(context);
    addSheet(google, DUES, [["Tên", "Tháng 1"]]);
    const before = snapshot(google);
    callGlobal(context, "trackDuesMenu");
    expect(snapshot(google)).toEqual(before);
    expect(google.ui.alerts.at(-1)?.prompt).toContain('"Họ và tên"');
  });

  it("with two tabs read as Đảng phí, names both and writes nothing", () => {
    const google = createFakeGoogle();
    const context = loadBundle(google.globals);
    initialize(context);
    addSheet(google, DUES, [["Họ và tên", "Tháng 1"]]);
    addSheet(google, "Dang phi", [["Họ và tên", "Tháng 1"]]);
    const before = snapshot(google);
    callGlobal(context, "trackDuesMenu");
    expect(snapshot(google)).toEqual(before);
    expect(google.ui.alerts.at(-1)?.prompt).toContain('"Đảng phí" và "Dang phi"');
  });
});
