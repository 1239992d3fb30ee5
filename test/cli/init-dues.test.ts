/** `chibo4tot init FILE --dang-phi`: the dues sheet on request, members listed, marks never touched. */
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { DUES_COLUMNS, DUES_WORDS, SHEETS } from "../../src/core/index";
import { GOOD_MEMBERS, goodYear, workbook } from "../support/workbook";
import {
  ensureBuiltCli,
  expectOneLineRefusal,
  fileHash,
  readXlsx,
  runCli,
  temporaryFolder,
  writeXlsx,
} from "./cli-harness";

type Validations = { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } };
const validations = (sheet: ExcelJS.Worksheet) =>
  Object.entries((sheet as unknown as Validations).dataValidations.model);

const DUES = SHEETS.dues.title;

function sheetOf(book: ExcelJS.Workbook, title: string): ExcelJS.Worksheet {
  const found = book.getWorksheet(title);
  if (!found) throw new Error(`no sheet ${title}`);
  return found;
}

/** Every row's values of a sheet, as ExcelJS reads them. */
function valuesOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row, number) => {
    rows[number - 1] = (row.values as unknown[])
      .slice(1)
      .map((value) => (value instanceof Date ? value.toISOString() : value));
  });
  return rows;
}

describe("chibo4tot init --dang-phi", () => {
  beforeAll(() => ensureBuiltCli());

  it("creates a new workbook with the template and an empty Đảng phí, a note and the marks on each month", async () => {
    const folder = temporaryFolder();
    const run = runCli(["init", "moi.xlsx", "--dang-phi"], folder);
    expect(run.status).toBe(0);
    const book = await readXlsx(join(folder, "moi.xlsx"));
    const dues = sheetOf(book, DUES);
    DUES_COLUMNS.forEach((column, index) => {
      expect(dues.getCell(1, index + 1).value).toBe(column.header);
      expect(dues.getCell(1, index + 1).note).toBeTruthy();
    });
    const monthRule = validations(dues).find(([range]) => range.startsWith("B2"))?.[1];
    expect(monthRule?.formulae?.[0]).toBe(`"${DUES_WORDS.map((word) => word.label).join(",")}"`);
    expect(monthRule?.errorStyle).toBe("warning");
    expect(book.getWorksheet(SHEETS.members.title)).toBeDefined();
  });

  it("adds Đảng phí to an existing workbook with its members, then only those who joined, touching no mark", async () => {
    const folder = temporaryFolder();
    const file = join(folder, "chi-bo.xlsx");
    await writeXlsx(file, workbook(goodYear()));
    const before = await readXlsx(file);

    expect(runCli(["init", "chi-bo.xlsx", "--dang-phi"], folder).status).toBe(0);
    let book = await readXlsx(file);
    expect(
      valuesOf(sheetOf(book, DUES))
        .slice(1)
        .map((row) => row[0]),
    ).toEqual([...GOOD_MEMBERS]);
    for (const title of [SHEETS.info.title, SHEETS.members.title, SHEETS.meetings.title]) {
      expect(valuesOf(sheetOf(book, title))).toEqual(valuesOf(sheetOf(before, title)));
    }

    // The secretary records two months and admits a member.
    sheetOf(book, DUES).getCell(2, 2).value = 50000;
    sheetOf(book, DUES).getCell(3, 3).value = "Miễn";
    sheetOf(book, SHEETS.members.title).getRow(12).values = [
      "Mai Thị Mới",
      null,
      null,
      new Date(Date.UTC(2024, 7, 1)),
    ];
    await book.xlsx.writeFile(file);
    const marked = valuesOf(sheetOf(book, DUES));

    const again = runCli(["init", "chi-bo.xlsx", "--dang-phi"], folder);
    expect(again.stdout).toContain("Mai Thị Mới");
    book = await readXlsx(file);
    const after = valuesOf(sheetOf(book, DUES));
    expect(after.slice(0, marked.length)).toEqual(marked);
    expect(after[marked.length]?.[0]).toBe("Mai Thị Mới");

    const hash = fileHash(file);
    const third = runCli(["init", "chi-bo.xlsx", "--dang-phi"], folder);
    expect(third.stdout).toContain("không thay đổi");
    expect(fileHash(file)).toBe(hash);
  });

  it("is refused with another command", () => {
    const line = expectOneLineRefusal(runCli(["evaluate", "x.xlsx", "--dang-phi"], temporaryFolder()));
    expect(line).toContain("--dang-phi");
  });
});
