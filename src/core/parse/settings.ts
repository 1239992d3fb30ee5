/** `Cấu hình`: optional overrides of the default thresholds (spec §2). */
import { type IndicatorDefinition, indicatorDefinition } from "../rubric/definitions";
import { CLASSIFICATIONS, type Classification, SHEETS } from "../schema";
import type { CellValue, WorkbookTables } from "../table";
import { cellText, isBlank, readListValue } from "../values/cell";
import { parseVietnameseNumber } from "../values/number";
import type { IssueLog } from "./issues";
import type { Setting } from "./records";
import { rowReaders } from "./row-reader";
import { locateSheet } from "./sheet";

type ThresholdRead = { readonly value: number | Classification } | { readonly message: string };

function numberOf(cell: CellValue): number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell === "string") return parseVietnameseNumber(cell);
  return undefined;
}

/** A share: a fraction ≤ 1, a percent in (1, 100], or a text ending in `%`: 1, 100 and 100% all mean 100%. */
function readShare(cell: CellValue): ThresholdRead {
  const text = cellText(cell);
  const hint = `hãy nhập tỷ lệ như 0,7 hoặc 70%`;
  if (text.endsWith("%")) {
    const percent = parseVietnameseNumber(text.slice(0, -1));
    if (percent === undefined || percent < 0 || percent > 100)
      return { message: `Ngưỡng "${text}" không đọc được; ${hint}.` };
    return { value: percent / 100 };
  }
  const number = numberOf(cell);
  if (number === undefined || number < 0 || number > 100)
    return { message: `Ngưỡng "${text}" không đọc được; ${hint}.` };
  return { value: number <= 1 ? number : number / 100 };
}

function readWholeNumber(cell: CellValue, unit: string): ThresholdRead {
  const number = numberOf(cell);
  if (number === undefined || !Number.isInteger(number) || number < 0) {
    return { message: `Ngưỡng "${cellText(cell)}" không đọc được; hãy nhập một số nguyên ${unit}, ví dụ 3.` };
  }
  return { value: number };
}

function readThreshold(definition: IndicatorDefinition, cell: CellValue): ThresholdRead {
  switch (definition.thresholdKind) {
    case "share":
      return readShare(cell);
    case "classification": {
      const read = readListValue(cell, CLASSIFICATIONS);
      return read.kind === "value"
        ? { value: read.value }
        : { message: `Ngưỡng "${cellText(cell)}" không đọc được; hãy nhập một xếp loại, ví dụ HTTNV.` };
    }
    case "days":
      return readWholeNumber(cell, "(số ngày)");
    case "months":
      return readWholeNumber(cell, "(số tháng)");
    default:
      return readWholeNumber(cell, "(số lượng)");
  }
}

export function parseSettings(tables: WorkbookTables, log: IssueLog): Setting[] {
  const sheet = locateSheet(tables, SHEETS.settings, log, true);
  if (!sheet) return [];
  const readRow = rowReaders(sheet, log);
  const settings: Setting[] = [];
  for (const dataRow of sheet.rows) {
    const read = readRow(dataRow);
    const code = read.text("code");
    if (!code) continue;
    const definition = indicatorDefinition(code.trim().toUpperCase());
    if (!definition) {
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
    let threshold: number | Classification | undefined;
    if (cell !== undefined && !isBlank(cell)) {
      if (definition.thresholdKind === "none") {
        log.add(
          "warning",
          sheet.name,
          read.row,
          read.header("threshold"),
          `Chỉ báo ${definition.id} không có ngưỡng; giá trị "${cellText(cell)}" bị bỏ qua.`,
        );
      } else {
        const result = readThreshold(definition, cell);
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
    settings.push({ row: read.row, id: definition.id, threshold, enabled: enabled !== false });
  }
  return settings;
}
