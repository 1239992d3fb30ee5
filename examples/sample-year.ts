/**
 * The sample year as rows ready to write: meetings in date order, each cell meeting with its
 * `Có mặt` counted from the roster of the day. `npm run examples` writes it to an xlsx, and the
 * add-on's **Dùng thử với dữ liệu mẫu** types it into the secretary's empty sheets: one sample.
 */
import {
  SAMPLE_DUES,
  SAMPLE_INCIDENTS,
  SAMPLE_INFO,
  SAMPLE_MEETINGS,
  SAMPLE_MEMBERS,
  SAMPLE_TASKS,
  type SampleRow,
  type SampleValue,
} from "./sample-data";

type Day = readonly [number, number, number];

export interface SampleYear {
  /** `Thông tin chung`: item label → value. */
  readonly info: Readonly<Record<string, SampleValue>>;
  /** Rows of the other input sheets, by schema key, each as header → value. */
  readonly rows: {
    readonly members: readonly SampleRow[];
    readonly meetings: readonly SampleRow[];
    readonly tasks: readonly SampleRow[];
    readonly incidents: readonly SampleRow[];
  };
  /** `Đảng phí`, kept apart: the sheet is made only when the secretary asks (spec §2). */
  readonly dues: readonly SampleRow[];
}

const dayNumber = (day: SampleValue) => (Array.isArray(day) ? (day[0] * 100 + day[1]) * 100 + day[2] : 0);
const byDate = (a: SampleRow, b: SampleRow) => dayNumber(a.Ngày ?? null) - dayNumber(b.Ngày ?? null);

/** Members expected on `day`: active that day and not exempt (spec §3, "Summoned"). */
function summonedOn(day: Day): number {
  const today = dayNumber(day);
  return SAMPLE_MEMBERS.filter((member) => {
    const from = Math.max(
      dayNumber(member["Ngày vào Đảng"] ?? null),
      dayNumber(member["Ngày chuyển đến"] ?? null),
    );
    const out = dayNumber(member["Ngày chuyển đi"] ?? null);
    return from <= today && (out === 0 || out > today) && member["Miễn sinh hoạt"] !== true;
  }).length;
}

const absentees = (list: SampleValue | undefined) =>
  typeof list === "string" && list.trim() !== "" ? list.split(/[;,\n]/).length : 0;

/** The present count of a cell meeting: everyone summoned but the absentees it lists. */
function withAttendance(meeting: SampleRow): SampleRow {
  if (meeting.Loại === "Chi ủy" || meeting["Có mặt"] !== undefined) return meeting;
  const present =
    summonedOn(meeting.Ngày as Day) -
    absentees(meeting["Vắng có lý do"]) -
    absentees(meeting["Vắng không lý do"]);
  return { ...meeting, "Có mặt": present };
}

export function sampleYear(): SampleYear {
  return {
    info: SAMPLE_INFO,
    rows: {
      members: SAMPLE_MEMBERS,
      meetings: [...SAMPLE_MEETINGS].sort(byDate).map(withAttendance),
      tasks: SAMPLE_TASKS,
      incidents: SAMPLE_INCIDENTS,
    },
    dues: SAMPLE_DUES,
  };
}
