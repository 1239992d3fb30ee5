/**
 * The command line on hostile and broken files: one Vietnamese line and exit 1, no stack trace, the
 * input untouched, and a bounded peak memory, measured on the built CLI.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readWorkbookTables } from "../../src/cli/xlsx-read";
import { goodYear, workbook } from "../support/workbook";
import {
  type CliRun,
  ensureBuiltCli,
  expectOneLineRefusal,
  fileHash,
  runCli,
  runCliMeasured,
  temporaryFolder,
} from "./cli-harness";
import {
  goodYearWithNotes,
  lyingDirectory,
  officeEncrypted,
  oldExcelFile,
  styledEmptyRows,
  valuesInLastColumn,
  withPart,
  yearAsUncalculatedFormula,
  zipBomb,
  zipWithPassword,
} from "./hostile-files";

/** Peak memory of a refusal: Node itself takes about 60 MB; nothing is expanded into objects. */
const REFUSAL_PEAK_MB = 200;
/** Peak memory of reading the largest workbook within the limits (measured about 310 MB). */
const LARGEST_READ_PEAK_MB = 600;

let folder: string;

function place(name: string, bytes: Buffer): string {
  writeFileSync(join(folder, name), bytes);
  return name;
}

/** Runs `evaluate` on `name` and checks the refusal, the untouched input and the memory. */
function refusal(name: string, namesFile = true): { line: string; run: CliRun & { peakMegabytes: number } } {
  const path = join(folder, name);
  const regular = existsSync(path) && statSync(path).isFile();
  const before = regular ? fileHash(path) : undefined;
  const run = runCliMeasured(["evaluate", name, "--as-of", "2024-12-31"], folder);
  const line = expectOneLineRefusal(run);
  expect(run.status).toBe(1);
  if (namesFile) expect(line).toContain(name);
  if (before !== undefined) expect(fileHash(path)).toBe(before);
  expect(run.peakMegabytes).toBeLessThan(REFUSAL_PEAK_MB);
  return { line, run };
}

beforeAll(() => {
  ensureBuiltCli();
  folder = temporaryFolder();
});

describe("what is not a regular file is refused before a byte is read", () => {
  it("a FIFO named .xlsx, which would wait for a writer forever", () => {
    spawnSync("mkfifo", [join(folder, "ong.xlsx")]);
    expect(refusal("ong.xlsx").line).toContain("không phải là một tệp bình thường");
  });

  it("a device such as /dev/zero, which never ends", () => {
    const run = runCli(["evaluate", "/dev/zero"], folder);
    expect(expectOneLineRefusal(run)).toContain("không phải là một tệp bình thường");
  });

  it("a folder", () => {
    mkdirSync(join(folder, "thu-muc.xlsx"));
    expect(refusal("thu-muc.xlsx").line).toContain("là một thư mục");
  });
});

describe("a file over 20 MB is refused before it is read", () => {
  it("names the size and the limit", () => {
    writeFileSync(join(folder, "lon.xlsx"), "");
    truncateSync(join(folder, "lon.xlsx"), 21 * 1024 * 1024);
    expect(refusal("lon.xlsx").line).toMatch(/quá lớn \(21 MB\).*20 MB/);
  });
});

describe("a workbook that would expand past the limits is refused before it is expanded", () => {
  it("a zip bomb: seven sheets of 450 MB in about 3 MB", async () => {
    const { line } = refusal(place("bom.xlsx", await zipBomb(7, 450)));
    expect(line).toContain("khi giải nén vượt quá 100 MB");
  });

  it("a part that expands past the size its directory entry declares", async () => {
    const { line } = refusal(place("khai-gian.xlsx", await lyingDirectory(200)));
    expect(line).toContain("không phải bảng tính .xlsx hoặc đã bị hỏng");
  });

  it("a styled empty cell on each of 1,048,576 rows", async () => {
    refusal(place("moi-dong.xlsx", await styledEmptyRows(1_048_576)));
  });

  it("more than 200,000 cells or rows, styled empty ones included", async () => {
    const { line } = refusal(place("nhieu-o.xlsx", await styledEmptyRows(250_000)));
    expect(line).toContain("hơn 200.000 ô hoặc 200.000 dòng");
  });

  it("a value in column XFD on 100,000 rows: each row is as wide as its last cell", async () => {
    const { line } = refusal(place("cot-xfd.xlsx", await valuesInLastColumn(100_000)));
    expect(line).toContain("quá xa về bên phải");
  });

  it("a merged range over the whole sheet, which ExcelJS would expand cell by cell", async () => {
    const bytes = await withPart(
      (notes) => notes,
      (xml) =>
        xml?.replace(
          "</sheetData>",
          '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
        ),
    );
    expect(refusal(place("gop-ca-trang.xlsx", bytes)).line).toContain("vùng gộp ô");
  });

  it("a named range over the whole sheet", async () => {
    const bytes = await withPart(
      () => "xl/workbook.xml",
      (xml) =>
        xml?.replace(
          "</workbook>",
          "<definedNames><definedName name=\"ca_trang\">'Ghi chú'!$A$1:$XFD$1048576</definedName></definedNames></workbook>",
        ),
    );
    expect(refusal(place("ten-ca-trang.xlsx", bytes)).line).toContain("vùng đặt tên");
  });
});

describe("within the limits, a workbook is read with bounded memory and a tab only as wide as its header", () => {
  it("reads the largest accepted sheet (199,000 styled rows) in bounded memory", async () => {
    place("lon-nhat.xlsx", await styledEmptyRows(199_000));
    const run = runCliMeasured(["evaluate", "lon-nhat.xlsx", "--as-of", "2024-12-31", "--json"], folder);
    expect(run.status).toBe(0);
    expect(run.peakMegabytes).toBeLessThan(LARGEST_READ_PEAK_MB);
  });

  it("ignores cells right of the header without padding rows up to them", async () => {
    const path = join(folder, "vai-o-xfd.xlsx");
    place("vai-o-xfd.xlsx", await valuesInLastColumn(50));
    const read = await readWorkbookTables(path);
    if (!read.ok) throw new Error(read.message);
    const notes = read.tables.find((table) => table.name === "Ghi chú");
    expect(notes?.rows.length).toBe(50);
    expect(notes?.rows.every((row) => row.length === 0)).toBe(true);
  });
});

describe("what is really wrong is said", () => {
  it("a workbook saved with a password (Office's encrypted wrapper)", () => {
    expect(refusal(place("mat-khau.xlsx", officeEncrypted())).line).toContain("đặt mật khẩu");
  });

  it("a zip whose parts carry the encryption flag", async () => {
    expect(refusal(place("zip-mat-khau.xlsx", await zipWithPassword())).line).toContain("đặt mật khẩu");
  });

  it("an Excel 97–2003 file renamed .xlsx", () => {
    expect(refusal(place("cu.xlsx", oldExcelFile())).line).toContain("Excel 97–2003");
  });

  it("a tab whose worksheet part is missing from the zip, rather than a missing sheet", async () => {
    const bytes = await withPart(
      () => "xl/worksheets/sheet2.xml",
      () => undefined,
    );
    expect(refusal(place("thieu-phan.xlsx", bytes)).line).toContain(
      'có sheet "Đảng viên" nhưng nội dung của sheet không còn trong tệp',
    );
  });

  it("a formula saved without its result in Năm đánh giá is not called blank", async () => {
    const { line } = refusal(place("cong-thuc.xlsx", await yearAsUncalculatedFormula()), false);
    expect(line).not.toContain("để trống");
    expect(line).toContain('ô B4 của sheet "Thông tin chung" là công thức chưa được tính');
  });
});

describe("readWorkbookTables: one call per file for a front end that reads many", () => {
  it("gives the tables of a readable file", async () => {
    const path = join(folder, place("tot.xlsx", (await goodYearWithNotes()).bytes));
    const read = await readWorkbookTables(path);
    expect(read.ok && read.tables.map((table) => table.name)).toEqual([
      ...workbook(goodYear()).map((table) => table.name),
      "Ghi chú",
    ]);
  });

  it("gives the one-line reason of a file it refuses, without throwing", async () => {
    const read = await readWorkbookTables(join(folder, place("bom-2.xlsx", await zipBomb(1, 200))));
    expect(read).toEqual({ ok: false, message: expect.stringContaining("khi giải nén vượt quá") });
  });
});
