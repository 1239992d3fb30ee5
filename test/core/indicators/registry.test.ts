/**
 * The registry is complete: every indicator carries every part (code, criterion, name, threshold kind
 * and default, rule, requirement sentence, display), and everything derived from it lists them all.
 */
import { describe, expect, it } from "vitest";
import {
  CRITERIA,
  INDICATORS,
  indicatorById,
  indicatorFigures,
  indicatorSetting,
  requirementText,
  SHEETS,
  templateSheets,
} from "../../../src/core/index";
import { goodDues } from "../../support/dues";
import { goodYear, run } from "../../support/workbook";

const KINDS = ["classification", "share", "maxCount", "minCount", "months", "days", "none"];

describe("each indicator in the registry", () => {
  for (const indicator of INDICATORS) {
    describe(indicator.id, () => {
      it("has a code of its criterion and a Vietnamese name", () => {
        expect(indicator.id).toMatch(new RegExp(`^${indicator.criterion}\\d+$`));
        expect(CRITERIA.map((criterion) => criterion.id)).toContain(indicator.criterion);
        expect(indicator.name.trim()).not.toBe("");
        expect(indicatorById(indicator.id)).toBe(indicator);
      });

      it("has a threshold kind and a default of that kind", () => {
        expect(KINDS).toContain(indicator.thresholdKind);
        expect(indicator.thresholdInUse(undefined)).toBe(indicator.defaultThreshold);
        if (indicator.thresholdKind === "none") expect(indicator.defaultThreshold).toBeNull();
        else if (indicator.thresholdKind === "classification")
          expect(typeof indicator.defaultThreshold).toBe("string");
        else expect(typeof indicator.defaultThreshold).toBe("number");
      });

      it("has a requirement sentence with and without a figure", () => {
        const withDefault = indicator.requirement(indicator.defaultThreshold);
        expect(withDefault.trim()).not.toBe("");
        expect(indicator.requirement(null).trim()).not.toBe("");
        expect(withDefault).not.toMatch(/\b[A-Z]{2}\d+\b/);
      });

      it("has figures for a result and for nothing", () => {
        // With the dues kept (Đảng phí), so that no indicator is n/a.
        const result = run({ ...goodYear(), dues: goodDues() })
          .evaluation.criteria.flatMap((criterion) => criterion.indicators)
          .find((candidate) => candidate.id === indicator.id);
        expect(result).toBeDefined();
        const figures = indicator.display.figures(result?.value ?? null, result?.threshold ?? null);
        if (result?.value !== null) expect(figures.value).not.toBe("");
        expect(indicator.display.figures(null, null)).toEqual({ value: "", threshold: "" });
      });

      it("has a rule that measures empty sheets and absent ones, with one sentence of evidence", () => {
        const empty = { info: { year: 2024 } };
        const absent = { ...empty, members: null, meetings: null, tasks: null, incidents: null };
        for (const input of [empty, absent]) {
          const result = run(input)
            .evaluation.criteria.flatMap((criterion) => criterion.indicators)
            .find((candidate) => candidate.id === indicator.id);
          expect(result?.detail.trim()).not.toBe("");
        }
      });
    });
  }
});

describe("what is derived from the registry", () => {
  it("lists the indicators of each criterion together, criteria in order", () => {
    const order = INDICATORS.map((indicator) => CRITERIA.findIndex((c) => c.id === indicator.criterion));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const criterion of CRITERIA)
      expect(INDICATORS.some((indicator) => indicator.criterion === criterion.id)).toBe(true);
    expect(new Set(INDICATORS.map((indicator) => indicator.id)).size).toBe(INDICATORS.length);
  });

  it("gives the result every indicator, in registry order", () => {
    const ids = run(goodYear()).evaluation.criteria.flatMap((criterion) =>
      criterion.indicators.map((i) => i.id),
    );
    expect(ids).toEqual(INDICATORS.map((indicator) => indicator.id));
  });

  it("writes one Cấu hình row per indicator in the template, with its default", () => {
    const settings = templateSheets().find((sheet) => sheet.title === SHEETS.settings.title);
    expect(settings?.rows.map((row) => row[0])).toEqual(INDICATORS.map((indicator) => indicator.id));
  });

  it("words the report's requirement and the figures of every indicator", () => {
    for (const indicator of INDICATORS) {
      const result = { id: indicator.id, name: indicator.name, value: null, threshold: null };
      expect(requirementText(result)).toBe(indicator.requirement(null));
      expect(indicatorFigures(result)).toEqual({ value: "", threshold: "" });
    }
  });
});

describe("indicatorSetting, for engine code that asks what Cấu hình says", () => {
  it("gives the default and enabled when no row names the indicator", () => {
    expect(indicatorSetting([], "DV5")).toEqual({ enabled: true, threshold: 42, row: null });
  });

  it("gives the last row's threshold and Áp dụng", () => {
    const settings = [
      { row: 2, id: "KL5", threshold: 4, enabled: true },
      { row: 3, id: "KL5", threshold: 2, enabled: false },
    ];
    expect(indicatorSetting(settings, "KL5")).toEqual({ enabled: false, threshold: 2, row: 3 });
  });

  it("keeps the default when the row's threshold is not of the indicator's kind", () => {
    expect(indicatorSetting([{ row: 2, id: "NV1", threshold: 3, enabled: true }], "NV1")?.threshold).toBe(
      "HTTNV",
    );
  });

  it("knows no code outside the registry", () => {
    expect(indicatorSetting([], "XX9")).toBeUndefined();
  });
});
