import { describe, expect, it } from "vitest";
import { assess, type CellValue } from "../../../src/core/index";
import {
  AFTER_2023,
  assessed,
  day,
  indicator,
  issuesOf,
  records,
  TITLE,
  workbook,
} from "../../support/tables";

// Tone marks spelled out so the two placements of "Hòa" cannot be merged by an editor.
const HOA_OLD_STYLE = "Tr\u1EA7n Th\u1ECB H\u00F2a"; // ò then a
const HOA_NEW_STYLE = "Tr\u1EA7n Th\u1ECB Ho\u00E0"; // o then à

const MEMBERS = ["Nguyễn Văn An", "Lê Văn Bình", HOA_OLD_STYLE, "Phạm Thị Lan"];

function membersTab(names: readonly string[]) {
  return records(
    TITLE.members,
    names.map((name) => ({
      "Họ và tên": name,
      "Ngày vào Đảng": "05/03/2010",
      "Ngày chính thức": "05/03/2011",
    })),
  );
}

/** One regular meeting a month from January, each with the given `Vắng không lý do`. */
function unexcusedAbsences(lists: readonly CellValue[], members: readonly string[] = MEMBERS) {
  const meetings = records(
    TITLE.meetings,
    lists.map((list, index) => ({
      Ngày: day(2023, index + 1, 10),
      Loại: "Thường kỳ",
      "Vắng không lý do": list,
    })),
  );
  return assessed(assess(workbook({ members: membersTab(members), meetings }), AFTER_2023));
}

const ABSENCE_COLUMN = { sheet: TITLE.meetings, column: "Vắng không lý do" } as const;

/** KL5's value is the most months any one member was absent without reason. */
function expectMonthsAbsent(lists: readonly CellValue[], months: number): void {
  const assessment = unexcusedAbsences(lists);
  expect(issuesOf(assessment, ABSENCE_COLUMN)).toEqual([]);
  expect(indicator(assessment, "KL5").value).toBe(months);
}

describe("name lists", () => {
  it("split on commas, semicolons and new lines", () => {
    expectMonthsAbsent(
      ["Nguyễn Văn An, Lê Văn Bình", "Phạm Thị Lan; Lê Văn Bình", "Phạm Thị Lan\nLê Văn Bình"],
      3,
    );
  });

  it("ignore a leading 'đ/c' or 'đồng chí', in any case", () => {
    expectMonthsAbsent(
      ["đ/c Lê Văn Bình", "đồng chí Lê Văn Bình", "Đ/c Lê Văn Bình, Đồng chí Phạm Thị Lan"],
      3,
    );
  });

  it("ignore a trailing note in parentheses: 'Lê Văn Bình (ốm)'", () => {
    expectMonthsAbsent(["Lê Văn Bình (ốm)", "Lê Văn Bình (đi công tác), Phạm Thị Lan"], 2);
  });

  it("ignore case and spaces", () => {
    expectMonthsAbsent(["  lê  văn   BÌNH "], 1);
  });

  it("treat both tone placements as one name: 'Hoà' = 'Hòa'", () => {
    expectMonthsAbsent([HOA_NEW_STYLE, HOA_OLD_STYLE], 2);
  });

  it("treat decomposed (NFD) text as its composed form", () => {
    expectMonthsAbsent(["Lê Văn Bình".normalize("NFD")], 1);
  });

  it("count a name matching only without diacritics when unique, with a warning", () => {
    const assessment = unexcusedAbsences(["Le Van Binh"]);
    const issues = issuesOf(assessment, ABSENCE_COLUMN);
    expect(issues.map((issue) => [issue.severity, issue.row])).toEqual([["warning", 2]]);
    expect(indicator(assessment, "KL5").value).toBe(1);
  });

  it("report a name matching two members only without diacritics as an error", () => {
    // Nam and Năm are two people; "Nguyen Van Nam" could be either, so it counts for neither.
    const assessment = unexcusedAbsences(
      ["Nguyen Van Nam"],
      [...MEMBERS, "Nguyễn Văn Nam", "Nguyễn Văn Năm"],
    );
    const issues = issuesOf(assessment, ABSENCE_COLUMN);
    expect(issues.map((issue) => [issue.severity, issue.row])).toEqual([["error", 2]]);
  });

  it("report a name that matches no member as an error at its cell, naming it", () => {
    const assessment = unexcusedAbsences(["Lê Văn Bình", "Lê Văn Bình, Hoàng Văn Tư"]);
    const issues = issuesOf(assessment, ABSENCE_COLUMN);
    expect(issues.map((issue) => [issue.severity, issue.row])).toEqual([["error", 3]]);
    expect(issues[0]?.message).toContain("Hoàng Văn Tư");
    // The unknown entry may be anyone, so KL5 cannot pass on it; the known ones still count.
    expect(indicator(assessment, "KL5").value).toBe(2);
    expect(indicator(assessment, "KL5").status).not.toBe("pass");
  });

  it("report a name shared by two members as an error in the list", () => {
    const assessment = unexcusedAbsences(["Nguyễn Văn An"], [...MEMBERS, "Nguyễn Văn An"]);
    const issues = issuesOf(assessment, ABSENCE_COLUMN);
    expect(issues.map((issue) => [issue.severity, issue.row])).toEqual([["error", 2]]);
  });

  it("check names in Sự việc's 'Đảng viên liên quan' the same way", () => {
    const incidents = records(TITLE.incidents, [
      { Ngày: "10/05/2023", Loại: "Kiểm tra", "Đảng viên liên quan": "đ/c Lê Văn Bình, Hoàng Văn Tư" },
    ]);
    const assessment = assessed(assess(workbook({ members: membersTab(MEMBERS), incidents }), AFTER_2023));
    const issues = issuesOf(assessment, { sheet: TITLE.incidents, column: "Đảng viên liên quan" });
    expect(issues.map((issue) => [issue.severity, issue.row])).toEqual([["error", 2]]);
    expect(issues[0]?.message).toContain("Hoàng Văn Tư");
  });
});

describe("member names", () => {
  it("report a duplicate name in Đảng viên as an error", () => {
    const assessment = assessed(
      assess(workbook({ members: membersTab([...MEMBERS, "Nguyễn Văn An"]) }), AFTER_2023),
    );
    const errors = issuesOf(assessment, { severity: "error", sheet: TITLE.members, column: "Họ và tên" });
    expect(errors.length).toBeGreaterThan(0);
    // The repeated name is on row 6 (header 1, four members, then the repeat); the first may be flagged too.
    expect(errors.map((issue) => issue.row)).toContain(6);
    expect(errors[0]?.message).toContain("Nguyễn Văn An");
  });

  it("treat names differing only in case and spaces as duplicates", () => {
    // The lists match names ignoring case and spaces, so these two could never be told apart.
    const assessment = assessed(
      assess(workbook({ members: membersTab([...MEMBERS, "nguyễn  văn an"]) }), AFTER_2023),
    );
    const errors = issuesOf(assessment, { severity: "error", sheet: TITLE.members, column: "Họ và tên" });
    expect(errors.map((issue) => issue.row)).toContain(6);
  });

  it("keep names differing in diacritics apart: Nguyễn Văn Nam and Nguyễn Văn Năm", () => {
    const assessment = assessed(
      assess(workbook({ members: membersTab([...MEMBERS, "Nguyễn Văn Nam", "Nguyễn Văn Năm"]) }), AFTER_2023),
    );
    expect(issuesOf(assessment, { sheet: TITLE.members, column: "Họ và tên" })).toEqual([]);
  });
});
