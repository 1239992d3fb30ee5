/** Two tabs, two `Mục` rows or two columns standing for one thing: an error naming both, nothing guessed. */
import { describe, expect, it } from "vitest";
import { assess, type SheetTable, type WorkbookTables } from "../../../src/core/index";
import { goodDues } from "../../support/dues";
import { date, goodYear, workbook } from "../../support/workbook";

const OPTIONS = { today: date(2025, 3, 1), asOf: date(2024, 12, 31) };

function evaluated(tables: WorkbookTables) {
  const outcome = assess(tables, OPTIONS);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.assessment.evaluation;
}

const indicator = (tables: WorkbookTables, id: string) =>
  evaluated(tables)
    .criteria.flatMap((criterion) => criterion.indicators)
    .find((candidate) => candidate.id === id);

const renamed = (table: SheetTable, name: string): SheetTable => ({ ...table, name });
const tableOf = (tables: WorkbookTables, name: string) =>
  tables.find((table) => table.name === name) as SheetTable;

describe("two tabs matching one sheet name", () => {
  it("a second Đảng viên spelled without diacritics: an error naming both, the sheet's indicators missing", () => {
    const tables = workbook(goodYear());
    const twins = [...tables, renamed(tableOf(tables, "Đảng viên"), "Dang vien")];
    const evaluation = evaluated(twins);
    expect(evaluation.issues).toContainEqual(
      expect.objectContaining({
        severity: "error",
        sheet: "Đảng viên",
        row: null,
        message:
          'Có hai sheet cùng được hiểu là "Đảng viên": "Đảng viên" và "Dang vien"; hãy xóa hoặc đổi tên một sheet để chỉ còn một.',
      }),
    );
    expect(indicator(twins, "DV1")?.status).toBe("missing");
  });

  it("a second Đảng phí: an error naming both, no dues read from either, KL6 missing rather than guessed", () => {
    const tables = workbook({ ...goodYear(), dues: goodDues() });
    const twins = [...tables, renamed(tableOf(tables, "Đảng phí"), "Dang phi")];
    const evaluation = evaluated(twins);
    expect(evaluation.issues).toContainEqual(
      expect.objectContaining({
        severity: "error",
        sheet: "Đảng phí",
        row: null,
        message:
          'Có hai sheet cùng được hiểu là "Đảng phí": "Đảng phí" và "Dang phi"; hãy xóa hoặc đổi tên một sheet để chỉ còn một.',
      }),
    );
    expect(indicator(twins, "KL6")?.status).toBe("missing");
    expect(indicator(tables, "KL6")?.status).toBe("pass");
  });

  it("two Thông tin chung: no evaluation, one line naming both", () => {
    const tables = workbook(goodYear());
    const outcome = assess(
      [...tables, renamed(tableOf(tables, "Thông tin chung"), "THONG TIN CHUNG")],
      OPTIONS,
    );
    expect(outcome).toEqual({
      ok: false,
      message:
        'Có hai sheet cùng được hiểu là "Thông tin chung": "Thông tin chung" và "THONG TIN CHUNG"; hãy xóa hoặc đổi tên một sheet để chỉ còn một.',
    });
  });
});

describe("two Mục rows for one item", () => {
  const withSecondRow = (label: string, value: unknown): WorkbookTables => {
    const tables = workbook(goodYear());
    const info = tableOf(tables, "Thông tin chung");
    return tables.map((table) =>
      table === info ? { ...table, rows: [...info.rows, [label, value as string]] } : table,
    );
  };

  it("an item given twice is an error naming both rows, and unknown", () => {
    const tables = withSecondRow("Xep loai chi bo", "HTNV");
    const info = tableOf(tables, "Thông tin chung");
    const first = info.rows.findIndex((row) => row[0] === "Xếp loại chi bộ") + 1;
    const evaluation = evaluated(tables);
    expect(evaluation.issues).toContainEqual(
      expect.objectContaining({
        severity: "error",
        sheet: "Thông tin chung",
        row: info.rows.length,
        column: "Mục",
        message: `Mục "Xếp loại chi bộ" có ở hai dòng (dòng ${first} và dòng ${info.rows.length}); hãy xóa một dòng để chỉ còn một.`,
      }),
    );
    expect(indicator(tables, "NV1")?.status).toBe("missing");
  });

  it("Năm đánh giá given twice: no evaluation, and the message says why", () => {
    const outcome = assess(withSecondRow("Năm đánh giá", 2023), OPTIONS);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toMatch(/Mục "Năm đánh giá" có ở hai dòng \(dòng \d+ và dòng \d+\)/);
  });
});

describe("two columns with one header", () => {
  it("an error at row 1 naming both columns, the field unknown in every row", () => {
    const tables = workbook(goodYear());
    const members = tableOf(tables, "Đảng viên");
    const [header = [], ...rows] = members.rows;
    const classification = header.indexOf("Xếp loại");
    const doubled: SheetTable = {
      ...members,
      rows: [
        [...header, "xep loai"],
        ...rows.map((row) => [...row, ...Array(header.length - row.length).fill(null), "KHTNV"]),
      ],
    };
    const twice = tables.map((table) => (table === members ? doubled : table));
    const letter = (index: number) => String.fromCharCode(65 + index);
    expect(evaluated(twice).issues).toContainEqual(
      expect.objectContaining({
        severity: "error",
        sheet: "Đảng viên",
        row: 1,
        column: "Xếp loại",
        message: `Cột "Xếp loại" có hai lần (cột ${letter(classification)} và cột ${letter(header.length)}); hãy xóa hoặc đổi tên một cột để chỉ còn một.`,
      }),
    );
    expect(indicator(twice, "DV1")?.status).toBe("missing");
    expect(indicator(twice, "DV2")?.status).toBe("missing");
  });
});
