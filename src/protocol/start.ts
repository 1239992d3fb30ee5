/**
 * The first run, as the sidebar sees it: the welcome panel, the sample year and its removal.
 * Plain JSON, free of Apps Script and DOM globals (the client imports it).
 */
import type { StateResponse } from "./sidebar";

/** Where the spreadsheet stands; it decides whether the sidebar opens on the welcome panel. */
export interface StartView {
  /** Khởi tạo has made the input sheets (at least `Thông tin chung`). */
  readonly initialized: boolean;
  /** The input sheets hold nothing typed yet: the sample year may be loaded. */
  readonly empty: boolean;
  /** The sample year is in the sheets: Xóa dữ liệu mẫu is offered. */
  readonly sample: boolean;
  /** Names the welcome panel shows, from the schema (the client does not bundle it). */
  readonly names: StartNames;
}

export interface StartNames {
  readonly info: string;
  /** The `Giá trị` column of `Thông tin chung`, where the first values are typed. */
  readonly infoValue: string;
  readonly members: string;
  readonly meetings: string;
}

/** Loading or removing the sample: what was done, and the dashboard after it. */
export type SampleResponse =
  | { readonly ok: true; readonly message: string; readonly state: StateResponse }
  | { readonly ok: false; readonly message: string };

export interface StartApi {
  /** Khởi tạo from the welcome panel, then the new state. */
  startWorkbook(): StateResponse;
  loadSampleYear(): SampleResponse;
  removeSampleYear(): SampleResponse;
}
