/**
 * Kiểm điểm cuối năm in the sidebar, in headless Chromium on the built dist/sidebar.html and dist/Code.js.
 * The good year 2024 is over (the server's today is the real one), so the checklist is shown.
 */
import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sheetNamed } from "../gas/fakes/index";
import { GOOD_MEMBERS, goodYear } from "../support/workbook";
import { sheetsServer } from "./support/sheets-server";
import { launchChromium, openSidebar } from "./support/sidebar-page";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Everyone handed in the self-review but the first two; every residence comment is in. */
function twoSelfReviewsMissing() {
  return goodYear({
    members: goodYear().members.map((member, index) => ({
      ...member,
      selfReview: index < 2 ? "" : "Có",
      residenceComment: "Có",
    })),
  });
}

describe("Kiểm điểm cuối năm", () => {
  it("shows each count, what is done greyed, and opens the names still missing", async () => {
    const sheets = sheetsServer(twoSelfReviewsMissing());
    const { page } = await openSidebar(browser, sheets.server);
    const section = page.locator("#year-end-section");
    expect(await section.isVisible()).toBe(true);
    const items = section.locator(".check-item");
    expect(await items.locator(".name").first().textContent()).toBe("Bản kiểm điểm đã nộp");
    expect(await items.locator(".count").allTextContents()).toEqual([
      "8/10",
      "10/10",
      "10/10",
      "10/10",
      "Đã có",
      "0",
    ]);
    expect(await section.locator(".check-done").count()).toBe(5);

    const open = section.locator(".check-open");
    expect(await open.locator(".check-missing").isVisible()).toBe(false);
    await open.locator("summary").click();
    expect(await open.locator(".check-missing .name").allTextContents()).toEqual(GOOD_MEMBERS.slice(0, 2));
    mkdirSync("test-artifacts", { recursive: true });
    await section.screenshot({ path: "test-artifacts/year-end-checklist.png" });
    await page.close();
  });

  it("Đi tới selects the member's Bản kiểm điểm cell", async () => {
    const sheets = sheetsServer(twoSelfReviewsMissing());
    const { page } = await openSidebar(browser, sheets.server);
    await page.locator("#year-end-section .check-open summary").click();
    await page.getByRole("button", { name: `Đi tới ${GOOD_MEMBERS[1]}` }).click();
    const members = sheetNamed(sheets.google, "Đảng viên");
    const column = (members.cells[0] ?? []).findIndex((cell) => cell.value === "Bản kiểm điểm");
    await expect
      .poll(() => sheets.google.spreadsheet.activeRange)
      .toEqual({ sheetId: members.id, a1: `${String.fromCharCode(65 + column)}3` });
    await page.close();
  });
});
