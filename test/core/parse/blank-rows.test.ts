import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/index";
import { AFTER_2023, assessed, issuesOf, TITLE, table, workbook } from "../../support/tables";

describe("blank rows and row numbers", () => {
  it("skip fully blank rows: they are not members and raise nothing", () => {
    const members = table(
      TITLE.members,
      ["Họ và tên", "Ngày vào Đảng", "Ngày chính thức"],
      [
        ["Nguyễn Văn An", "05/03/2010", "05/03/2011"],
        [null, "", null],
        [],
        ["Lê Văn Bình", "05/03/2010", "05/03/2011"],
      ],
    );
    const assessment = assessed(assess(workbook({ members }), AFTER_2023));
    expect(assessment.facts.members.roster).toBe(2);
    expect(issuesOf(assessment, { sheet: TITLE.members, row: 3 })).toEqual([]);
    expect(issuesOf(assessment, { sheet: TITLE.members, row: 4 })).toEqual([]);
  });

  it("skip rows holding only unchecked checkboxes (FALSE), as the template's rows do", () => {
    const members = table(
      TITLE.members,
      ["Họ và tên", "Ngày vào Đảng", "Ngày chính thức", "Miễn sinh hoạt"],
      [
        ["Nguyễn Văn An", "05/03/2010", "05/03/2011", false],
        ["", "", "", false],
      ],
    );
    const assessment = assessed(assess(workbook({ members }), AFTER_2023));
    expect(assessment.facts.members.roster).toBe(1);
    expect(issuesOf(assessment, { sheet: TITLE.members, row: 3 })).toEqual([]);
  });

  it("number rows as the spreadsheet does: header 1, first data row 2, blank rows counted", () => {
    const meetings = table(
      TITLE.meetings,
      ["Ngày", "Loại"],
      [
        ["31/02/2023", "Thường kỳ"],
        ["", ""],
        ["10/03/2023", "Họp lệ"],
      ],
    );
    const assessment = assessed(assess(workbook({ meetings }), AFTER_2023));
    const errors = issuesOf(assessment, { severity: "error", sheet: TITLE.meetings });
    const places = errors.map((issue) => [issue.row, issue.column]);
    expect(places.sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [2, "Ngày"],
      [4, "Loại"],
    ]);
  });

  it("report a blank required cell of a non-blank row at its row", () => {
    // The spec only says such a blank is unknown; a meeting without a date can be counted nowhere,
    // so the secretary must be told where it is (as an error or a warning).
    const meetings = table(
      TITLE.meetings,
      ["Ngày", "Loại", "Nội dung"],
      [[null, "Thường kỳ", "Học nghị quyết"]],
    );
    const assessment = assessed(assess(workbook({ meetings }), AFTER_2023));
    const issues = issuesOf(assessment, { sheet: TITLE.meetings, column: "Ngày" });
    expect(issues.map((issue) => issue.row)).toEqual([2]);
  });
});
