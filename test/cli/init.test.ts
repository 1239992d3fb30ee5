import { join } from "node:path";
import type ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { INDICATORS, INFO_ITEMS, MEETING_COLUMNS, SHEET_ORDER, SHEETS } from "../../src/core/index";
import {
  ensureBuiltCli,
  expectOneLineRefusal,
  fileHash,
  readXlsx,
  runCli,
  temporaryFolder,
} from "./cli-harness";

type Validations = { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } };
const validationAt = (sheet: ExcelJS.Worksheet, address: string) =>
  (sheet as unknown as Validations).dataValidations.model[address];

describe("chibo4tot init", () => {
  let folder: string;
  let workbook: ExcelJS.Workbook;
  const sheet = (title: string) => {
    const found = workbook.getWorksheet(title);
    if (!found) throw new Error(`no sheet ${title}`);
    return found;
  };

  beforeAll(async () => {
    ensureBuiltCli();
    folder = temporaryFolder();
    const run = runCli(["init", "so-theo-doi.xlsx"], folder);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("so-theo-doi.xlsx");
    workbook = await readXlsx(join(folder, "so-theo-doi.xlsx"));
  });

  it("creates the input sheets in the template's order, the secretary's tabs first", () => {
    const visible = workbook.worksheets
      .filter((worksheet) => worksheet.state === "visible")
      .map((ws) => ws.name);
    expect(visible).toEqual(SHEET_ORDER.map((key) => SHEETS[key].title));
  });

  it("writes every header bold, frozen, with a note", () => {
    for (const key of SHEET_ORDER) {
      const worksheet = sheet(SHEETS[key].title);
      SHEETS[key].columns.forEach((column, index) => {
        const cell = worksheet.getCell(1, index + 1);
        expect(cell.value).toBe(column.header);
        expect(cell.font?.bold).toBe(true);
        expect(cell.note).toBeTruthy();
      });
      expect(worksheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    }
  });

  it("puts dropdowns on list columns, TRUE/FALSE on yes/no columns and dd/mm/yyyy on dates", () => {
    const meetings = sheet(SHEETS.meetings.title);
    const column = (header: string) => MEETING_COLUMNS.findIndex((item) => item.header === header) + 1;
    const letter = (header: string) => meetings.getColumn(column(header)).letter;
    expect(validationAt(meetings, `${letter("Loại")}2`)?.formulae).toEqual([
      '"Thường kỳ,Chuyên đề,Thường kỳ kết hợp chuyên đề,Chi ủy,Bất thường"',
    ]);
    expect(validationAt(meetings, `${letter("Biên bản")}50`)?.formulae).toEqual(['"TRUE,FALSE"']);
    expect(meetings.getColumn(column("Ngày")).numFmt).toBe("dd/mm/yyyy");
  });

  it("offers a value with a comma (Khiếu nại, tố cáo) through a list range, since inline lists split on commas", () => {
    const incidents = sheet(SHEETS.incidents.title);
    const formula = validationAt(incidents, "B2")?.formulae?.[0] ?? "";
    const [listSheet, range] = formula.replace(/'/g, "").split("!");
    const values = sheet(listSheet ?? "").getCell((range ?? "").replace(/\$/g, "").split(":")[0] ?? "A1");
    expect(sheet(listSheet ?? "").state).toBe("hidden");
    expect(values.value).toBe("Kiểm tra");
    const listed = sheet(listSheet ?? "")
      .getColumn(1)
      .values.filter((value) => value !== undefined);
    expect(listed).toContain("Khiếu nại, tố cáo");
  });

  it("prefills the items of Thông tin chung, with a note on each, and the defaults of Cấu hình", () => {
    const info = sheet(SHEETS.info.title);
    INFO_ITEMS.forEach((item, index) => {
      expect(info.getCell(index + 2, 1).value).toBe(item.label);
      expect(info.getCell(index + 2, 1).note).toBe(item.note);
    });
    const settings = sheet(SHEETS.settings.title);
    expect(INDICATORS.map((_, index) => settings.getCell(index + 2, 1).value)).toEqual(
      INDICATORS.map((indicator) => indicator.id),
    );
    expect(settings.getCell(2, 4).value).toBe(true);
  });

  it("refuses to overwrite an existing file, leaving it untouched", () => {
    const path = join(folder, "so-theo-doi.xlsx");
    const before = fileHash(path);
    const line = expectOneLineRefusal(runCli(["init", "so-theo-doi.xlsx"], folder));
    expect(line).toContain("đã có");
    expect(fileHash(path)).toBe(before);
  });

  it("refuses a name that is not .xlsx", () => {
    expect(expectOneLineRefusal(runCli(["init", "so.xls"], folder))).toContain(".xlsx");
  });
});
