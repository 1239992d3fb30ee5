/** `Cấu hình` overrides (spec §2): thresholds, `Áp dụng`, unreadable and ignored values. */
import { describe, expect, it } from "vitest";
import { indicator, issuesOf } from "../../support/tables";
import { goodYear, type MeetingRow, run, type SettingRow } from "../../support/workbook";

/** The good year with one regular meeting rated Khá: SH5 at 15 of 16. */
function oneFairMeeting(settings: SettingRow[]) {
  const meetings = goodYear().meetings;
  const first = meetings.findIndex((row: MeetingRow) => row.type === "Thường kỳ");
  return goodYear({
    meetings: meetings.map((row, index) => (index === first ? { ...row, level: "Khá" } : row)),
    settings,
  });
}

describe("Cấu hình", () => {
  it("reads 1, 100 and 100% all as a share of 100%", () => {
    for (const threshold of ["1", "100", "100%", 1, 100]) {
      const sh5 = indicator(run(oneFairMeeting([{ code: "SH5", threshold }])), "SH5");
      expect(sh5).toMatchObject({ status: "fail", value: 15 / 16, threshold: 1 });
    }
  });

  it("reads 0,9 and 90 and 90% all as 90%", () => {
    for (const threshold of ["0,9", "90", "90%", 0.9]) {
      const sh5 = indicator(run(oneFairMeeting([{ code: "SH5", threshold }])), "SH5");
      expect(sh5.status).toBe("pass");
      expect(sh5.threshold).toBeCloseTo(0.9, 9);
    }
  });

  it("reads a percent with a decimal comma", () => {
    const sh5 = indicator(run(oneFairMeeting([{ code: "SH5", threshold: "93,75%" }])), "SH5");
    expect(sh5.status).toBe("pass");
    expect(sh5.threshold).toBeCloseTo(0.9375, 9);
  });

  it("rejects a share above 100 as unreadable, keeping the default", () => {
    const assessment = run(oneFairMeeting([{ code: "SH5", threshold: "150" }]));
    expect(indicator(assessment, "SH5").threshold).toBeCloseTo(0.7, 9);
    expect(issuesOf(assessment, { severity: "error", sheet: "Cấu hình", row: 2 })).toHaveLength(1);
  });

  it("turns an indicator off with Áp dụng = Không", () => {
    for (const enabled of ["Không", false]) {
      const assessment = run(oneFairMeeting([{ code: "SH5", threshold: "100%", enabled }]));
      expect(indicator(assessment, "SH5").status).toBe("n/a");
      expect(assessment.evaluation.criteria.find((criterion) => criterion.id === "SH")?.status).toBe("pass");
    }
  });

  it("keeps the indicator on with a blank Áp dụng, and the default with a blank Ngưỡng", () => {
    const sh5 = indicator(run(oneFairMeeting([{ code: "SH5", threshold: "", enabled: "" }])), "SH5");
    expect(sh5.status).toBe("pass");
    expect(sh5.threshold).toBeCloseTo(0.7, 9);
  });

  it("reports an unreadable threshold as an error on its row and keeps the default", () => {
    const assessment = run(
      oneFairMeeting([
        { code: "SH4", threshold: "" },
        { code: "SH5", threshold: "nhiều" },
      ]),
    );
    const sh5 = indicator(assessment, "SH5");
    expect(sh5.status).toBe("pass");
    expect(sh5.threshold).toBeCloseTo(0.7, 9);
    expect(issuesOf(assessment, { severity: "error", sheet: "Cấu hình", row: 3 })).toHaveLength(1);
  });

  it("ignores a threshold given to SH1, with a warning", () => {
    const assessment = run(goodYear({ settings: [{ code: "SH1", threshold: "6" }] }));
    expect(indicator(assessment, "SH1")).toMatchObject({ status: "pass", value: 12, threshold: 12 });
    expect(issuesOf(assessment, { severity: "warning", sheet: "Cấu hình", row: 2 })).toHaveLength(1);
  });

  it("keeps the defaults when the sheet Cấu hình is absent, without any issue", () => {
    const assessment = run({ ...goodYear(), settings: null });
    expect(indicator(assessment, "SH5")).toMatchObject({ status: "pass", threshold: 0.7 });
    expect(assessment.evaluation.issues).toEqual([]);
  });
});
