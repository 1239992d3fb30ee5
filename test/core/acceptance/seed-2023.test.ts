/**
 * The year this product was born from (shared/seed/chi-bo-bon-tot-so-ngoai-vu-dong-nai.txt): Chi bộ
 * Sở Ngoại vụ Đồng Nai in 2023 must come out "Chi bộ bốn tốt". What the article leaves out is
 * filled in consistently with it, as the spec says: 30 members (5 HTXSNV, 25 HTTNV), everyone
 * present bar excused absences, 120-minute meetings, minutes for each.
 */
import { describe, expect, it } from "vitest";
import { CRITERIA, INDICATORS, type IndicatorResult } from "../../../src/core/index";
import { meetings, seed, YEAR } from "../../support/seed-2023";
import { date, run } from "../../support/workbook";

const assessment = run(seed, { today: date(YEAR + 1, 4, 21), asOf: date(YEAR, 12, 31) });
const { evaluation } = assessment;
const byId = (id: string): IndicatorResult | undefined =>
  evaluation.criteria.flatMap((criterion) => criterion.indicators).find((indicator) => indicator.id === id);

describe('Chi bộ Sở Ngoại vụ, 2023: đạt "Chi bộ bốn tốt"', () => {
  it("passes overall, with every criterion passed", () => {
    expect(evaluation).toMatchObject({
      unit: "Chi bộ Sở Ngoại vụ",
      superior: "Đảng bộ Khối các cơ quan tỉnh",
      year: 2023,
      asOf: "2023-12-31",
      status: "pass",
      passed: true,
    });
    expect(evaluation.criteria.map(({ id, status }) => [id, status])).toEqual([
      ["NV", "pass"],
      ["SH", "pass"],
      ["KL", "pass"],
      ["DV", "pass"],
    ]);
  });

  it("raises no data problem", () => {
    expect(evaluation.issues).toEqual([]);
  });

  it("shows the article's figures in the indicators", () => {
    expect(byId("NV2")).toMatchObject({ status: "pass", value: "HTXSNV", threshold: "HTTNV" });
    expect(byId("NV4")).toMatchObject({ status: "pass", value: 1, threshold: 0.9 });
    expect(byId("NV6")).toMatchObject({ status: "pass", value: 2, threshold: 1 });
    expect(byId("SH1")).toMatchObject({ status: "pass", value: 12, threshold: 12 });
    expect(byId("SH2")).toMatchObject({ status: "pass", value: 4, threshold: 4 });
    expect(byId("SH3")).toMatchObject({ status: "pass", value: 1, threshold: 1 });
    expect(byId("SH4")).toMatchObject({ status: "pass", value: 1, threshold: 1 });
    expect(byId("SH5")).toMatchObject({ status: "pass", value: 1, threshold: 0.7 });
    expect(byId("SH6")).toMatchObject({ status: "pass", value: 0, threshold: 0 });
    expect(byId("SH8")).toMatchObject({ status: "pass", value: 1, threshold: 1 });
    expect(byId("SH9")).toMatchObject({ status: "pass", value: 1, threshold: 1 });
    expect(byId("SH10")).toMatchObject({ status: "pass", value: "Có", threshold: "Có" });
    expect(byId("KL1")).toMatchObject({ status: "pass", value: 0, threshold: 0 });
    expect(byId("KL2")).toMatchObject({ status: "pass", value: 0, threshold: 0 });
    expect(byId("KL4")).toMatchObject({ status: "pass", value: "Có", threshold: "Có" });
    expect(byId("DV1")).toMatchObject({ status: "pass", value: 1, threshold: 0.8 });
    expect(byId("DV3")).toMatchObject({ status: "pass", value: 5, threshold: 5 });
    // No admission target and no probationer in the article: those two do not apply.
    expect(byId("DV4")?.status).toBe("n/a");
    expect(byId("DV5")?.status).toBe("n/a");
  });

  it("averages the attendance over the 16 cell meetings", () => {
    // Six months with one excused absence, six with two: regular meetings and the 4 thematic ones.
    const absences = meetings
      .filter((meeting) => meeting.type !== "Chi ủy")
      .map((meeting) => 30 - Number(meeting.present));
    const expected = absences.reduce((sum, absent) => sum + (30 - absent) / 30, 0) / absences.length;
    const sh7 = byId("SH7");
    expect(sh7).toMatchObject({ status: "pass", threshold: 0.9 });
    expect(sh7?.value).toBeCloseTo(expected, 9);
  });

  it("counts the roster for the report", () => {
    expect(assessment.facts).toMatchObject({
      place: "Biên Hòa",
      members: { roster: 30, official: 30, probationary: 0, exempt: 0 },
    });
  });
});

describe("the §6 result, as data", () => {
  it("has the keys of the spec, in its order", () => {
    expect(Object.keys(evaluation)).toEqual([
      "unit",
      "superior",
      "year",
      "asOf",
      "status",
      "passed",
      "criteria",
      "issues",
      "todo",
    ]);
    for (const criterion of evaluation.criteria) {
      expect(Object.keys(criterion)).toEqual(["id", "name", "status", "indicators"]);
      for (const indicator of criterion.indicators) {
        expect(Object.keys(indicator)).toEqual(["id", "name", "status", "value", "threshold", "detail"]);
      }
    }
  });

  it("holds NV, SH, KL, DV with their names, each with all its indicators in code order", () => {
    expect(evaluation.criteria.map(({ id, name }) => ({ id, name }))).toEqual(
      CRITERIA.map(({ id, name }) => ({ id, name })),
    );
    expect(
      evaluation.criteria.map((criterion) => criterion.indicators.map(({ id, name }) => [id, name])),
    ).toEqual(
      CRITERIA.map((criterion) =>
        INDICATORS.filter((indicator) => indicator.criterion === criterion.id).map(({ id, name }) => [
          id,
          name,
        ]),
      ),
    );
    expect(evaluation.criteria.flatMap((criterion) => criterion.indicators.map(({ id }) => id))).toEqual([
      ...["NV1", "NV2", "NV3", "NV4", "NV5", "NV6"],
      ...["SH1", "SH2", "SH3", "SH4", "SH5", "SH6", "SH7", "SH8", "SH9", "SH10"],
      ...["KL1", "KL2", "KL3", "KL4", "KL5", "KL6"],
      ...["DV1", "DV2", "DV3", "DV4", "DV5"],
    ]);
  });

  it("gives every indicator one Vietnamese sentence of evidence", () => {
    for (const indicator of evaluation.criteria.flatMap((criterion) => criterion.indicators)) {
      expect(indicator.detail.trim(), indicator.id).not.toBe("");
      expect(indicator.detail, indicator.id).not.toContain("\n");
    }
  });

  it("survives a JSON round trip unchanged (plain data, no dates or undefined)", () => {
    expect(JSON.parse(JSON.stringify(evaluation))).toStrictEqual(evaluation);
    expect(JSON.stringify(evaluation)).not.toContain("undefined");
  });
});
