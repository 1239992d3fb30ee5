import { describe, expect, it } from "vitest";
import {
  INDICATORS,
  INFO_ITEMS,
  MEETING_COLUMNS,
  MEMBER_COLUMNS,
  SHEET_ORDER,
  SHEETS,
} from "../../../src/core/index";
import {
  addSheet,
  BUTTONS,
  createFakeGoogle,
  type FakeGoogle,
  sheetNamed,
  snapshot,
  typeRows,
} from "../fakes/index";
import { callGlobal, loadBundle } from "../support/load-bundle";

function initialized(options: Parameters<typeof createFakeGoogle>[0] = {}, answers: string[] = []) {
  const google = createFakeGoogle(options);
  const context = loadBundle(google.globals);
  google.ui.answers.push(...answers);
  callGlobal(context, "initializeWorkbook");
  return { google, context };
}

const columnOf = (header: string) => MEETING_COLUMNS.findIndex((column) => column.header === header);

function cell(google: FakeGoogle, sheet: string, row: number, column: number) {
  return sheetNamed(google, sheet).cells[row - 1]?.[column - 1];
}

describe("Khởi tạo bảng tính", () => {
  it("creates the six sheets in the template's order after the existing ones", () => {
    const { google } = initialized();
    expect(google.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual([
      "Trang tính1",
      ...SHEET_ORDER.map((key) => SHEETS[key].title),
    ]);
  });

  it("writes bold headers with a note each, freezes them and sets the widths", () => {
    const { google } = initialized();
    const sheet = sheetNamed(google, SHEETS.meetings.title);
    expect(sheet.frozenRows).toBe(1);
    MEETING_COLUMNS.forEach((column, index) => {
      const header = sheet.cells[0]?.[index];
      expect(header?.value).toBe(column.header);
      expect(header?.note).toBe(column.note);
      expect(header?.fontWeight).toBe("bold");
      expect(sheet.columnWidths.get(index + 1)).toBe(column.width);
    });
  });

  it("puts a dropdown on list columns, a checkbox on yes/no columns and dd/mm/yyyy on dates, down the sheet", () => {
    const { google } = initialized();
    const title = SHEETS.meetings.title;
    for (const row of [2, 1000]) {
      const type = cell(google, title, row, columnOf("Loại") + 1)?.validation;
      expect(type?.getCriteriaType()).toBe("VALUE_IN_LIST");
      expect(type?.getCriteriaValues()[0]).toContain("Thường kỳ kết hợp chuyên đề");
      expect(cell(google, title, row, columnOf("Biên bản") + 1)?.validation?.getCriteriaType()).toBe(
        "CHECKBOX",
      );
      expect(cell(google, title, row, columnOf("Ngày") + 1)?.numberFormat).toBe("dd/mm/yyyy");
      expect(cell(google, title, row, columnOf("Nội dung") + 1)?.numberFormat).toBe("@");
    }
  });

  it("lists the items of Thông tin chung, each with its note and the input of its value", () => {
    const { google } = initialized();
    const title = SHEETS.info.title;
    INFO_ITEMS.forEach((item, index) => {
      const label = cell(google, title, index + 2, 1);
      expect(label?.value).toBe(item.label);
      expect(label?.note).toBe(item.note);
    });
    const rowOf = (label: string) => INFO_ITEMS.findIndex((item) => item.label === label) + 2;
    // Có/Không rather than a checkbox: blank (not said yet) must stay distinct from Không.
    const committee = cell(google, title, rowOf("Có chi ủy"), 2)?.validation;
    expect(committee?.getCriteriaType()).toBe("VALUE_IN_LIST");
    expect(committee?.getCriteriaValues()[0]).toEqual(["Có", "Không"]);
    expect(cell(google, title, rowOf("Xếp loại chi bộ"), 2)?.validation?.getCriteriaType()).toBe(
      "VALUE_IN_LIST",
    );
    expect(cell(google, title, rowOf("Tên chi bộ"), 2)?.numberFormat).toBe("@");
  });

  it("fills Cấu hình with every indicator's default, thresholds kept as typed text", () => {
    const { google } = initialized();
    const title = SHEETS.settings.title;
    INDICATORS.forEach((indicator, index) => {
      expect(cell(google, title, index + 2, 1)?.value).toBe(indicator.id);
      expect(cell(google, title, index + 2, 4)?.value).toBe(true);
    });
    const sh7 = INDICATORS.findIndex((indicator) => indicator.id === "SH7") + 2;
    expect(cell(google, title, sh7, 3)?.value).toBe("90%");
  });

  it("changes no cell when run a second time", () => {
    const { google, context } = initialized();
    typeRows(sheetNamed(google, SHEETS.members.title), 2, [["Nguyễn Văn An", "", "Bí thư"]]);
    const before = snapshot(google);
    const sheets = google.spreadsheet.sheets.length;
    callGlobal(context, "initializeWorkbook");
    expect(snapshot(google)).toEqual(before);
    expect(google.spreadsheet.sheets.length).toBe(sheets);
    expect(google.spreadsheet.toasts.at(-1)?.message).toMatch(/không thay đổi gì/);
  });

  it("leaves a sheet the secretary made, even spelled without diacritics, as it is", () => {
    const google = createFakeGoogle();
    addSheet(google, "dang vien", [["Ho va ten"], ["Trần Thị Bình"]]);
    callGlobal(loadBundle(google.globals), "initializeWorkbook");
    expect(google.spreadsheet.sheets.filter((sheet) => sheet.name === SHEETS.members.title)).toEqual([]);
    expect(snapshot(google)["dang vien"]).toEqual([["Ho va ten"], ["Trần Thị Bình"]]);
  });

  it("asks before switching an en_US spreadsheet to vi_VN and Asia/Ho_Chi_Minh", () => {
    const { google } = initialized({ locale: "en_US", timeZone: "America/New_York" }, [BUTTONS.YES]);
    expect(google.ui.alerts[0]?.prompt).toMatch(/03\/07\/2023[\s\S]*vi_VN/);
    expect(google.spreadsheet.locale).toBe("vi_VN");
    expect(google.spreadsheet.timeZone).toBe("Asia/Ho_Chi_Minh");
  });

  it("keeps the locale and time zone when the secretary says No, and still creates the sheets", () => {
    const { google } = initialized({ locale: "en_US", timeZone: "America/New_York" }, [BUTTONS.NO]);
    expect(google.spreadsheet.locale).toBe("en_US");
    expect(google.spreadsheet.timeZone).toBe("America/New_York");
    expect(google.spreadsheet.sheets).toHaveLength(7);
  });

  it("asks nothing when the spreadsheet is already Vietnamese", () => {
    const { google } = initialized();
    expect(google.ui.alerts).toEqual([]);
  });
});

describe("Khởi tạo bảng tính on a Đảng viên sheet made before the year-end review columns", () => {
  const OLD_COLUMNS = MEMBER_COLUMNS.filter(
    (column) => !["Tự xếp loại", "Bản kiểm điểm", "Nhận xét nơi cư trú"].includes(column.header),
  );
  const NEW_HEADERS = ["Tự xếp loại", "Bản kiểm điểm", "Nhận xét nơi cư trú"];

  function oldWorkbook() {
    const google = createFakeGoogle();
    const members = addSheet(google, SHEETS.members.title, [
      OLD_COLUMNS.map((column) => column.header),
      ["Nguyễn Văn An", { year: 1978, month: 4, day: 12 }, "Bí thư", { year: 2003, month: 5, day: 19 }],
      [
        "Trần Thị Bình",
        "",
        "",
        { year: 2010, month: 2, day: 3 },
        "",
        "",
        "",
        true,
        "Tốt",
        "HTTNV",
        "",
        "=1+1",
      ],
      [
        "Lê Văn Cường",
        "",
        "Đảng viên",
        "19/05/2015",
        "",
        "",
        "",
        false,
        "Khá",
        "HTNV",
        "Khiển trách",
        "- ốm",
      ],
    ]);
    return { google, members, context: loadBundle(google.globals) };
  }

  /** What each cell of the first rows and columns holds (a cell never written reads as empty). */
  const region = (sheet: ReturnType<typeof sheetNamed>, rows: number, columns: number) =>
    Array.from({ length: rows }, (_, row) =>
      Array.from({ length: columns }, (_, column) => {
        const cell = sheet.cells[row]?.[column];
        return {
          value: cell?.value ?? "",
          formula: cell?.formula ?? "",
          numberFormat: cell?.numberFormat ?? "",
          note: cell?.note ?? "",
        };
      }),
    );

  it("adds the three columns after the last one in use and leaves every data cell unchanged", () => {
    const { google, members, context } = oldWorkbook();
    const before = region(members, 4, OLD_COLUMNS.length);
    callGlobal(context, "initializeWorkbook");
    expect(region(members, 4, OLD_COLUMNS.length)).toEqual(before);
    const header = members.cells[0]?.map((cell) => cell.value) ?? [];
    expect(header.slice(OLD_COLUMNS.length, OLD_COLUMNS.length + 3)).toEqual(NEW_HEADERS);
    for (const row of members.cells.slice(1, 4)) {
      for (const cell of row.slice(OLD_COLUMNS.length, OLD_COLUMNS.length + 3)) expect(cell.value).toBe("");
    }
    expect(google.spreadsheet.toasts.at(-1)?.message).toContain(
      "Đã thêm 3 cột vào trang Đảng viên: Tự xếp loại, Bản kiểm điểm, Nhận xét nơi cư trú.",
    );
  });

  it("gives the new columns their note, width, dropdown and checkboxes down the sheet", () => {
    const { members, context } = oldWorkbook();
    callGlobal(context, "initializeWorkbook");
    const first = OLD_COLUMNS.length + 1;
    NEW_HEADERS.forEach((header, index) => {
      const column = MEMBER_COLUMNS.find((candidate) => candidate.header === header);
      expect(members.cells[0]?.[first - 1 + index]?.note).toBe(column?.note);
      expect(members.columnWidths.get(first + index)).toBe(column?.width);
    });
    for (const row of [2, members.maxRows]) {
      const self = members.cells[row - 1]?.[first - 1]?.validation;
      expect(self?.getCriteriaType()).toBe("VALUE_IN_LIST");
      expect(self?.getCriteriaValues()[0]).toContain("Hoàn thành tốt nhiệm vụ");
      expect(members.cells[row - 1]?.[first]?.validation?.getCriteriaType()).toBe("CHECKBOX");
      expect(members.cells[row - 1]?.[first + 1]?.validation?.getCriteriaType()).toBe("CHECKBOX");
    }
  });

  it("adds nothing the second time", () => {
    const { google, context } = oldWorkbook();
    callGlobal(context, "initializeWorkbook");
    const before = snapshot(google);
    callGlobal(context, "initializeWorkbook");
    expect(snapshot(google)).toEqual(before);
    expect(google.spreadsheet.toasts.at(-1)?.message).toMatch(/không thay đổi gì/);
  });

  it("puts them after a column of the secretary's own, and widens a sheet that is full", () => {
    const google = createFakeGoogle();
    const headers = [...OLD_COLUMNS.map((column) => column.header), "Số điện thoại"];
    const members = addSheet(google, SHEETS.members.title, [headers, ["Nguyễn Văn An"]]);
    members.maxColumns = headers.length;
    callGlobal(loadBundle(google.globals), "initializeWorkbook");
    expect(members.cells[0]?.map((cell) => cell.value)).toEqual([...headers, ...NEW_HEADERS]);
    expect(members.maxColumns).toBe(headers.length + 3);
  });
});
