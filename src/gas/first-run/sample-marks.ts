/**
 * How the sample year is told apart from what the secretary types: every sample row carries
 * `[Dữ liệu mẫu]` at the start of its `Ghi chú`, visible in the sheet, and the document properties
 * hold the `Thông tin chung` values the sample wrote, so only those are cleared again.
 */
import { headerOf } from "../../core/index";

export const SAMPLE_NOTE = "[Dữ liệu mẫu]";

/** The document property holding the record below while the sample is loaded. */
const SAMPLE_PROPERTY = "chibo4tot.sampleYear";

/** The input sheets the sample fills with rows, each with its `Ghi chú` column. */
export const SAMPLE_SHEETS = ["members", "meetings", "tasks", "incidents"] as const;
export type SampleSheet = (typeof SAMPLE_SHEETS)[number];

export const noteHeader = (sheet: SampleSheet): string => headerOf(sheet, "note");

export function isSampleNote(value: unknown): boolean {
  return typeof value === "string" && value.trim().startsWith(SAMPLE_NOTE);
}

export function markedNote(note: unknown): string {
  const text = typeof note === "string" ? note.trim() : "";
  return text ? `${SAMPLE_NOTE} ${text}` : SAMPLE_NOTE;
}

/** What the sample wrote into `Thông tin chung`: item label → value as written. */
export interface SampleRecord {
  readonly info: Readonly<Record<string, string | number>>;
}

type Properties = GoogleAppsScript.Properties.Properties;

export function readSampleRecord(properties: Properties): SampleRecord | null {
  const stored = properties.getProperty(SAMPLE_PROPERTY);
  if (stored === null) return null;
  try {
    const parsed = JSON.parse(stored) as Partial<SampleRecord>;
    return { info: parsed && typeof parsed.info === "object" && parsed.info ? parsed.info : {} };
  } catch {
    return { info: {} };
  }
}

export function writeSampleRecord(properties: Properties, record: SampleRecord): void {
  properties.setProperty(SAMPLE_PROPERTY, JSON.stringify(record));
}

export function forgetSampleRecord(properties: Properties): void {
  properties.deleteProperty(SAMPLE_PROPERTY);
}
