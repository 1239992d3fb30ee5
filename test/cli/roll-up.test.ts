import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Evaluation, Rollup, RollupCell } from "../../src/core/index";
import { seed } from "../support/seed-2023";
import { goodYear, workbook } from "../support/workbook";
import {
  ensureBuiltCli,
  expectOneLineRefusal,
  readXlsx,
  runCli,
  sheetTexts,
  temporaryFolder,
  writeXlsx,
} from "./cli-harness";

const SAMPLE = join(import.meta.dirname, "../../examples/chi-bo-mau-2024.xlsx");

function evaluated(file: string, folder: string, ...options: string[]): Evaluation {
  const run = runCli(["evaluate", file, "--json", ...options], folder);
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Evaluation;
}

function rolledUp(folder: string, ...args: string[]): Rollup {
  const run = runCli(["tong-hop", ...args, "--json"], folder);
  expect(run.status).toBe(0);
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as Rollup;
}

/** What the roll-up must say of a cell the engine evaluated. */
function expectedRow(evaluation: Evaluation): Partial<RollupCell> {
  return {
    asOf: evaluation.asOf,
    status: evaluation.status,
    criteria: Object.fromEntries(
      evaluation.criteria.map((criterion) => [criterion.id, criterion.status]),
    ) as RollupCell["criteria"],
    notPassed: evaluation.criteria
      .flatMap((criterion) => criterion.indicators)
      .filter((indicator) => indicator.status === "fail" || indicator.status === "missing")
      .map((indicator) => indicator.id),
    error: null,
  };
}

describe("chibo4tot tong-hop reads back what evaluate wrote", () => {
  let folder: string;

  beforeAll(async () => {
    ensureBuiltCli();
    folder = temporaryFolder();
    await writeXlsx(join(folder, "seed-2023.xlsx"), workbook(seed));
  });

  it("the sample's Đánh giá sheet gives the engine's statuses", () => {
    expect(runCli(["evaluate", SAMPLE, "--out", "mau.xlsx"], folder).status).toBe(0);
    const rollup = rolledUp(folder, "mau.xlsx");
    expect(rollup.year).toBe(2024);
    expect(rollup.cells).toEqual([
      {
        ...expectedRow(evaluated(SAMPLE, folder)),
        unit: "CHI BỘ PHÒNG TƯ PHÁP HUYỆN TÂN AN",
        superior: "ĐẢNG BỘ KHỐI CHÍNH QUYỀN HUYỆN TÂN AN",
        source: "mau.xlsx",
      },
    ]);
  });

  it("the seed year's Đánh giá sheet gives the engine's statuses: đạt", () => {
    expect(runCli(["evaluate", "seed-2023.xlsx", "--out", "seed-danh-gia.xlsx"], folder).status).toBe(0);
    const rollup = rolledUp(folder, "seed-danh-gia.xlsx");
    expect(rollup.cells[0]).toMatchObject(
      expectedRow(evaluated("seed-2023.xlsx", folder, "--as-of", "2023-12-31")),
    );
    expect(rollup.totals).toMatchObject({ cells: 1, passed: 1 });
  });

  it("a shared copy renamed, its tab renamed too, reads the same", async () => {
    const copy = await readXlsx(join(folder, "seed-danh-gia.xlsx"));
    for (const sheet of [...copy.worksheets]) {
      if (sheet.name === "Đánh giá 2023") sheet.name = "Trang tính1";
      else copy.removeWorksheet(sheet.id);
    }
    await copy.xlsx.writeFile(join(folder, "ban sao cua chi bo.xlsx"));
    const rollup = rolledUp(folder, "ban sao cua chi bo.xlsx");
    expect(rollup.cells[0]).toMatchObject({ unit: "CHI BỘ SỞ NGOẠI VỤ", status: "pass", error: null });
  });

  it("a cell's workbook without a Đánh giá sheet is evaluated as of 31/12 of its year", () => {
    const rollup = rolledUp(folder, "seed-2023.xlsx");
    expect(rollup.cells[0]).toMatchObject({ unit: "Chi bộ Sở Ngoại vụ", asOf: "2023-12-31", status: "pass" });
  });
});

describe("chibo4tot tong-hop on a folder of many cells", () => {
  let folder: string;
  let cells: string;
  let run: ReturnType<typeof runCli>;
  let rollup: Rollup;

  beforeAll(async () => {
    ensureBuiltCli();
    folder = temporaryFolder();
    cells = join(folder, "chi-bo");
    mkdirSync(cells);
    await writeXlsx(join(folder, "a.xlsx"), workbook(goodYear({ info: { unitName: "Chi bộ An Bình" } })));
    await writeXlsx(
      join(folder, "b.xlsx"),
      workbook(goodYear({ info: { unitName: "Chi bộ Bình Minh", cellRating: "HTNV" } })),
    );
    expect(runCli(["evaluate", "a.xlsx", "--out", "chi-bo/an-binh.xlsx"], folder).status).toBe(0);
    expect(runCli(["evaluate", "b.xlsx", "--out", "chi-bo/binh-minh.xlsx"], folder).status).toBe(0);
    // The same cell sent twice, under another name, evaluated at mid-year.
    expect(
      runCli(["evaluate", "a.xlsx", "--as-of", "2024-06-30", "--out", "chi-bo/an-binh-giua-nam.xlsx"], folder)
        .status,
    ).toBe(0);
    // A sheet of another year.
    await writeXlsx(join(folder, "seed.xlsx"), workbook(seed));
    expect(runCli(["evaluate", "seed.xlsx", "--out", "chi-bo/so-ngoai-vu-2023.xlsx"], folder).status).toBe(0);
    // A damaged file, and something that is not a workbook at all.
    writeFileSync(join(cells, "hong.xlsx"), "PK\u0003\u0004 không phải bảng tính");
    writeFileSync(join(cells, "ghi-chu.txt"), "không đọc");
    copyFileSync(join(folder, "a.xlsx"), join(cells, "~$an-binh.xlsx"));
    run = runCli(["tong-hop", "chi-bo", "--json"], folder);
    rollup = JSON.parse(run.stdout) as Rollup;
  });

  it("reads every .xlsx of the folder, and exits 0 with unreadable ones", () => {
    expect(run.status).toBe(0);
    expect(rollup.cells.map((cell) => cell.source).sort()).toEqual(
      [
        "chi-bo/an-binh.xlsx",
        "chi-bo/binh-minh.xlsx",
        "chi-bo/hong.xlsx",
        "chi-bo/so-ngoai-vu-2023.xlsx",
      ].sort(),
    );
  });

  it("takes the year most cells have, with a warning, and says which source is of another year", () => {
    expect(rollup.year).toBe(2024);
    expect(rollup.warnings.some((warning) => warning.includes("năm 2024"))).toBe(true);
    const other = rollup.cells.find((cell) => cell.source.endsWith("so-ngoai-vu-2023.xlsx"));
    expect(other).toMatchObject({
      status: null,
      error: "Không có kết quả đánh giá năm 2024 (chỉ có năm 2023).",
    });
  });

  it("keeps the later evaluation of the same cell, with a warning", () => {
    const anBinh = rollup.cells.filter((cell) => cell.unit === "CHI BỘ AN BÌNH");
    expect(anBinh).toEqual([expect.objectContaining({ source: "chi-bo/an-binh.xlsx", asOf: "2024-12-31" })]);
    expect(rollup.warnings).toContain(
      'CHI BỘ AN BÌNH có hai bản đánh giá: dùng "chi-bo/an-binh.xlsx" (tính đến 2024-12-31), bỏ qua "chi-bo/an-binh-giua-nam.xlsx" (tính đến 2024-06-30).',
    );
  });

  it("sorts cells by name, unreadable sources last, and leaves those out of the totals", () => {
    expect(rollup.cells.map((cell) => cell.error === null)).toEqual([true, true, false, false]);
    expect(rollup.cells.slice(0, 2).map((cell) => cell.unit)).toEqual(["CHI BỘ AN BÌNH", "CHI BỘ BÌNH MINH"]);
    expect(rollup.cells.find((cell) => cell.source.endsWith("hong.xlsx"))?.error).toMatch(
      /không phải bảng tính .xlsx/,
    );
    expect(rollup.totals).toEqual({
      cells: 2,
      unreadable: 2,
      passed: 1,
      byCriterion: { NV: 1, SH: 2, KL: 2, DV: 2 },
      notPassed: [{ id: "NV1", count: 1 }],
    });
  });

  it("--out writes the sheet Tổng hợp 2024, A4 landscape, values only; the summary says where", async () => {
    const written = runCli(["tong-hop", "chi-bo", "--year", "2024", "--out", "tong-hop.xlsx"], folder);
    expect(written.status).toBe(0);
    expect(written.stdout).toContain('Đạt "Chi bộ bốn tốt": 1/2 chi bộ (50%).');
    expect(written.stdout).toContain('trang "Tổng hợp 2024"');
    const book = await readXlsx(join(folder, "tong-hop.xlsx"));
    const sheet = book.getWorksheet("Tổng hợp 2024");
    expect(sheet?.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape" });
    const texts = sheetTexts(sheet as NonNullable<typeof sheet>);
    expect(texts).toContain('TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ "CHI BỘ BỐN TỐT" NĂM 2024');
    expect(texts).toContain("Không đọc được");
    expect(texts.some((text) => text.startsWith("="))).toBe(false);
  });

  it("never takes its own output for a source when written into the folder it reads", () => {
    const args = ["tong-hop", "chi-bo", "--json", "--out", "chi-bo/tong-hop.xlsx"];
    expect(runCli(args, folder).status).toBe(0);
    const again = runCli(args, folder);
    const sources = (JSON.parse(again.stdout) as Rollup).cells.map((cell) => cell.source);
    expect(sources).not.toContain("chi-bo/tong-hop.xlsx");
  });

  it("a roll-up read as a source says what it is", () => {
    const other = rolledUp(folder, "chi-bo/tong-hop.xlsx");
    expect(other.cells[0]?.error).toMatch(/là bảng tổng hợp .*Tổng hợp 2024/);
  });
});

describe("chibo4tot tong-hop refuses, in one line, what it cannot do", () => {
  it("no file, an --out that is an input or not .xlsx", () => {
    const folder = temporaryFolder();
    writeFileSync(join(folder, "a.xlsx"), "x");
    expect(expectOneLineRefusal(runCli(["tong-hop"], folder))).toMatch(/cần ít nhất một tệp/);
    expect(expectOneLineRefusal(runCli(["tong-hop", "a.xlsx", "--out", "./a.xlsx"], folder))).toMatch(
      /trùng/,
    );
    expect(expectOneLineRefusal(runCli(["tong-hop", "a.xlsx", "--out", "tong-hop.pdf"], folder))).toMatch(
      /\.xlsx/,
    );
  });

  it("a missing file is a row, not a refusal", () => {
    const rollup = rolledUp(temporaryFolder(), "khong-co.xlsx");
    expect(rollup.cells[0]).toMatchObject({
      source: "khong-co.xlsx",
      error: 'Không tìm thấy tệp "khong-co.xlsx".',
    });
  });
});

describe("chibo4tot tong-hop --as-of", () => {
  it("before 1 January of the year asked for is a usage error: exit 2 and one Vietnamese line", () => {
    ensureBuiltCli();
    const run = runCli(["tong-hop", SAMPLE, "--year", "2024", "--as-of", "2023-12-31"], temporaryFolder());
    expect(run.status).toBe(2);
    expect(expectOneLineRefusal(run)).toMatch(/Ngày --as-of 2023-12-31 ở trước năm đánh giá 2024/);
  });
});
