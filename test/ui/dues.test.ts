/**
 * Ghi đảng phí in the sidebar: the built dist/sidebar.html in headless Chromium, over the built
 * dist/Code.js on the in-memory Google Sheets.
 */
import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sheetNamed, valuesOf } from "../gas/fakes/index";
import { DUES, markOf, typeMarks } from "../gas/support/dues-year";
import { callGlobal } from "../gas/support/load-bundle";
import { GOOD_MEMBERS } from "../support/workbook";
import { sheetsServer } from "./support/sheets-server";
import { launchChromium, openSidebar } from "./support/sidebar-page";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const [AN, BINH, CUONG] = GOOD_MEMBERS;

describe("Ghi đảng phí", () => {
  it("offers Theo dõi đảng phí when the workbook has no Đảng phí, which creates it with the members", async () => {
    const sheets = sheetsServer();
    const sidebar = await openSidebar(browser, sheets.server);
    const { page } = sidebar;
    await page.locator("#dues-panel > summary").click();
    await expect.poll(() => page.locator("#dues-missing").textContent()).toContain("chưa theo dõi đảng phí");
    expect(await page.locator("#dues-form").isHidden()).toBe(true);
    await page.locator("#track-dues").click();
    await expect.poll(() => page.locator("#dues-members li").count()).toBe(GOOD_MEMBERS.length);
    expect(await page.locator("#d-month").inputValue()).toBe("12");
    // Nobody recorded for December yet: everyone starts ticked.
    expect(await page.locator("#dues-members input:checked").count()).toBe(GOOD_MEMBERS.length);
    expect(
      valuesOf(sheetNamed(sheets.google, DUES))
        .slice(1)
        .map((row) => row[0]),
    ).toEqual([...GOOD_MEMBERS]);
    expect(sidebar.calls).toEqual(["getSidebarState", "getDuesMonth", "trackDues"]);
    await page.close();
  });

  it("ticks, locks and saves one month, then refreshes the dashboard from the answer", async () => {
    const sheets = sheetsServer();
    callGlobal(sheets.context, "trackDuesMenu");
    typeMarks(sheets.google, {
      [AN]: { 4: 50000 },
      [BINH]: { 4: "Miễn (khó khăn)" },
      [CUONG]: { 4: "Không" },
    });
    const sidebar = await openSidebar(browser, sheets.server);
    const { page } = sidebar;
    await page.locator("#dues-panel > summary").click();
    await page.locator("#d-month").selectOption("4");
    const box = (name: string) => page.locator(`#dues-members input[value="${name}"]`);
    // Wait for April's list, not the first paint's (where a blank month also starts ticked).
    await expect.poll(() => page.locator("#dues-members li").first().textContent()).toContain("50.000");
    expect(await box(AN).isChecked()).toBe(true);
    expect(await box(BINH).isDisabled()).toBe(true);
    expect(await page.locator("#dues-members li").nth(1).textContent()).toContain("Miễn (khó khăn)");
    expect(await box(CUONG).isChecked()).toBe(false);
    // April already holds a payment: a blank month is someone who has not paid yet.
    expect(await box(GOOD_MEMBERS[4]).isChecked()).toBe(false);
    for (const name of GOOD_MEMBERS.slice(3)) await box(name).check();

    await box(AN).uncheck();
    await page.locator("#d-amount").fill("30000");
    await page.locator("#dues-form button[type=submit]").click();
    await expect.poll(() => page.locator("#dues-form .form-status").textContent()).toContain("tháng 4");
    expect(markOf(sheets.google, AN, 4)).toBe("");
    expect(markOf(sheets.google, BINH, 4)).toBe("Miễn (khó khăn)");
    expect(markOf(sheets.google, CUONG, 4)).toBe("Không");
    for (const name of GOOD_MEMBERS.slice(3)) expect(markOf(sheets.google, name, 4)).toBe(30000);
    expect(await box(AN).isChecked()).toBe(false);
    expect(sidebar.calls).toEqual(["getSidebarState", "getDuesMonth", "getDuesMonth", "saveDuesMonth"]);
    expect(sidebar.foreignRequests).toEqual([]);

    mkdirSync("test-artifacts", { recursive: true });
    await page.locator("#dues-panel").screenshot({ path: "test-artifacts/dues-panel.png" });
    await page.close();
  });

  it("refuses an amount that is not above 0 in the form, without a call", async () => {
    const sheets = sheetsServer();
    callGlobal(sheets.context, "trackDuesMenu");
    const sidebar = await openSidebar(browser, sheets.server);
    const { page } = sidebar;
    await page.locator("#dues-panel > summary").click();
    await expect.poll(() => page.locator("#dues-members li").count()).toBe(GOOD_MEMBERS.length);
    await page.locator("#d-amount").fill("0");
    await page.locator("#dues-form button[type=submit]").click();
    await expect.poll(() => page.locator("#dues-form .field-error").textContent()).toContain("lớn hơn 0");
    expect(sidebar.calls).not.toContain("saveDuesMonth");
    await page.close();
  });
});
