import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AssessOptions,
  assess,
  type CalendarDate,
  type CellValue,
  INFO_ITEMS,
  type Issue,
  SHEETS,
  type SheetTable,
  type WorkbookTables,
} from "../../../src/core/index";

/** Loose spelling, as the spec matches names: no case, spaces, diacritics, nor i/y at a syllable's end. */
function loose(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/([b-df-hj-np-tv-xz])y\b/g, "$1i");
}

const SCHEMAS = Object.values(SHEETS);
const SCHEMA_HEADERS = new Set(
  SCHEMAS.flatMap((sheet) => sheet.columns.map((column) => loose(column.header))),
);

const stripped = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d");

/** A schema word as a secretary might type it: as is, without diacritics, in capitals, padded. */
const spelling = (text: string) =>
  fc.constantFrom(
    text,
    stripped(text),
    text.toUpperCase(),
    `  ${text.toLowerCase()} `,
    stripped(text).toLowerCase(),
  );

const TRICKY_TEXT = [
  "=SUM(A1)",
  "+84912345678",
  "-",
  "@admin",
  "31/02/2024",
  "29/02/2023",
  "03/07/2023",
  "2023-07-03",
  "3.7.2023",
  "hôm qua",
  "2,5",
  "1.000",
  "1.000,5",
  "150%",
  "x",
  "Có",
  "Không",
  "HTTNV",
  "Hoàn thành xuất sắc nhiệm vụ",
  "Thuong ki",
  "Chi ủy",
  "Tồn đọng",
  "Nguyễn Văn An",
  "đ/c Trần Thị Hoà (ốm); Le Van Binh\nHoàng Văn Tư",
  "",
  "   ",
  "\n",
];

const calendarDate: fc.Arbitrary<CalendarDate> = fc.record({
  year: fc.integer({ min: 1990, max: 2030 }),
  month: fc.integer({ min: 0, max: 13 }),
  day: fc.integer({ min: 0, max: 32 }),
});

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.constantFrom(...TRICKY_TEXT),
  fc.constantFrom(...SCHEMAS.flatMap((sheet) => sheet.columns.map((column) => column.header))),
  fc.integer({ min: -5, max: 3000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  fc.boolean(),
  fc.constant(null),
  calendarDate,
);

function shuffledSubset<T>(values: readonly T[]): fc.Arbitrary<T[]> {
  return fc
    .shuffledSubarray([...values])
    .chain((subset) => fc.shuffledSubarray(subset, { minLength: subset.length }));
}

/** A header row: some schema headers of `columns` in any order and spelling, mixed with stray cells. */
function headerRow(headers: readonly string[]): fc.Arbitrary<CellValue[]> {
  return fc.oneof(
    shuffledSubset(headers).chain((chosen) =>
      fc
        .tuple(fc.tuple(...chosen.map(spelling)), fc.array(cell, { maxLength: 2 }))
        .map(([named, extra]) => [...named, ...extra]),
    ),
    fc.array(cell, { maxLength: 6 }),
  );
}

function grid(header: fc.Arbitrary<CellValue[]>): fc.Arbitrary<CellValue[][]> {
  return fc
    .tuple(header, fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 8 }))
    .map(([first, rest]) => [first, ...rest]);
}

const sheetName = (title: string) =>
  fc.oneof(spelling(title), fc.string({ maxLength: 12 }), fc.constant("Đánh giá 2023"));

/** Any tab named after a schema sheet (or not), with or without the right headers. */
const anySheet: fc.Arbitrary<SheetTable> = fc.constantFrom(...SCHEMAS).chain((schema) =>
  fc.record({
    name: sheetName(schema.title),
    rows: grid(headerRow(schema.columns.map((column) => column.header))),
  }),
);

/** `Thông tin chung` with its labels in column A and random values beside them, sometimes with a real year. */
const infoSheet: fc.Arbitrary<SheetTable> = fc.record({
  name: spelling(SHEETS.info.title),
  rows: fc
    .tuple(
      headerRow(["Mục", "Giá trị"]),
      fc.array(fc.tuple(fc.constantFrom(...INFO_ITEMS.map((item) => item.label)).chain(spelling), cell), {
        maxLength: 16,
      }),
      fc.option(fc.integer({ min: 1990, max: 2110 })),
    )
    .map(([header, items, year]) => [header, ...items, ...(year === null ? [] : [["Năm đánh giá", year]])]),
});

const tables: fc.Arbitrary<WorkbookTables> = fc
  .tuple(fc.option(infoSheet, { freq: 5 }), fc.array(anySheet, { maxLength: 7 }))
  .map(([info, others]) => (info === null ? others : [info, ...others]));

const validDay: fc.Arbitrary<CalendarDate> = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((date) => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }));

const options: fc.Arbitrary<AssessOptions> = fc
  .record({
    today: validDay,
    year: fc.option(fc.integer({ min: 2000, max: 2100 })),
    asOf: fc.option(validDay),
  })
  .map(({ today, year, asOf }) => ({
    today,
    ...(year === null ? {} : { year }),
    ...(asOf === null ? {} : { asOf }),
  }));

/** The tabs an issue may be about: those whose name matches its sheet the way the engine matches names. */
function tabsOf(workbook: WorkbookTables, issue: Issue): readonly SheetTable[] {
  return workbook.filter((tab) => loose(tab.name) === loose(issue.sheet));
}

function pointsIntoItsSheet(workbook: WorkbookTables, issue: Issue): boolean {
  if (issue.row === null) return true;
  const column = issue.column;
  // The one warning about a sheet's missing optional columns names several of them, so it points at
  // the header row as a whole; any other issue with a row is about one cell.
  if (column === null) return issue.row === 1 && tabsOf(workbook, issue).length > 0;
  return tabsOf(workbook, issue).some((tab) => {
    const header = (tab.rows[0] ?? [])
      .filter((value): value is string => typeof value === "string")
      .map(loose);
    return (
      issue.row !== null &&
      Number.isInteger(issue.row) &&
      issue.row >= 1 &&
      issue.row <= tab.rows.length &&
      (header.includes(loose(column)) || SCHEMA_HEADERS.has(loose(column)))
    );
  });
}

describe("any grid", () => {
  it("is assessed without throwing, and every issue about a cell points at a row and column that exist", () => {
    fc.assert(
      fc.property(tables, options, (workbook, chosen) => {
        const outcome = assess(workbook, chosen);
        if (!outcome.ok) {
          expect(outcome.message.trim()).not.toBe("");
          return;
        }
        const { evaluation } = outcome.assessment;
        expect(evaluation.criteria.map((criterion) => criterion.id)).toEqual(["NV", "SH", "KL", "DV"]);
        for (const issue of evaluation.issues) {
          expect(["error", "warning"]).toContain(issue.severity);
          expect(issue.message.trim()).not.toBe("");
          expect(pointsIntoItsSheet(workbook, issue), JSON.stringify(issue)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
