/**
 * Chia sẻ với cấp trên in the sidebar when the secretary unticked the Drive permission at Google's
 * consent screen: the message names it and a Cấp quyền link opens Google's page to grant it.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeGoogle, MANIFEST_SCOPES } from "../gas/fakes/index";
import { callGlobal, loadBundle } from "../gas/support/load-bundle";
import { initialize, typeYear } from "../gas/support/sample-year";
import { goodYear, workbook } from "../support/workbook";
import { launchChromium, openSidebar } from "./support/sidebar-page";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe("sharing without the Drive permission", () => {
  it("says which permission is missing and links to Google's page to grant it", async () => {
    const google = createFakeGoogle({
      grantedScopes: MANIFEST_SCOPES.filter((scope) => !scope.endsWith("/drive.file")),
    });
    const context = loadBundle(google.globals);
    initialize(context);
    typeYear(google, workbook(goodYear()));
    callGlobal(context, "evaluateYear");
    const { page } = await openSidebar(browser, (method, args) => callGlobal(context, method, ...args));
    // The dashboard works without it.
    expect(await page.locator("[data-criterion]").count()).toBe(4);

    await page.click("#share-panel summary");
    await page.click("#share-form button[type=submit]");
    const status = page.locator("#share-form .form-status");
    await expect.poll(() => status.textContent()).toContain("drive.file");
    const grant = status.locator("a.grant");
    expect(await grant.textContent()).toBe("Cấp quyền");
    expect(await grant.getAttribute("href")).toMatch(/^https:\/\/script\.google\.com\//);
    expect(await grant.getAttribute("target")).toBe("_blank");
    expect(await page.locator("#share-link").isVisible()).toBe(false);
    expect(google.drive.files.size).toBe(0);
    await page.close();
  });
});
