/**
 * Tiêu chí 4 (DV), spec §4, from the spec alone. The good year's ten members: one HTXSNV, nine
 * HTTNV; Ngô Thị Lan admitted by the cell on 05/01/2024 (target 1); Đỗ Văn Khánh admitted 10/03/2023,
 * official on 10/03/2024, the day his probation ended.
 */
import { describe, expect, it } from "vitest";
import type { AssessOptions } from "../../../src/core/index";
import { indicator, issuesOf } from "../../support/tables";
import {
  date,
  GOOD_MEMBERS,
  GOOD_YEAR,
  goodYear,
  type MemberRow,
  memberNames,
  officialMember,
  run,
  type SettingRow,
  type WorkbookInput,
} from "../../support/workbook";

const at = (month: number, day: number) => date(GOOD_YEAR, month, day);
const asOf = (month: number, day: number): AssessOptions => ({ today: at(month, day) });
const result = (id: string, input: WorkbookInput, options?: AssessOptions) =>
  indicator(run(input, options), id);

/** The good year with the first members (in order) patched: `patches[i]` applies to member i. */
function withMembers(patches: readonly MemberRow[], extra: MemberRow[] = [], settings: SettingRow[] = []) {
  return goodYear({
    members: [...goodYear().members.map((row, index) => ({ ...row, ...patches[index] })), ...extra],
    settings,
  });
}

/** Members rated as listed, e.g. rated({ HTXSNV: 5, HTTNV: 25 }), each an official member since 2011. */
function rated(counts: Partial<Record<"HTXSNV" | "HTTNV" | "HTNV" | "KHTNV" | "", number>>): MemberRow[] {
  const ratings = Object.entries(counts).flatMap(([rating, count]) => Array<string>(count ?? 0).fill(rating));
  const names = memberNames(ratings.length);
  return ratings.map((classification, index) => officialMember(names[index] ?? "", { classification }));
}

const HTNV = { classification: "HTNV" } as const;
const TTNV = { classification: "Hoàn thành tốt nhiệm vụ" } as const;

describe("DV1 Đảng viên hoàn thành tốt nhiệm vụ trở lên", () => {
  it("passes when every counted member is HTTNV or HTXSNV", () => {
    expect(result("DV1", goodYear())).toMatchObject({ status: "pass", value: 1, threshold: 0.8 });
  });

  it("passes at exactly 80% (8 of 10) and fails at 70%", () => {
    const eight = result("DV1", withMembers([TTNV, HTNV, HTNV]));
    expect(eight.status).toBe("pass");
    expect(eight.value).toBeCloseTo(0.8, 9);
    expect(result("DV1", withMembers([TTNV, HTNV, HTNV, HTNV]))).toMatchObject({
      status: "fail",
      value: 0.7,
      threshold: 0.8,
    });
  });

  it("leaves out exempt members", () => {
    // Three HTNV, one of them exempt: 7 of 9, not 7 of 10.
    const withExemptHtnv = result("DV1", withMembers([TTNV, HTNV, HTNV, { ...HTNV, exempt: "x" }]));
    expect(withExemptHtnv.status).toBe("fail");
    expect(withExemptHtnv.value).toBeCloseTo(7 / 9, 9);
    // Two HTNV and an exempt HTTNV: 7 of 9 fails where 8 of 10 would pass.
    const withExemptGood = result("DV1", withMembers([TTNV, HTNV, HTNV, { exempt: "Có" }]));
    expect(withExemptGood.status).toBe("fail");
    expect(withExemptGood.value).toBeCloseTo(7 / 9, 9);
  });

  it("leaves out members who left before the as-of date", () => {
    const left = officialMember("Trịnh Văn Đi", { classification: "KHTNV", transferOutDate: at(10, 1) });
    expect(result("DV1", withMembers([], [left]))).toMatchObject({ status: "pass", value: 1 });
  });

  it("is missing when a classification is blank but could still reach 80%", () => {
    const dv1 = result("DV1", withMembers([TTNV, HTNV, HTNV, { classification: "" }]));
    expect(dv1.status).toBe("missing");
    expect(dv1.value).toBeCloseTo(7 / 9, 9);
  });

  it("fails when a classification is blank and even HTTNV would not reach 80%", () => {
    const dv1 = result("DV1", withMembers([TTNV, HTNV, HTNV, HTNV, { classification: "" }]));
    expect(dv1.status).toBe("fail");
    expect(dv1.value).toBeCloseTo(6 / 9, 9);
  });
});

describe("DV2 Không có đảng viên không hoàn thành nhiệm vụ", () => {
  it("passes with no KHTNV", () => {
    expect(result("DV2", goodYear())).toMatchObject({ status: "pass", value: 0, threshold: 0 });
  });

  it("fails with a KHTNV member", () => {
    expect(result("DV2", withMembers([TTNV, { classification: "Không hoàn thành nhiệm vụ" }]))).toMatchObject(
      {
        status: "fail",
        value: 1,
        threshold: 0,
      },
    );
  });

  it("leaves out an exempt KHTNV member", () => {
    expect(result("DV2", withMembers([TTNV, { classification: "KHTNV", exempt: "Có" }]))).toMatchObject({
      status: "pass",
      value: 0,
    });
  });

  it("is missing when a classification is blank", () => {
    expect(result("DV2", withMembers([TTNV, { classification: "" }]))).toMatchObject({
      status: "missing",
      value: 0,
    });
  });

  it("allows as many as the Cấu hình threshold", () => {
    const input = withMembers([TTNV, { classification: "KHTNV" }], [], [{ code: "DV2", threshold: "1" }]);
    expect(result("DV2", input)).toMatchObject({ status: "pass", value: 1, threshold: 1 });
  });
});

describe("DV3 Tỷ lệ xuất sắc đúng quy định", () => {
  const dv3 = (members: MemberRow[], settings: SettingRow[] = []) =>
    result("DV3", goodYear({ members, settings }));

  it("passes with nobody counted: a comparison of counts, 0 ≤ 20% × 0", () => {
    const members = [officialMember("Phan Văn Miễn", { exempt: "x", classification: "HTTNV" })];
    expect(dv3(members)).toMatchObject({ status: "pass", value: 0, threshold: 0 });
  });

  it("passes at exactly 20%: 5 HTXSNV with 25 HTTNV", () => {
    expect(dv3(rated({ HTXSNV: 5, HTTNV: 25 }))).toMatchObject({ status: "pass", value: 5, threshold: 5 });
  });

  it("fails with 6 HTXSNV for 25 HTTNV", () => {
    expect(dv3(rated({ HTXSNV: 6, HTTNV: 25 }))).toMatchObject({ status: "fail", value: 6, threshold: 5 });
  });

  it("compares unrounded: 5 HTXSNV for 24 HTTNV fails against 4.8", () => {
    const result24 = dv3(rated({ HTXSNV: 5, HTTNV: 24 }));
    expect(result24).toMatchObject({ status: "fail", value: 5 });
    expect(result24.threshold).toBeCloseTo(4.8, 9);
  });

  it("counts only members rated exactly HTTNV in the base, not HTNV", () => {
    const withHtnv = dv3(rated({ HTXSNV: 5, HTTNV: 24, HTNV: 1 }));
    expect(withHtnv.status).toBe("fail");
    expect(withHtnv.threshold).toBeCloseTo(4.8, 9);
  });

  it("leaves out exempt members", () => {
    const members = rated({ HTXSNV: 6, HTTNV: 25 }).map((row, index) =>
      index === 0 ? { ...row, exempt: "Có" } : row,
    );
    expect(dv3(members)).toMatchObject({ status: "pass", value: 5, threshold: 5 });
  });

  it("passes the good year: 1 HTXSNV for 9 HTTNV against 1.8", () => {
    const good = result("DV3", goodYear());
    expect(good).toMatchObject({ status: "pass", value: 1 });
    expect(good.threshold).toBeCloseTo(1.8, 9);
  });

  it("takes a share from Cấu hình: 25% of 24 HTTNV allows 6", () => {
    const raised = dv3(rated({ HTXSNV: 6, HTTNV: 24 }), [{ code: "DV3", threshold: "25%" }]);
    expect(raised.status).toBe("pass");
    expect(raised.threshold).toBeCloseTo(6, 9);
  });

  it("is missing when a blank classification could be HTTNV and make room", () => {
    expect(dv3(rated({ HTXSNV: 5, HTTNV: 24, "": 1 }))).toMatchObject({ status: "missing", value: 5 });
  });

  it("fails when even every blank as HTTNV leaves too many HTXSNV", () => {
    expect(dv3(rated({ HTXSNV: 7, HTTNV: 24, "": 1 }))).toMatchObject({ status: "fail", value: 7 });
  });
});

describe("DV4 Kết nạp đảng viên mới", () => {
  const newMember = GOOD_MEMBERS.indexOf("Ngô Thị Lan");
  const patchNew = (patch: MemberRow) =>
    goodYear().members.map((row, index) => (index === newMember ? { ...row, ...patch } : row));

  it("passes when the admissions of the year reach the target", () => {
    expect(result("DV4", goodYear())).toMatchObject({ status: "pass", value: 1, threshold: 1 });
  });

  it("fails below the target", () => {
    expect(result("DV4", goodYear({ info: { admissionTarget: 2 } }))).toMatchObject({
      status: "fail",
      value: 1,
      threshold: 2,
    });
  });

  it("does not apply with no target, blank or 0", () => {
    expect(result("DV4", goodYear({ info: { admissionTarget: "" } })).status).toBe("n/a");
    expect(result("DV4", goodYear({ info: { admissionTarget: 0 } })).status).toBe("n/a");
  });

  it("still shows the admissions against a target of 0 when it does not apply", () => {
    // The good year admits one member; a blank target reads as 0.
    expect(result("DV4", goodYear({ info: { admissionTarget: "" } }))).toMatchObject({
      value: 1,
      threshold: 0,
    });
  });

  it("does not count a member admitted elsewhere and transferred in", () => {
    const members = patchNew({ transferInDate: at(3, 1) });
    expect(result("DV4", goodYear({ members }))).toMatchObject({ status: "fail", value: 0, threshold: 1 });
  });

  // Admissions are the cell's work of the year: a member admitted here who left later still counts.
  it("counts a member admitted in the year who has since left the cell", () => {
    const members = patchNew({ transferOutDate: at(10, 1) });
    expect(result("DV4", goodYear({ members }))).toMatchObject({ status: "pass", value: 1, threshold: 1 });
  });

  it("does not count an admission after the as-of date", () => {
    const members = patchNew({ admissionDate: at(8, 15) });
    expect(result("DV4", goodYear({ members }), asOf(6, 30))).toMatchObject({ status: "fail", value: 0 });
  });

  it("ignores a threshold typed in Cấu hình, with a warning", () => {
    const assessment = run(goodYear({ settings: [{ code: "DV4", threshold: "3" }] }));
    expect(indicator(assessment, "DV4")).toMatchObject({ status: "pass", value: 1, threshold: 1 });
    expect(issuesOf(assessment, { severity: "warning", sheet: "Cấu hình", row: 2 })).toHaveLength(1);
  });
});

describe("DV5 Chuyển đảng viên chính thức đúng hạn", () => {
  const probationer = GOOD_MEMBERS.indexOf("Đỗ Văn Khánh");
  const patchProbationer = (patch: MemberRow) =>
    goodYear({
      members: goodYear().members.map((row, index) => (index === probationer ? { ...row, ...patch } : row)),
    });
  const notYetOfficial = patchProbationer({ officialDate: "" });

  it("passes when the member whose probation ended in the year was made official", () => {
    expect(result("DV5", goodYear())).toMatchObject({ status: "pass", value: 0, threshold: 42 });
  });

  it("fails when the recognition is more than 42 days overdue", () => {
    expect(result("DV5", notYetOfficial)).toMatchObject({ status: "fail", value: 1, threshold: 42 });
  });

  it("is not overdue at exactly 42 days (21/04 for a probation ended 10/03) and is at 43", () => {
    expect(result("DV5", notYetOfficial, asOf(4, 21))).toMatchObject({ status: "pass", value: 0 });
    expect(result("DV5", notYetOfficial, asOf(4, 22))).toMatchObject({ status: "fail", value: 1 });
  });

  // The spec calls overdue only a member with no Ngày chính thức: a late recognition, once recorded, passes.
  it("does not count a recognition recorded late", () => {
    expect(result("DV5", patchProbationer({ officialDate: at(6, 30) }))).toMatchObject({
      status: "pass",
      value: 0,
    });
  });

  it("does not apply when no probation ended in the year", () => {
    const earlier = patchProbationer({
      admissionDate: date(GOOD_YEAR - 2, 3, 10),
      officialDate: date(GOOD_YEAR - 1, 3, 10),
    });
    expect(result("DV5", earlier).status).toBe("n/a");
  });

  it("does not apply to a probation ending after the as-of date", () => {
    expect(result("DV5", notYetOfficial, asOf(3, 1)).status).toBe("n/a");
  });

  it("does not apply to a member who left the cell", () => {
    expect(result("DV5", patchProbationer({ officialDate: "", transferOutDate: at(9, 1) })).status).toBe(
      "n/a",
    );
  });

  it("warns about a probation ended before the year with no Ngày chính thức", () => {
    const input = patchProbationer({ admissionDate: date(GOOD_YEAR - 2, 3, 10), officialDate: "" });
    const assessment = run(input);
    expect(indicator(assessment, "DV5").status).toBe("n/a");
    expect(
      issuesOf(assessment, { severity: "warning", sheet: "Đảng viên", row: probationer + 2 }),
    ).toHaveLength(1);
  });

  it("takes the number of days from Cấu hình", () => {
    const input = { ...notYetOfficial, settings: [{ code: "DV5", threshold: "60" }] };
    expect(result("DV5", input, asOf(4, 22))).toMatchObject({ status: "pass", value: 0, threshold: 60 });
  });

  it("ends a probation begun on 29/02 on 28/02 of the next year", () => {
    // Admitted 29/02/2024: probation ends 28/02/2025; 42 days later is 11/04/2025.
    const leap = goodYear({
      info: { year: GOOD_YEAR + 1, admissionTarget: "" },
      members: goodYear().members.map((row) => {
        if (row.name === "Đỗ Văn Khánh")
          return { ...row, admissionDate: date(2024, 2, 29), officialDate: "" };
        // Ngô Thị Lan's probation ended 05/01/2025: made official that day, she stays out of the way.
        if (row.name === "Ngô Thị Lan") return { ...row, officialDate: date(2025, 1, 5) };
        return row;
      }),
    });
    expect(result("DV5", leap, { today: date(2025, 4, 11) })).toMatchObject({ status: "pass", value: 0 });
    expect(result("DV5", leap, { today: date(2025, 4, 12) })).toMatchObject({ status: "fail", value: 1 });
  });
});
