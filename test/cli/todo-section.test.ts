/** The `VIỆC CẦN LÀM` section of `chibo4tot evaluate` (spec §8), run on the built CLI. */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { date, GOOD_YEAR, goodYear, workbook } from "../support/workbook";
import { ensureBuiltCli, runCli, temporaryFolder, writeXlsx } from "./cli-harness";

const sameDay = (value: unknown, day: unknown) => JSON.stringify(value) === JSON.stringify(day);

describe("the VIỆC CẦN LÀM section", () => {
  let folder: string;

  beforeAll(async () => {
    ensureBuiltCli();
    folder = temporaryFolder();
    // July's committee meeting (05/07) still prepares the next regular meeting: no committee item.
    const withoutJuly = goodYear().meetings.filter(
      (meeting) => !(meeting.type === "Thường kỳ" && sameDay(meeting.date, date(GOOD_YEAR, 7, 10))),
    );
    await writeXlsx(join(folder, "chi-bo.xlsx"), workbook(goodYear({ meetings: withoutJuly })));
    await writeXlsx(join(folder, "tot.xlsx"), workbook(goodYear()));
  });

  it("comes before the criteria: what is overdue, then what is due, with dates as dd/mm/yyyy", () => {
    const run = runCli(["evaluate", "chi-bo.xlsx", "--as-of", `${GOOD_YEAR}-08-01`], folder);
    expect(run.status).toBe(0);
    const lines = run.stdout.split("\n");
    const start = lines.indexOf("VIỆC CẦN LÀM: 3 việc, trong đó 1 việc đã quá hạn.");
    expect(start).toBeGreaterThan(lines.findIndex((line) => line.startsWith("KẾT LUẬN:")));
    expect(lines.slice(start + 1, start + 7)).toEqual([
      "  Đã quá hạn:",
      `    31/07/${GOOD_YEAR}  Chi bộ chưa có buổi sinh hoạt thường kỳ tháng 7/${GOOD_YEAR} (hạn 31/07/${GOOD_YEAR}): ghi buổi đã họp vào sheet Sinh hoạt, hoặc tổ chức sinh hoạt thường kỳ bù ngay.`,
      "  Cần làm:",
      `    31/08/${GOOD_YEAR}  Tổ chức sinh hoạt thường kỳ tháng 8/${GOOD_YEAR}, chậm nhất ngày 31/08/${GOOD_YEAR}.`,
      `    30/09/${GOOD_YEAR}  Tổ chức sinh hoạt chuyên đề quý 3/${GOOD_YEAR}, chậm nhất ngày 30/09/${GOOD_YEAR}.`,
      "",
    ]);
    expect(lines[start + 7]).toMatch(/^Tiêu chí 1\./);
  });

  it("says so when there is nothing to do", () => {
    const run = runCli(["evaluate", "tot.xlsx", "--as-of", `${GOOD_YEAR}-09-25`], folder);
    expect(run.stdout).toContain("VIỆC CẦN LÀM: không có việc nào cần làm ngay.\n\nTiêu chí 1.");
  });

  it("is the todo field of --json", () => {
    const run = runCli(["evaluate", "chi-bo.xlsx", "--as-of", `${GOOD_YEAR}-08-01`, "--json"], folder);
    const result = JSON.parse(run.stdout) as { todo: { kind: string; due: string; overdue: boolean }[] };
    expect(result.todo.map(({ kind, due, overdue }) => [kind, due, overdue])).toEqual([
      ["regular-meeting", `${GOOD_YEAR}-07-31`, true],
      ["regular-meeting", `${GOOD_YEAR}-08-31`, false],
      ["thematic-meeting", `${GOOD_YEAR}-09-30`, false],
    ]);
  });
});
