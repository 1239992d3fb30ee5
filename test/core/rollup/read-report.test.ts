import { describe, expect, it } from "vitest";
import {
  type Assessment,
  type CellValue,
  cellResultOf,
  evaluationSheets,
  readEvaluationSheet,
  type SheetTable,
} from "../../../src/core/index";
import { reportTable } from "../../support/report-table";
import { seed } from "../../support/seed-2023";
import { date, goodYear, run } from "../../support/workbook";
import { indicatorResults, sampleAssessment } from "../report/sample-assessment";

function readBack(assessment: Assessment, name?: string) {
  const reading = readEvaluationSheet(reportTable(assessment, name));
  if (!reading.ok) throw new Error(reading.reason);
  return reading.result;
}

const statuses = (assessment: Assessment) => cellResultOf(assessment.evaluation);

describe("reading back a generated Đánh giá sheet gives the engine's result", () => {
  it("the seed year 2023: names, date, every status", () => {
    const assessment = run(seed, { today: date(2024, 4, 21), asOf: date(2023, 12, 31) });
    const result = readBack(assessment);
    expect(result).toEqual({
      ...statuses(assessment),
      unit: "CHI BỘ SỞ NGOẠI VỤ",
      superior: "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH",
    });
    expect(result.status).toBe("pass");
  });

  it("a year that fails, one that lacks data and one with criteria not applied", () => {
    const failing = run(goodYear({ info: { cellRating: "HTNV" } }));
    expect(readBack(failing)).toMatchObject({
      status: "fail",
      criteria: statuses(failing).criteria,
      indicators: statuses(failing).indicators,
    });
    const lacking = run(goodYear({ info: { flagSalute: null } }));
    expect(readBack(lacking)).toMatchObject({ status: "missing", indicators: statuses(lacking).indicators });
    const nothing = sampleAssessment({ criteria: indicatorResults(() => "n/a"), status: "n/a" });
    expect(readBack(nothing).status).toBe("n/a");
  });

  it("a mid-year evaluation keeps its as-of date", () => {
    const midYear = run(goodYear(), { today: date(2024, 6, 30) });
    expect(readBack(midYear).asOf).toBe("2024-06-30");
  });

  it("reads any indicator code: one the registry does not know yet, and a sheet without one", () => {
    const criteria = indicatorResults((id) => (id === "KL5" ? "fail" : "pass")).map((criterion) =>
      criterion.id === "KL"
        ? {
            ...criterion,
            indicators: [
              ...criterion.indicators.filter((indicator) => indicator.id !== "KL3"),
              {
                id: "KL9",
                name: "Một chỉ báo chưa có trong phiên bản này",
                status: "missing" as const,
                value: null,
                threshold: 3,
                detail: "…",
              },
            ],
          }
        : criterion,
    );
    const result = readBack(sampleAssessment({ criteria }));
    const ids = result.indicators.map((indicator) => indicator.id);
    expect(ids).toContain("KL9");
    expect(ids).not.toContain("KL3");
    expect(result.indicators.find((indicator) => indicator.id === "KL9")).toEqual({
      id: "KL9",
      name: "Một chỉ báo chưa có trong phiên bản này",
      status: "missing",
    });
  });

  it("a cell without a name reads as no name", () => {
    const result = readBack(sampleAssessment({ unit: null, superior: "  " }));
    expect(result).toMatchObject({ unit: null, superior: null });
  });
});

describe("a sheet retyped or renamed still reads", () => {
  it("without diacritics, with curly quotes, in lower case, as text in other columns", () => {
    const table = reportTable(run(goodYear()));
    const retyped: SheetTable = {
      name: "danh gia 2024",
      rows: table.rows.map((row) =>
        row.map((value: CellValue) =>
          typeof value === "string" ? value.replace(/"([^"]*)"/g, "“$1”").toLowerCase() : value,
        ),
      ),
    };
    const reading = readEvaluationSheet(retyped);
    expect(reading.ok && reading.result.status).toBe("pass");
  });

  it("a tab renamed is found by its title when no tab is named Đánh giá", () => {
    const table = reportTable(run(goodYear()), "Trang tính1");
    const other: SheetTable = { name: "Ghi chép", rows: [["Ghi chú riêng"]] };
    expect(evaluationSheets([other, table]).map((sheet) => sheet.name)).toEqual(["Trang tính1"]);
  });
});

describe("a damaged sheet says what is wrong, naming the sheet", () => {
  const table = reportTable(run(goodYear()));
  const without = (predicate: (text: string) => boolean): SheetTable => ({
    ...table,
    rows: table.rows.map((row) =>
      row.map((value) => (typeof value === "string" && predicate(value) ? "" : value)),
    ),
  });

  it("no title", () => {
    const reading = readEvaluationSheet(without((text) => text.startsWith("BÁO CÁO")));
    expect(reading).toMatchObject({ ok: false, year: 2024 });
    expect(!reading.ok && reading.reason).toMatch(/^Trang "Đánh giá 2024" không đúng mẫu.*tiêu đề/);
  });

  it("no conclusion", () => {
    const reading = readEvaluationSheet(without((text) => text.startsWith("Đề nghị công nhận")));
    expect(!reading.ok && reading.reason).toMatch(/kết luận/);
  });

  it("a status word that is not one of the four", () => {
    const rows = table.rows.map((row) =>
      row[0] === "SH4. Thời lượng sinh hoạt" ? [...row.slice(0, 3), "Tốt"] : row,
    );
    const reading = readEvaluationSheet({ ...table, rows });
    expect(!reading.ok && reading.reason).toMatch(/SH4/);
  });

  it("an empty sheet", () => {
    expect(readEvaluationSheet({ name: "Đánh giá 2024", rows: [] })).toMatchObject({ ok: false, year: 2024 });
  });
});
