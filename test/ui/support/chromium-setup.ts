/**
 * Vitest's global setup: finds (or unpacks) Chromium once, before the test files run in parallel, and
 * hands its path to them through `CHROMIUM_PATH`, so that no two workers unpack it at once.
 */
import { chromiumExecutable } from "./chromium-path";

export default async function setup(): Promise<void> {
  process.env.CHROMIUM_PATH = await chromiumExecutable();
}
