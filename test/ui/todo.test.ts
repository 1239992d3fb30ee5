/**
 * Việc cần làm in the sidebar (spec §8), in headless Chromium on the built dist/sidebar.html and
 * dist/Code.js. The server's today is the real one, so the year is built around it.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assess, type CalendarDate } from "../../src/core/index";
import { todayInVietnam } from "../../src/gas/workbook/calendar";
import { sheetNamed } from "../gas/fakes/index";
import { assessed } from "../support/tables";
import { goodYear, officialMember } from "../support/workbook";
import { sheetsServer } from "./support/sheets-server";
import { launchChromium, openSidebar } from "./support/sidebar-page";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

function shifted(day: CalendarDate, days: number, years = 0): CalendarDate {
  const moved = new Date(Date.UTC(day.year + years, day.month - 1, day.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

const displayed = (iso: string) => iso.split("-").reverse().join("/");

/**
 * This year's workbook: the good year's members plus one whose probation ends in ten days (row 12),
 * and an extraordinary meeting ten days ago without minutes (overdue since three days).
 */
function thisYear() {
  const today = todayInVietnam();
  const good = goodYear({ info: { year: today.year } });
  return goodYear({
    info: { year: today.year },
    members: [
      ...good.members,
      officialMember("Trịnh Thị Dự", { admissionDate: shifted(today, 10, -1), officialDate: "" }),
    ],
    meetings: [{ date: shifted(today, -10), type: "Bất thường", minutes: 60, summoned: 10, present: 10 }],
  });
}

describe("Việc cần làm", () => {
  it("comes first, overdue items first in red with their date, as the engine lists them, with a count", async () => {
    const sheets = sheetsServer(thisYear());
    const { evaluation } = assessed(assess(sheets.tables, { today: todayInVietnam() }));
    const { todo } = evaluation;
    const overdue = todo.filter((item) => item.overdue);
    expect(overdue.length).toBeGreaterThan(0);
    expect(todo.some((item) => !item.overdue && item.kind === "probation")).toBe(true);

    const sidebar = await openSidebar(browser, sheets.server);
    const { page } = sidebar;
    expect(await page.locator("section h2").first().textContent()).toMatch(/^Việc cần làm/);
    expect(await page.locator("#todo-count").textContent()).toBe(
      `(${todo.length}, trong đó ${overdue.length} quá hạn)`,
    );
    const items = page.locator("#todo .todo-item");
    expect(await items.locator(".message").allTextContents()).toEqual(todo.map((item) => item.message));
    for (const [index, item] of todo.entries()) {
      const shown = items.nth(index);
      expect(await shown.getAttribute("data-overdue")).toBe(String(item.overdue));
      if (item.due !== null) {
        expect(await shown.locator(".due").textContent()).toBe(
          `${item.overdue ? "Quá hạn" : "Hạn"} ${displayed(item.due)}`,
        );
      }
      expect(await shown.getByRole("button", { name: /Đi tới/ }).count()).toBe(item.row === null ? 0 : 1);
    }
    const colour = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate(
          (element) =>
            (globalThis as unknown as { getComputedStyle(e: unknown): { color: string } }).getComputedStyle(
              element,
            ).color,
        );
    expect(await colour("#todo .todo-overdue .due")).toBe("rgb(165, 14, 14)");
    expect(await colour("#todo .todo-item:not(.todo-overdue) .message")).not.toBe("rgb(165, 14, 14)");
    await page.close();
  });

  it("Đi tới selects the row where the secretary acts", async () => {
    const sheets = sheetsServer(thisYear());
    const { page } = await openSidebar(browser, sheets.server);
    const probation = page.locator('#todo .todo-item[data-kind="probation"]');
    await probation.getByRole("button", { name: "Đi tới Đảng viên · dòng 12" }).click();
    const members = sheetNamed(sheets.google, "Đảng viên");
    await expect
      .poll(() => sheets.google.spreadsheet.activeRange)
      .toEqual({ sheetId: members.id, a1: "A12" });
    expect(sheets.google.spreadsheet.activeSheetId).toBe(members.id);
    await page.close();
  });

  it('says "Không có việc nào cần làm ngay" when there is nothing to do', async () => {
    // The good year is long over and its year-end file complete: nothing is left.
    const members = goodYear().members.map((member) => ({
      ...member,
      selfReview: "Có",
      residenceComment: "Có",
    }));
    const { page } = await openSidebar(browser, sheetsServer({ members }).server);
    expect(await page.locator("#todo").textContent()).toBe("Không có việc nào cần làm ngay");
    expect(await page.locator("#todo-count").textContent()).toBe("");
    await page.close();
  });
});
