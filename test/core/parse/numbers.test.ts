import { describe, expect, it } from "vitest";
import { assess, type CellValue } from "../../../src/core/index";
import {
  AFTER_2023,
  assessed,
  indicator,
  infoSheet,
  issuesOf,
  records,
  TITLE,
  workbook,
} from "../../support/tables";

/** One task of the resolution with the given numbers (Tối thiểu: done when achieved ≥ planned). */
function taskWith(planned: CellValue, achieved: CellValue) {
  const tasks = records(TITLE.tasks, [
    { "Nhiệm vụ, chỉ tiêu": "Chỉ tiêu thử", "Kế hoạch": planned, "Thực hiện": achieved },
  ]);
  return assessed(assess(workbook({ tasks }), AFTER_2023));
}

describe("numbers typed as text", () => {
  it("read a comma as the decimal mark: '2,5' is 2.5", () => {
    // Met at exactly 2.5 and missed at 2.4: only 2.5 sits between the two.
    expect(indicator(taskWith("2,5", 2.5), "NV3").status).toBe("pass");
    expect(indicator(taskWith("2,5", 2.4), "NV3").status).toBe("fail");
    expect(issuesOf(taskWith("2,5", 2.5), { sheet: TITLE.tasks, row: 2 })).toEqual([]);
  });

  it("read a dot as the thousands separator: '1.000' is 1000", () => {
    expect(indicator(taskWith("1.000", 1000), "NV3").status).toBe("pass");
    expect(indicator(taskWith("1.000", 999), "NV3").status).toBe("fail");
    expect(issuesOf(taskWith("1.000", 1000), { sheet: TITLE.tasks, row: 2 })).toEqual([]);
  });

  it("read integers of Thông tin chung the same way: '1.000' staff of whom 900 rated well is 90%", () => {
    const info = infoSheet({
      "Tổng số CBCCVC, người lao động": "1.000",
      "Số CBCCVC hoàn thành tốt nhiệm vụ trở lên": 900,
    });
    const assessment = assessed(assess(workbook({ info }), AFTER_2023));
    expect(indicator(assessment, "NV4").value).toBeCloseTo(0.9, 9);
    expect(indicator(assessment, "NV4").status).toBe("pass");
  });

  it("report text where a number belongs as an error at its cell, quoting it", () => {
    const meetings = records(TITLE.meetings, [
      { Ngày: "10/01/2023", Loại: "Thường kỳ", "Thời lượng (phút)": "120" },
      { Ngày: "10/02/2023", Loại: "Thường kỳ", "Thời lượng (phút)": "hai tiếng" },
    ]);
    const assessment = assessed(assess(workbook({ meetings }), AFTER_2023));
    const errors = issuesOf(assessment, {
      severity: "error",
      sheet: TITLE.meetings,
      column: "Thời lượng (phút)",
    });
    expect(errors.map((issue) => issue.row)).toEqual([3]);
    expect(errors[0]?.message).toContain("hai tiếng");
    // The unreadable duration is unknown, so SH4 cannot pass on it.
    expect(indicator(assessment, "SH4").status).not.toBe("pass");
  });

  it("report text where a number belongs in Thông tin chung at the item's row", () => {
    const info = infoSheet({ "Tổng số CBCCVC, người lao động": "khoảng năm mươi" });
    const assessment = assessed(assess(workbook({ info }), AFTER_2023));
    // infoSheet writes the three required items first, so this item is on row 5.
    const errors = issuesOf(assessment, { severity: "error", sheet: TITLE.info, row: 5 });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain("khoảng năm mươi");
  });
});
