import { describe, expect, it } from "vitest";
import { assess } from "../../../src/core/index";
import {
  AFTER_2023,
  assessed,
  indicator,
  infoSheet,
  issuesOf,
  records,
  TITLE,
  table,
  workbook,
} from "../../support/tables";

describe("missing sheets", () => {
  it("refuse a workbook without Thông tin chung, in one Vietnamese line", () => {
    const outcome = assess(workbook({ info: null }), AFTER_2023);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toContain("Thông tin chung");
    expect(outcome.message.trim()).not.toBe("");
    expect(outcome.message).not.toMatch(/\n/);
  });

  it("refuse an empty workbook, in one Vietnamese line", () => {
    const outcome = assess([], AFTER_2023);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).not.toMatch(/\n/);
  });

  it("report a missing Sinh hoạt as an error with row and column null, its indicators missing", () => {
    const assessment = assessed(assess(workbook({ meetings: null }), AFTER_2023));
    const errors = issuesOf(assessment, { severity: "error", sheet: TITLE.meetings });
    expect(errors.map((issue) => [issue.row, issue.column])).toEqual([[null, null]]);
    expect(indicator(assessment, "SH1").status).toBe("missing");
    expect(indicator(assessment, "SH8").status).toBe("missing");
  });

  it.each([
    ["members", TITLE.members],
    ["tasks", TITLE.tasks],
    ["incidents", TITLE.incidents],
  ] as const)("report a missing %s sheet as an error with row and column null", (key, title) => {
    const assessment = assessed(assess(workbook({ [key]: null }), AFTER_2023));
    const errors = issuesOf(assessment, { severity: "error", sheet: title });
    expect(errors.map((issue) => [issue.row, issue.column])).toEqual([[null, null]]);
  });

  it("do not require Cấu hình", () => {
    const assessment = assessed(assess(workbook(), AFTER_2023));
    expect(issuesOf(assessment, { sheet: "Cấu hình" })).toEqual([]);
    expect(issuesOf(assessment, { severity: "error", row: null })).toEqual([]);
  });
});

describe("Thông tin chung items", () => {
  it("refuse a workbook with no Năm đánh giá and no year given, in one line", () => {
    const info = table(
      TITLE.info,
      ["Mục", "Giá trị"],
      [
        ["Tên chi bộ", "Chi bộ Thử nghiệm"],
        ["Đảng bộ cấp trên", "Đảng bộ Khối các cơ quan tỉnh"],
      ],
    );
    const outcome = assess(workbook({ info }), AFTER_2023);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).not.toMatch(/\n/);
  });

  it("say what is wrong with a Năm đánh giá that is filled in but unreadable", () => {
    const outcome = assess(workbook({ info: infoSheet({ "Năm đánh giá": 1999 }) }), AFTER_2023);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toContain("1999");
    expect(outcome.message).toContain("2000");
    expect(outcome.message).not.toMatch(/\n/);
  });

  it("take the year given by the front end over Năm đánh giá", () => {
    const assessment = assessed(assess(workbook(), { ...AFTER_2023, year: 2022 }));
    expect(assessment.evaluation.year).toBe(2022);
    expect(assessment.evaluation.asOf).toBe("2022-12-31");
  });

  it("accept a blank Năm đánh giá without an issue when the front end gives the year", () => {
    const assessment = assessed(
      assess(workbook({ info: infoSheet({ "Năm đánh giá": "" }) }), { ...AFTER_2023, year: 2023 }),
    );
    expect(assessment.evaluation.year).toBe(2023);
    expect(issuesOf(assessment, { sheet: TITLE.info })).toHaveLength(0);
  });

  it("report a blank required item as an error naming it", () => {
    const assessment = assessed(assess(workbook({ info: infoSheet({ "Tên chi bộ": "" }) }), AFTER_2023));
    const errors = issuesOf(assessment, { severity: "error", sheet: TITLE.info });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain("Tên chi bộ");
  });
});

describe("missing headers", () => {
  it("report a missing required header as an error at row 1, its column unknown in every row", () => {
    const members = records(TITLE.members, [{ "Họ và tên": "Nguyễn Văn An", "Xếp loại": "HTTNV" }]);
    const info = infoSheet({ "Chỉ tiêu kết nạp đảng viên": 1 });
    const assessment = assessed(assess(workbook({ info, members }), AFTER_2023));
    const errors = issuesOf(assessment, { severity: "error", sheet: TITLE.members, row: 1 });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.column === "Ngày vào Đảng" || errors[0]?.message.includes("Ngày vào Đảng")).toBe(true);
    // Without admission dates nobody can be counted as admitted, nor as not admitted.
    expect(indicator(assessment, "DV4").status).toBe("missing");
  });

  it("report a missing required Loại of Sinh hoạt at row 1", () => {
    const meetings = records(TITLE.meetings, [{ Ngày: "10/01/2023", "Biên bản": true }]);
    const assessment = assessed(assess(workbook({ meetings }), AFTER_2023));
    const errors = issuesOf(assessment, { severity: "error", sheet: TITLE.meetings, row: 1 });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.column === "Loại" || errors[0]?.message.includes("Loại")).toBe(true);
  });

  it("warn once per sheet about missing optional columns", () => {
    const members = table(TITLE.members, ["Họ và tên", "Ngày vào Đảng"]);
    const meetings = records(TITLE.meetings, [{ Ngày: "10/01/2023", Loại: "Thường kỳ" }]);
    const assessment = assessed(assess(workbook({ members, meetings }), AFTER_2023));
    expect(issuesOf(assessment, { sheet: TITLE.members, severity: "warning" })).toHaveLength(1);
    expect(issuesOf(assessment, { sheet: TITLE.meetings, severity: "warning" })).toHaveLength(1);
    expect(issuesOf(assessment, { severity: "error" })).toEqual([]);
  });

  it("read a missing optional column as blank: no Biên bản column means no minutes", () => {
    const meetings = records(TITLE.meetings, [{ Ngày: "10/01/2023", Loại: "Thường kỳ" }]);
    const assessment = assessed(assess(workbook({ meetings }), AFTER_2023));
    expect(indicator(assessment, "SH8").value).toBe(0);
    expect(indicator(assessment, "SH8").status).toBe("fail");
  });
});
