/**
 * Loads the built dist/Code.js the way Apps Script does: one global scope holding only the given
 * service fakes (no require, process or timers), the top-level functions becoming its globals.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";

/** Relative to the package root, where vitest and `npm run bench` run (this file is also bundled into the bench). */
export const BUNDLE_PATH = join(process.cwd(), "dist/Code.js");

export type BundleContext = vm.Context & Record<string, unknown>;

export function loadBundle(globals: Readonly<Record<string, unknown>>): BundleContext {
  const context = vm.createContext({ ...globals }) as BundleContext;
  vm.runInContext(readFileSync(BUNDLE_PATH, "utf8"), context, { filename: "Code.js" });
  return context;
}

/** Calls a generated top-level function of the bundle by name. */
export function callGlobal(context: BundleContext, name: string, ...args: unknown[]): unknown {
  const fn = context[name];
  if (typeof fn !== "function") throw new Error(`dist/Code.js has no function ${name}`);
  return fn(...args);
}
