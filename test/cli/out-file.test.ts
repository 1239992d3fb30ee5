/**
 * `--out` never destroys: another program's workbook is never replaced, a failed write leaves what was
 * there, and what is written can always be read back by the CLI. What the CLI prints never carries a
 * control character from the workbook.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { replaceFile } from "../../src/cli/xlsx-write";
import { goodYear, workbook } from "../support/workbook";
import {
  ensureBuiltCli,
  expectOneLineRefusal,
  fileHash,
  readXlsx,
  runCli,
  temporaryFolder,
  writeXlsx,
} from "./cli-harness";

const AS_OF = ["--as-of", "2024-12-31"];
/** Excel's escapes: ESC then "clear the screen", and U+FFFE, which XML 1.0 forbids. */
const HOSTILE_NAME = "Chi bộ _x001B_[2J_x001B_[32mĐẠT_xFFFE_ Hòa Bình";

let folder: string;

/** The C0 and C1 control characters of `text`, line breaks and tabs aside. */
const controlCharacters = (text: string) =>
  [...text].filter((character) => {
    const code = character.charCodeAt(0);
    return (code < 0x20 && character !== "\n" && character !== "\t") || (code >= 0x7f && code <= 0x9f);
  });

beforeAll(async () => {
  ensureBuiltCli();
  folder = temporaryFolder();
  await writeXlsx(join(folder, "chi-bo.xlsx"), workbook(goodYear()));
  await writeXlsx(
    join(folder, "doc-hai.xlsx"),
    workbook({ ...goodYear(), info: { ...goodYear().info, unitName: HOSTILE_NAME } }),
  );
});

describe("--out refuses to replace a file this product did not write", () => {
  it("leaves another cell's workbook untouched, exit 2, one line saying so", async () => {
    await writeXlsx(join(folder, "chi-bo-khac.xlsx"), workbook(goodYear()));
    const before = fileHash(join(folder, "chi-bo-khac.xlsx"));
    const line = expectOneLineRefusal(
      runCli(["evaluate", "chi-bo.xlsx", "--out", "chi-bo-khac.xlsx"], folder),
    );
    expect(line).toContain('Tệp "chi-bo-khac.xlsx" đã có và không phải do chibo4tot ghi ra');
    expect(runCli(["evaluate", "chi-bo.xlsx", "--out", "chi-bo-khac.xlsx"], folder).status).toBe(2);
    expect(fileHash(join(folder, "chi-bo-khac.xlsx"))).toBe(before);
  });

  it("leaves a file that is no workbook at all untouched", () => {
    writeFileSync(join(folder, "ghi-chu.xlsx"), "không phải bảng tính");
    expectOneLineRefusal(runCli(["evaluate", "chi-bo.xlsx", "--out", "ghi-chu.xlsx"], folder));
    expect(readFileSync(join(folder, "ghi-chu.xlsx"), "utf8")).toBe("không phải bảng tính");
  });

  it("replaces its own earlier output", () => {
    expect(runCli(["evaluate", "chi-bo.xlsx", ...AS_OF, "--out", "danh-gia.xlsx"], folder).status).toBe(0);
    const first = fileHash(join(folder, "danh-gia.xlsx"));
    const again = runCli(
      ["evaluate", "chi-bo.xlsx", "--as-of", "2024-06-30", "--out", "danh-gia.xlsx"],
      folder,
    );
    expect(again.status).toBe(0);
    expect(fileHash(join(folder, "danh-gia.xlsx"))).not.toBe(first);
  });

  it("leaves no temporary file behind", () => {
    expect(readdirSync(folder).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});

describe("a write that fails half way leaves what was there", () => {
  it("keeps the earlier report whole and removes the temporary file", () => {
    const path = join(folder, "bao-cao.xlsx");
    writeFileSync(path, "báo cáo tốt");
    const fullDisk = (descriptor: number, bytes: Buffer) => {
      writeSync(descriptor, bytes, 0, bytes.length / 2);
      throw Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
    };
    expect(() => replaceFile(path, Buffer.alloc(1000, 1), fullDisk)).toThrow("ổ đĩa đã đầy");
    expect(readFileSync(path, "utf8")).toBe("báo cáo tốt");
    expect(readdirSync(folder).filter((name) => name.includes("bao-cao.xlsx."))).toEqual([]);
  });
});

describe("what the workbook holds never reaches the terminal as a control character", () => {
  it("shows Excel's escaped ESC as visible text in the summary", () => {
    const run = runCli(["evaluate", "doc-hai.xlsx", ...AS_OF], folder);
    expect(run.status).toBe(0);
    expect(controlCharacters(run.stdout)).toEqual([]);
    expect(run.stdout).toContain("\\u001b[2J");
  });

  it("keeps --json valid and exact: the escape is JSON's own", () => {
    const run = runCli(["evaluate", "doc-hai.xlsx", ...AS_OF, "--json"], folder);
    expect(controlCharacters(run.stdout)).toEqual([]);
    expect(JSON.parse(run.stdout).unit).toContain("\u001b[2J");
  });

  it("shows a control character in a file name, in the one-line refusal, as visible text", () => {
    const line = expectOneLineRefusal(runCli(["evaluate", "\u001b[2Jkhong-co.xlsx"], folder));
    expect(line).toContain("\\u001b[2Jkhong-co.xlsx");
  });
});

describe("a workbook written by --out can always be read back", () => {
  it("strips what XML 1.0 forbids (U+FFFE, ESC) from every text, so the CLI reads its own output", async () => {
    const run = runCli(["evaluate", "doc-hai.xlsx", ...AS_OF, "--out", "doc-hai-danh-gia.xlsx"], folder);
    expect(run.status).toBe(0);
    expect(existsSync(join(folder, "doc-hai-danh-gia.xlsx"))).toBe(true);
    const back = runCli(["evaluate", "doc-hai-danh-gia.xlsx", ...AS_OF, "--json"], folder);
    expect(back.status).toBe(0);
    expect(JSON.parse(back.stdout).unit).toBe("Chi bộ [2J[32mĐẠT Hòa Bình");
    const written = await readXlsx(join(folder, "doc-hai-danh-gia.xlsx"));
    expect(written.lastModifiedBy).toBe("chibo4tot");
  });
});

describe("--as-of before the year evaluated", () => {
  it("is a usage mistake, exit 2, rather than an evaluation of nothing", () => {
    const run = runCli(["evaluate", "chi-bo.xlsx", "--as-of", "1999-01-01"], folder);
    expect(expectOneLineRefusal(run)).toBe(
      "Ngày --as-of 1999-01-01 ở trước năm đánh giá 2024: hãy ghi một ngày trong năm 2024, ví dụ --as-of 2024-12-31.",
    );
    expect(run.status).toBe(2);
  });

  it("a later date is capped at 31/12 of the year (spec §3)", () => {
    const run = runCli(["evaluate", "chi-bo.xlsx", "--as-of", "2025-03-01", "--json"], folder);
    expect(JSON.parse(run.stdout).asOf).toBe("2024-12-31");
  });
});
