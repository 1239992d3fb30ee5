/**
 * The roll-up of many cells' results for the superior committee (spec §10), as the JSON value of
 * `chibo4tot tong-hop --json`; the sheet `Tổng hợp <năm>` renders it.
 */

import { CRITERIA } from "../criteria";
import type { CriterionId, Status } from "../result";
import type { CellResult } from "./cell-result";
import type { RollupSource } from "./read-source";
import { bareName, sameCellKey } from "./same-cell";

export interface RollupCell {
  readonly unit: string | null;
  readonly superior: string | null;
  readonly asOf: string | null;
  readonly status: Status | null;
  readonly criteria: Readonly<Record<CriterionId, Status | null>> | null;
  /** Codes of the indicators not passed (`fail` or `missing`), in the sheet's order. */
  readonly notPassed: readonly string[] | null;
  /** The file or link, as given. */
  readonly source: string;
  /** Why the source is a row `Không đọc được`; null for a cell read. */
  readonly error: string | null;
}

export interface Rollup {
  readonly year: number | null;
  readonly cells: readonly RollupCell[];
  readonly totals: {
    readonly cells: number;
    readonly unreadable: number;
    readonly passed: number;
    readonly byCriterion: Readonly<Record<CriterionId, number>>;
    readonly notPassed: readonly { readonly id: string; readonly count: number }[];
  };
  readonly warnings: readonly string[];
}

export interface RollupOptions {
  /** `--year`: the year asked for; else the year most sources have. */
  readonly year?: number;
}

const notPassed = (status: Status) => status === "fail" || status === "missing";

/** The year most sources have a result for (the later on a tie), and whether they all agree. */
function commonYear(sources: readonly RollupSource[]): { year: number | null; unanimous: boolean } {
  const counts = new Map<number, number>();
  for (const source of sources) {
    for (const year of new Set(source.results.map((result) => result.year))) {
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  let year: number | null = null;
  for (const [candidate, count] of counts) {
    if (year === null || count > (counts.get(year) ?? 0) || (count === counts.get(year) && candidate > year))
      year = candidate;
  }
  const readable = sources.filter((source) => source.results.length > 0).length;
  return { year, unanimous: year === null || counts.get(year) === readable };
}

interface Candidate {
  readonly source: string;
  readonly order: number;
  readonly result: CellResult;
}

function unreadableRow(source: string, error: string, named?: CellResult): RollupCell {
  return {
    unit: named?.unit ?? null,
    superior: named?.superior ?? null,
    asOf: null,
    status: null,
    criteria: null,
    notPassed: null,
    source,
    error,
  };
}

function yearsOf(results: readonly CellResult[]): string {
  return [...new Set(results.map((result) => result.year))].sort((a, b) => a - b).join(", ");
}

/** The source's result for `year`, or the row saying why there is none. */
function pick(source: RollupSource, year: number | null): CellResult | RollupCell {
  const result = source.results.find((candidate) => candidate.year === year);
  if (result) return result;
  const failure =
    source.failures.find((candidate) => candidate.year === year) ??
    source.failures.find((candidate) => candidate.year === null);
  if (failure) return unreadableRow(source.source, failure.reason);
  const other = source.results[0];
  if (other) {
    return unreadableRow(
      source.source,
      `Không có kết quả đánh giá năm ${year} (chỉ có năm ${yearsOf(source.results)}).`,
      other,
    );
  }
  const reasons = source.failures.map((failure) => failure.reason);
  return unreadableRow(source.source, reasons.join(" ") || `Không có kết quả đánh giá năm ${year}.`);
}

const isResult = (value: CellResult | RollupCell): value is CellResult => "year" in value;

/** Later as-of wins; an unknown date loses to a known one; on a tie the later argument stays. */
function supersedes(next: Candidate, kept: Candidate): boolean {
  const [a, b] = [next.result.asOf ?? "", kept.result.asOf ?? ""];
  return a > b || (a === b && next.order > kept.order);
}

const displayName = (result: CellResult) => result.unit ?? "(không rõ tên chi bộ)";

function keepLatest(candidates: readonly Candidate[], warnings: string[]): Candidate[] {
  const kept = new Map<string, Candidate>();
  const unnamed: Candidate[] = [];
  for (const candidate of candidates) {
    const cellKey = sameCellKey(candidate.result.unit, candidate.result.superior);
    if (cellKey === null) {
      unnamed.push(candidate);
      continue;
    }
    const previous = kept.get(cellKey);
    if (!previous) {
      kept.set(cellKey, candidate);
      continue;
    }
    const [winner, loser] = supersedes(candidate, previous) ? [candidate, previous] : [previous, candidate];
    kept.set(cellKey, winner);
    warnings.push(
      `${displayName(winner.result)} có hai bản đánh giá: dùng "${winner.source}"` +
        `${winner.result.asOf ? ` (tính đến ${winner.result.asOf})` : ""}, bỏ qua "${loser.source}"` +
        `${loser.result.asOf ? ` (tính đến ${loser.result.asOf})` : ""}.`,
    );
  }
  return [...kept.values(), ...unnamed];
}

function cellRow(candidate: Candidate): RollupCell {
  const { result } = candidate;
  const criteria = Object.fromEntries(
    CRITERIA.map(({ id }) => [id, result.criteria.find((criterion) => criterion.id === id)?.status ?? null]),
  ) as Record<CriterionId, Status | null>;
  return {
    unit: result.unit,
    superior: result.superior,
    asOf: result.asOf,
    status: result.status,
    criteria,
    notPassed: result.indicators.filter((indicator) => notPassed(indicator.status)).map(({ id }) => id),
    source: candidate.source,
    error: null,
  };
}

/** By criterion, then number: the registry's order, which also places a code it does not know yet (`KL6`). */
function indicatorOrder(a: string, b: string): number {
  const criterion = (id: string) => CRITERIA.findIndex((c) => id.startsWith(c.id));
  const number = (id: string) => Number(/\d+$/.exec(id)?.[0] ?? 0);
  return criterion(a) - criterion(b) || number(a) - number(b) || a.localeCompare(b);
}

function totals(rows: readonly RollupCell[], unreadable: number): Rollup["totals"] {
  const byCriterion = Object.fromEntries(CRITERIA.map(({ id }) => [id, 0])) as Record<CriterionId, number>;
  const counts = new Map<string, number>();
  for (const row of rows) {
    for (const { id } of CRITERIA) if (row.criteria?.[id] === "pass") byCriterion[id]++;
    for (const id of row.notPassed ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return {
    cells: rows.length,
    unreadable,
    passed: rows.filter((row) => row.status === "pass").length,
    byCriterion,
    notPassed: [...counts]
      .map(([id, count]) => ({ id, count }))
      .sort((a, b) => b.count - a.count || indicatorOrder(a.id, b.id)),
  };
}

const byName = (a: RollupCell, b: RollupCell) =>
  bareName(a.unit).localeCompare(bareName(b.unit), "vi") ||
  bareName(a.superior).localeCompare(bareName(b.superior), "vi");

export function rollUp(sources: readonly RollupSource[], options: RollupOptions = {}): Rollup {
  const warnings: string[] = [];
  const common = commonYear(sources);
  const year = options.year ?? common.year;
  if (options.year === undefined && year !== null && !common.unanimous) {
    warnings.push(
      `Tổng hợp năm ${year}, năm có nhiều bản đánh giá nhất; các nguồn của năm khác được ghi là không đọc được.`,
    );
  }
  const candidates: Candidate[] = [];
  const unreadable: RollupCell[] = [];
  sources.forEach((source, order) => {
    const picked = pick(source, year);
    if (isResult(picked)) candidates.push({ source: source.source, order, result: picked });
    else unreadable.push(picked);
  });
  const cells = keepLatest(candidates, warnings).map(cellRow).sort(byName);
  const superiors = new Set(cells.map((cell) => bareName(cell.superior)).filter((name) => name !== ""));
  if (superiors.size > 1) {
    warnings.push(
      `Các chi bộ ghi ${superiors.size} tên đảng bộ cấp trên khác nhau: hãy kiểm tra tên trong từng bản đánh giá.`,
    );
  }
  return {
    year,
    cells: [...cells, ...unreadable.sort((a, b) => a.source.localeCompare(b.source, "vi"))],
    totals: totals(cells, unreadable.length),
    warnings,
  };
}
