/**
 * The seed year as a workbook input (shared/seed/chi-bo-bon-tot-so-ngoai-vu-dong-nai.txt): Chi bộ Sở Ngoại
 * vụ Đồng Nai in 2023, with what the article leaves out filled in consistently with it (30 members, 5
 * HTXSNV and 25 HTTNV, everyone present bar excused absences, 120-minute meetings, minutes for each).
 */
import {
  date,
  type IncidentRow,
  type MeetingRow,
  type MemberRow,
  memberNames,
  officialMember,
  type TaskRow,
} from "./workbook";

export const YEAR = 2023;
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** The committee member the article names; the two others are the secretary and the deputy. */
const COMMITTEE_MEMBER = "Bùi Thị Tơ";
const names = [COMMITTEE_MEMBER, ...memberNames(29)];

const members: MemberRow[] = names.map((name, index) =>
  officialMember(name, {
    role: index === 0 ? "Chi ủy viên" : index === 1 ? "Bí thư" : index === 2 ? "Phó Bí thư" : "Đảng viên",
    admissionDate: date(1995 + (index % 20), 2, 3),
    officialDate: date(1996 + (index % 20), 2, 3),
    // "có 05 đảng viên hoàn thành xuất sắc nhiệm vụ"; the 25 others hoàn thành tốt.
    classification: index < 5 ? "Hoàn thành xuất sắc nhiệm vụ" : "Hoàn thành tốt nhiệm vụ",
    // "100% đảng viên ... được chi bộ đánh giá đạt mức độ tốt trở lên"
    commitment: index % 4 === 0 ? "Xuất sắc" : "Tốt",
    // The year-end review is complete: every self-review and residence comment is in.
    selfRating: index < 5 ? "Hoàn thành xuất sắc nhiệm vụ" : "Hoàn thành tốt nhiệm vụ",
    selfReview: "Có",
    residenceComment: "Có",
  }),
);

/** A cell meeting: all 30 summoned, present but for one or two excused absences. */
function cellMeeting(day: number, month: number, type: string, content: string): MeetingRow {
  const excused = [names[(month * 2) % 30], ...(month % 2 === 0 ? [names[(month * 2 + 1) % 30]] : [])];
  return {
    date: date(YEAR, month, day),
    type,
    content,
    minutes: 120,
    summoned: 30,
    present: 30 - excused.length,
    excused: excused.join(", "),
    level: "Tốt",
    hasMinutes: "Có",
  };
}

// "12 cuộc sinh hoạt thường kỳ, 4 cuộc sinh hoạt chuyên đề; thực hiện họp cấp ủy trước sinh hoạt
// Chi bộ được 12 cuộc. Các kỳ sinh hoạt chi bộ và sinh hoạt chuyên đề đều được đánh giá chất lượng tốt."
export const meetings: MeetingRow[] = MONTHS.flatMap((month) => [
  {
    date: date(YEAR, month, 3),
    type: "Chi ủy",
    content: `Chuẩn bị nội dung sinh hoạt chi bộ tháng ${month}`,
    summoned: 3,
    present: 3,
    hasMinutes: "Có",
  },
  cellMeeting(8, month, "Thường kỳ", `Sinh hoạt chi bộ thường kỳ tháng ${month}/${YEAR}`),
  ...(month % 3 === 0
    ? [
        cellMeeting(
          20,
          month,
          "Chuyên đề",
          `Sinh hoạt chuyên đề quý ${month / 3}: giải pháp xây dựng "Chi bộ 4 tốt"`,
        ),
      ]
    : []),
]);

const tasks: TaskRow[] = [
  {
    title: 'Đăng ký và thực hiện mô hình "Dân vận khéo" về cải cách hành chính',
    deadline: date(YEAR, 12, 15),
    completedDate: date(YEAR, 11, 30),
    outcome: "Vượt",
  },
  {
    title: 'Triển khai mô hình "Chi bộ bốn tốt" theo Hướng dẫn 05-HD/ĐUK',
    deadline: date(YEAR, 12, 31),
    completedDate: date(YEAR, 12, 20),
    outcome: "Hoàn thành",
  },
  {
    title: "Đảng viên xây dựng và thực hiện cam kết tu dưỡng, rèn luyện",
    planned: 30,
    achieved: 30,
    deadline: date(YEAR, 12, 31),
  },
];

// "thực hiện tốt công tác kiểm tra, giám sát"; no violation, no complaint.
const incidents: IncidentRow[] = [
  {
    date: date(YEAR, 6, 15),
    type: "Kiểm tra",
    content: "Kiểm tra việc thực hiện quy chế làm việc của chi bộ",
    state: "Đã giải quyết",
  },
  {
    date: date(YEAR, 10, 12),
    type: "Giám sát",
    content: "Giám sát việc thực hiện cam kết tu dưỡng, rèn luyện của đảng viên",
    state: "Đã giải quyết",
  },
];

export const seed = {
  info: {
    unitName: "Chi bộ Sở Ngoại vụ",
    superior: "Đảng bộ Khối các cơ quan tỉnh",
    year: YEAR,
    place: "Biên Hòa",
    hasCommittee: "Có",
    cellRating: "Hoàn thành tốt nhiệm vụ",
    // "tập thể Sở Ngoại vụ được xếp loại Hoàn thành xuất sắc nhiệm vụ; 36 công chức, viên chức,
    // người lao động của đơn vị đều đạt từ hoàn thành tốt nhiệm vụ trở lên"
    agencyRating: "Hoàn thành xuất sắc nhiệm vụ",
    staffTotal: 36,
    staffGood: 36,
    flagSalute: "Có",
    workingRules: "Có",
  },
  members,
  meetings,
  tasks,
  incidents,
};
