import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluate, INDICATORS, STATUS_LABELS, type WorkbookTables } from "../../src/core/index";
import { date, goodYear, workbook } from "../support/workbook";
import {
  ensureBuiltCli,
  expectOneLineRefusal,
  fileHash,
  readXlsx,
  runCli,
  sheetTexts,
  temporaryFolder,
  writeXlsx,
} from "./cli-harness";

const AS_OF = ["--as-of", "2024-12-31"];

/** The good year, with a member typed in an absence list who is no member, and a note that looks like a formula. */
function yearWithFlaws(): WorkbookTables {
  const base = goodYear();
  const [first, ...rest] = base.meetings;
  return workbook({
    ...base,
    meetings: [{ ...first, excused: "Người Lạ Hoắc", note: "=1+1" }, ...rest],
  });
}

describe("chibo4tot evaluate", () => {
  let folder: string;
  let input: string;
  let tables: WorkbookTables;

  beforeAll(async () => {
    ensureBuiltCli();
    folder = temporaryFolder();
    input = join(folder, "chi-bo.xlsx");
    tables = yearWithFlaws();
    await writeXlsx(input, tables);
  });

  it("prints a Vietnamese summary: verdict, criteria, every indicator with its status, and the data problems", () => {
    const run = runCli(["evaluate", "chi-bo.xlsx", ...AS_OF], folder);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("KẾT LUẬN:");
    expect(run.stdout).toContain("Tiêu chí 1. Hoàn thành tốt nhiệm vụ chính trị");
    for (const indicator of INDICATORS)
      expect(run.stdout).toMatch(new RegExp(`\\b${indicator.id}\\s+${indicator.name}`));
    expect(run.stdout).toMatch(/Lỗi\s+Sinh hoạt, dòng 2, cột Vắng có lý do: .*Người Lạ Hoắc/);
  });

  it("with --json prints exactly the value evaluate() gives on the same tables, and nothing else", () => {
    const run = runCli(["evaluate", "chi-bo.xlsx", ...AS_OF, "--json"], folder);
    expect(run.status).toBe(0);
    const expected = evaluate(tables, { today: date(2025, 3, 1), asOf: date(2024, 12, 31) });
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("with --year evaluates another year than Năm đánh giá", () => {
    const run = runCli(["evaluate", "chi-bo.xlsx", "--year", "2023", "--json"], folder);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ year: 2023, asOf: "2023-12-31" });
  });

  describe("with --out", () => {
    let before: string;
    let outPath: string;

    beforeAll(() => {
      before = fileHash(input);
      outPath = join(folder, "danh-gia.xlsx");
    });

    it("writes a copy with the Đánh giá <năm> sheet laid out as the report, never touching the input", async () => {
      const run = runCli(["evaluate", "chi-bo.xlsx", ...AS_OF, "--out", "danh-gia.xlsx"], folder);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain("danh-gia.xlsx");
      expect(fileHash(input)).toBe(before);
      const written = await readXlsx(outPath);
      expect(written.worksheets.map((sheet) => sheet.name)).toEqual([
        ...tables.map((t) => t.name),
        "Đánh giá 2024",
        "Xếp loại đảng viên 2024",
      ]);
      const report = written.getWorksheet("Đánh giá 2024");
      if (!report) throw new Error("no report sheet");
      const texts = sheetTexts(report);
      expect(texts).toContain('BÁO CÁO ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN MÔ HÌNH "CHI BỘ BỐN TỐT" NĂM 2024');
      expect(texts).toContain("CHI BỘ TRƯỜNG TIỂU HỌC HÒA BÌNH");
      expect(texts).toContain("ĐẢNG BỘ XÃ HÒA BÌNH");
      expect(texts).toContain("Hòa Bình, ngày 31 tháng 12 năm 2024");
      const statusWords = new Set(Object.values(STATUS_LABELS));
      expect(texts.filter((text) => statusWords.has(text)).length).toBe(INDICATORS.length);
      expect(texts.some((text) => text.startsWith("Đề nghị công nhận đạt") || text.startsWith("Chưa"))).toBe(
        true,
      );
      expect(texts.join("\n")).not.toContain("Người Lạ Hoắc");
    });

    it("writes the named list of ratings beside it: every member with the cell's rating, no personal data", async () => {
      const written = await readXlsx(outPath);
      const list = written.getWorksheet("Xếp loại đảng viên 2024");
      if (!list) throw new Error("no ratings sheet");
      const texts = sheetTexts(list);
      expect(texts).toContain("DANH SÁCH XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2024");
      expect(texts).toContain("CHI BỘ TRƯỜNG TIỂU HỌC HÒA BÌNH");
      for (const member of goodYear().members) expect(texts).toContain(member.name);
      expect(texts.join("\n")).not.toMatch(/\d{2}\/\d{2}\/\d{4}/);
      expect(list.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait" });
    });

    it("opens on the report tab", async () => {
      const written = await readXlsx(outPath);
      const report = written.getWorksheet("Đánh giá 2024");
      expect(written.views[0]?.activeTab).toBe(written.worksheets.indexOf(report as ExcelJS.Worksheet));
    });

    it("keeps text that looks like a formula as text, and writes no formula at all", async () => {
      const written = await readXlsx(outPath);
      const types = new Set<ExcelJS.ValueType>();
      for (const sheet of written.worksheets) {
        sheet.eachRow((row) => {
          row.eachCell((cell) => {
            types.add(cell.type);
          });
        });
      }
      expect(types.has(ExcelJS.ValueType.Formula)).toBe(false);
      const meetings = written.getWorksheet("Sinh hoạt");
      expect(meetings?.getCell("M2").value).toBe("=1+1");
    });

    it("replaces an existing Đánh giá <năm> sheet rather than adding a second", async () => {
      const again = join(folder, "lan-hai.xlsx");
      const run = runCli(["evaluate", "danh-gia.xlsx", ...AS_OF, "--out", "lan-hai.xlsx"], folder);
      expect(run.status).toBe(0);
      const names = (await readXlsx(again)).worksheets.map((sheet) => sheet.name);
      expect(names.filter((name) => name === "Đánh giá 2024")).toHaveLength(1);
      expect(names.filter((name) => name === "Xếp loại đảng viên 2024")).toHaveLength(1);
    });

    it("refuses to name the input file, however it is spelled", () => {
      for (const out of ["chi-bo.xlsx", "./chi-bo.xlsx", input]) {
        const line = expectOneLineRefusal(runCli(["evaluate", "chi-bo.xlsx", "--out", out], folder));
        expect(line).toContain("--out");
      }
      expect(fileHash(input)).toBe(before);
    });
  });
});

describe("chibo4tot evaluate on what it cannot read", () => {
  let folder: string;

  beforeAll(async () => {
    ensureBuiltCli();
    folder = temporaryFolder();
    writeFileSync(join(folder, "ghi-chu.xlsx"), "Đây là một tệp văn bản, không phải bảng tính.\n");
    writeFileSync(
      join(folder, "hong.xlsx"),
      Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(200, 7)]),
    );
    await writeXlsx(join(folder, "khong-thong-tin.xlsx"), workbook({ ...goodYear(), info: null }));
    await writeXlsx(join(folder, "khong-trang.xlsx"), []);
    await writeXlsx(
      join(folder, "khong-nam.xlsx"),
      workbook({ ...goodYear(), info: { ...goodYear().info, year: "" } }),
    );
    copyFileSync(join(folder, "khong-nam.xlsx"), join(folder, "khong-nam-2.xlsx"));
  });

  it("says a missing file is not found", () => {
    expect(expectOneLineRefusal(runCli(["evaluate", "khong-co.xlsx"], folder))).toContain(
      "Không tìm thấy tệp",
    );
  });

  it("says a text file named .xlsx is not an xlsx workbook", () => {
    expect(expectOneLineRefusal(runCli(["evaluate", "ghi-chu.xlsx"], folder))).toContain(
      "không phải bảng tính .xlsx",
    );
  });

  it("says a damaged zip is not a readable xlsx workbook", () => {
    expect(expectOneLineRefusal(runCli(["evaluate", "hong.xlsx"], folder))).toContain(
      "không phải bảng tính .xlsx",
    );
  });

  it("says a zip without any tab is not an xlsx workbook, rather than a missing sheet", () => {
    expect(expectOneLineRefusal(runCli(["evaluate", "khong-trang.xlsx"], folder))).toContain(
      "không phải bảng tính .xlsx",
    );
  });

  it("says a workbook without Thông tin chung cannot be evaluated", () => {
    expect(expectOneLineRefusal(runCli(["evaluate", "khong-thong-tin.xlsx"], folder))).toContain(
      "Thông tin chung",
    );
  });

  it("says when there is no year, and accepts --year instead", () => {
    expect(expectOneLineRefusal(runCli(["evaluate", "khong-nam.xlsx"], folder))).toMatch(/[Nn]ăm/);
    expect(runCli(["evaluate", "khong-nam-2.xlsx", "--year", "2024"], folder).status).toBe(0);
  });

  it("says what is wrong with bad arguments", () => {
    const cases: [string[], string][] = [
      [["evaluate", "a.xlsx", "--as-of", "31/12/2024"], "--as-of 2024-12-31"],
      [["evaluate", "a.xlsx", "--as-of", "2024-02-30"], "2024-02-30"],
      [["evaluate", "a.xlsx", "--year", "hai nghìn"], "--year 2024"],
      [["evaluate", "a.xlsx", "--bogus"], "--bogus"],
      [["evaluate"], "evaluate"],
      [["danh-gia", "a.xlsx"], "danh-gia"],
      [[], "init"],
    ];
    for (const [args, expected] of cases)
      expect(expectOneLineRefusal(runCli(args, folder))).toContain(expected);
  });

  it("prints the help with --help and exits 0", () => {
    const run = runCli(["--help"], folder);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("chibo4tot evaluate");
  });
});
