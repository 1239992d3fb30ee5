/**
 * Tiêu chí 1 (NV), spec §4, from the spec alone: each case starts from the good year (which passes
 * everything) and changes only what it checks.
 */
import { describe, expect, it } from "vitest";
import { indicator, issuesOf } from "../../support/tables";
import { date, GOOD_YEAR, goodYear, type IncidentRow, run, type TaskRow } from "../../support/workbook";

const asOf = (month: number, day: number) => ({ today: date(GOOD_YEAR, month, day) });

/** `Thông tin chung` rows of the items, as the builder writes them (header = row 1). */
const INFO_ROW = { cellRating: 8, staffGood: 11 } as const;

describe("NV1 Xếp loại chi bộ", () => {
  it("passes at the default HTTNV and reports abbreviations", () => {
    const result = indicator(run(goodYear()), "NV1");
    expect(result).toMatchObject({ status: "pass", value: "HTTNV", threshold: "HTTNV" });
  });

  it("passes above the threshold, reading the full name", () => {
    const result = indicator(run(goodYear({ info: { cellRating: "Hoàn thành xuất sắc nhiệm vụ" } })), "NV1");
    expect(result).toMatchObject({ status: "pass", value: "HTXSNV", threshold: "HTTNV" });
  });

  it("reads the classification without diacritics", () => {
    const result = indicator(run(goodYear({ info: { cellRating: "hoan thanh tot nhiem vu" } })), "NV1");
    expect(result).toMatchObject({ status: "pass", value: "HTTNV" });
  });

  it("fails below the threshold", () => {
    const result = indicator(run(goodYear({ info: { cellRating: "HTNV" } })), "NV1");
    expect(result).toMatchObject({ status: "fail", value: "HTNV", threshold: "HTTNV" });
  });

  it("is missing when blank", () => {
    const result = indicator(run(goodYear({ info: { cellRating: "" } })), "NV1");
    expect(result).toMatchObject({ status: "missing", value: null, threshold: "HTTNV" });
  });

  it("is missing, with an error on its row, when the value is not a classification", () => {
    const assessment = run(goodYear({ info: { cellRating: "Tốt lắm" } }));
    expect(indicator(assessment, "NV1").status).toBe("missing");
    expect(
      issuesOf(assessment, { severity: "error", sheet: "Thông tin chung", row: INFO_ROW.cellRating }),
    ).toHaveLength(1);
  });

  it("takes a classification threshold from Cấu hình, by abbreviation or by name", () => {
    for (const threshold of ["HTXSNV", "Hoàn thành xuất sắc nhiệm vụ"]) {
      const result = indicator(run(goodYear({ settings: [{ code: "NV1", threshold }] })), "NV1");
      expect(result).toMatchObject({ status: "fail", value: "HTTNV", threshold: "HTXSNV" });
    }
  });
});

describe("NV2 Xếp loại cơ quan, đơn vị", () => {
  it("passes at HTTNV or better", () => {
    expect(indicator(run(goodYear()), "NV2")).toMatchObject({
      status: "pass",
      value: "HTTNV",
      threshold: "HTTNV",
    });
    expect(indicator(run(goodYear({ info: { agencyRating: "HTXSNV" } })), "NV2")).toMatchObject({
      status: "pass",
      value: "HTXSNV",
    });
  });

  it("fails below the threshold", () => {
    const result = indicator(run(goodYear({ info: { agencyRating: "Hoàn thành nhiệm vụ" } })), "NV2");
    expect(result).toMatchObject({ status: "fail", value: "HTNV", threshold: "HTTNV" });
  });

  it("does not apply when blank (no agency rating)", () => {
    expect(indicator(run(goodYear({ info: { agencyRating: "" } })), "NV2").status).toBe("n/a");
  });
});

describe("NV3 Nhiệm vụ hoàn thành đúng hạn", () => {
  const task = (patch: TaskRow): TaskRow => ({
    title: "Nhiệm vụ thử",
    deadline: date(GOOD_YEAR, 6, 30),
    ...patch,
  });
  const nv3 = (tasks: TaskRow[], options = asOf(12, 31)) =>
    indicator(run(goodYear({ tasks }), options), "NV3");

  it("passes when every task is done on time: numbers met, Tối đa met, or Kết quả Hoàn thành", () => {
    expect(indicator(run(goodYear()), "NV3")).toMatchObject({ status: "pass", value: 1, threshold: 1 });
  });

  it("counts a task finished after its deadline as late", () => {
    const result = nv3([
      task({ planned: 1, achieved: 1, completedDate: date(GOOD_YEAR, 7, 1) }),
      task({ outcome: "Hoàn thành" }),
      task({ outcome: "Vượt" }),
    ]);
    expect(result.status).toBe("fail");
    expect(result.value).toBeCloseTo(2 / 3, 9);
    expect(result.threshold).toBe(1);
  });

  it("counts a task finished on its deadline day as on time", () => {
    const result = nv3([task({ planned: 1, achieved: 1, completedDate: date(GOOD_YEAR, 6, 30) })]);
    expect(result).toMatchObject({ status: "pass", value: 1 });
  });

  it("counts a done task without Ngày hoàn thành as on time", () => {
    expect(nv3([task({ planned: 3, achieved: 4 })])).toMatchObject({ status: "pass", value: 1 });
  });

  it("reads a Tối thiểu target (blank kind) as done only when Thực hiện ≥ Kế hoạch", () => {
    expect(nv3([task({ planned: 10, achieved: 10 })]).status).toBe("pass");
    expect(nv3([task({ planned: 10, achieved: 9 })])).toMatchObject({ status: "fail", value: 0 });
  });

  it("reads a Tối đa target as done only when Thực hiện ≤ Kế hoạch", () => {
    expect(nv3([task({ targetKind: "Tối đa", planned: 2, achieved: 2 })]).status).toBe("pass");
    expect(nv3([task({ targetKind: "Tối đa", planned: 2, achieved: 2.5 })])).toMatchObject({
      status: "fail",
      value: 0,
    });
  });

  it("reads numbers typed as text the Vietnamese way", () => {
    // 2,5 is two and a half, above the 2 of a Tối đa target.
    expect(nv3([task({ targetKind: "Tối đa", planned: "2", achieved: "2,5" })]).status).toBe("fail");
  });

  it("uses Kết quả when the numbers are absent: Chưa hoàn thành is not done", () => {
    const result = nv3([task({ outcome: "Chưa hoàn thành" }), task({ outcome: "Hoàn thành" })]);
    expect(result).toMatchObject({ status: "fail", value: 0.5 });
  });

  it("uses Kết quả when only one number is given", () => {
    expect(nv3([task({ planned: 5, outcome: "Hoàn thành" })])).toMatchObject({ status: "pass", value: 1 });
  });

  it("lets the numbers win over a contradicting Kết quả, with a warning on that row", () => {
    const assessment = run(
      goodYear({
        tasks: [task({ planned: 10, achieved: 8, outcome: "Hoàn thành" }), task({ outcome: "Vượt" })],
      }),
    );
    expect(indicator(assessment, "NV3")).toMatchObject({ status: "fail", value: 0.5 });
    expect(issuesOf(assessment, { severity: "warning", sheet: "Nhiệm vụ", row: 2 }).length).toBeGreaterThan(
      0,
    );

    const other = run(goodYear({ tasks: [task({ planned: 1, achieved: 1, outcome: "Chưa hoàn thành" })] }));
    expect(indicator(other, "NV3")).toMatchObject({ status: "pass", value: 1 });
    expect(issuesOf(other, { severity: "warning", sheet: "Nhiệm vụ", row: 2 }).length).toBeGreaterThan(0);
  });

  it("before 31/12 leaves out a task not yet done whose deadline is after the as-of date", () => {
    const tasks = [
      task({ planned: 1, achieved: 1, completedDate: date(GOOD_YEAR, 5, 2) }),
      task({ planned: 10, achieved: 3, deadline: date(GOOD_YEAR, 9, 30) }),
    ];
    expect(nv3(tasks, asOf(6, 30))).toMatchObject({ status: "pass", value: 1 });
  });

  it("before 31/12 keeps a task not done whose deadline is the as-of date", () => {
    const tasks = [
      task({ planned: 1, achieved: 1, completedDate: date(GOOD_YEAR, 5, 2) }),
      task({ planned: 10, achieved: 3, deadline: date(GOOD_YEAR, 6, 30) }),
    ];
    expect(nv3(tasks, asOf(6, 30))).toMatchObject({ status: "fail", value: 0.5 });
  });

  it("at 31/12 keeps a task not done even when its deadline is next year", () => {
    const tasks = [
      task({ outcome: "Hoàn thành" }),
      task({ planned: 4, achieved: 1, deadline: date(GOOD_YEAR + 1, 3, 31) }),
    ];
    expect(nv3(tasks)).toMatchObject({ status: "fail", value: 0.5 });
  });

  it("is missing when no task is left", () => {
    expect(nv3([]).status).toBe("missing");
    const onlyFuture = [task({ planned: 10, achieved: 3, deadline: date(GOOD_YEAR, 9, 30) })];
    expect(nv3(onlyFuture, asOf(6, 30)).status).toBe("missing");
  });

  it("is missing when a task has neither numbers nor result and the known ones are all done", () => {
    const result = nv3([task({ outcome: "Hoàn thành" }), task({ outcome: "Vượt" }), task({})]);
    expect(result).toMatchObject({ status: "missing", value: 1, threshold: 1 });
  });

  it("fails despite an unknown task when a known one already misses the threshold", () => {
    const result = nv3([task({ outcome: "Chưa hoàn thành" }), task({ outcome: "Vượt" }), task({})]);
    expect(result).toMatchObject({ status: "fail", value: 0.5 });
  });

  it("is missing when Loại chỉ tiêu is unreadable and the two readings of the numbers disagree", () => {
    const result = nv3([task({ targetKind: "ABC", planned: 10, achieved: 5, outcome: "Hoàn thành" })]);
    expect(result.status).toBe("missing");
  });

  it("is done when Loại chỉ tiêu is unreadable but the numbers are equal (both readings agree)", () => {
    const result = nv3([task({ targetKind: "ABC", planned: 10, achieved: 10 })]);
    expect(result).toMatchObject({ status: "pass", value: 1 });
  });

  it("is missing when a number is unreadable, never falling back to Kết quả", () => {
    const result = nv3([task({ planned: "abc", achieved: 5, outcome: "Hoàn thành" })]);
    expect(result.status).toBe("missing");
  });

  it("passes at exactly a lowered threshold (80% typed in Cấu hình, 4 tasks of 5)", () => {
    const tasks = [1, 2, 3, 4].map(() => task({ outcome: "Hoàn thành" }));
    tasks.push(task({ outcome: "Chưa hoàn thành" }));
    const result = indicator(run(goodYear({ tasks, settings: [{ code: "NV3", threshold: "80%" }] })), "NV3");
    expect(result.status).toBe("pass");
    expect(result.value).toBeCloseTo(0.8, 9);
    expect(result.threshold).toBeCloseTo(0.8, 9);
  });
});

describe("NV4 CBCCVC hoàn thành tốt nhiệm vụ trở lên", () => {
  const nv4 = (staffTotal: number | string, staffGood: number | string) =>
    indicator(run(goodYear({ info: { staffTotal, staffGood } })), "NV4");

  it("passes above 90%", () => {
    expect(nv4(40, 38)).toMatchObject({ status: "pass", value: 0.95, threshold: 0.9 });
  });

  it("passes at exactly 90% (36 of 40)", () => {
    const result = nv4(40, 36);
    expect(result.status).toBe("pass");
    expect(result.value).toBeCloseTo(0.9, 9);
  });

  it("fails below 90% (35 of 40)", () => {
    expect(nv4(40, 35)).toMatchObject({ status: "fail", value: 0.875, threshold: 0.9 });
  });

  it("does not apply when the total is blank", () => {
    expect(nv4("", 38).status).toBe("n/a");
  });

  // A share over no item at all is missing (§3): a total of 0 gives nothing to compare.
  it("is missing when the total is 0", () => {
    expect(nv4(0, 0).status).toBe("missing");
  });

  it("is missing when the count is blank", () => {
    expect(nv4(40, "").status).toBe("missing");
  });

  it("is missing, with an error, when the count exceeds the total", () => {
    const assessment = run(goodYear({ info: { staffTotal: 40, staffGood: 41 } }));
    expect(indicator(assessment, "NV4").status).toBe("missing");
    expect(
      issuesOf(assessment, { severity: "error", sheet: "Thông tin chung", row: INFO_ROW.staffGood }),
    ).toHaveLength(1);
  });
});

describe("NV5 Không có khiếu nại tồn đọng, vượt cấp", () => {
  const complaint = (patch: IncidentRow): IncidentRow => ({
    date: date(GOOD_YEAR, 4, 2),
    type: "Khiếu nại, tố cáo",
    content: "Đơn khiếu nại về chế độ",
    ...patch,
  });
  const nv5 = (incidents: IncidentRow[], options = asOf(12, 31)) =>
    indicator(run(goodYear({ incidents: [...goodYear().incidents, ...incidents] }), options), "NV5");

  it("passes with no complaint", () => {
    expect(nv5([])).toMatchObject({ status: "pass", value: 0, threshold: 0 });
  });

  it("passes with complaints resolved or being resolved", () => {
    const result = nv5([complaint({ state: "Đã giải quyết" }), complaint({ state: "Đang giải quyết" })]);
    expect(result).toMatchObject({ status: "pass", value: 0, threshold: 0 });
  });

  it("fails with a complaint Tồn đọng or Vượt cấp", () => {
    expect(nv5([complaint({ state: "Tồn đọng" })])).toMatchObject({ status: "fail", value: 1, threshold: 0 });
    expect(nv5([complaint({ state: "Vượt cấp" }), complaint({ state: "Tồn đọng" })])).toMatchObject({
      status: "fail",
      value: 2,
    });
  });

  it("counts a complaint of any earlier date still unresolved", () => {
    expect(nv5([complaint({ date: date(GOOD_YEAR - 1, 11, 20), state: "Tồn đọng" })])).toMatchObject({
      status: "fail",
      value: 1,
    });
  });

  it("raises no other-year warning for an earlier year's complaint, since it still counts", () => {
    const incidents = [complaint({ date: date(GOOD_YEAR - 1, 11, 20), state: "Đã giải quyết" })];
    const assessment = run(goodYear({ incidents }));
    expect(issuesOf(assessment, { sheet: "Sự việc" })).toHaveLength(0);
  });

  it("ignores a complaint dated after the as-of date", () => {
    expect(nv5([complaint({ date: date(GOOD_YEAR, 8, 15), state: "Tồn đọng" })], asOf(6, 30))).toMatchObject({
      status: "pass",
      value: 0,
    });
  });

  it("counts only Khiếu nại, tố cáo rows", () => {
    const inspection = complaint({ type: "Kiểm tra", state: "Tồn đọng" });
    expect(nv5([inspection])).toMatchObject({ status: "pass", value: 0 });
  });

  it("is missing when a complaint has no Tình trạng", () => {
    expect(nv5([complaint({})])).toMatchObject({ status: "missing", value: 0 });
  });

  it("allows as many as the Cấu hình threshold (1 is a count here, not 100%)", () => {
    const incidents = [...goodYear().incidents, complaint({ state: "Tồn đọng" })];
    const result = indicator(
      run(goodYear({ incidents, settings: [{ code: "NV5", threshold: "1" }] })),
      "NV5",
    );
    expect(result).toMatchObject({ status: "pass", value: 1, threshold: 1 });
  });
});

describe("NV6 Thực hiện kiểm tra, giám sát", () => {
  const row = (type: string, day = date(GOOD_YEAR, 10, 1)): IncidentRow => ({
    date: day,
    type,
    content: "Kiểm tra, giám sát chuyên đề",
    state: "Đã giải quyết",
  });
  const nv6 = (incidents: IncidentRow[], settings = [] as { code: string; threshold: string }[]) =>
    indicator(run(goodYear({ incidents, settings })), "NV6");

  it("passes with one Kiểm tra", () => {
    expect(nv6([row("Kiểm tra")])).toMatchObject({ status: "pass", value: 1, threshold: 1 });
  });

  it("passes with one Giám sát", () => {
    expect(nv6([row("Giám sát")])).toMatchObject({ status: "pass", value: 1, threshold: 1 });
  });

  it("fails with none", () => {
    expect(nv6([])).toMatchObject({ status: "fail", value: 0, threshold: 1 });
  });

  it("counts only records dated in the year", () => {
    expect(nv6([row("Kiểm tra", date(GOOD_YEAR - 1, 12, 20))])).toMatchObject({ status: "fail", value: 0 });
  });

  it("warns about a record of another year, which is not counted", () => {
    const assessment = run(
      goodYear({ incidents: [row("Kiểm tra"), row("Giám sát", date(GOOD_YEAR - 1, 5, 5))] }),
    );
    expect(indicator(assessment, "NV6")).toMatchObject({ status: "pass", value: 1 });
    expect(
      issuesOf(assessment, { severity: "warning", sheet: "Sự việc", row: 3, column: "Ngày" }),
    ).toHaveLength(1);
  });

  it("is not made missing by a row of unreadable type dated outside the year", () => {
    const result = nv6([row("Kiểm tra"), row("Tranh chấp", date(GOOD_YEAR - 1, 5, 5))]);
    expect(result).toMatchObject({ status: "pass", value: 1 });
  });

  it("adds Kiểm tra and Giám sát against a threshold from Cấu hình", () => {
    const settings = [{ code: "NV6", threshold: "2" }];
    expect(nv6([row("Kiểm tra"), row("Giám sát")], settings)).toMatchObject({
      status: "pass",
      value: 2,
      threshold: 2,
    });
    expect(nv6([row("Kiểm tra")], settings)).toMatchObject({ status: "fail", value: 1, threshold: 2 });
  });

  it("is missing, as NV5 is, when the sheet Sự việc is missing, with an error on no row or column", () => {
    const assessment = run({ ...goodYear(), incidents: null });
    expect(indicator(assessment, "NV5").status).toBe("missing");
    expect(indicator(assessment, "NV6").status).toBe("missing");
    expect(
      issuesOf(assessment, { severity: "error", sheet: "Sự việc", row: null, column: null }),
    ).toHaveLength(1);
  });
});
