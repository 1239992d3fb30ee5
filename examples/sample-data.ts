/**
 * A fictional cell's year 2024: Chi bộ Phòng Tư pháp huyện Tân An. Realistic, with a few flaws on
 * purpose so the evaluation has something to say: an 85-minute meeting, a task finished late, an
 * absentee typed without diacritics (a warning), a name that is no member (an error), in the year-end
 * review one self-review and one residence comment not in yet, and in the dues book one member two months
 * behind and one month exempted for a member in hardship.
 */

/** A cell as written: dates are [year, month, day]. */
export type SampleValue = string | number | boolean | readonly [number, number, number] | null;
export type SampleRow = Readonly<Record<string, SampleValue>>;

export const SAMPLE_INFO: Readonly<Record<string, SampleValue>> = {
  "Tên chi bộ": "Chi bộ Phòng Tư pháp huyện Tân An",
  "Đảng bộ cấp trên": "Đảng bộ Khối Chính quyền huyện Tân An",
  "Năm đánh giá": 2024,
  "Địa danh": "Tân An",
  "Bí thư": "Trần Thị Thu Hà",
  "Có chi ủy": true,
  "Xếp loại chi bộ": "Hoàn thành tốt nhiệm vụ",
  "Xếp loại cơ quan, đơn vị": "Hoàn thành tốt nhiệm vụ",
  "Tổng số CBCCVC, người lao động": 32,
  "Số CBCCVC hoàn thành tốt nhiệm vụ trở lên": 30,
  "Chào cờ đầu tuần": true,
  "Có quy chế làm việc": true,
  "Chỉ tiêu kết nạp đảng viên": 1,
  "Email cấp ủy cấp trên": "vanphong.dangbokhoi@tanan.example.vn",
};

const member = (
  name: string,
  birth: readonly [number, number, number],
  admitted: readonly [number, number, number],
  classification: string,
  extra: SampleRow = {},
): SampleRow => ({
  "Họ và tên": name,
  "Ngày sinh": birth,
  "Chức vụ": "Đảng viên",
  "Ngày vào Đảng": admitted,
  // Official twelve months after admission, as most are.
  "Ngày chính thức": [admitted[0] + 1, admitted[1], admitted[2]],
  "Cam kết tu dưỡng": "Tốt",
  "Xếp loại": classification,
  // The year-end review: the member's own proposed rating, the self-review and the residence comment.
  "Tự xếp loại": classification,
  "Bản kiểm điểm": true,
  "Nhận xét nơi cư trú": true,
  ...extra,
});

/** Not in the year-end review: no self-review, no residence comment. */
const NOT_REVIEWED: SampleRow = { "Tự xếp loại": "", "Bản kiểm điểm": "", "Nhận xét nơi cư trú": "" };

const XS = "Hoàn thành xuất sắc nhiệm vụ";
const TOT = "Hoàn thành tốt nhiệm vụ";
const HT = "Hoàn thành nhiệm vụ";

export const SAMPLE_MEMBERS: readonly SampleRow[] = [
  member("Trần Thị Thu Hà", [1978, 4, 12], [2003, 5, 19], XS, {
    "Chức vụ": "Bí thư",
    "Cam kết tu dưỡng": "Xuất sắc",
  }),
  member("Nguyễn Văn Bình", [1980, 9, 2], [2006, 2, 3], TOT, { "Chức vụ": "Phó Bí thư" }),
  member("Lê Hoàng Phúc", [1985, 1, 25], [2010, 12, 22], XS, {
    "Chức vụ": "Chi ủy viên",
    "Cam kết tu dưỡng": "Xuất sắc",
  }),
  member("Phạm Thị Lan", [1987, 6, 8], [2012, 3, 26], TOT),
  member("Võ Minh Tuấn", [1983, 11, 30], [2009, 9, 2], TOT),
  member("Đặng Thị Mỹ Linh", [1990, 2, 14], [2015, 7, 1], TOT),
  member("Huỳnh Quốc Khánh", [1988, 8, 19], [2014, 11, 7], TOT),
  // Proposed HTXSNV for herself; the cell rated her HTTNV (a difference, not a mistake).
  member("Bùi Thị Hồng Nhung", [1992, 12, 5], [2018, 5, 19], TOT, { "Tự xếp loại": XS }),
  member("Ngô Đức Thắng", [1979, 3, 27], [2004, 8, 19], TOT),
  member("Dương Thị Kim Oanh", [1991, 7, 21], [2017, 2, 3], XS, { "Cam kết tu dưỡng": "Xuất sắc" }),
  member("Trương Văn Lợi", [1975, 10, 10], [2001, 6, 15], TOT),
  member("Lý Thị Thanh Hương", [1989, 5, 3], [2016, 10, 20], TOT),
  member("Phan Thanh Sơn", [1986, 4, 18], [2013, 9, 2], TOT),
  member("Mai Thị Ngọc Ánh", [1993, 9, 9], [2019, 3, 8], TOT),
  member("Đỗ Văn Hậu", [1984, 2, 22], [2011, 12, 22], HT, { "Cam kết tu dưỡng": "Tốt" }),
  member("Hồ Thị Bích Trâm", [1994, 1, 17], [2020, 5, 19], TOT),
  member("Cao Minh Nhật", [1990, 6, 30], [2016, 2, 3], TOT),
  // Has not handed in her self-review yet.
  member("Tạ Thị Diễm My", [1995, 11, 11], [2021, 9, 2], TOT, { "Tự xếp loại": "", "Bản kiểm điểm": "" }),
  member("Lâm Quang Vinh", [1982, 8, 8], [2008, 5, 19], HT),
  // The comment of the cell where she lives has not arrived yet.
  member("Châu Thị Thảo", [1996, 3, 15], [2022, 7, 27], TOT, { "Nhận xét nơi cư trú": "" }),
  member("Vương Đình Khoa", [1987, 12, 24], [2014, 4, 30], TOT, {
    "Ngày chuyển đến": [2024, 4, 1],
    "Ghi chú": "Chuyển đến từ Chi bộ Phòng Nội vụ",
  }),
  member("Nguyễn Thị Hoa", [1958, 7, 7], [1985, 2, 3], "", {
    ...NOT_REVIEWED,
    "Miễn sinh hoạt": true,
    "Cam kết tu dưỡng": "",
    "Ghi chú": "Miễn sinh hoạt do tuổi cao, sức yếu",
  }),
  member("Trịnh Văn Toàn", [1985, 5, 5], [2012, 8, 19], "", {
    ...NOT_REVIEWED,
    "Ngày chuyển đi": [2024, 9, 30],
    "Ghi chú": "Chuyển sinh hoạt về Chi bộ UBND xã Tân Lập",
  }),
  member("Lưu Thị Kim Chi", [1997, 10, 2], [2023, 6, 10], TOT, {
    "Ngày chính thức": [2024, 6, 20],
    "Ghi chú": "Kết nạp 10/6/2023, chính thức 20/6/2024",
  }),
  member("Kiều Anh Tú", [1998, 4, 4], [2024, 3, 15], TOT, {
    "Ngày chính thức": null,
    "Ghi chú": "Đảng viên dự bị, kết nạp trong năm",
  }),
  member("Đinh Thị Hải Yến", [1996, 8, 26], [2024, 1, 10], TOT, {
    "Ngày chính thức": null,
    "Ghi chú": "Đảng viên dự bị",
  }),
];

const REGULAR = "Thường kỳ";
/* Cell meetings carry no `Có mặt` here: make-sample counts it from the roster of the day minus the absentees. */

/** The month's regular meeting, with its committee meeting a few days before. */
function monthMeetings(
  day: readonly [number, number, number],
  fields: SampleRow,
  committeeDaysBefore = 3,
): SampleRow[] {
  const committeeDay = new Date(Date.UTC(day[0], day[1] - 1, day[2] - committeeDaysBefore));
  return [
    {
      Ngày: [committeeDay.getUTCFullYear(), committeeDay.getUTCMonth() + 1, committeeDay.getUTCDate()],
      Loại: "Chi ủy",
      "Nội dung": "Chi ủy họp chuẩn bị nội dung sinh hoạt chi bộ",
      "Thời lượng (phút)": 60,
      "Triệu tập": 3,
      "Có mặt": 3,
      "Biên bản": true,
    },
    {
      Ngày: day,
      Loại: REGULAR,
      "Thời lượng (phút)": 120,

      "Xếp loại": "Tốt",
      "Biên bản": true,
      ...fields,
    },
  ];
}

export const SAMPLE_MEETINGS: readonly SampleRow[] = [
  ...monthMeetings([2024, 1, 5], {
    "Nội dung": "Triển khai nghị quyết, chương trình công tác năm 2024",
    "Vắng có lý do": "Phan Thanh Sơn (công tác)",
  }),
  ...monthMeetings([2024, 3, 1], {
    Tháng: 2,
    "Nội dung": "Sinh hoạt tháng 2 (lùi sau Tết Giáp Thìn): kiểm điểm công tác tháng",

    "Vắng có lý do": "Mai Thị Ngọc Ánh (ốm); Hồ Thị Bích Trâm (nghỉ phép)",
    Điểm: 92,
  }),
  ...monthMeetings([2024, 3, 26], {
    Loại: "Thường kỳ kết hợp chuyên đề",
    "Nội dung": "Chuyên đề quý I: học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Thời lượng (phút)": 150,

    "Vắng có lý do": "Cao Minh Nhật",
  }),
  ...monthMeetings([2024, 4, 5], {
    "Nội dung": "Kiểm điểm công tác tháng 3, triển khai nhiệm vụ tháng 4",
    "Xếp loại": "Khá",
  }),
  ...monthMeetings([2024, 5, 6], {
    "Nội dung": "Kiểm điểm công tác tháng 4; công tác cải cách hành chính",

    "Vắng không lý do": "Lâm Quang Vinh",
  }),
  ...monthMeetings([2024, 6, 5], {
    "Nội dung": "Sơ kết công tác pháp chế, hòa giải 6 tháng",

    // The secretary typed this name without diacritics: matched, with a warning.
    "Vắng có lý do": "Huynh Quoc Khanh",
  }),
  ...monthMeetings([2024, 7, 5], {
    "Nội dung": "Sơ kết 6 tháng đầu năm, phương hướng 6 tháng cuối năm",
    "Thời lượng (phút)": 85,

    "Xếp loại": "Khá",
  }),
  ...monthMeetings([2024, 8, 5], {
    "Nội dung": "Kiểm điểm công tác tháng 7; công tác phổ biến, giáo dục pháp luật",

    // Not a member of the cell: an error for the secretary to fix.
    "Vắng có lý do": "Lê Văn Tám",
  }),
  ...monthMeetings([2024, 9, 5], { "Nội dung": "Kiểm điểm công tác tháng 8; chuẩn bị Đại hội chi bộ" }),
  ...monthMeetings([2024, 10, 4], {
    "Nội dung": "Kiểm điểm công tác tháng 9; công tác hộ tịch, chứng thực",
    "Vắng có lý do": "Tạ Thị Diễm My (con ốm)",
  }),
  ...monthMeetings([2024, 11, 5], {
    "Nội dung": "Kiểm điểm công tác tháng 10; chuẩn bị tổng kết năm",
    Điểm: 95,
  }),
  ...monthMeetings([2024, 12, 5], {
    "Nội dung": "Kiểm điểm, đánh giá, xếp loại đảng viên năm 2024",
    "Thời lượng (phút)": 180,
  }),
  {
    Ngày: [2024, 5, 17],
    Loại: "Chuyên đề",
    "Nội dung": "Chuyên đề quý II: nâng cao chất lượng thẩm định văn bản quy phạm pháp luật",
    "Thời lượng (phút)": 120,

    "Vắng có lý do": "Võ Minh Tuấn (tập huấn)",
    "Xếp loại": "Tốt",
    "Biên bản": true,
  },
  {
    Ngày: [2024, 7, 19],
    Loại: "Bất thường",
    "Nội dung": "Xem xét, đề nghị chuyển đảng chính thức cho đồng chí Lưu Thị Kim Chi",
    "Thời lượng (phút)": 60,

    "Vắng có lý do": "Phạm Thị Lan; Ngô Đức Thắng",
    "Biên bản": true,
  },
  {
    Ngày: [2024, 8, 16],
    Loại: "Chuyên đề",
    "Nội dung": "Chuyên đề quý III: phòng, chống tham nhũng, tiêu cực trong hoạt động tư pháp",
    "Thời lượng (phút)": 120,

    "Xếp loại": "Tốt",
    "Biên bản": true,
  },
  {
    Ngày: [2024, 11, 15],
    Loại: "Chuyên đề",
    "Nội dung": "Chuyên đề quý IV: tác phong, lề lối làm việc của cán bộ, đảng viên",
    "Thời lượng (phút)": 120,

    "Vắng có lý do": "Đỗ Văn Hậu",
    "Xếp loại": "Tốt",
    "Biên bản": true,
  },
];

export const SAMPLE_TASKS: readonly SampleRow[] = [
  {
    "Nhiệm vụ, chỉ tiêu": "Thẩm định dự thảo văn bản quy phạm pháp luật của huyện",
    "Kế hoạch": 40,
    "Thực hiện": 46,
    Hạn: [2024, 12, 31],
    "Ngày hoàn thành": [2024, 12, 20],
  },
  {
    "Nhiệm vụ, chỉ tiêu": "Tổ chức hội nghị tuyên truyền, phổ biến pháp luật",
    "Kế hoạch": 24,
    "Thực hiện": 26,
    Hạn: [2024, 11, 30],
    "Ngày hoàn thành": [2024, 11, 25],
  },
  {
    "Nhiệm vụ, chỉ tiêu": "Tỷ lệ hồ sơ chứng thực trả kết quả trễ hạn dưới 2%",
    "Loại chỉ tiêu": "Tối đa",
    "Kế hoạch": 2,
    "Thực hiện": 0.8,
    Hạn: [2024, 12, 31],
  },
  {
    "Nhiệm vụ, chỉ tiêu": "Tỷ lệ hòa giải thành ở cơ sở từ 85% trở lên",
    "Kế hoạch": 85,
    "Thực hiện": 88.5,
    Hạn: [2024, 12, 31],
  },
  {
    "Nhiệm vụ, chỉ tiêu": "Số hóa sổ hộ tịch lưu trữ giai đoạn 2",
    "Kết quả": "Hoàn thành",
    Hạn: [2024, 6, 30],
    "Ngày hoàn thành": [2024, 7, 15],
    "Ghi chú": "Chậm do thiếu máy quét",
  },
  {
    "Nhiệm vụ, chỉ tiêu": "Kiện toàn các tổ hòa giải ở cơ sở",
    "Kết quả": "Vượt",
    Hạn: [2024, 9, 30],
    "Ngày hoàn thành": [2024, 9, 12],
  },
];

export const SAMPLE_INCIDENTS: readonly SampleRow[] = [
  {
    Ngày: [2024, 6, 12],
    Loại: "Kiểm tra",
    "Nội dung": "Kiểm tra việc chấp hành Điều lệ Đảng đối với 02 đảng viên",
    "Đảng viên liên quan": "Đỗ Văn Hậu, Lâm Quang Vinh",
    "Tình trạng": "Đã giải quyết",
  },
  {
    Ngày: [2024, 10, 8],
    Loại: "Giám sát",
    "Nội dung": "Giám sát chuyên đề việc thực hiện quy định về trách nhiệm nêu gương",
    "Tình trạng": "Đã giải quyết",
  },
  {
    Ngày: [2024, 8, 20],
    Loại: "Khiếu nại, tố cáo",
    "Nội dung": "Đơn phản ánh thái độ tiếp công dân tại bộ phận một cửa",
    "Tình trạng": "Đã giải quyết",
  },
];

/** One member's dues book row: `amount` each month from `from` to `to`, then the changes (month → mark). */
function duesRow(
  name: string,
  amount: number,
  months: { readonly from?: number; readonly to?: number } = {},
  changes: Readonly<Record<number, SampleValue>> = {},
  note = "",
): SampleRow {
  const row: Record<string, SampleValue> = { "Họ và tên": name };
  for (let month = months.from ?? 1; month <= (months.to ?? 12); month++) row[`Tháng ${month}`] = amount;
  for (const [month, mark] of Object.entries(changes)) row[`Tháng ${month}`] = mark;
  if (note) row["Ghi chú"] = note;
  return row;
}

/**
 * `Đảng phí` of 2024 (1% of salary, rounded; a retired member pays a fixed small amount): everyone pays
 * monthly except Cao Minh Nhật, two months behind at year end, and Hồ Thị Bích Trâm, exempted for August.
 * Members who joined or left in the year owe only their months (spec §3).
 */
export const SAMPLE_DUES: readonly SampleRow[] = [
  duesRow("Trần Thị Thu Hà", 95000),
  duesRow("Nguyễn Văn Bình", 90000),
  duesRow("Lê Hoàng Phúc", 75000),
  duesRow("Phạm Thị Lan", 70000),
  duesRow("Võ Minh Tuấn", 72000),
  duesRow("Đặng Thị Mỹ Linh", 60000),
  duesRow("Huỳnh Quốc Khánh", 65000),
  duesRow("Bùi Thị Hồng Nhung", 55000),
  duesRow("Ngô Đức Thắng", 85000),
  duesRow("Dương Thị Kim Oanh", 58000),
  duesRow("Trương Văn Lợi", 88000),
  duesRow("Lý Thị Thanh Hương", 62000),
  duesRow("Phan Thanh Sơn", 68000),
  duesRow("Mai Thị Ngọc Ánh", 52000),
  duesRow("Đỗ Văn Hậu", 66000),
  duesRow(
    "Hồ Thị Bích Trâm",
    50000,
    {},
    { 8: "Miễn" },
    "Chi bộ xét miễn đảng phí tháng 8: gia đình bị thiệt hại nặng do lũ",
  ),
  duesRow("Cao Minh Nhật", 60000, {}, { 11: "", 12: "" }, "Chưa đóng tháng 11 và 12"),
  duesRow("Tạ Thị Diễm My", 48000),
  duesRow("Lâm Quang Vinh", 80000),
  duesRow("Châu Thị Thảo", 45000),
  duesRow("Vương Đình Khoa", 64000, { from: 4 }, {}, "Chuyển đến từ tháng 4"),
  duesRow("Nguyễn Thị Hoa", 20000, {}, {}, "Hưu trí"),
  duesRow("Trịnh Văn Toàn", 70000, { to: 8 }, {}, "Chuyển đi 30/9; đã đóng đến tháng 8"),
  duesRow("Lưu Thị Kim Chi", 42000),
  duesRow("Kiều Anh Tú", 40000, { from: 3 }),
  duesRow("Đinh Thị Hải Yến", 42000),
];
