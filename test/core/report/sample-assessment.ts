/** A hand-made Assessment for the report tests: every status appears, and names as a secretary types them. */
import type { Assessment } from "../../../src/core/assess";
import { CRITERIA, INDICATORS } from "../../../src/core/index";
import type { CriterionResult, Evaluation, IndicatorResult, Status } from "../../../src/core/result";

export function indicatorResults(status: (id: string) => Status = () => "pass"): CriterionResult[] {
  return CRITERIA.map((criterion) => {
    const indicators: IndicatorResult[] = INDICATORS.filter((item) => item.criterion === criterion.id).map(
      (item) => ({
        id: item.id,
        name: item.name,
        status: status(item.id),
        value: null,
        threshold: item.defaultThreshold,
        detail: `Bằng chứng của ${item.id}.`,
      }),
    );
    const statuses = indicators.map((indicator) => indicator.status);
    const overall: Status = statuses.includes("fail")
      ? "fail"
      : statuses.includes("missing")
        ? "missing"
        : statuses.every((s) => s === "n/a")
          ? "n/a"
          : "pass";
    return { id: criterion.id, name: criterion.name, status: overall, indicators };
  });
}

export function sampleAssessment(
  overrides: Partial<Evaluation> = {},
  facts: Partial<Assessment["facts"]> = {},
) {
  const criteria = overrides.criteria ?? indicatorResults();
  const status: Status = criteria.some((c) => c.status === "fail")
    ? "fail"
    : criteria.some((c) => c.status === "missing")
      ? "missing"
      : "pass";
  const evaluation: Evaluation = {
    unit: "Chi bộ Sở Ngoại vụ",
    superior: "Đảng bộ Khối các cơ quan tỉnh",
    year: 2023,
    asOf: "2023-12-31",
    status,
    passed: status === "pass",
    criteria,
    issues: [
      {
        severity: "error",
        sheet: "Sinh hoạt",
        row: 7,
        column: "Ngày",
        message: 'Ngày "31/02/2023" không tồn tại',
      },
    ],
    todo: [],
    ...overrides,
  };
  const assessment: Assessment = {
    evaluation,
    facts: {
      place: "Biên Hòa",
      secretary: "Nguyễn Thị Hoa",
      members: { roster: 30, official: 28, probationary: 2, exempt: 1 },
      superiorEmails: [],
      ...facts,
    },
    yearEnd: {
      sheets: { members: "Đảng viên", info: "Thông tin chung", tasks: "Nhiệm vụ" },
      rated: { done: 30, total: 30, missing: [] },
      committed: { done: 30, total: 30, missing: [] },
      selfReviews: null,
      residenceComments: null,
      cellRating: { given: true, row: 8 },
      unfinishedTasks: [],
    },
    ratings: {
      members: [],
      selfRatingColumn: false,
      counted: 0,
      exempt: 0,
      byRating: { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 },
      notRated: 0,
      quota: { excellent: 0, allowed: 0, share: 0.2 },
    },
  };
  return assessment;
}
