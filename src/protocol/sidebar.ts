/**
 * What crosses `google.script.run` between the sidebar and its server functions. Plain JSON only:
 * dates are ISO `yyyy-mm-dd` strings, never Date. The client imports these types, so this file
 * must stay free of Apps Script and DOM globals.
 */

import type { Evaluation, Issue, Severity, Status, TodoItem } from "../core/index";
import type { DuesApi } from "./dues";
import type { StartApi, StartView } from "./start";

export interface IndicatorView {
  readonly id: string;
  readonly name: string;
  readonly status: Status;
  /** Ready to show: `99,2%`, `9/10 tháng`, `HTTNV`; empty when there is nothing to show. */
  readonly value: string;
  /** Ready to show: `≥ 90%`, `≤ 0`; empty when the indicator takes none. */
  readonly threshold: string;
  /** The engine's one-line evidence. */
  readonly detail: string;
}

export interface CriterionView {
  readonly id: string;
  readonly name: string;
  readonly status: Status;
  readonly indicators: readonly IndicatorView[];
}

/** A data problem as the engine reports it (spec §5). */
export type ProblemView = Issue;

/** One thing to do soon (spec §8), as the engine lists it. */
export type TodoView = TodoItem;

/** A member the absentee picker offers. */
export interface MemberChoice {
  readonly name: string;
}

/** The dropdown labels of the forms, from the core schema. */
export interface ValueLists {
  readonly meetingTypes: readonly string[];
  readonly meetingLevels: readonly string[];
  readonly roles: readonly string[];
  readonly classifications: readonly string[];
  /** The meeting type that is not a cell meeting (no duration or attendance asked). */
  readonly committeeMeetingType: string;
}

/** Something still missing for the year-end review, and where to fill it in. */
export interface ChecklistEntry {
  /** A member's name, `Xếp loại chi bộ`, or a task's title. */
  readonly label: string;
  readonly target: CellTarget;
}

/** One line of the year-end checklist: `Bản kiểm điểm đã nộp 18/24`, opening the names still missing. */
export interface ChecklistItem {
  readonly label: string;
  /** Ready to show: `18/24`, `Chưa có`, `2`. */
  readonly count: string;
  readonly complete: boolean;
  readonly missing: readonly ChecklistEntry[];
}

/** Everything the first paint needs, in one call: the engine's verdict fields as they are, the rest shaped to show. */
export interface SidebarState extends Pick<Evaluation, "unit" | "year" | "asOf" | "status" | "passed"> {
  /** The verdict in one sentence, as the engine words it: `Đạt "Chi bộ bốn tốt" năm 2024`. */
  readonly verdict: string;
  readonly criteria: readonly CriterionView[];
  /** Việc cần làm, in the engine's order: overdue first. */
  readonly todo: readonly TodoView[];
  /** The year-end review checklist, from 1 November of the year (as-of date); null before. */
  readonly yearEnd: readonly ChecklistItem[] | null;
  /** Errors first, then warnings; the first few hundred of `problemCount`. */
  readonly problems: readonly ProblemView[];
  readonly problemCount: number;
  readonly errorCount: number;
  readonly members: readonly MemberChoice[];
  readonly lists: ValueLists;
  /** `Email cấp ủy cấp trên` as typed, split: the sharing form starts from it. */
  readonly superiorEmails: readonly string[];
}

/** The workbook cannot be evaluated at all (no `Thông tin chung`, no year…): one Vietnamese line. */
export interface Unreadable {
  readonly ok: false;
  readonly message: string;
}

/** `start`: where the spreadsheet stands on its first run; absent when the answer does not say. */
export type StateResponse = ({ readonly ok: true; readonly state: SidebarState } | Unreadable) & {
  readonly start?: StartView;
};

/** A meeting typed in the form; keys are the schema keys of `Sinh hoạt`. */
export interface MeetingDraft {
  /** ISO yyyy-mm-dd */
  readonly date: string;
  readonly type: string;
  /** The month a regular meeting stands for; null = the month of `date`. */
  readonly month: number | null;
  readonly content: string;
  /** Thời lượng (phút); the schema's key for the duration. */
  readonly minutes: number | null;
  readonly summoned: number | null;
  readonly present: number | null;
  readonly excused: readonly string[];
  readonly unexcused: readonly string[];
  readonly score: number | null;
  readonly level: string;
  readonly hasMinutes: boolean;
  readonly note: string;
}

/** A member typed in the form; keys are the schema keys of `Đảng viên`. */
export interface MemberDraft {
  readonly name: string;
  /** ISO yyyy-mm-dd or "" */
  readonly birthDate: string;
  readonly role: string;
  /** ISO yyyy-mm-dd */
  readonly admissionDate: string;
  readonly officialDate: string;
  readonly transferInDate: string;
  readonly exempt: boolean;
  /** The year-end review: `Tự xếp loại` (a classification label or ""), `Bản kiểm điểm`, `Nhận xét nơi cư trú`. */
  readonly selfRating: string;
  readonly selfReview: boolean;
  readonly residenceComment: boolean;
  readonly note: string;
}

/** A problem of the typed record, as the engine words it. */
export interface FieldProblem {
  readonly severity: Severity;
  /** The schema key of the draft field it concerns, or null for the whole record. */
  readonly field: string | null;
  readonly message: string;
}

export type SaveResponse =
  | {
      readonly ok: true;
      /** The sheet as named in the workbook, and the 1-based row the record was written to. */
      readonly sheet: string;
      readonly row: number;
      /** Warnings about the saved row (kept, but worth a look). */
      readonly warnings: readonly FieldProblem[];
      /** The dashboard after the save, so no second round trip is needed. */
      readonly state: StateResponse;
    }
  | { readonly ok: false; readonly message: string; readonly problems: readonly FieldProblem[] };

export interface CellTarget {
  readonly sheet: string;
  readonly row: number | null;
  readonly column: string | null;
}

export type GoToResponse = { readonly ok: true } | Unreadable;

export type YearEndResponse =
  | {
      readonly ok: true;
      readonly sheetName: string;
      /** `Xếp loại đảng viên <năm>`, or null when a sheet of that name not made by the product was kept. */
      readonly ratingsSheetName: string | null;
      readonly verdict: string;
      readonly passed: boolean;
    }
  | Unreadable;

/** Sharing the year-end evaluation with the superior committee (Chia sẻ với cấp trên). */
export type ShareResponse =
  | {
      readonly ok: true;
      /** The separate spreadsheet holding only the evaluation sheet (and the list of ratings when asked), view only. */
      readonly link: string;
      /** false when the spreadsheet shared before was updated (same link as last time). */
      readonly created: boolean;
      /** The conclusion's first line, as in the sheet shared. */
      readonly verdict: string;
      /** Exactly the viewers now. */
      readonly addresses: readonly string[];
      /** What was done, in Vietnamese, with any warning. */
      readonly message: string;
    }
  | (Unreadable & {
      /** Set when the Drive permission was not granted: Google's page to grant it (url null when none is given). */
      readonly grant?: { readonly url: string | null };
    });

/** The server functions the sidebar calls; each is an entry point of dist/Code.js. */
export interface SidebarApi extends StartApi, DuesApi {
  getSidebarState(): StateResponse;
  saveMeeting(draft: MeetingDraft): SaveResponse;
  saveMember(draft: MemberDraft): SaveResponse;
  goToCell(target: CellTarget): GoToResponse;
  runYearEnd(): YearEndResponse;
  /** `withRatings`: the copy also holds `Xếp loại đảng viên <năm>` (the tick, unticked by default). */
  shareEvaluation(addresses: readonly string[], withRatings: boolean): ShareResponse;
}
