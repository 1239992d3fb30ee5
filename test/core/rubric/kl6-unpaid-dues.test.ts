/** KL6 (spec §4, §2 `Đảng phí`, §3 owed months), from the spec alone, each case a change to the good year. */
import { describe, expect, it } from "vitest";
import type { AssessOptions } from "../../../src/core/index";
import { goodDues, paidAll } from "../../support/dues";
import { indicator, issuesOf } from "../../support/tables";
import {
  date,
  GOOD_MEMBERS,
  GOOD_YEAR,
  goodYear,
  officialMember,
  run,
  type SettingRow,
  type WorkbookInput,
} from "../../support/workbook";

const at = (month: number, day: number) => date(GOOD_YEAR, month, day);
const asOf = (month: number, day: number): AssessOptions => ({
  today: date(GOOD_YEAR + 1, 1, 15),
  asOf: at(month, day),
});
const kl6 = (input: WorkbookInput, options?: AssessOptions) => indicator(run(input, options), "KL6");
const [AN, BINH, CUONG] = GOOD_MEMBERS;

/** The good year keeping its dues, every month paid but the given changes, by member. */
const withDues = (changes: Parameters<typeof goodDues>[0] = {}, settings: SettingRow[] = []) => ({
  ...goodYear({ settings }),
  dues: goodDues(changes),
});

describe("KL6 Không có đảng viên không đóng đảng phí", () => {
  it("passes when every member paid every elapsed month", () => {
    expect(kl6(withDues())).toMatchObject({ status: "pass", value: 0, threshold: 3 });
  });

  it("does not apply when the workbook has no Đảng phí sheet", () => {
    const result = kl6(goodYear());
    expect(result).toMatchObject({ status: "n/a", value: null });
    expect(result.detail).toContain("Đảng phí");
  });

  it("passes with two unpaid months, and fails with three, naming the member and the months", () => {
    expect(kl6(withDues({ [AN]: { 3: "", 4: "Không" } }))).toMatchObject({ status: "pass", value: 2 });
    const failed = kl6(withDues({ [AN]: { 3: "", 4: "Không", 9: 0 }, [BINH]: { 5: "" } }));
    expect(failed).toMatchObject({ status: "fail", value: 3, threshold: 3 });
    expect(failed.detail).toContain(`${AN} 3 tháng (các tháng 3, 4, 9)`);
    expect(failed.detail).toContain(`${BINH} 1 tháng (tháng 5)`);
  });

  it("counts the months, consecutive or not, of one member, never adding members together", () => {
    expect(kl6(withDues({ [AN]: { 1: "" }, [BINH]: { 2: "" }, [CUONG]: { 3: "" } }))).toMatchObject({
      status: "pass",
      value: 1,
    });
  });

  it("does not count a month not yet elapsed", () => {
    const input = withDues({ [AN]: { 7: "", 8: "", 9: "" } });
    expect(kl6(input, asOf(9, 29))).toMatchObject({ status: "pass", value: 2 });
    expect(kl6(input, asOf(9, 30))).toMatchObject({ status: "fail", value: 3 });
  });

  it("counts neither Miễn nor Có lý do", () => {
    expect(kl6(withDues({ [AN]: { 3: "Miễn", 4: "Có lý do (ốm)", 5: "co ly do", 6: "" } }))).toMatchObject({
      status: "pass",
      value: 1,
    });
  });

  it("counts only the months of a member who joined mid-year (transferred in 15/03: March onward)", () => {
    const joined = officialMember("Trịnh Văn Đến", { transferInDate: at(3, 15) });
    const input = {
      ...goodYear({ members: [...goodYear().members, joined] }),
      dues: [...goodDues(), paidAll("Trịnh Văn Đến", { 1: "", 2: "", 3: "", 4: "" })],
    };
    expect(kl6(input)).toMatchObject({ status: "pass", value: 2 });
  });

  it("counts only the months before a member left (left 10/06: January to May)", () => {
    const left = officialMember("Trịnh Văn Đi", { transferOutDate: at(6, 10) });
    const input = {
      ...goodYear({ members: [...goodYear().members, left] }),
      dues: [...goodDues(), paidAll("Trịnh Văn Đi", { 5: "", 6: "", 7: "", 8: "" })],
    };
    expect(kl6(input)).toMatchObject({ status: "pass", value: 1 });
  });

  it("is missing when a month it needs cannot be read, and fails anyway when a member reaches the threshold", () => {
    const unreadable = run(withDues({ [AN]: { 5: "nộp sau" } }));
    expect(indicator(unreadable, "KL6")).toMatchObject({ status: "missing", value: 0 });
    expect(
      issuesOf(unreadable, { severity: "error", sheet: "Đảng phí", row: 2, column: "Tháng 5" }),
    ).toHaveLength(1);
    expect(kl6(withDues({ [AN]: { 5: "nộp sau" }, [BINH]: { 1: "", 2: "", 3: "" } }))).toMatchObject({
      status: "fail",
      value: 3,
    });
  });

  it("is missing when a member who owes elapsed months has no row, and says so on Đảng phí", () => {
    const input = { ...goodYear(), dues: goodDues().filter((row) => row.name !== AN) };
    const assessment = run(input);
    expect(indicator(assessment, "KL6").status).toBe("missing");
    expect(issuesOf(assessment, { severity: "error", sheet: "Đảng phí", row: null })).toHaveLength(1);
  });

  it("is missing without the Đảng viên sheet", () => {
    expect(kl6({ ...withDues(), members: null })).toMatchObject({ status: "missing" });
  });

  it("takes its threshold from Cấu hình, and is turned off there", () => {
    const two = withDues({ [AN]: { 3: "", 4: "" } }, [{ code: "KL6", threshold: 2 }]);
    expect(kl6(two)).toMatchObject({ status: "fail", value: 2, threshold: 2 });
    const off = withDues({ [AN]: { 3: "", 4: "", 5: "" } }, [{ code: "KL6", enabled: "Không" }]);
    expect(kl6(off)).toMatchObject({ status: "n/a" });
  });

  it("makes the criterion fail when it fails", () => {
    const assessment = run(withDues({ [AN]: { 1: "", 2: "", 3: "" } }));
    expect(assessment.evaluation.criteria.find((criterion) => criterion.id === "KL")?.status).toBe("fail");
  });
});
