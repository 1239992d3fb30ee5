/**
 * Thêm đảng viên with the year-end review fields (Tự xếp loại, Bản kiểm điểm, Nhận xét nơi cư trú), in
 * headless Chromium on the built dist/sidebar.html and dist/Code.js.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLASSIFICATIONS, headerOf } from "../../src/core/index";
import { sheetNamed, valuesOf } from "../gas/fakes/index";
import { sheetsServer } from "./support/sheets-server";
import { launchChromium, openSidebar } from "./support/sidebar-page";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The row of `Đảng viên` whose name is `name`, by header. */
function memberRow(rows: unknown[][], name: string): Record<string, unknown> {
  const [header = [], ...data] = rows;
  const row = data.find((cells) => cells[0] === name) ?? [];
  return Object.fromEntries(header.map((title, index) => [String(title), row[index]]));
}

describe("Thêm đảng viên with the year-end review", () => {
  it("offers the classifications for Tự xếp loại and writes the three fields under their headers", async () => {
    const sheets = sheetsServer();
    const { page } = await openSidebar(browser, sheets.server);
    await page.click("#member-panel summary");
    expect(await page.locator("#p-self-rating option").allTextContents()).toEqual([
      "— Chưa có —",
      ...CLASSIFICATIONS.map((item) => item.label),
    ]);
    await page.fill("#p-name", "Lý Thị Mai");
    await page.fill("#p-admission", "2015-09-02");
    await page.fill("#p-official", "2016-09-02");
    await page.selectOption("#p-self-rating", "Hoàn thành tốt nhiệm vụ");
    await page.check("#p-self-review");
    await page.click("#member-form button[type=submit]");

    await expect
      .poll(() => page.locator("#member-form .form-status").textContent())
      .toContain("Đã ghi đảng viên");
    const written = memberRow(valuesOf(sheetNamed(sheets.google, "Đảng viên")), "Lý Thị Mai");
    expect(written[headerOf("members", "selfRating")]).toBe("Hoàn thành tốt nhiệm vụ");
    expect(written[headerOf("members", "selfReview")]).toBe(true);
    expect([false, ""]).toContain(written[headerOf("members", "residenceComment")]);
    await page.close();
  });
});
