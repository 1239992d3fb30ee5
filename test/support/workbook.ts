/**
 * Workbooks from readable objects, for black-box tests of the rubric.
 *
 * `workbook(input)` writes every sheet with all the headers of `src/core/schema.ts`; a row is an
 * object keyed by the schema's column keys (`{ name: "Lê Văn Cường", classification: "HTTNV" }`),
 * and `info` is keyed by the `INFO_ITEMS` keys (`{ year: 2024 }`). Dates are `CalendarDate`s (see
 * `date`) or text exactly as typed. A sheet given as `null` is left out of the workbook.
 *
 * `goodYear()` is a small cell whose year 2024 passes every indicator (none is n/a but KL6, which needs the
 * optional `Đảng phí`: add `dues: goodDues()` of test/support/dues.ts), so a test
 * changes only what it checks; `goodYear({ info: { cellRating: "HTNV" } })` merges `info` and
 * replaces any list it is given. `run(input)` assesses such a workbook as of 31/12/2024.
 */
import {
  type Assessment,
  type AssessOptions,
  assess,
  type CalendarDate,
  type CellValue,
  DUES_COLUMNS,
  INCIDENT_COLUMNS,
  INFO_ITEMS,
  MEETING_COLUMNS,
  MEMBER_COLUMNS,
  SETTINGS_COLUMNS,
  SHEETS,
  type SheetTable,
  TASK_COLUMNS,
  type WorkbookTables,
} from "../../src/core/index";
import { assessed } from "./tables";

type Row<C extends readonly { readonly key: string }[]> = Partial<Record<C[number]["key"], CellValue>>;

export type InfoInput = Partial<Record<(typeof INFO_ITEMS)[number]["key"], CellValue>>;
export type MemberRow = Row<typeof MEMBER_COLUMNS>;
export type MeetingRow = Row<typeof MEETING_COLUMNS>;
export type TaskRow = Row<typeof TASK_COLUMNS>;
export type IncidentRow = Row<typeof INCIDENT_COLUMNS>;
export type SettingRow = Row<typeof SETTINGS_COLUMNS>;
/** `{ name, month1: 50000, month2: "x", … , note }` */
export type DuesRow = Partial<Record<string, CellValue>>;

export interface WorkbookInput {
  readonly info?: InfoInput | null;
  readonly members?: readonly MemberRow[] | null;
  readonly meetings?: readonly MeetingRow[] | null;
  readonly tasks?: readonly TaskRow[] | null;
  readonly incidents?: readonly IncidentRow[] | null;
  readonly settings?: readonly SettingRow[] | null;
  /** `Đảng phí` is optional: absent unless given. */
  readonly dues?: readonly DuesRow[] | null;
}

/** `date(2024, 3, 10)` is 10/03/2024. */
export function date(year: number, month: number, day: number): CalendarDate {
  return { year, month, day };
}

function sheet<C extends readonly { readonly key: string; readonly header: string }[]>(
  title: string,
  columns: C,
  rows: readonly Row<C>[],
): SheetTable {
  const keys = columns.map((column) => column.key as C[number]["key"]);
  return {
    name: title,
    rows: [columns.map((column) => column.header), ...rows.map((row) => keys.map((key) => row[key] ?? ""))],
  };
}

/** Every item of `Thông tin chung` is written, as the template does; an absent one is blank. */
function infoSheet(info: InfoInput): SheetTable {
  return {
    name: SHEETS.info.title,
    rows: [["Mục", "Giá trị"], ...INFO_ITEMS.map((item) => [item.label, info[item.key] ?? ""])],
  };
}

export function workbook(input: WorkbookInput): WorkbookTables {
  const sheets = [
    input.info === null ? null : infoSheet(input.info ?? {}),
    input.members === null ? null : sheet(SHEETS.members.title, MEMBER_COLUMNS, input.members ?? []),
    input.meetings === null ? null : sheet(SHEETS.meetings.title, MEETING_COLUMNS, input.meetings ?? []),
    input.tasks === null ? null : sheet(SHEETS.tasks.title, TASK_COLUMNS, input.tasks ?? []),
    input.incidents === null ? null : sheet(SHEETS.incidents.title, INCIDENT_COLUMNS, input.incidents ?? []),
    input.settings === null ? null : sheet(SHEETS.settings.title, SETTINGS_COLUMNS, input.settings ?? []),
    input.dues ? sheet(SHEETS.dues.title, DUES_COLUMNS, input.dues) : null,
  ];
  return sheets.filter((table): table is SheetTable => table !== null);
}

export const GOOD_YEAR = 2024;

/** Today in mid-January of the next year: the as-of date is 31/12/2024. */
export const AFTER_GOOD_YEAR: AssessOptions = { today: date(GOOD_YEAR + 1, 1, 15) };

/** Assesses the workbook built from `input`; fails the test when it cannot be read at all. */
export function run(input: WorkbookInput, options: AssessOptions = AFTER_GOOD_YEAR): Assessment {
  return assessed(assess(workbook(input), options));
}

/** The good year's ten members, all present at every cell meeting (row 2 is the first). */
export const GOOD_MEMBERS = [
  "Nguyễn Văn An",
  "Trần Thị Bình",
  "Lê Văn Cường",
  "Phạm Thị Dung",
  "Hoàng Văn Em",
  "Vũ Thị Giang",
  "Đặng Văn Hải",
  "Bùi Thị Hoa",
  "Đỗ Văn Khánh",
  "Ngô Thị Lan",
] as const;

const ROLES = ["Bí thư", "Phó Bí thư", "Chi ủy viên"];

const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"];
const GIVEN_NAMES = [
  "Minh Anh",
  "Văn Bảo",
  "Thị Châu",
  "Quốc Duy",
  "Thu Hà",
  "Đức Huy",
  "Ngọc Lan",
  "Văn Long",
];

/** `count` distinct member names (up to 80), none of them among `GOOD_MEMBERS`. */
export function memberNames(count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const surname = SURNAMES[index % SURNAMES.length];
    const given = GIVEN_NAMES[Math.floor(index / SURNAMES.length) % GIVEN_NAMES.length];
    return `${surname} ${given}`;
  });
}

/** An official member since 2011, commitment Tốt, rated HTTNV, no discipline; `patch` overrides. */
export function officialMember(name: string, patch: MemberRow = {}): MemberRow {
  return {
    name,
    admissionDate: date(2010, 5, 19),
    officialDate: date(2011, 5, 19),
    commitment: "Tốt",
    classification: "HTTNV",
    discipline: "Không",
    ...patch,
  };
}

function goodMembers(): MemberRow[] {
  return GOOD_MEMBERS.map((name, index) => {
    const common = {
      name,
      role: ROLES[index] ?? "Đảng viên",
      commitment: "Tốt",
      classification: index === 0 ? "Hoàn thành xuất sắc nhiệm vụ" : "Hoàn thành tốt nhiệm vụ",
      discipline: "Không",
    };
    // Đỗ Văn Khánh: admitted 10/03/2023, his probation ended 10/03/2024 and he became official that day (DV5).
    if (name === "Đỗ Văn Khánh") {
      return { ...common, admissionDate: date(2023, 3, 10), officialDate: date(2024, 3, 10) };
    }
    // Ngô Thị Lan: admitted by the cell on 05/01/2024, before the first meeting (DV4, target 1).
    if (name === "Ngô Thị Lan") return { ...common, admissionDate: date(2024, 1, 5) };
    return {
      ...common,
      admissionDate: date(2000 + index, 5, 19),
      officialDate: date(2001 + index, 5, 19),
    };
  });
}

/** A cell meeting of the good year: everyone summoned and present, rated Tốt, with minutes. */
export function goodMeeting(day: CalendarDate, type: string, minutes = 120): MeetingRow {
  return {
    date: day,
    type,
    content: `Sinh hoạt ${type.toLowerCase()} tháng ${day.month}`,
    minutes,
    summoned: GOOD_MEMBERS.length,
    present: GOOD_MEMBERS.length,
    level: "Tốt",
    hasMinutes: "Có",
  };
}

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/**
 * Twelve committee meetings on the 5th, twelve regular meetings on the 10th (both 120 minutes)
 * and a thematic meeting on the 20th of the last month of each quarter.
 */
function goodMeetings(): MeetingRow[] {
  return MONTHS.flatMap((month) => [
    {
      date: date(GOOD_YEAR, month, 5),
      type: "Chi ủy",
      content: `Chi ủy chuẩn bị sinh hoạt tháng ${month}`,
      summoned: 3,
      present: 3,
      hasMinutes: "Có",
    },
    goodMeeting(date(GOOD_YEAR, month, 10), "Thường kỳ"),
    ...(month % 3 === 0 ? [goodMeeting(date(GOOD_YEAR, month, 20), "Chuyên đề")] : []),
  ]);
}

/** What `goodYear` lets a test change; to leave a sheet out, spread the result: `{ ...goodYear(), incidents: null }`. */
export interface GoodYearPatch {
  readonly info?: InfoInput;
  readonly members?: readonly MemberRow[];
  readonly meetings?: readonly MeetingRow[];
  readonly tasks?: readonly TaskRow[];
  readonly incidents?: readonly IncidentRow[];
  readonly settings?: readonly SettingRow[];
}

export function goodYear(patch: GoodYearPatch = {}) {
  return {
    info: {
      unitName: "Chi bộ Trường Tiểu học Hòa Bình",
      superior: "Đảng bộ xã Hòa Bình",
      year: GOOD_YEAR,
      place: "Hòa Bình",
      secretary: "Nguyễn Văn An",
      hasCommittee: "Có",
      cellRating: "Hoàn thành tốt nhiệm vụ",
      agencyRating: "Hoàn thành tốt nhiệm vụ",
      staffTotal: 40,
      staffGood: 38,
      flagSalute: "Có",
      workingRules: "Có",
      admissionTarget: 1,
      superiorEmails: "dangbo.hoabinh@example.vn",
      ...patch.info,
    },
    members: patch.members ?? goodMembers(),
    meetings: patch.meetings ?? goodMeetings(),
    tasks: patch.tasks ?? [
      {
        title: "Kết nạp đoàn viên ưu tú vào Đảng",
        planned: 1,
        achieved: 1,
        deadline: date(GOOD_YEAR, 6, 30),
        completedDate: date(GOOD_YEAR, 1, 5),
      },
      {
        title: "Tỷ lệ học sinh bỏ học dưới 2%",
        targetKind: "Tối đa",
        planned: 2,
        achieved: 1.5,
        deadline: date(GOOD_YEAR, 12, 31),
      },
      { title: "Tổ chức hội nghị viên chức", deadline: date(GOOD_YEAR, 3, 31), outcome: "Hoàn thành" },
    ],
    incidents: patch.incidents ?? [
      {
        date: date(GOOD_YEAR, 9, 15),
        type: "Kiểm tra",
        content: "Kiểm tra việc chấp hành Điều lệ Đảng",
        state: "Đã giải quyết",
      },
    ],
    settings: patch.settings ?? [],
  } satisfies WorkbookInput;
}
