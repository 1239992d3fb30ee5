/**
 * The server behind the sidebar in tests and the bench: the built dist/Code.js in node:vm on the
 * in-memory Google Sheets, set up by Khởi tạo and a typed year, its generated globals called by name.
 */
import type { WorkbookTables } from "../../../src/core/index";
import { createFakeGoogle, type FakeGoogle } from "../../gas/fakes/index";
import { type BundleContext, callGlobal, loadBundle } from "../../gas/support/load-bundle";
import { initialize, typeYear } from "../../gas/support/sample-year";
import { type GoodYearPatch, goodYear, workbook } from "../../support/workbook";
import type { Server } from "./sidebar-page";

export interface SheetsServer {
  readonly google: FakeGoogle;
  readonly context: BundleContext;
  readonly tables: WorkbookTables;
  readonly server: Server;
}

/** The good 2024 of test/support/workbook.ts, patched, typed into a freshly initialised spreadsheet. */
export function sheetsServer(patch: GoodYearPatch = {}): SheetsServer {
  const google = createFakeGoogle();
  const context = loadBundle(google.globals);
  initialize(context);
  const tables = workbook(goodYear(patch));
  typeYear(google, tables);
  return { google, context, tables, server: (method, args) => callGlobal(context, method, ...args) };
}
