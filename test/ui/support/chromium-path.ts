/**
 * The Chromium the browser tests drive: `CHROMIUM_PATH` when set, else a system Chromium found on the
 * PATH (Debian's `chromium`), else the headless Chromium of the npm package `@sparticuz/chromium` (a dev
 * dependency), unpacked once into the temporary folder. So `npm test` needs nothing but the npm registry.
 */
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join } from "node:path";

const SYSTEM_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

function onPath(name: string): string | undefined {
  for (const folder of (process.env.PATH ?? "").split(delimiter)) {
    if (folder === "") continue;
    const candidate = join(folder, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not in this folder.
    }
  }
  return undefined;
}

export function systemChromium(): string | undefined {
  for (const name of SYSTEM_NAMES) {
    const found = onPath(name);
    if (found) return found;
  }
  return undefined;
}

export async function chromiumExecutable(): Promise<string> {
  const given = process.env.CHROMIUM_PATH;
  if (given) return given;
  const system = systemChromium();
  if (system) return system;
  const { default: packaged } = await import("@sparticuz/chromium");
  return packaged.executablePath();
}
