import { describe, expect, it } from "vitest";
import { assess, type CellValue, type SheetTable } from "../../../src/core/index";
import {
  AFTER_2023,
  assessed,
  day,
  indicator,
  infoSheet,
  issuesOf,
  records,
  TITLE,
  table,
  workbook,
} from "../../support/tables";

/** A members tab typed with the given header; DV4 (target 1) shows whether the admission was read. */
function admissionsWithMembers(members: SheetTable) {
  const tables = workbook({ info: infoSheet({ "Chỉ tiêu kết nạp đảng viên": 1 }), members });
  return assessed(assess(tables, AFTER_2023));
}

function expectOneAdmissionRead(header: readonly CellValue[], row: readonly CellValue[]): void {
  const assessment = admissionsWithMembers(table(TITLE.members, header, [row]));
  expect(issuesOf(assessment, { severity: "error" })).toEqual([]);
  expect(indicator(assessment, "DV4").value).toBe(1);
}

describe("headers", () => {
  it("match without diacritics", () => {
    expectOneAdmissionRead(["Ho va ten", "Ngay vao Dang"], ["Nguyễn Văn An", "05/03/2023"]);
  });

  it("match in any case", () => {
    expectOneAdmissionRead(["HỌ VÀ TÊN", "ngày vào đảng"], ["Nguyễn Văn An", "05/03/2023"]);
  });

  it("match with surrounding and repeated spaces", () => {
    expectOneAdmissionRead(["  Họ  và   tên ", "Ngày vào  Đảng  "], ["Nguyễn Văn An", "05/03/2023"]);
  });

  it("match in any order", () => {
    expectOneAdmissionRead(
      ["Ngày vào Đảng", "Xếp loại", "Họ và tên"],
      ["05/03/2023", "HTTNV", "Nguyễn Văn An"],
    );
  });

  it("ignore extra unknown columns", () => {
    const header = ["Số điện thoại", "Họ và tên", "Quê quán", "Ngày vào Đảng"];
    const assessment = admissionsWithMembers(
      table(TITLE.members, header, [["=SUM(A1)", "Nguyễn Văn An", "31/02/2024", "05/03/2023"]]),
    );
    expect(issuesOf(assessment, { column: "Số điện thoại" })).toEqual([]);
    expect(issuesOf(assessment, { column: "Quê quán" })).toEqual([]);
    expect(issuesOf(assessment, { severity: "error" })).toEqual([]);
    expect(indicator(assessment, "DV4").value).toBe(1);
  });
});

describe("tab names", () => {
  it("match without diacritics: 'Dang vien'", () => {
    const members = records("Dang vien", [{ "Họ và tên": "Nguyễn Văn An", "Ngày vào Đảng": "05/03/2023" }]);
    const assessment = admissionsWithMembers(members);
    expect(issuesOf(assessment, { severity: "error", row: null })).toEqual([]);
    expect(indicator(assessment, "DV4").value).toBe(1);
  });

  it("match in lower case without diacritics: 'sinh hoat'", () => {
    const meetings = records("sinh hoat", [{ Ngày: "10/01/2023", Loại: "Thường kỳ", "Biên bản": true }]);
    const assessment = assessed(assess(workbook({ meetings }), AFTER_2023));
    expect(issuesOf(assessment, { severity: "error", row: null })).toEqual([]);
    expect(indicator(assessment, "SH8").status).toBe("pass");
  });

  it("match with odd case and spaces: ' SINH  HOẠT '", () => {
    const meetings = records(" SINH  HOẠT ", [{ Ngày: "10/01/2023", Loại: "Thường kỳ", "Biên bản": true }]);
    const assessment = assessed(assess(workbook({ meetings }), AFTER_2023));
    expect(issuesOf(assessment, { severity: "error", row: null })).toEqual([]);
    expect(indicator(assessment, "SH8").status).toBe("pass");
  });

  it("find 'Thông tin chung' typed without diacritics", () => {
    const info = { ...infoSheet(), name: "thong tin chung" };
    const outcome = assess(workbook({ info }), AFTER_2023);
    expect(outcome.ok).toBe(true);
  });
});

/** One regular meeting in January, read as of 31 January: SH1 passes only if `type` reads as regular. */
function januaryMeetingOfType(type: CellValue) {
  const meetings = records(TITLE.meetings, [{ Ngày: "10/01/2023", Loại: type, "Biên bản": true }]);
  return assessed(assess(workbook({ meetings }), { today: day(2023, 1, 31) }));
}

describe("i = y at the end of a syllable", () => {
  it("reads 'Thuong ki' as Thường kỳ", () => {
    const assessment = januaryMeetingOfType("Thuong ki");
    expect(issuesOf(assessment, { column: "Loại" })).toEqual([]);
    expect(indicator(assessment, "SH1").status).toBe("pass");
  });

  it("reads 'Thường kì' as Thường kỳ", () => {
    const assessment = januaryMeetingOfType("Thường kì");
    expect(issuesOf(assessment, { column: "Loại" })).toEqual([]);
    expect(indicator(assessment, "SH1").status).toBe("pass");
  });

  it("does not apply to names: Lê Thị Vi and Lê Thị Vy are two members", () => {
    const members = records(TITLE.members, [
      { "Họ và tên": "Lê Thị Vi", "Ngày vào Đảng": "05/03/2010" },
      { "Họ và tên": "Lê Thị Vy", "Ngày vào Đảng": "05/03/2010" },
    ]);
    const meetings = records(TITLE.meetings, [
      { Ngày: "10/01/2023", Loại: "Thường kỳ", "Vắng không lý do": "Lê Thị Vi" },
    ]);
    const assessment = assessed(assess(workbook({ members, meetings }), AFTER_2023));
    expect(issuesOf(assessment, { severity: "error" })).toEqual([]);
    expect(indicator(assessment, "KL5").value).toBe(1);
  });
});

describe("list values", () => {
  it("match a meeting type without diacritics: 'thuong ky ket hop chuyen de' is regular and thematic", () => {
    const meetings = records(TITLE.meetings, [{ Ngày: "10/01/2023", Loại: "thuong ky ket hop chuyen de" }]);
    const assessment = assessed(assess(workbook({ meetings }), { today: day(2023, 3, 31) }));
    expect(issuesOf(assessment, { column: "Loại" })).toEqual([]);
    expect(indicator(assessment, "SH2").status).toBe("pass");
  });

  it("match a discipline without diacritics: 'khien trach' is a discipline, 'khong' is none", () => {
    const members = records(TITLE.members, [
      { "Họ và tên": "Nguyễn Văn An", "Ngày vào Đảng": "05/03/2010", "Kỷ luật": "khien trach" },
      { "Họ và tên": "Lê Văn Bình", "Ngày vào Đảng": "05/03/2010", "Kỷ luật": "KHONG" },
    ]);
    const assessment = assessed(assess(workbook({ members }), AFTER_2023));
    expect(issuesOf(assessment, { column: "Kỷ luật" })).toEqual([]);
    expect(indicator(assessment, "KL1").value).toBe(1);
  });

  it("match a classification without diacritics: 'hoan thanh tot nhiem vu' is HTTNV", () => {
    const members = records(TITLE.members, [
      { "Họ và tên": "Nguyễn Văn An", "Ngày vào Đảng": "05/03/2010", "Xếp loại": "hoan thanh tot nhiem vu" },
      { "Họ và tên": "Lê Văn Bình", "Ngày vào Đảng": "05/03/2010", "Xếp loại": "Hoàn thành nhiệm vụ" },
    ]);
    const assessment = assessed(assess(workbook({ members }), AFTER_2023));
    expect(issuesOf(assessment, { column: "Xếp loại", severity: "error" })).toEqual([]);
    expect(indicator(assessment, "DV1").value).toBeCloseTo(0.5, 9);
  });

  it("match yes/no as a checkbox, 'Có', 'co' or 'x', and 'khong' as no", () => {
    const meetings = records(
      TITLE.meetings,
      [true, "Có", "co", "x", "khong"].map((minutes, index) => ({
        Ngày: day(2023, index + 1, 10),
        Loại: "Thường kỳ",
        "Biên bản": minutes,
      })),
    );
    const assessment = assessed(assess(workbook({ meetings }), AFTER_2023));
    expect(issuesOf(assessment, { column: "Biên bản" })).toEqual([]);
    expect(indicator(assessment, "SH8").value).toBeCloseTo(0.8, 9);
  });

  it("reports a value outside its list at its cell", () => {
    const members = records(TITLE.members, [
      { "Họ và tên": "Nguyễn Văn An", "Ngày vào Đảng": "05/03/2010", "Kỷ luật": "Kiển trách" },
    ]);
    const assessment = assessed(assess(workbook({ members }), AFTER_2023));
    const errors = issuesOf(assessment, { severity: "error", sheet: TITLE.members, column: "Kỷ luật" });
    expect(errors.map((issue) => issue.row)).toEqual([2]);
    // An erroneous value is unknown, never its blank default Không (spec §3).
    expect(indicator(assessment, "KL1").status).not.toBe("pass");
  });
});

describe("Thông tin chung labels", () => {
  it("match without diacritics and in any case", () => {
    const info = table(
      TITLE.info,
      ["Muc", "Gia tri"],
      [
        ["TEN CHI BO", "Chi bộ Thử nghiệm"],
        ["dang bo cap tren", "Đảng bộ Khối các cơ quan tỉnh"],
        [" Nam  danh gia ", 2023],
      ],
    );
    const evaluation = assessed(assess(workbook({ info }), AFTER_2023)).evaluation;
    expect(evaluation.unit).toBe("Chi bộ Thử nghiệm");
    expect(evaluation.superior).toBe("Đảng bộ Khối các cơ quan tỉnh");
    expect(evaluation.year).toBe(2023);
  });
});
