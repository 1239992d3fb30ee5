/**
 * `Cấu hình`: optional overrides of the default thresholds (spec §2). Which codes exist and the kind of
 * threshold each takes come from the indicators, passed in: parsing knows no indicator.
 */
import { SHEETS } from "../schema";
import type { WorkbookTables } from "../table";
import { type SettingThreshold, type ThresholdKind, thresholdReader } from "../thresholds";
import { cellText, isBlank } from "../values/cell";
import type { IssueLog } from "./issues";
import type { Setting } from "./records";
import { rowReaders } from "./row-reader";
import { locateSheet } from "./sheet";

/** The kind of threshold of the indicator with this code (upper case), or undefined when there is none. */
export type ThresholdKindOf = (code: string) => ThresholdKind | undefined;

export function parseSettings(tables: WorkbookTables, log: IssueLog, kindOf: ThresholdKindOf): Setting[] {
  const sheet = locateSheet(tables, SHEETS.settings, log);
  if (!sheet) return [];
  const readRow = rowReaders(sheet, log);
  const settings: Setting[] = [];
  for (const dataRow of sheet.rows) {
    const read = readRow(dataRow);
    const code = read.text("code");
    if (!code) continue;
    const id = code.trim().toUpperCase();
    const kind = kindOf(id);
    if (!kind) {
      log.add(
        "warning",
        sheet.name,
        read.row,
        read.header("code"),
        `Không có chỉ báo mã "${code}"; dòng này bị bỏ qua.`,
      );
      continue;
    }
    const enabled = read.yesNo("enabled");
    const cell = read.raw("threshold");
    let threshold: SettingThreshold | undefined;
    const readThreshold = thresholdReader(kind);
    if (cell !== undefined && !isBlank(cell)) {
      if (readThreshold === null) {
        log.add(
          "warning",
          sheet.name,
          read.row,
          read.header("threshold"),
          `Chỉ báo ${id} không có ngưỡng; giá trị "${cellText(cell)}" bị bỏ qua.`,
        );
      } else {
        const result = readThreshold(cell);
        if ("value" in result) threshold = result.value;
        else {
          log.add(
            "error",
            sheet.name,
            read.row,
            read.header("threshold"),
            `${result.message} Đang dùng ngưỡng mặc định.`,
          );
        }
      }
    }
    settings.push({ row: read.row, id, threshold, enabled: enabled !== false });
  }
  return settings;
}
