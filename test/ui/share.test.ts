/**
 * The sidebar's Chia sẻ với cấp trên section in headless Chromium, talking to the built dist/Code.js
 * on the in-memory Google Sheets and Drive, after the secretary made `Đánh giá 2024`.
 */
import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callGlobal } from "../gas/support/load-bundle";
import { sheetsServer } from "./support/sheets-server";
import { launchChromium, openSidebar } from "./support/sidebar-page";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

function evaluatedYear() {
  const sheets = sheetsServer();
  callGlobal(sheets.context, "evaluateYear");
  return sheets;
}

describe("Chia sẻ với cấp trên in the sidebar", () => {
  it("starts from Email cấp ủy cấp trên, shares with the list as edited and shows the link", async () => {
    const sheets = evaluatedYear();
    const sidebar = await openSidebar(browser, sheets.server);
    const { page } = sidebar;
    await page.click("#share-panel summary");
    expect(await page.inputValue("#s-addresses")).toBe("dangbo.hoabinh@example.vn");

    await page.fill("#s-addresses", "dangbo.hoabinh@example.vn,\nvanphong@example.vn");
    await page.click("#share-form button[type=submit]");

    const link = page.locator("#share-link a");
    await expect.poll(() => link.count()).toBe(1);
    const [file] = [...sheets.google.drive.files.values()];
    if (!file) throw new Error("nothing was shared");
    const url = `https://docs.google.com/spreadsheets/d/${file.id}/edit`;
    expect(await link.getAttribute("href")).toBe(url);
    expect(await link.textContent()).toBe(url);
    expect(await link.getAttribute("rel")).toBe("noopener noreferrer");
    expect(await page.locator("#share-form .form-status").textContent()).toContain(
      "chia sẻ quyền xem với dangbo.hoabinh@example.vn, vanphong@example.vn.",
    );
    expect(file.permissions.filter((p) => p.role === "reader").map((p) => p.emailAddress)).toEqual([
      "dangbo.hoabinh@example.vn",
      "vanphong@example.vn",
    ]);
    expect(sidebar.calls).toEqual(["getSidebarState", "shareEvaluation"]);
    expect(file.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual(["Đánh giá 2024"]);
    expect(sidebar.foreignRequests).toEqual([]);
    mkdirSync("test-artifacts", { recursive: true });
    await page.locator("#share-panel").screenshot({ path: "test-artifacts/share.png" });
    await page.close();
  });

  it("sends the named list of ratings only when its box, unticked at first, is ticked", async () => {
    const sheets = evaluatedYear();
    const sidebar = await openSidebar(browser, sheets.server);
    const { page } = sidebar;
    await page.click("#share-panel summary");
    expect(await page.isChecked("#s-with-ratings")).toBe(false);
    await page.check("#s-with-ratings");
    await page.click("#share-form button[type=submit]");

    await expect.poll(() => page.locator("#share-link a").count()).toBe(1);
    const [file] = [...sheets.google.drive.files.values()];
    expect(file?.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual([
      "Đánh giá 2024",
      "Xếp loại đảng viên 2024",
    ]);
    await page.close();
  });

  it("names an invalid address beside the field and sends nothing", async () => {
    const sheets = evaluatedYear();
    const sidebar = await openSidebar(browser, sheets.server);
    const { page } = sidebar;
    await page.click("#share-panel summary");
    await page.fill("#s-addresses", "dangbo.hoabinh@example.vn, vanphong@");
    await page.click("#share-form button[type=submit]");

    const error = page.locator("#share-form .field-error");
    await expect.poll(() => error.count()).toBe(1);
    expect(await error.textContent()).toMatch(/^Địa chỉ email "vanphong@" không hợp lệ/);
    expect(await page.locator("#s-addresses").getAttribute("aria-invalid")).toBe("true");
    expect(sidebar.calls).toEqual(["getSidebarState"]);
    expect(sheets.google.drive.files.size).toBe(0);
    await page.close();
  });

  it("shows the server's message when there is no evaluation sheet yet", async () => {
    const sheets = sheetsServer();
    const sidebar = await openSidebar(browser, sheets.server);
    const { page } = sidebar;
    await page.click("#share-panel summary");
    await page.click("#share-form button[type=submit]");

    const status = page.locator("#share-form .form-status-error");
    await expect.poll(() => status.count()).toBe(1);
    expect(await status.textContent()).toMatch(/^Chưa có trang "Đánh giá 2024"/);
    expect(await page.locator("#share-link").isHidden()).toBe(true);
    await page.close();
  });
});
