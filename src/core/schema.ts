/**
 * The one description of the workbook (spec §2): tab names, headers, value lists.
 * The parser, the templates (Khởi tạo, `chibo4tot init`), the validations and the docs all read it.
 */

/** One value of a list: the canonical Vietnamese label and other accepted spellings. */
export interface ListValue<K extends string = string> {
  readonly key: K;
  readonly label: string;
  readonly aliases?: readonly string[];
}

export const CLASSIFICATIONS = [
  { key: "HTXSNV", label: "Hoàn thành xuất sắc nhiệm vụ", aliases: ["HTXSNV"] },
  { key: "HTTNV", label: "Hoàn thành tốt nhiệm vụ", aliases: ["HTTNV"] },
  { key: "HTNV", label: "Hoàn thành nhiệm vụ", aliases: ["HTNV"] },
  { key: "KHTNV", label: "Không hoàn thành nhiệm vụ", aliases: ["KHTNV"] },
] as const satisfies readonly ListValue[];
export type Classification = (typeof CLASSIFICATIONS)[number]["key"];

/** Higher is better: HTXSNV > HTTNV > HTNV > KHTNV. */
export const CLASSIFICATION_RANK: Readonly<Record<Classification, number>> = {
  HTXSNV: 3,
  HTTNV: 2,
  HTNV: 1,
  KHTNV: 0,
};

export const ROLES = [
  { key: "secretary", label: "Bí thư" },
  { key: "deputy", label: "Phó Bí thư" },
  { key: "committee", label: "Chi ủy viên" },
  { key: "member", label: "Đảng viên" },
] as const satisfies readonly ListValue[];
export type Role = (typeof ROLES)[number]["key"];

export const DISCIPLINES = [
  { key: "none", label: "Không" },
  { key: "reprimand", label: "Khiển trách" },
  { key: "warning", label: "Cảnh cáo" },
  { key: "dismissal", label: "Cách chức" },
  { key: "expulsion", label: "Khai trừ" },
] as const satisfies readonly ListValue[];
export type Discipline = (typeof DISCIPLINES)[number]["key"];

export const MEETING_TYPES = [
  { key: "regular", label: "Thường kỳ" },
  { key: "thematic", label: "Chuyên đề" },
  { key: "combined", label: "Thường kỳ kết hợp chuyên đề" },
  { key: "committee", label: "Chi ủy" },
  { key: "extraordinary", label: "Bất thường" },
] as const satisfies readonly ListValue[];
export type MeetingType = (typeof MEETING_TYPES)[number]["key"];

/** Quality of a meeting (chất lượng sinh hoạt). */
export const MEETING_LEVELS = [
  { key: "good", label: "Tốt" },
  { key: "fair", label: "Khá" },
  { key: "average", label: "Trung bình" },
  { key: "poor", label: "Kém" },
] as const satisfies readonly ListValue[];
export type MeetingLevel = (typeof MEETING_LEVELS)[number]["key"];

/** Rating of a member's yearly commitment (cam kết tu dưỡng, rèn luyện). */
export const COMMITMENT_LEVELS = [
  { key: "excellent", label: "Xuất sắc" },
  ...MEETING_LEVELS,
] as const satisfies readonly ListValue[];
export type CommitmentLevel = (typeof COMMITMENT_LEVELS)[number]["key"];

export const TARGET_KINDS = [
  { key: "atLeast", label: "Tối thiểu" },
  { key: "atMost", label: "Tối đa" },
] as const satisfies readonly ListValue[];
export type TargetKind = (typeof TARGET_KINDS)[number]["key"];

export const TASK_OUTCOMES = [
  { key: "exceeded", label: "Vượt" },
  { key: "done", label: "Hoàn thành" },
  { key: "notDone", label: "Chưa hoàn thành" },
] as const satisfies readonly ListValue[];
export type TaskOutcome = (typeof TASK_OUTCOMES)[number]["key"];

export const INCIDENT_TYPES = [
  { key: "inspection", label: "Kiểm tra" },
  { key: "supervision", label: "Giám sát" },
  { key: "complaint", label: "Khiếu nại, tố cáo" },
  { key: "violation", label: "Vi phạm" },
  { key: "disunity", label: "Mất đoàn kết" },
] as const satisfies readonly ListValue[];
export type IncidentType = (typeof INCIDENT_TYPES)[number]["key"];

export const INCIDENT_STATES = [
  { key: "resolved", label: "Đã giải quyết" },
  { key: "inProgress", label: "Đang giải quyết" },
  { key: "backlog", label: "Tồn đọng" },
  { key: "escalated", label: "Vượt cấp" },
] as const satisfies readonly ListValue[];
export type IncidentState = (typeof INCIDENT_STATES)[number]["key"];

export const YES_NO = [
  { key: "yes", label: "Có", aliases: ["x", "true", "yes", "đúng", "rồi"] },
  { key: "no", label: "Không", aliases: ["false", "no", "sai", "chưa"] },
] as const satisfies readonly ListValue[];

/** How a cell of a column is read. */
export type FieldKind =
  | { readonly type: "text" }
  | { readonly type: "date" }
  | { readonly type: "integer"; readonly min?: number; readonly max?: number }
  | { readonly type: "number"; readonly min?: number; readonly max?: number }
  | { readonly type: "yesNo" }
  | { readonly type: "list"; readonly values: readonly ListValue[] }
  | { readonly type: "names" }
  | { readonly type: "emails" }
  /** A month of `Đảng phí`: an amount, x, Miễn, Có lý do, 0 or Không (spec §2). */
  | { readonly type: "duesMark" };

export interface Column<K extends string = string> {
  readonly key: K;
  /** The header as the template writes it. */
  readonly header: string;
  readonly kind: FieldKind;
  readonly required?: boolean;
  /** Note on the header cell: what to type, in the secretary's words. */
  readonly note: string;
  /** Column width in pixels for the templates. */
  readonly width: number;
  /** Newer than the first templates: a sheet without it raises no warning (spec §2). */
  readonly quietWhenMissing?: boolean;
  /** Other headers read as this one (`T3`, `Tháng 03` for `Tháng 3`). */
  readonly aliases?: readonly string[];
}

const text = { type: "text" } as const;
const date = { type: "date" } as const;
const yesNo = { type: "yesNo" } as const;
const names = { type: "names" } as const;
const list = (values: readonly ListValue[]) => ({ type: "list", values }) as const;

export const MEMBER_COLUMNS = [
  {
    key: "name",
    header: "Họ và tên",
    kind: text,
    required: true,
    width: 190,
    note: "Họ và tên đầy đủ, mỗi đảng viên một dòng, không trùng nhau.",
  },
  { key: "birthDate", header: "Ngày sinh", kind: date, width: 95, note: "Ngày/tháng/năm, ví dụ 03/07/1985." },
  {
    key: "role",
    header: "Chức vụ",
    kind: list(ROLES),
    width: 110,
    note: "Bí thư, Phó Bí thư, Chi ủy viên hoặc Đảng viên. Để trống là Đảng viên.",
  },
  {
    key: "admissionDate",
    header: "Ngày vào Đảng",
    kind: date,
    required: true,
    width: 105,
    note: "Ngày kết nạp, ví dụ 19/05/2015.",
  },
  {
    key: "officialDate",
    header: "Ngày chính thức",
    kind: date,
    width: 105,
    note: "Ngày được công nhận đảng viên chính thức. Để trống nếu còn dự bị.",
  },
  {
    key: "transferInDate",
    header: "Ngày chuyển đến",
    kind: date,
    width: 105,
    note: "Ngày chuyển sinh hoạt đến chi bộ. Để trống nếu kết nạp tại chi bộ.",
  },
  {
    key: "transferOutDate",
    header: "Ngày chuyển đi",
    kind: date,
    width: 105,
    note: "Ngày rời chi bộ (chuyển đi, từ trần, xóa tên). Để trống nếu còn sinh hoạt.",
  },
  {
    key: "exempt",
    header: "Miễn sinh hoạt",
    kind: yesNo,
    width: 90,
    note: "Đánh dấu nếu đảng viên được miễn sinh hoạt. Để trống là Không.",
  },
  {
    key: "commitment",
    header: "Cam kết tu dưỡng",
    kind: list(COMMITMENT_LEVELS),
    width: 110,
    note: "Chi bộ đánh giá việc thực hiện cam kết: Xuất sắc, Tốt, Khá, Trung bình, Kém.",
  },
  {
    key: "classification",
    header: "Xếp loại",
    kind: list(CLASSIFICATIONS),
    width: 200,
    note: "Xếp loại cuối năm: Hoàn thành xuất sắc nhiệm vụ (HTXSNV), Hoàn thành tốt nhiệm vụ (HTTNV), Hoàn thành nhiệm vụ (HTNV), Không hoàn thành nhiệm vụ (KHTNV).",
  },
  {
    key: "discipline",
    header: "Kỷ luật",
    kind: list(DISCIPLINES),
    width: 100,
    note: "Hình thức kỷ luật trong năm: Không, Khiển trách, Cảnh cáo, Cách chức, Khai trừ. Để trống là Không.",
  },
  {
    key: "selfRating",
    header: "Tự xếp loại",
    kind: list(CLASSIFICATIONS),
    width: 200,
    quietWhenMissing: true,
    note: "Mức xếp loại đảng viên tự nhận trong bản kiểm điểm cuối năm (HTXSNV, HTTNV, HTNV, KHTNV).",
  },
  {
    key: "selfReview",
    header: "Bản kiểm điểm",
    kind: yesNo,
    width: 95,
    quietWhenMissing: true,
    note: "Đánh dấu khi đảng viên đã nộp bản kiểm điểm cuối năm. Để trống là chưa nộp.",
  },
  {
    key: "residenceComment",
    header: "Nhận xét nơi cư trú",
    kind: yesNo,
    width: 110,
    quietWhenMissing: true,
    note: "Đánh dấu khi đã nhận được nhận xét của chi ủy, chi bộ nơi đảng viên cư trú. Để trống là chưa có.",
  },
  { key: "note", header: "Ghi chú", kind: text, width: 160, note: "Ghi chú tùy ý." },
] as const satisfies readonly Column[];

export const MEETING_COLUMNS = [
  { key: "date", header: "Ngày", kind: date, required: true, width: 95, note: "Ngày họp, ví dụ 05/01/2024." },
  {
    key: "type",
    header: "Loại",
    kind: list(MEETING_TYPES),
    required: true,
    width: 190,
    note: "Thường kỳ, Chuyên đề, Thường kỳ kết hợp chuyên đề, Chi ủy hoặc Bất thường.",
  },
  {
    key: "month",
    header: "Tháng",
    kind: { type: "integer", min: 1, max: 12 },
    width: 60,
    note: "Tháng mà buổi sinh hoạt thường kỳ thay cho (ví dụ sinh hoạt tháng 1 họp ngày 02/02 sau Tết thì ghi 1). Để trống là tháng của ngày họp.",
  },
  { key: "content", header: "Nội dung", kind: text, width: 200, note: "Nội dung chính của buổi sinh hoạt." },
  {
    key: "minutes",
    header: "Thời lượng (phút)",
    kind: { type: "number", min: 0 },
    width: 95,
    note: "Số phút, ví dụ 120.",
  },
  {
    key: "summoned",
    header: "Triệu tập",
    kind: { type: "integer", min: 0 },
    width: 80,
    note: "Số đảng viên được triệu tập. Để trống thì tính theo danh sách đảng viên (trừ người miễn sinh hoạt).",
  },
  {
    key: "present",
    header: "Có mặt",
    kind: { type: "integer", min: 0 },
    width: 70,
    note: "Số đảng viên có mặt.",
  },
  {
    key: "excused",
    header: "Vắng có lý do",
    kind: names,
    width: 170,
    note: "Họ tên người vắng có lý do, cách nhau bởi dấu phẩy hoặc xuống dòng.",
  },
  {
    key: "unexcused",
    header: "Vắng không lý do",
    kind: names,
    width: 170,
    note: "Họ tên người vắng không có lý do, cách nhau bởi dấu phẩy hoặc xuống dòng.",
  },
  {
    key: "score",
    header: "Điểm",
    kind: { type: "number", min: 0, max: 100 },
    width: 60,
    note: "Điểm tự chấm 0–100 (không bắt buộc): từ 90 là Tốt, 70 đến dưới 90 là Khá, 50 đến dưới 70 là Trung bình, dưới 50 là Kém.",
  },
  {
    key: "level",
    header: "Xếp loại",
    kind: list(MEETING_LEVELS),
    width: 95,
    note: "Chất lượng buổi sinh hoạt: Tốt, Khá, Trung bình, Kém.",
  },
  {
    key: "hasMinutes",
    header: "Biên bản",
    kind: yesNo,
    width: 75,
    note: "Đánh dấu nếu có biên bản. Để trống là không có.",
  },
  { key: "note", header: "Ghi chú", kind: text, width: 160, note: "Ghi chú tùy ý." },
] as const satisfies readonly Column[];

export const TASK_COLUMNS = [
  {
    key: "title",
    header: "Nhiệm vụ, chỉ tiêu",
    kind: text,
    required: true,
    width: 240,
    note: "Nhiệm vụ, chỉ tiêu trong nghị quyết năm của chi bộ.",
  },
  {
    key: "targetKind",
    header: "Loại chỉ tiêu",
    kind: list(TARGET_KINDS),
    width: 95,
    note: 'Tối thiểu (đạt khi Thực hiện ≥ Kế hoạch) hoặc Tối đa (đạt khi Thực hiện ≤ Kế hoạch, ví dụ "dưới 2%"). Để trống là Tối thiểu.',
  },
  {
    key: "planned",
    header: "Kế hoạch",
    kind: { type: "number" },
    width: 85,
    note: "Số lượng theo kế hoạch.",
  },
  {
    key: "achieved",
    header: "Thực hiện",
    kind: { type: "number" },
    width: 85,
    note: "Số lượng đã thực hiện.",
  },
  { key: "deadline", header: "Hạn", kind: date, width: 95, note: "Hạn hoàn thành." },
  {
    key: "completedDate",
    header: "Ngày hoàn thành",
    kind: date,
    width: 105,
    note: "Ngày hoàn thành thực tế.",
  },
  {
    key: "outcome",
    header: "Kết quả",
    kind: list(TASK_OUTCOMES),
    width: 120,
    note: "Vượt, Hoàn thành hoặc Chưa hoàn thành (dùng khi không có số liệu).",
  },
  { key: "note", header: "Ghi chú", kind: text, width: 160, note: "Ghi chú tùy ý." },
] as const satisfies readonly Column[];

export const INCIDENT_COLUMNS = [
  {
    key: "date",
    header: "Ngày",
    kind: date,
    required: true,
    width: 95,
    note: "Ngày xảy ra hoặc ngày tiến hành.",
  },
  {
    key: "type",
    header: "Loại",
    kind: list(INCIDENT_TYPES),
    required: true,
    width: 140,
    note: "Kiểm tra, Giám sát, Khiếu nại, tố cáo, Vi phạm hoặc Mất đoàn kết.",
  },
  { key: "content", header: "Nội dung", kind: text, width: 220, note: "Nội dung sự việc." },
  {
    key: "members",
    header: "Đảng viên liên quan",
    kind: names,
    width: 170,
    note: "Họ tên đảng viên liên quan, cách nhau bởi dấu phẩy.",
  },
  {
    key: "state",
    header: "Tình trạng",
    kind: list(INCIDENT_STATES),
    width: 120,
    note: "Đã giải quyết, Đang giải quyết, Tồn đọng hoặc Vượt cấp.",
  },
  { key: "note", header: "Ghi chú", kind: text, width: 160, note: "Ghi chú tùy ý." },
] as const satisfies readonly Column[];

export const INFO_COLUMNS = [
  {
    key: "item",
    header: "Mục",
    kind: text,
    required: true,
    width: 280,
    note: "Tên mục thông tin (không sửa).",
  },
  { key: "value", header: "Giá trị", kind: text, required: true, width: 300, note: "Giá trị của mục." },
] as const satisfies readonly Column[];

/** One item of `Thông tin chung` (a row `Mục | Giá trị`). */
export interface InfoItem<K extends string = string> {
  readonly key: K;
  readonly label: string;
  readonly kind: FieldKind;
  readonly required?: boolean;
  readonly note: string;
}

export const INFO_ITEMS = [
  { key: "unitName", label: "Tên chi bộ", kind: text, required: true, note: "Ví dụ: Chi bộ Sở Ngoại vụ." },
  {
    key: "superior",
    label: "Đảng bộ cấp trên",
    kind: text,
    required: true,
    note: "Ví dụ: Đảng bộ Khối các cơ quan tỉnh.",
  },
  {
    key: "year",
    label: "Năm đánh giá",
    kind: { type: "integer", min: 2000, max: 2100 },
    required: true,
    note: "Năm được đánh giá, ví dụ 2024.",
  },
  { key: "place", label: "Địa danh", kind: text, note: "Địa danh ghi ở dòng ngày tháng, ví dụ Biên Hòa." },
  { key: "secretary", label: "Bí thư", kind: text, note: "Họ tên bí thư ký báo cáo." },
  { key: "hasCommittee", label: "Có chi ủy", kind: yesNo, note: "Có nếu chi bộ có chi ủy được bầu." },
  {
    key: "cellRating",
    label: "Xếp loại chi bộ",
    kind: list(CLASSIFICATIONS),
    note: "Xếp loại chất lượng của chi bộ trong năm.",
  },
  {
    key: "agencyRating",
    label: "Xếp loại cơ quan, đơn vị",
    kind: list(CLASSIFICATIONS),
    note: "Xếp loại tập thể cơ quan, đơn vị. Để trống nếu không có.",
  },
  {
    key: "staffTotal",
    label: "Tổng số CBCCVC, người lao động",
    kind: { type: "integer", min: 0 },
    note: "Tổng số cán bộ, công chức, viên chức, người lao động của cơ quan.",
  },
  {
    key: "staffGood",
    label: "Số CBCCVC hoàn thành tốt nhiệm vụ trở lên",
    kind: { type: "integer", min: 0 },
    note: "Số người được xếp loại hoàn thành tốt nhiệm vụ trở lên.",
  },
  {
    key: "flagSalute",
    label: "Chào cờ đầu tuần",
    kind: yesNo,
    note: "Có nếu đảng viên thực hiện chào cờ đầu tuần theo quy định.",
  },
  {
    key: "workingRules",
    label: "Có quy chế làm việc",
    kind: yesNo,
    note: "Có nếu chi bộ có quy chế làm việc.",
  },
  {
    key: "admissionTarget",
    label: "Chỉ tiêu kết nạp đảng viên",
    kind: { type: "integer", min: 0 },
    note: "Số đảng viên mới phải kết nạp trong năm. Để trống hoặc 0 nếu không giao.",
  },
  {
    key: "superiorEmails",
    label: "Email cấp ủy cấp trên",
    kind: { type: "emails" },
    note: "Địa chỉ email nhận báo cáo, cách nhau bởi dấu phẩy.",
  },
] as const satisfies readonly InfoItem[];

export const SETTINGS_COLUMNS = [
  { key: "code", header: "Mã", kind: text, required: true, width: 60, note: "Mã chỉ báo, ví dụ SH5." },
  { key: "name", header: "Chỉ báo", kind: text, width: 280, note: "Tên chỉ báo (chỉ để đọc)." },
  {
    key: "threshold",
    header: "Ngưỡng",
    kind: text,
    width: 90,
    note: "Ngưỡng thay cho mặc định: tỷ lệ (0,7 hoặc 70%), số lượng, số ngày hoặc xếp loại. Để trống là giữ mặc định.",
  },
  {
    key: "enabled",
    header: "Áp dụng",
    kind: yesNo,
    width: 75,
    note: "Bỏ dấu (Không) để không áp dụng chỉ báo này. Để trống là Có.",
  },
] as const satisfies readonly Column[];

/**
 * What a month of `Đảng phí` says (spec §2). An amount > 0 is paid too; `x` is what the quick entry writes
 * when no amount is given.
 */
export const DUES_WORDS = [
  { key: "paid", label: "x", aliases: ["Có", "Đã đóng", "true", "yes", "rồi"] },
  { key: "exempt", label: "Miễn" },
  { key: "excused", label: "Có lý do" },
  { key: "unpaid", label: "Không", aliases: ["Chưa đóng", "Chưa", "false", "no"] },
] as const satisfies readonly ListValue[];
export type DuesMark = (typeof DUES_WORDS)[number]["key"];

const twoDigits = (month: number) => String(month).padStart(2, "0");

/** `Tháng 1` … `Tháng 12`; `T1`, `T01` and `Tháng 01` also match. */
export const DUES_MONTH_COLUMNS = Array.from(
  { length: 12 },
  (_, index): Column => ({
    key: `month${index + 1}`,
    header: `Tháng ${index + 1}`,
    aliases: [`T${index + 1}`, `T${twoDigits(index + 1)}`, `Tháng ${twoDigits(index + 1)}`],
    kind: { type: "duesMark" },
    width: 72,
    note: `Đảng phí tháng ${index + 1}: số tiền đã đóng (ví dụ 50.000) hoặc x nếu đã đóng; Miễn nếu được miễn tháng này; Có lý do nếu chưa đóng vì lý do chính đáng; 0 hoặc Không nếu chưa đóng. Ô trống của tháng đã qua là chưa đóng.`,
  }),
);

export const DUES_COLUMNS: readonly Column[] = [
  {
    key: "name",
    header: "Họ và tên",
    kind: text,
    required: true,
    width: 190,
    note: "Họ và tên đảng viên, đúng như trong sheet Đảng viên; mỗi đảng viên một dòng.",
  },
  ...DUES_MONTH_COLUMNS,
  { key: "note", header: "Ghi chú", kind: text, width: 160, note: "Ghi chú tùy ý." },
];

export type SheetKey = "info" | "members" | "meetings" | "tasks" | "incidents" | "settings" | "dues";

export interface SheetSchema {
  readonly key: SheetKey;
  readonly title: string;
  readonly columns: readonly Column[];
  /** A missing tab is no problem (its absence has a meaning); any other missing tab is an error. */
  readonly optional: boolean;
}

export const SHEETS = {
  info: { key: "info", title: "Thông tin chung", columns: INFO_COLUMNS, optional: false },
  members: { key: "members", title: "Đảng viên", columns: MEMBER_COLUMNS, optional: false },
  meetings: { key: "meetings", title: "Sinh hoạt", columns: MEETING_COLUMNS, optional: false },
  tasks: { key: "tasks", title: "Nhiệm vụ", columns: TASK_COLUMNS, optional: false },
  incidents: { key: "incidents", title: "Sự việc", columns: INCIDENT_COLUMNS, optional: false },
  settings: { key: "settings", title: "Cấu hình", columns: SETTINGS_COLUMNS, optional: true },
  /** Optional, created only on the secretary's request (never by plain Khởi tạo): not in SHEET_ORDER. */
  dues: { key: "dues", title: "Đảng phí", columns: DUES_COLUMNS, optional: true },
} as const satisfies Record<SheetKey, SheetSchema>;

/** In the order the templates create them. */
export const SHEET_ORDER: readonly SheetKey[] = [
  "info",
  "members",
  "meetings",
  "tasks",
  "incidents",
  "settings",
];

/** Name of the generated year-end sheet. */
export function reportSheetName(year: number): string {
  return `Đánh giá ${year}`;
}

/** Name of the generated named list of member ratings (spec §9). */
export function ratingsSheetName(year: number): string {
  return `Xếp loại đảng viên ${year}`;
}

/** The header of a field, as the template writes it. */
export function headerOf(sheet: SheetKey, key: string): string {
  const column = (SHEETS[sheet].columns as readonly Column[]).find((candidate) => candidate.key === key);
  if (!column) throw new Error(`No column ${key} in ${sheet}`);
  return column.header;
}

/** Name of the superior committee's roll-up sheet (spec §10). */
export function rollupSheetName(year: number | null): string {
  return year === null ? "Tổng hợp" : `Tổng hợp ${year}`;
}

/** The superior committee's list of cells' shared evaluations, one link a row (the roll-up's input). */
export const CELL_LIST_COLUMNS = [
  {
    key: "link",
    header: "Đường liên kết",
    kind: text,
    required: true,
    width: 420,
    note: "Đường liên kết tới bảng đánh giá chi bộ đã chia sẻ (dán nguyên từ email chia sẻ của Google).",
  },
  { key: "note", header: "Ghi chú", kind: text, width: 240, note: "Ghi chú của cấp ủy (không bắt buộc)." },
] as const satisfies readonly Column[];

export const CELL_LIST_SHEET = { title: "Danh sách chi bộ", columns: CELL_LIST_COLUMNS } as const;
