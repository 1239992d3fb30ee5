/**
 * How statuses add up (spec §3), the as-of date, and the two cross-check warnings of spec §4.
 */
import { describe, expect, it } from "vitest";
import { type Assessment, type CriterionId, INDICATORS } from "../../../src/core/index";
import { goodDues } from "../../support/dues";
import { issuesOf } from "../../support/tables";
import {
  AFTER_GOOD_YEAR,
  date,
  GOOD_MEMBERS,
  GOOD_YEAR,
  goodYear,
  run,
  type SettingRow,
} from "../../support/workbook";

const criterion = (assessment: Assessment, id: CriterionId) =>
  assessment.evaluation.criteria.find((candidate) => candidate.id === id)?.status;

const off = (...codes: string[]): SettingRow[] => codes.map((code) => ({ code, enabled: "Không" }));

describe("the good year", () => {
  it("passes every indicator with no issue at all, keeping its dues book", () => {
    const { evaluation } = run({ ...goodYear(), dues: goodDues() });
    const statuses = evaluation.criteria.flatMap((item) =>
      item.indicators.map(({ id, status }) => [id, status]),
    );
    expect(statuses).toEqual(INDICATORS.map(({ id }) => [id, "pass"]));
    expect(evaluation.issues).toEqual([]);
    expect(evaluation).toMatchObject({ status: "pass", passed: true, year: GOOD_YEAR, asOf: "2024-12-31" });
  });
});

describe("criterion status", () => {
  it("passes when its applicable indicators pass, n/a ones aside", () => {
    const assessment = run(goodYear({ info: { agencyRating: "" } }));
    expect(criterion(assessment, "NV")).toBe("pass");
  });

  it("fails when any indicator fails, even beside a missing one", () => {
    const assessment = run(goodYear({ info: { cellRating: "", staffGood: 10 } }));
    expect(criterion(assessment, "NV")).toBe("fail");
  });

  it("is missing when an indicator is missing and none fails", () => {
    expect(criterion(run(goodYear({ info: { cellRating: "" } })), "NV")).toBe("missing");
  });

  it("is n/a when all its indicators are n/a", () => {
    const assessment = run(goodYear({ settings: off("NV1", "NV2", "NV3", "NV4", "NV5", "NV6") }));
    expect(criterion(assessment, "NV")).toBe("n/a");
    expect(assessment.evaluation).toMatchObject({ status: "pass", passed: true });
  });
});

describe("overall status", () => {
  it("fails when any criterion fails, even beside a missing one", () => {
    const { evaluation } = run(goodYear({ info: { flagSalute: "", workingRules: "Không" } }));
    expect(evaluation.criteria.map((item) => item.status)).toEqual(["pass", "missing", "fail", "pass"]);
    expect(evaluation).toMatchObject({ status: "fail", passed: false });
  });

  it("is missing when a criterion is missing and none fails", () => {
    const { evaluation } = run(goodYear({ info: { workingRules: "" } }));
    expect(evaluation).toMatchObject({ status: "missing", passed: false });
  });

  it("is n/a when every criterion is n/a", () => {
    const { evaluation } = run(goodYear({ settings: off(...INDICATORS.map(({ id }) => id)) }));
    expect(evaluation).toMatchObject({ status: "n/a", passed: false });
  });
});

describe("as-of date", () => {
  it("is today capped at 31/12 of the year", () => {
    expect(run(goodYear(), AFTER_GOOD_YEAR).evaluation.asOf).toBe("2024-12-31");
    expect(run(goodYear(), { today: date(GOOD_YEAR, 11, 29) }).evaluation.asOf).toBe("2024-11-29");
  });

  it("is the given as-of date when there is one, capped too", () => {
    const today = date(GOOD_YEAR + 1, 2, 1);
    expect(run(goodYear(), { today, asOf: date(GOOD_YEAR, 9, 30) }).evaluation.asOf).toBe("2024-09-30");
    expect(run(goodYear(), { today, asOf: date(GOOD_YEAR + 1, 1, 20) }).evaluation.asOf).toBe("2024-12-31");
  });

  it("takes the year from the options over Năm đánh giá", () => {
    const { evaluation } = run(goodYear({ info: { year: GOOD_YEAR - 1 } }), {
      ...AFTER_GOOD_YEAR,
      year: GOOD_YEAR,
    });
    expect(evaluation).toMatchObject({ year: GOOD_YEAR, asOf: "2024-12-31", status: "pass" });
  });
});

describe("cross-checks", () => {
  const disciplined = (classification: string) =>
    goodYear({
      members: goodYear().members.map((row) =>
        row.name === GOOD_MEMBERS[4] ? { ...row, discipline: "Khiển trách", classification } : row,
      ),
    });

  it("warns about a member disciplined in the year yet rated HTTNV or better, changing no status", () => {
    const assessment = run(disciplined("HTTNV"));
    expect(issuesOf(assessment, { severity: "warning", sheet: "Đảng viên", row: 6 })).toHaveLength(1);
    expect(criterion(assessment, "DV")).toBe("pass");
  });

  it("does not warn about a disciplined member rated HTNV", () => {
    expect(issuesOf(run(disciplined("HTNV")), { severity: "warning", sheet: "Đảng viên" })).toEqual([]);
  });

  it("warns when Xếp loại chi bộ is HTXSNV while a criterion fails, changing no status", () => {
    const assessment = run(goodYear({ info: { cellRating: "HTXSNV", workingRules: "Không" } }));
    expect(issuesOf(assessment, { severity: "warning", sheet: "Thông tin chung" })).toHaveLength(1);
    expect(criterion(assessment, "NV")).toBe("pass");
  });

  it("does not warn about HTXSNV when a criterion is only missing", () => {
    const assessment = run(goodYear({ info: { cellRating: "HTXSNV", workingRules: "" } }));
    expect(assessment.evaluation.status).toBe("missing");
    expect(issuesOf(assessment, { severity: "warning", sheet: "Thông tin chung" })).toEqual([]);
  });

  it("does not warn about HTXSNV when every criterion passes", () => {
    const assessment = run(goodYear({ info: { cellRating: "HTXSNV" } }));
    expect(assessment.evaluation.issues).toEqual([]);
  });
});

describe("a missing input sheet", () => {
  const statuses = (assessment: Assessment, ids: readonly string[]) =>
    assessment.evaluation.criteria
      .flatMap((item) => item.indicators)
      .filter(({ id }) => ids.includes(id))
      .map(({ id, status }) => [id, status]);

  it.each([
    ["members", "Đảng viên", ["SH9", "KL1", "DV1", "DV2", "DV3", "DV4", "DV5"]],
    ["meetings", "Sinh hoạt", ["SH1", "SH2", "SH3", "SH4", "SH5", "SH6", "SH7", "SH8", "KL5"]],
    ["tasks", "Nhiệm vụ", ["NV3"]],
    ["incidents", "Sự việc", ["NV5", "NV6", "KL2", "KL3"]],
  ] as const)("leaves %s's indicators missing, with an error at no row or column", (key, title, ids) => {
    const assessment = run({ ...goodYear(), [key]: null });
    expect(statuses(assessment, ids)).toEqual(ids.map((id) => [id, "missing"]));
    expect(issuesOf(assessment, { severity: "error", sheet: title, row: null, column: null })).toHaveLength(
      1,
    );
    expect(assessment.evaluation).toMatchObject({ status: "missing", passed: false });
  });
});
