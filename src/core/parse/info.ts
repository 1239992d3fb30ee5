/** `Thông tin chung`: one item a row, `Mục | Giá trị` (spec §2). */
import { INFO_ITEMS, type InfoItem, SHEETS } from "../schema";
import type { CellValue, WorkbookTables } from "../table";
import { fold } from "../text/fold";
import { type CellRead, readCell } from "../values/cell";
import type { IssueLog } from "./issues";
import type { CellInfo } from "./records";
import { locateSheet } from "./sheet";

type ItemKey = (typeof INFO_ITEMS)[number]["key"];

const EMAIL_SEPARATORS = /[,;\s]+/;

/**
 * Undefined when the sheet itself is missing: nothing can be evaluated then. `yearGiven`: the front end
 * supplies the year (`--year`), so a blank `Năm đánh giá` is no problem.
 */
export function parseInfo(tables: WorkbookTables, log: IssueLog, yearGiven = false): CellInfo | undefined {
  const sheet = locateSheet(tables, SHEETS.info, log);
  if (!sheet) return undefined;
  const itemIndex = sheet.columnOf.get("item");
  const valueIndex = sheet.columnOf.get("value");
  const found = new Map<ItemKey, { row: number; cell: CellValue | undefined; twice?: true }>();
  const byLabel = new Map<string, InfoItem<ItemKey>>(INFO_ITEMS.map((item) => [fold(item.label), item]));
  for (const { row, cells } of sheet.rows) {
    const label = itemIndex === undefined ? undefined : cells[itemIndex];
    if (typeof label !== "string") continue;
    const item = byLabel.get(fold(label));
    if (!item) continue;
    const first = found.get(item.key);
    if (!first) {
      found.set(item.key, { row, cell: valueIndex === undefined ? undefined : cells[valueIndex] });
    } else if (!first.twice) {
      // Nothing is guessed between two rows of one item: it is unknown, the error at the second row.
      log.add(
        "error",
        sheet.name,
        row,
        SHEETS.info.columns[0].header,
        `Mục "${item.label}" có ở hai dòng (dòng ${first.row} và dòng ${row}); hãy xóa một dòng để chỉ còn một.`,
      );
      found.set(item.key, { row, cell: undefined, twice: true });
    }
  }

  const valueHeader = SHEETS.info.columns[1].header;
  function read<T>(key: ItemKey): T | null | undefined {
    const item = INFO_ITEMS.find((candidate) => candidate.key === key) as InfoItem<ItemKey>;
    const required = item.required === true && !(key === "year" && yearGiven);
    const entry = found.get(key);
    if (!entry) {
      if (required && sheet?.missingRequired.size === 0) {
        log.add(
          "error",
          sheet.name,
          null,
          null,
          `Thiếu mục "${item.label}"; hãy thêm một dòng có Mục là "${item.label}" và điền Giá trị.`,
        );
      }
      return required ? undefined : null;
    }
    if (valueIndex === undefined || entry.twice) return undefined;
    const result = readCell(entry.cell, item.kind) as CellRead<T>;
    if (result.kind === "value") return result.value;
    if (result.kind === "error") {
      log.add("error", sheet?.name ?? SHEETS.info.title, entry.row, valueHeader, result.message);
      return undefined;
    }
    if (required) {
      log.add(
        "error",
        sheet?.name ?? SHEETS.info.title,
        entry.row,
        valueHeader,
        `Mục "${item.label}" đang để trống; hãy điền vào cột Giá trị. ${item.note}`,
      );
      return undefined;
    }
    return null;
  }

  const blankIsUnknown = <T>(value: T | null | undefined): T | undefined => value ?? undefined;
  const emails = read<string>("superiorEmails");
  const admissionTarget = read<number>("admissionTarget");
  return {
    unitName: blankIsUnknown(read<string>("unitName")),
    superior: blankIsUnknown(read<string>("superior")),
    year: blankIsUnknown(read<number>("year")),
    place: read<string>("place") ?? null,
    secretary: read<string>("secretary") ?? null,
    hasCommittee: blankIsUnknown(read<boolean>("hasCommittee")),
    cellRating: blankIsUnknown(read("cellRating")),
    agencyRating: read("agencyRating"),
    staffTotal: read<number>("staffTotal"),
    staffGood: blankIsUnknown(read<number>("staffGood")),
    flagSalute: blankIsUnknown(read<boolean>("flagSalute")),
    workingRules: blankIsUnknown(read<boolean>("workingRules")),
    admissionTarget: admissionTarget === null ? 0 : admissionTarget,
    superiorEmails: emails ? emails.split(EMAIL_SEPARATORS).filter((email) => email.length > 0) : [],
    rowOf: new Map([...found].map(([key, entry]) => [key, entry.row])),
    sheet: sheet.name,
  };
}
