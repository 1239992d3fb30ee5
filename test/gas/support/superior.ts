/**
 * The superior committee's spreadsheet on the fakes: cells' shared evaluations on Drive (their
 * `Đánh giá 2024` as the add-on wrote them, values as text), and `Danh sách chi bộ` listing their links.
 */
import type { SheetTable } from "../../../src/core/index";
import { reportTable } from "../../support/report-table";
import { goodYear, run } from "../../support/workbook";
import { addSharedFile, addSheet, type FakeGoogle, useFakeClock } from "../fakes/index";
import { type BundleContext, callGlobal, loadBundle } from "./load-bundle";

export interface CellSpec {
  readonly name: string;
  /** `Xếp loại chi bộ`: HTNV fails NV1. */
  readonly cellRating?: string;
  readonly year?: number;
}

/** The values of a cell's `Đánh giá` sheet, as a table. */
export function evaluationTable(cell: CellSpec): SheetTable {
  const assessment = run(goodYear({ info: { unitName: cell.name, cellRating: cell.cellRating ?? "HTTNV" } }));
  const table = reportTable(assessment);
  const year = cell.year ?? 2024;
  const rows =
    year === 2024
      ? table.rows
      : table.rows.map((row) =>
          row.map((value) => (typeof value === "string" ? value.replaceAll("2024", String(year)) : value)),
        );
  return { name: `Đánh giá ${year}`, rows };
}

/** A cell's evaluation shared with the account running the script; its link. */
export function sharedEvaluation(google: FakeGoogle, cell: CellSpec, viewers = [google.drive.owner]): string {
  return addSharedFile(google, {
    name: `${cell.name} – Đánh giá "Chi bộ bốn tốt" năm ${cell.year ?? 2024}`,
    owner: `bithu.${google.drive.nextId}@example.com`,
    viewers,
    sheets: [evaluationTable(cell)],
  });
}

export function listLinks(google: FakeGoogle, links: readonly (readonly [string, string?])[]): void {
  addSheet(google, "Danh sách chi bộ", [
    ["Đường liên kết", "Ghi chú"],
    ...links.map(([link, note]) => [link, note ?? ""]),
  ]);
}

export function loadCommittee(google: FakeGoogle): BundleContext {
  const context = loadBundle(google.globals);
  useFakeClock(context, google);
  return context;
}

/** One click on `Tổng hợp các chi bộ`, under Apps Script's 6-minute limit. */
export function clickRollUp(google: FakeGoogle, context: BundleContext): void {
  google.clock.runStartedAt = google.clock.now;
  callGlobal(context, "rollUpCells");
}
