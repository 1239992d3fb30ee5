/**
 * The first run in the browser: the built sidebar on a spreadsheet without the input sheets opens
 * on the welcome panel; Khởi tạo, Dùng thử với dữ liệu mẫu and Xóa dữ liệu mẫu round trip through
 * the built dist/Code.js on the in-memory Google Sheets.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleYear } from "../../examples/sample-year";
import { headerOf, SHEETS } from "../../src/core/index";
import { createFakeGoogle, sheetNamed, typeRows, valuesOf } from "../gas/fakes/index";
import { callGlobal, loadBundle } from "../gas/support/load-bundle";
import { launchChromium, openSidebar } from "./support/sidebar-page";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A new spreadsheet with the script and nothing else, as a secretary's copy of the template starts. */
function blankSpreadsheet() {
  const google = createFakeGoogle();
  const context = loadBundle(google.globals);
  return { google, server: (method: string, args: unknown[]) => callGlobal(context, method, ...args) };
}

const SAMPLE_UNIT = String(sampleYear().info["Tên chi bộ"]);

describe("the welcome panel", () => {
  it("opens on three steps and the Khởi tạo button when the spreadsheet has no input sheets", async () => {
    const { server } = blankSpreadsheet();
    const { page, calls } = await openSidebar(browser, server);
    const panel = page.locator("#start");
    expect(await panel.getAttribute("data-stage")).toBe("welcome");
    expect(await panel.locator("ol.steps > li").count()).toBe(3);
    expect(await panel.locator("ol.steps").textContent()).toMatch(
      /Khởi tạo bảng tính[\s\S]*Nhập đảng viên[\s\S]*Ghi các buổi sinh hoạt/,
    );
    expect(await page.locator("#start-init").isVisible()).toBe(true);
    // Nothing of the dashboard, and no error: the panel says what to do.
    expect(await page.locator("#criteria").isVisible()).toBe(false);
    expect(await page.locator("#meeting-panel").isVisible()).toBe(false);
    expect(await page.locator("#notice").isVisible()).toBe(false);
    const otherSections = page.locator("body > section:not(#start)");
    expect(await otherSections.count()).toBeGreaterThan(0);
    for (const section of await otherSections.all()) expect(await section.isVisible()).toBe(false);
    expect(calls).toEqual(["getSidebarState"]);
    await page.close();
  });
});

describe("the sample year", () => {
  it("Khởi tạo, Dùng thử, then Xóa dữ liệu mẫu keeps the row the secretary typed in between", async () => {
    const { google, server } = blankSpreadsheet();
    const { page, calls } = await openSidebar(browser, server);

    await page.click("#start-init");
    await expect.poll(() => page.locator("#start").getAttribute("data-stage")).toBe("empty");
    expect(await page.locator("#start ol.steps > li").first().getAttribute("class")).toBe("done");
    await page.click("#start-open-info");
    const info = google.spreadsheet.sheets.find((sheet) => sheet.name === SHEETS.info.title);
    await expect.poll(() => google.spreadsheet.activeSheetId).toBe(info?.id);

    await page.click("#sample-load");
    await expect.poll(() => page.locator("#start").getAttribute("data-stage")).toBe("sample");
    expect(await page.locator("#unit").textContent()).toBe(SAMPLE_UNIT);
    expect(await page.locator("#criteria").isVisible()).toBe(true);
    expect(await page.locator("[data-criterion]").count()).toBe(4);
    expect(await page.locator("#notice").textContent()).toContain("Đã điền dữ liệu mẫu");

    // The secretary adds a member of her own in the sheet while the sample is there.
    const members = sheetNamed(google, SHEETS.members.title);
    const header = valuesOf(members)[0] ?? [];
    const own: string[] = header.map(() => "");
    own[header.indexOf(headerOf("members", "name"))] = "Lý Thị Mai";
    typeRows(members, sampleYear().rows.members.length + 2, [own]);

    await page.click("#sample-remove");
    await expect.poll(() => page.locator("#notice").textContent()).toContain("Đã xóa dữ liệu mẫu");
    expect(await page.locator("#notice").textContent()).toContain("Giữ nguyên 1 dòng bạn đã nhập");
    expect(await page.locator("#start").isVisible()).toBe(false);
    const names = valuesOf(members)
      .slice(1)
      .map((row) => row[header.indexOf(headerOf("members", "name"))])
      .filter((name) => name !== "");
    expect(names).toEqual(["Lý Thị Mai"]);
    expect(calls).toEqual([
      "getSidebarState",
      "startWorkbook",
      "goToCell",
      "loadSampleYear",
      "removeSampleYear",
    ]);
    await page.close();
  });
});
