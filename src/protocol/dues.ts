/**
 * What crosses `google.script.run` for party dues (Theo dõi đảng phí, Ghi đảng phí). Plain JSON only; the
 * client imports these types, so this file stays free of Apps Script and DOM globals.
 */
import type { DuesMonthView } from "../core/index";
import type { StateResponse } from "./sidebar";

export type { DuesMonthMember, DuesMonthState, DuesMonthView } from "../core/index";

export type DuesMonthResponse =
  | { readonly ok: true; readonly view: DuesMonthView }
  /** `sheetMissing`: the cell does not keep its dues in the workbook yet; the sidebar offers to start. */
  | { readonly ok: false; readonly message: string; readonly sheetMissing: boolean };

/** The ticks of one save: names ticked and unticked; a member in neither is left as is. */
export interface DuesSaveRequest {
  readonly month: number;
  /** The amount written for a new payment; null writes `x`. */
  readonly amount: number | null;
  readonly paid: readonly string[];
  readonly unpaid: readonly string[];
}

export type DuesSaveResponse =
  | {
      readonly ok: true;
      /** What was written, in Vietnamese. */
      readonly message: string;
      readonly view: DuesMonthView;
      /** The dashboard after the save. */
      readonly state: StateResponse;
    }
  | { readonly ok: false; readonly message: string };

export type TrackDuesResponse =
  | {
      readonly ok: true;
      readonly message: string;
      readonly dues: DuesMonthResponse;
      readonly state: StateResponse;
    }
  | { readonly ok: false; readonly message: string };

export interface DuesApi {
  /** The month's members and marks; null asks for the current month of the evaluated year. */
  getDuesMonth(month: number | null): DuesMonthResponse;
  saveDuesMonth(request: DuesSaveRequest): DuesSaveResponse;
  /** Creates `Đảng phí` with the members listed, or adds those who joined since. */
  trackDues(): TrackDuesResponse;
}
