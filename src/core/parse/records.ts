/**
 * The workbook as typed records. Throughout, a field is the value, `null` where a blank cell has the
 * meaning its table gives it (none, not yet, still here...), or `undefined` when it is unknown (spec §3:
 * a blank an indicator needs, or a value that raised an error).
 */
import type {
  Classification,
  CommitmentLevel,
  Discipline,
  IncidentState,
  IncidentType,
  MeetingLevel,
  MeetingType,
  Role,
  TargetKind,
  TaskOutcome,
} from "../schema";
import type { SettingThreshold } from "../thresholds";
import type { Day } from "../values/day";
import type { DuesSheet } from "./dues";

export interface CellInfo {
  readonly unitName: string | undefined;
  readonly superior: string | undefined;
  readonly year: number | undefined;
  readonly place: string | null;
  readonly secretary: string | null;
  readonly hasCommittee: boolean | undefined;
  readonly cellRating: Classification | undefined;
  /** null: blank, NV2 does not apply */
  readonly agencyRating: Classification | null | undefined;
  /** null: blank, NV4 does not apply */
  readonly staffTotal: number | null | undefined;
  readonly staffGood: number | undefined;
  readonly flagSalute: boolean | undefined;
  readonly workingRules: boolean | undefined;
  /** blank counts as 0 (DV4 n/a) */
  readonly admissionTarget: number | undefined;
  readonly superiorEmails: readonly string[];
  /** Row of each item in `Thông tin chung`, for issues raised by the rules. */
  readonly rowOf: ReadonlyMap<string, number>;
  readonly sheet: string;
}

export interface Member {
  readonly row: number;
  readonly name: string;
  readonly role: Role;
  readonly admission: Day | undefined;
  /** null: still probationary */
  readonly official: Day | null | undefined;
  /** null: admitted here */
  readonly transferIn: Day | null | undefined;
  /** null: still in this cell */
  readonly transferOut: Day | null | undefined;
  readonly exempt: boolean | undefined;
  readonly commitment: CommitmentLevel | undefined;
  readonly classification: Classification | undefined;
  readonly discipline: Discipline | undefined;
  /** Tự xếp loại: the member's own proposed rating; null: blank */
  readonly selfRating: Classification | null | undefined;
  /** Bản kiểm điểm handed in; blank = no */
  readonly selfReview: boolean | undefined;
  /** Nhận xét nơi cư trú arrived; blank = no */
  readonly residenceComment: boolean | undefined;
}

/** Which of the newer, optional year-end review columns the `Đảng viên` sheet has (spec §2). */
export interface ReviewColumns {
  readonly selfRating: boolean;
  readonly selfReview: boolean;
  readonly residenceComment: boolean;
}

/** One entry of an absence list: a member's index in `members`, or undefined when it matched nobody. */
export type NameRef = number | undefined;

export interface Meeting {
  readonly row: number;
  readonly date: Day | undefined;
  readonly type: MeetingType | undefined;
  /** The month a regular meeting stands for: `Tháng`, else the month of the date. */
  readonly month: number | undefined;
  readonly minutes: number | undefined;
  /** null: blank, computed from the roster */
  readonly summoned: number | null | undefined;
  readonly present: number | undefined;
  readonly excused: readonly NameRef[];
  readonly unexcused: readonly NameRef[];
  /** From `Điểm` when given, else from `Xếp loại`. */
  readonly level: MeetingLevel | undefined;
  readonly hasMinutes: boolean | undefined;
}

export interface Task {
  readonly row: number;
  readonly title: string;
  readonly targetKind: TargetKind | undefined;
  readonly planned: number | null | undefined;
  readonly achieved: number | null | undefined;
  readonly deadline: Day | null | undefined;
  readonly completed: Day | null | undefined;
  readonly outcome: TaskOutcome | null | undefined;
}

export interface Incident {
  readonly row: number;
  readonly date: Day | undefined;
  readonly type: IncidentType | undefined;
  readonly state: IncidentState | undefined;
}

/** A `Cấu hình` row, read against the indicator's threshold kind. */
export interface Setting {
  readonly row: number;
  readonly id: string;
  /** undefined: keep the default */
  readonly threshold: SettingThreshold | undefined;
  readonly enabled: boolean;
}

export interface CellYearRecords {
  readonly info: CellInfo;
  /** undefined where the sheet is missing: its indicators are missing. */
  readonly members: readonly Member[] | undefined;
  readonly meetings: readonly Meeting[] | undefined;
  readonly tasks: readonly Task[] | undefined;
  readonly incidents: readonly Incident[] | undefined;
  /** All false when the `Đảng viên` sheet is missing. */
  readonly reviewColumns: ReviewColumns;
  /** `Đảng phí`, undefined when the cell does not keep its dues in the workbook (KL6 n/a). */
  readonly dues: DuesSheet | undefined;
  /** Sheet names as found, for issues raised by the rules. */
  readonly sheetNames: Readonly<Record<"members" | "meetings" | "tasks" | "incidents" | "info", string>>;
}
