/**
 * The kinds of threshold an indicator takes, how each is typed in `Cấu hình` (spec §2) and written
 * there by the template. An indicator names its kind; the rule then receives a threshold of that type.
 */
import { CLASSIFICATIONS, type Classification } from "./schema";
import type { CellValue } from "./table";
import { cellText, readListValue } from "./values/cell";
import { parseVietnameseNumber } from "./values/number";

/** What the threshold of each kind is, once read. */
export interface ThresholdTypes {
  readonly classification: Classification;
  /** a fraction 0–1 (typed 0,7 or 70 or 70%) */
  readonly share: number;
  /** at most this many */
  readonly maxCount: number;
  /** at least this many */
  readonly minCount: number;
  /** months (KL5: months of unexcused absence that fail) */
  readonly months: number;
  /** calendar days (DV5) */
  readonly days: number;
  /** takes no threshold */
  readonly none: null;
}

export type ThresholdKind = keyof ThresholdTypes;
export type ThresholdOf<K extends ThresholdKind> = ThresholdTypes[K];
/** A threshold read from `Cấu hình`, of whichever kind. */
export type SettingThreshold = ThresholdOf<Exclude<ThresholdKind, "none">>;

export type ThresholdRead = { readonly value: SettingThreshold } | { readonly message: string };

interface KindSpec<T> {
  /** Whether a threshold read from `Cấu hình` is of this kind. */
  readonly holds: (value: unknown) => value is T;
  /** Reads the cell; "none" takes no threshold. */
  readonly read: ((cell: CellValue) => ThresholdRead) | null;
  /** The default as the template writes it into `Cấu hình`. */
  readonly text: (value: T) => string | number;
}

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

function wholeNumberReader(unit: string): (cell: CellValue) => ThresholdRead {
  return (cell) => {
    const number = numberOf(cell);
    if (number === undefined || !Number.isInteger(number) || number < 0) {
      return {
        message: `Ngưỡng "${cellText(cell)}" không đọc được; hãy nhập một số nguyên ${unit}, ví dụ 3.`,
      };
    }
    return { value: number };
  };
}

function readClassification(cell: CellValue): ThresholdRead {
  const read = readListValue(cell, CLASSIFICATIONS);
  return read.kind === "value"
    ? { value: read.value }
    : { message: `Ngưỡng "${cellText(cell)}" không đọc được; hãy nhập một xếp loại, ví dụ HTTNV.` };
}

const isNumber = (value: unknown): value is number => typeof value === "number";
const isClassification = (value: unknown): value is Classification =>
  CLASSIFICATIONS.some((item) => item.key === value);
const asIs = (value: number | Classification) => value;

const KINDS: { readonly [K in ThresholdKind]: KindSpec<ThresholdOf<K>> } = {
  classification: { holds: isClassification, read: readClassification, text: asIs },
  // Shares are written as percents (`90%`), which `Cấu hình` reads back as the same share.
  share: { holds: isNumber, read: readShare, text: (share) => `${Math.round(share * 100)}%` },
  maxCount: { holds: isNumber, read: wholeNumberReader("(số lượng)"), text: asIs },
  minCount: { holds: isNumber, read: wholeNumberReader("(số lượng)"), text: asIs },
  months: { holds: isNumber, read: wholeNumberReader("(số tháng)"), text: asIs },
  days: { holds: isNumber, read: wholeNumberReader("(số ngày)"), text: asIs },
  none: { holds: (value): value is null => value === null, read: null, text: () => "" },
};

/** Reads a `Cấu hình` cell as a threshold of the kind; null for a kind that takes none. */
export function thresholdReader(kind: ThresholdKind): ((cell: CellValue) => ThresholdRead) | null {
  return KINDS[kind].read;
}

/** The threshold in use: the one read from `Cấu hình` when it is of the kind, else the default. */
export function thresholdInUse<K extends ThresholdKind>(
  kind: K,
  fromSettings: SettingThreshold | undefined,
  fallback: ThresholdOf<K>,
): ThresholdOf<K> {
  const spec: KindSpec<ThresholdOf<K>> = KINDS[kind];
  return fromSettings !== undefined && spec.holds(fromSettings) ? fromSettings : fallback;
}

/** The default threshold as the template writes it into `Cấu hình` (`90%`, `HTTNV`, `3`, or blank). */
export function thresholdText<K extends ThresholdKind>(kind: K, value: ThresholdOf<K>): string | number {
  const spec: KindSpec<ThresholdOf<K>> = KINDS[kind];
  return spec.text(value);
}
