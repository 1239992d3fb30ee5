/**
 * Reads a cell's result back from its `Đánh giá <năm>` sheet, by the sheet's own wording (spec §10): the
 * names from the header, the as-of date from the date line, each criterion's status from its heading, each
 * indicator's code and status word from its row, the overall status from the conclusion's fixed opening.
 * Only the values are read, so a downloaded copy, a shared copy or a sheet retyped by hand all read alike.
 */

import { CRITERIA } from "../criteria";
import { isoDate } from "../format";
import { conclusionOpening } from "../report/conclusion";
import { CRITERION_TABLE_HEADERS, PARTY_NAME, reportTitle } from "../report/wording";
import { type CriterionId, STATUS_LABELS, type Status } from "../result";
import type { CellValue, SheetTable, WorkbookTables } from "../table";
import { fold } from "../text/fold";
import { isValidCalendarDate } from "../values/day";
import type { CellResult, IndicatorReading } from "./cell-result";

export type SheetReading =
  | { readonly ok: true; readonly result: CellResult }
  | { readonly ok: false; readonly year: number | null; readonly reason: string };

/** Straight and curly quotes alike: a title retyped by hand may have either. */
const QUOTES = /["“”„«»]/g;
const key = (text: string) => fold(text.replace(QUOTES, ""));

function textOf(value: CellValue | undefined): string {
  if (typeof value === "string") return value.normalize("NFC").trim();
  if (typeof value === "number") return String(value);
  return "";
}

const STATUS_BY_WORD = new Map(
  (Object.keys(STATUS_LABELS) as Status[]).map((status) => [key(STATUS_LABELS[status]), status]),
);
const statusOfWord = (word: string): Status | undefined => STATUS_BY_WORD.get(key(word));

/** The header and the title sit in the first rows; a long report is not searched for them. */
const HEAD_ROWS = 30;

function findTitle(rows: SheetTable["rows"]): { row: number; year: number } | null {
  for (let row = 0; row < Math.min(rows.length, HEAD_ROWS); row++) {
    for (const value of rows[row] ?? []) {
      const text = textOf(value);
      const year = /(\d{4})\s*$/.exec(text)?.[1];
      if (year && key(text) === key(reportTitle(Number(year)))) return { row, year: Number(year) };
    }
  }
  return null;
}

const firstText = (row: readonly CellValue[] | undefined, skip = ""): string =>
  (row ?? []).map(textOf).find((text) => text !== "" && key(text) !== skip) ?? "";

/** `CHI BỘ …` is the header of a cell without a name: no name. */
function nameOf(heading: string, kind: string): string | null {
  const rest = key(heading).startsWith(`${key(kind)} `)
    ? key(heading).slice(key(kind).length + 1)
    : key(heading);
  return rest === "" || /^(…|\.\.\.)$/.test(rest) ? null : heading.replace(/\s+/g, " ");
}

const DATE_LINE = /ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})/;

interface Header {
  readonly superior: string | null;
  readonly unit: string | null;
  readonly asOf: string | null;
}

function readHeader(rows: SheetTable["rows"], titleRow: number): Header | null {
  const party = key(PARTY_NAME);
  const top = rows
    .slice(0, titleRow)
    .findIndex((row) => (row ?? []).some((value) => key(textOf(value)) === party));
  if (top < 0) return null;
  let asOf: string | null = null;
  for (const row of rows.slice(top, titleRow)) {
    for (const value of row ?? []) {
      const match = DATE_LINE.exec(key(textOf(value)));
      if (!match) continue;
      const date = { year: Number(match[3]), month: Number(match[2]), day: Number(match[1]) };
      if (isValidCalendarDate(date)) asOf = isoDate(date);
    }
  }
  return {
    superior: nameOf(firstText(rows[top], party), "Đảng bộ"),
    unit: nameOf(firstText(rows[top + 1]), "Chi bộ"),
    asOf,
  };
}

function criterionOf(heading: string): { id: CriterionId; word: string } | null {
  const match = /^tieu chi (\d)\.\s*(.*):\s*([^:]*)$/.exec(key(heading));
  if (!match) return null;
  const [, number = "", name = "", word = ""] = match;
  const criterion =
    CRITERIA.find((candidate) => key(candidate.name) === name) ?? CRITERIA[Number(number) - 1];
  return criterion ? { id: criterion.id, word } : null;
}

const LABEL_HEADER = key(CRITERION_TABLE_HEADERS[0]);
const STATUS_HEADER = key(CRITERION_TABLE_HEADERS[3]);
const INDICATOR_LABEL = /^([A-Za-z]{2,3}\d{1,2})\.\s*(.*)$/s;

export function readEvaluationSheet(table: SheetTable): SheetReading {
  const rows = table.rows;
  const named = yearInSheetName(table.name);
  const damaged = (what: string, year: number | null = named): SheetReading => ({
    ok: false,
    year,
    reason: `Trang "${table.name}" không đúng mẫu báo cáo đánh giá của Chi bộ 4 tốt: ${what}.`,
  });
  const title = findTitle(rows);
  if (!title) return damaged('không thấy tiêu đề "BÁO CÁO ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN MÔ HÌNH…"');
  const { year } = title;
  const header = readHeader(rows, title.row);
  if (!header) return damaged(`không thấy phần đầu "${PARTY_NAME}"`, year);

  const criteria: { id: CriterionId; status: Status }[] = [];
  const indicators: IndicatorReading[] = [];
  const openings = (["pass", "fail", "missing"] as const).map((status) => ({
    status,
    opening: key(conclusionOpening(status, year)),
  }));
  let verdict: Status | null = null;
  let labelColumn = -1;
  let statusColumn = -1;
  for (let index = title.row + 1; index < rows.length; index++) {
    const row = rows[index] ?? [];
    const texts = row.map(textOf);
    const first = texts.find((text) => text !== "") ?? "";
    const heading = key(first).startsWith("tieu chi ") ? criterionOf(first) : null;
    if (heading) {
      const status = statusOfWord(heading.word);
      if (!status) return damaged(`tiêu chí "${first}" không có kết quả đọc được`, year);
      criteria.push({ id: heading.id, status });
      labelColumn = statusColumn = -1;
      continue;
    }
    const headers = texts.map(key);
    if (criteria.length > 0 && headers.includes(LABEL_HEADER)) {
      labelColumn = headers.indexOf(LABEL_HEADER);
      statusColumn = headers.lastIndexOf(STATUS_HEADER);
      continue;
    }
    const label = labelColumn >= 0 ? INDICATOR_LABEL.exec(texts[labelColumn] ?? "") : null;
    if (label && statusColumn >= 0) {
      const id = (label[1] ?? "").toUpperCase();
      const status = statusOfWord(texts[statusColumn] ?? "");
      if (!status) return damaged(`chỉ báo ${id} không có kết quả đọc được`, year);
      indicators.push({ id, name: (label[2] ?? "").trim(), status });
      continue;
    }
    const conclusion = openings.find(({ opening }) => key(first).startsWith(opening));
    if (conclusion && verdict === null) verdict = conclusion.status;
  }
  if (criteria.length === 0) return damaged("không thấy tiêu chí nào", year);
  if (verdict === null) return damaged(`không thấy kết luận "${conclusionOpening("pass", year)}…"`, year);
  // The conclusion has one opening for "missing" and "n/a"; the criteria tell them apart.
  const status = verdict === "missing" && criteria.every((c) => c.status === "n/a") ? "n/a" : verdict;
  return { ok: true, result: { ...header, year, status, criteria, indicators } };
}

/** `Đánh giá 2024` → 2024, spelled any tolerant way; null for any other name. */
export function yearInSheetName(name: string): number | null {
  const match = /^danh gia (\d{4})$/.exec(key(name));
  return match ? Number(match[1]) : null;
}

/**
 * The evaluation sheets of a workbook: every tab named `Đánh giá <năm>`; when none is, any tab whose first
 * rows hold the report's title (a copy whose tab was renamed).
 */
export function evaluationSheets(tables: WorkbookTables): SheetTable[] {
  const named = tables.filter((table) => yearInSheetName(table.name) !== null);
  return named.length > 0 ? named : tables.filter((table) => findTitle(table.rows) !== null);
}
