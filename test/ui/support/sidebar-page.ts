/**
 * The built dist/sidebar.html in headless Chromium (see `chromium-path`),
 * with a `google.script.run` stand-in that hands each call to a server in Node. Arguments and
 * results cross as JSON, as they do between a real sidebar and Apps Script.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { chromiumExecutable } from "./chromium-path";

const SIDEBAR_URL = "https://sidebar.invalid/sidebar.html";
/** Relative to the package root, where vitest and `npm run bench` run (the bench bundles this file). */
export const SIDEBAR_HTML = join(process.cwd(), "dist/sidebar.html");

export type Server = (method: string, args: unknown[]) => unknown;

export interface SidebarPage {
  readonly page: Page;
  /** Server methods called, in order. */
  readonly calls: string[];
  /** Requests to anything but the sidebar itself (there must be none). */
  readonly foreignRequests: string[];
  /** Dialogs the page opened (`alert(1)` from injected markup would land here). */
  readonly dialogs: string[];
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumExecutable(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
    ],
  });
}

/** Stands in for `google.script.run`: chained handlers, one call per method name, async answers. */
function installScriptRun(): void {
  type Handler = ((value: unknown) => void) | undefined;
  const page = globalThis as unknown as {
    __callServer: (method: string, args: string) => Promise<string>;
    google: unknown;
  };
  const bridge = page.__callServer;
  const runner = (success: Handler, failure: Handler): unknown =>
    new Proxy(
      {},
      {
        get(_target, name) {
          if (name === "withSuccessHandler") return (handler: Handler) => runner(handler, failure);
          if (name === "withFailureHandler") return (handler: Handler) => runner(success, handler);
          return (...args: unknown[]) => {
            bridge(String(name), JSON.stringify(args)).then(
              (result) => success?.(result === undefined ? undefined : JSON.parse(result)),
              (error: Error) => failure?.(new Error(error.message)),
            );
          };
        },
      },
    );
  page.google = { script: { run: runner(undefined, undefined) } };
}

export async function openSidebar(browser: Browser, server: Server): Promise<SidebarPage> {
  const html = readFileSync(SIDEBAR_HTML, "utf8");
  const page = await browser.newPage({ viewport: { width: 300, height: 900 }, locale: "vi-VN" });
  const calls: string[] = [];
  const foreignRequests: string[] = [];
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === SIDEBAR_URL)
      return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
    foreignRequests.push(url);
    return route.abort();
  });
  await page.exposeFunction("__callServer", async (method: string, args: string) => {
    calls.push(method);
    const result = await server(method, JSON.parse(args) as unknown[]);
    return result === undefined ? undefined : JSON.stringify(result);
  });
  await page.addInitScript(installScriptRun);
  await page.goto(SIDEBAR_URL);
  await page.waitForSelector("body[data-loaded=true]");
  return { page, calls, foreignRequests, dialogs };
}
