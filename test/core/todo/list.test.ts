/** The to-do list (spec §8), one `describe` per kind with its boundaries, each case a change to the good year. */
import { describe, expect, it } from "vitest";
import {
  assess,
  type CalendarDate,
  headerOf,
  SHEETS,
  type TodoItem,
  type TodoKind,
} from "../../../src/core/index";
import { goodDues } from "../../support/dues";
import { assessed } from "../../support/tables";
import {
  goodYear as baseGoodYear,
  date,
  GOOD_MEMBERS,
  GOOD_YEAR,
  type GoodYearPatch,
  goodMeeting,
  type MeetingRow,
  type MemberRow,
  officialMember,
  run,
  type SettingRow,
  type WorkbookInput,
  workbook,
} from "../../support/workbook";

/** The good year with every member's self-review and residence comment in, so the year-end file is complete. */
function goodYear(patch: GoodYearPatch = {}) {
  const year = baseGoodYear(patch);
  return {
    ...year,
    members: year.members.map((member) => ({ selfReview: "Có", residenceComment: "Có", ...member })),
  };
}

const at = (month: number, day: number, year = GOOD_YEAR) => date(year, month, day);

/** The list as of the date given (today, uncapped). */
const todo = (input: WorkbookInput, given: CalendarDate): readonly TodoItem[] =>
  run(input, { today: given }).evaluation.todo;
const ofKind = (input: WorkbookInput, given: CalendarDate, kind: TodoKind) =>
  todo(input, given).filter((item) => item.kind === kind);

const sameDay = (value: unknown, day: CalendarDate) => JSON.stringify(value) === JSON.stringify(day);
/** The good year's meetings without the one of that type on that day. */
const withoutMeeting = (type: string, day: CalendarDate, extra: MeetingRow[] = []) =>
  goodYear({
    meetings: [
      ...goodYear().meetings.filter((meeting) => !(meeting.type === type && sameDay(meeting.date, day))),
      ...extra,
    ],
  });
const off = (code: string): SettingRow => ({ code, enabled: "Không" });

describe("dates outside the year", () => {
  it("lists nothing when the date given is before 1 January of the year", () => {
    const input = withoutMeeting("Thường kỳ", at(1, 10));
    expect(todo(input, at(12, 31, GOOD_YEAR - 1))).toEqual([]);
    expect(todo(input, at(1, 1))).not.toEqual([]);
  });

  it("lists only the year-end file after 31 December, overdue against the date given", () => {
    const input = withoutMeeting("Thường kỳ", at(12, 10), [
      { ...goodMeeting(at(12, 28), "Bất thường"), hasMinutes: "" },
    ]);
    const unrated = goodYear().members.map((member, index) =>
      index === 3 ? { ...member, classification: "" } : member,
    );
    const items = todo({ ...input, members: unrated }, at(1, 15, GOOD_YEAR + 1));
    expect(items.map((item) => item.kind)).toEqual(["year-end"]);
    expect(items[0]).toMatchObject({
      due: `${GOOD_YEAR}-12-31`,
      overdue: true,
      sheet: "Đảng viên",
      row: null,
    });
    // Capped at 31/12 the same items are due that day, not overdue.
    expect(
      todo({ ...input, members: unrated }, at(12, 31)).find((item) => item.kind === "year-end"),
    ).toMatchObject({ overdue: false });
  });

  it("gives each item the fields of §8, in its order", () => {
    const items = todo(withoutMeeting("Thường kỳ", at(7, 10)), at(8, 1));
    for (const item of items) {
      expect(Object.keys(item)).toEqual(["kind", "due", "overdue", "subject", "message", "sheet", "row"]);
    }
  });

  it("is part of the result and changes no status", () => {
    const input = withoutMeeting("Thường kỳ", at(7, 10));
    const { evaluation } = run(input, { today: at(8, 1) });
    expect(evaluation.todo.length).toBeGreaterThan(0);
    const sh1 = evaluation.criteria.flatMap((c) => c.indicators).find((i) => i.id === "SH1");
    expect(sh1).toMatchObject({ status: "fail", value: 6, threshold: 7 });
  });
});

describe("regular-meeting", () => {
  const input = withoutMeeting("Thường kỳ", at(7, 10));

  it("lists the month on its last day, due that day and not yet overdue", () => {
    expect(ofKind(input, at(7, 31), "regular-meeting")).toEqual([
      {
        kind: "regular-meeting",
        due: `${GOOD_YEAR}-07-31`,
        overdue: false,
        subject: "Tháng 7",
        message: `Tổ chức sinh hoạt thường kỳ tháng 7/${GOOD_YEAR}, chậm nhất ngày 31/07/${GOOD_YEAR}.`,
        sheet: "Sinh hoạt",
        row: null,
      },
    ]);
  });

  it("the day after, the elapsed month is overdue and the new month is due", () => {
    const items = ofKind(input, at(8, 1), "regular-meeting");
    expect(items.map((item) => [item.subject, item.due, item.overdue])).toEqual([
      ["Tháng 7", `${GOOD_YEAR}-07-31`, true],
      ["Tháng 8", `${GOOD_YEAR}-08-31`, false],
    ]);
    expect(items[0]?.message).toBe(
      `Chi bộ chưa có buổi sinh hoạt thường kỳ tháng 7/${GOOD_YEAR} (hạn 31/07/${GOOD_YEAR}): ghi buổi đã họp vào sheet Sinh hoạt, hoặc tổ chức sinh hoạt thường kỳ bù ngay.`,
    );
  });

  it("counts a meeting held the next month that stands for its month by Tháng, and a combined one", () => {
    const late = { ...goodMeeting(at(8, 2), "Thường kỳ"), month: 7 };
    expect(ofKind(withoutMeeting("Thường kỳ", at(7, 10), [late]), at(8, 15), "regular-meeting")).toEqual([]);
    const combined = goodMeeting(at(7, 25), "Thường kỳ kết hợp chuyên đề");
    expect(ofKind(withoutMeeting("Thường kỳ", at(7, 10), [combined]), at(7, 31), "regular-meeting")).toEqual(
      [],
    );
  });

  it("lists this month before its meeting is held", () => {
    expect(ofKind(goodYear(), at(7, 9), "regular-meeting").map((item) => item.subject)).toEqual(["Tháng 7"]);
    expect(ofKind(goodYear(), at(7, 10), "regular-meeting")).toEqual([]);
  });

  it("is hidden when SH1 is turned off in Cấu hình", () => {
    expect(ofKind({ ...input, settings: [off("SH1")] }, at(8, 1), "regular-meeting")).toEqual([]);
  });
});

describe("thematic-meeting", () => {
  const input = withoutMeeting("Chuyên đề", at(6, 20));

  it("lists the quarter on its last day, due that day and not yet overdue", () => {
    expect(ofKind(input, at(6, 30), "thematic-meeting")).toEqual([
      {
        kind: "thematic-meeting",
        due: `${GOOD_YEAR}-06-30`,
        overdue: false,
        subject: "Quý 2",
        message: `Tổ chức sinh hoạt chuyên đề quý 2/${GOOD_YEAR}, chậm nhất ngày 30/06/${GOOD_YEAR}.`,
        sheet: "Sinh hoạt",
        row: null,
      },
    ]);
  });

  it("the day after, the elapsed quarter is overdue and the new quarter is due", () => {
    expect(
      ofKind(input, at(7, 1), "thematic-meeting").map((item) => [item.subject, item.due, item.overdue]),
    ).toEqual([
      ["Quý 2", `${GOOD_YEAR}-06-30`, true],
      ["Quý 3", `${GOOD_YEAR}-09-30`, false],
    ]);
  });

  it("counts a combined meeting of the quarter", () => {
    const combined = goodMeeting(at(5, 15), "Thường kỳ kết hợp chuyên đề");
    expect(ofKind(withoutMeeting("Chuyên đề", at(6, 20), [combined]), at(7, 1), "thematic-meeting")).toEqual([
      expect.objectContaining({ subject: "Quý 3" }),
    ]);
  });

  it("is hidden when SH2 is turned off in Cấu hình", () => {
    expect(ofKind({ ...input, settings: [off("SH2")] }, at(7, 1), "thematic-meeting")).toEqual([]);
  });
});

describe("committee-meeting", () => {
  it("lists the preparation meeting while the month's regular meeting is not held and the committee has not met", () => {
    expect(ofKind(goodYear(), at(5, 4), "committee-meeting")).toEqual([
      {
        kind: "committee-meeting",
        due: `${GOOD_YEAR}-05-31`,
        overdue: false,
        subject: "Tháng 5",
        message: `Họp chi ủy chuẩn bị nội dung sinh hoạt chi bộ thường kỳ tháng 5/${GOOD_YEAR} trước buổi sinh hoạt, chậm nhất ngày 31/05/${GOOD_YEAR}.`,
        sheet: "Sinh hoạt",
        row: null,
      },
    ]);
  });

  it("is done by a committee meeting on the date given, and by the month's regular meeting", () => {
    expect(ofKind(goodYear(), at(5, 5), "committee-meeting")).toEqual([]);
    expect(ofKind(goodYear(), at(5, 10), "committee-meeting")).toEqual([]);
  });

  it("accepts a committee meeting exactly 30 days before the date given, not 31", () => {
    const without = (extra: CalendarDate) =>
      withoutMeeting("Chi ủy", at(5, 5), [{ date: extra, type: "Chi ủy" }]);
    // 31/05 − 30 days = 01/05, after the April regular meeting of 10/04.
    const regularLate = (input: WorkbookInput) => ({
      ...input,
      meetings: (input.meetings ?? []).filter(
        (meeting) => !(meeting.type === "Thường kỳ" && sameDay(meeting.date, at(5, 10))),
      ),
    });
    expect(ofKind(regularLate(without(at(5, 1))), at(5, 31), "committee-meeting")).toEqual([]);
    expect(ofKind(regularLate(without(at(4, 30))), at(5, 31), "committee-meeting")).toHaveLength(1);
  });

  it("does not count a committee meeting held before the last regular meeting", () => {
    const early = withoutMeeting("Chi ủy", at(5, 5), [{ date: at(4, 8), type: "Chi ủy" }]);
    expect(ofKind(early, at(5, 4), "committee-meeting")).toHaveLength(1);
  });

  it("is not listed when the cell has no committee, or when SH3 is turned off", () => {
    expect(ofKind(goodYear({ info: { hasCommittee: "Không" } }), at(5, 4), "committee-meeting")).toEqual([]);
    expect(ofKind(goodYear({ info: { hasCommittee: "" } }), at(5, 4), "committee-meeting")).toEqual([]);
    expect(ofKind(goodYear({ settings: [off("SH3")] }), at(5, 4), "committee-meeting")).toEqual([]);
  });
});

describe("absence", () => {
  const absent = GOOD_MEMBERS[4];
  const absentRow = 6;
  /** The good year with `absent` unexcused at the regular meetings of these months. */
  const absentIn = (
    months: readonly number[],
    patch: { settings?: SettingRow[]; members?: MemberRow[] } = {},
  ) =>
    goodYear({
      ...patch,
      meetings: goodYear().meetings.map((meeting) =>
        meeting.type === "Thường kỳ" && months.some((month) => sameDay(meeting.date, at(month, 10)))
          ? { ...meeting, present: 9, unexcused: absent }
          : meeting,
      ),
    });

  it("lists a member one month short of the three-month rule, at the member's row", () => {
    expect(ofKind(absentIn([2, 5]), at(6, 30), "absence")).toEqual([
      {
        kind: "absence",
        due: null,
        overdue: false,
        subject: absent,
        message: `Đồng chí ${absent} đã vắng sinh hoạt không lý do 2 tháng trong năm (tháng 2, 5), vắng thêm một tháng nữa sẽ phải xem xét xóa tên: chi ủy cần gặp, nhắc nhở đồng chí trước kỳ sinh hoạt tới.`,
        sheet: "Đảng viên",
        row: absentRow,
      },
    ]);
  });

  it("says the rule applies once the member reaches three months", () => {
    const [item] = ofKind(absentIn([2, 5, 6]), at(6, 30), "absence");
    expect(item?.message).toBe(
      `Đồng chí ${absent} đã bỏ sinh hoạt không có lý do chính đáng 3 tháng trong năm (tháng 2, 5, 6): chi bộ cần xem xét, đề nghị xóa tên theo Điều lệ Đảng ngay trong kỳ sinh hoạt tới.`,
    );
  });

  it("does not list a single month, nor months after the date given", () => {
    expect(ofKind(absentIn([2]), at(6, 30), "absence")).toEqual([]);
    expect(ofKind(absentIn([2, 7]), at(6, 30), "absence")).toEqual([]);
  });

  it("follows the KL5 threshold of Cấu hình", () => {
    const settings = [{ code: "KL5", threshold: "4" }];
    expect(ofKind(absentIn([2, 5], { settings }), at(6, 30), "absence")).toEqual([]);
    expect(ofKind(absentIn([2, 5, 6], { settings }), at(6, 30), "absence")[0]?.message).toContain(
      "vắng thêm một tháng nữa",
    );
  });

  it("leaves out a member no longer on the roster", () => {
    const members = goodYear().members.map((member) =>
      member.name === absent ? { ...member, transferOutDate: at(6, 1) } : member,
    );
    expect(ofKind(absentIn([2, 5], { members }), at(6, 30), "absence")).toEqual([]);
  });

  it("is hidden when KL5 is turned off in Cấu hình", () => {
    expect(ofKind(absentIn([2, 5, 6], { settings: [off("KL5")] }), at(6, 30), "absence")).toEqual([]);
  });
});

describe("probation", () => {
  const name = "Trịnh Thị Dự";
  /** A probationary member admitted on `admitted`, added after the good year's ten (row 12). */
  const probationary = (admitted: CalendarDate, patch: MemberRow = {}, settings: SettingRow[] = []) =>
    goodYear({
      members: [
        ...goodYear().members.filter((member) => member.name !== "Ngô Thị Lan"),
        officialMember(name, { admissionDate: admitted, officialDate: "", ...patch }),
      ],
      settings,
    });

  it("lists a probation ending exactly 60 days after the date given, not 61", () => {
    // Given 01/03/2024: + 60 days = 30/04/2024.
    expect(ofKind(probationary(at(4, 30, GOOD_YEAR - 1)), at(3, 1), "probation")).toEqual([
      {
        kind: "probation",
        due: `${GOOD_YEAR}-06-11`,
        overdue: false,
        subject: name,
        message: `Đồng chí ${name} sẽ hết thời gian dự bị ngày 30/04/${GOOD_YEAR}: chuẩn bị hồ sơ để chi bộ xét chuyển đảng viên chính thức, chậm nhất ngày 11/06/${GOOD_YEAR}.`,
        sheet: "Đảng viên",
        row: 11,
      },
    ]);
    expect(ofKind(probationary(at(5, 1, GOOD_YEAR - 1)), at(3, 1), "probation")).toEqual([]);
  });

  it("is due DV5's days after the end, and overdue the day after that", () => {
    const input = probationary(at(3, 14, GOOD_YEAR - 1));
    // 14/03/2024 + 42 days = 25/04/2024.
    expect(ofKind(input, at(4, 25), "probation")[0]).toMatchObject({
      due: `${GOOD_YEAR}-04-25`,
      overdue: false,
    });
    expect(ofKind(input, at(4, 25), "probation")[0]?.message).toBe(
      `Đồng chí ${name} đã hết thời gian dự bị từ ngày 14/03/${GOOD_YEAR}: chi bộ cần họp xét chuyển đảng viên chính thức, chậm nhất ngày 25/04/${GOOD_YEAR}.`,
    );
    const [late] = ofKind(input, at(4, 26), "probation");
    expect(late).toMatchObject({ overdue: true });
    expect(late?.message).toBe(
      `Đồng chí ${name} hết thời gian dự bị từ ngày 14/03/${GOOD_YEAR}: chi bộ cần xét chuyển đảng viên chính thức ngay, vì đã quá hạn ngày 25/04/${GOOD_YEAR}, và ghi Ngày chính thức khi có quyết định.`,
    );
  });

  it("takes DV5's days from Cấu hình", () => {
    const input = probationary(at(3, 14, GOOD_YEAR - 1), {}, [{ code: "DV5", threshold: "30" }]);
    expect(ofKind(input, at(4, 1), "probation")[0]).toMatchObject({ due: `${GOOD_YEAR}-04-13` });
  });

  it("leaves out members already official, probations ended before the year, and members who left", () => {
    const given = at(3, 1);
    expect(
      ofKind(probationary(at(3, 14, GOOD_YEAR - 1), { officialDate: at(3, 14) }), given, "probation"),
    ).toEqual([]);
    expect(ofKind(probationary(at(12, 31, GOOD_YEAR - 2)), given, "probation")).toEqual([]);
    expect(ofKind(probationary(at(1, 1, GOOD_YEAR - 1)), given, "probation")).toHaveLength(1);
    const left = probationary(at(3, 14, GOOD_YEAR - 1), { transferOutDate: at(2, 1) });
    expect(ofKind(left, given, "probation")).toEqual([]);
  });

  it("is hidden when DV5 is turned off in Cấu hình", () => {
    expect(ofKind(probationary(at(3, 14, GOOD_YEAR - 1), {}, [off("DV5")]), at(4, 1), "probation")).toEqual(
      [],
    );
  });
});

describe("minutes", () => {
  /** The good year with the May regular meeting (row 16) kept without minutes. */
  const input = goodYear({
    meetings: goodYear().meetings.map((meeting) =>
      meeting.type === "Thường kỳ" && sameDay(meeting.date, at(5, 10))
        ? { ...meeting, hasMinutes: "" }
        : meeting,
    ),
  });
  const row = goodYear().meetings.findIndex((m) => m.type === "Thường kỳ" && sameDay(m.date, at(5, 10))) + 2;

  it("lists a meeting 29 days before the date given, not one 30 days before", () => {
    // 10/05 + 29 days = 08/06.
    expect(ofKind(input, at(6, 8), "minutes")).toEqual([
      {
        kind: "minutes",
        due: `${GOOD_YEAR}-05-17`,
        overdue: true,
        subject: `10/05/${GOOD_YEAR}`,
        message: `Hoàn thiện biên bản buổi sinh hoạt thường kỳ ngày 10/05/${GOOD_YEAR} ngay, vì đã quá hạn ngày 17/05/${GOOD_YEAR}, rồi đánh dấu cột Biên bản ở dòng ${row} sheet Sinh hoạt.`,
        sheet: "Sinh hoạt",
        row,
      },
    ]);
    expect(ofKind(input, at(6, 9), "minutes")).toEqual([]);
  });

  it("is due 7 days after the meeting", () => {
    expect(ofKind(input, at(5, 17), "minutes")[0]).toMatchObject({
      due: `${GOOD_YEAR}-05-17`,
      overdue: false,
    });
    expect(ofKind(input, at(5, 10), "minutes")[0]?.message).toBe(
      `Hoàn thiện biên bản buổi sinh hoạt thường kỳ ngày 10/05/${GOOD_YEAR} rồi đánh dấu cột Biên bản ở dòng ${row} sheet Sinh hoạt, chậm nhất ngày 17/05/${GOOD_YEAR}.`,
    );
  });

  it("leaves out committee meetings and meetings after the date given", () => {
    const committee = withoutMeeting("Chi ủy", at(5, 5), [
      { date: at(5, 5), type: "Chi ủy", hasMinutes: "" },
    ]);
    expect(ofKind(committee, at(5, 20), "minutes")).toEqual([]);
    expect(ofKind(input, at(5, 9), "minutes")).toEqual([]);
  });

  it("is hidden when SH8 is turned off in Cấu hình", () => {
    expect(ofKind({ ...input, settings: [off("SH8")] }, at(5, 20), "minutes")).toEqual([]);
  });
});

describe("dues", () => {
  const debtor = GOOD_MEMBERS[3];
  const withDues = (months: Readonly<Record<number, string>>, settings: SettingRow[] = []) => ({
    ...goodYear({ settings }),
    dues: goodDues({ [debtor]: months }),
  });

  it("lists a member one month short of the three-month rule, at the member's row of Đảng phí", () => {
    expect(ofKind(withDues({ 2: "Không", 4: "" }), at(6, 30), "dues")).toEqual([
      {
        kind: "dues",
        due: null,
        overdue: false,
        subject: debtor,
        message: `Đồng chí ${debtor} chưa đóng đảng phí 2 tháng trong năm (tháng 2, 4), thêm một tháng nữa sẽ phải xem xét xóa tên: chi ủy cần nhắc đồng chí đóng bù ngay.`,
        sheet: "Đảng phí",
        row: 5,
      },
    ]);
  });

  it("says the rule applies at three unpaid months, not counting Có lý do, Miễn or months not elapsed", () => {
    expect(ofKind(withDues({ 2: "Không", 4: "", 5: "0" }), at(6, 30), "dues")[0]?.message).toBe(
      `Đồng chí ${debtor} không đóng đảng phí 3 tháng trong năm mà không có lý do chính đáng (tháng 2, 4, 5): chi bộ cần xem xét, đề nghị xóa tên theo Điều lệ Đảng ngay trong kỳ sinh hoạt tới.`,
    );
    expect(ofKind(withDues({ 2: "Không", 4: "Có lý do", 5: "Miễn" }), at(6, 30), "dues")).toEqual([]);
    expect(ofKind(withDues({ 2: "Không", 7: "" }), at(7, 30), "dues")).toEqual([]);
    expect(ofKind(withDues({ 2: "Không", 7: "" }), at(7, 31), "dues")).toHaveLength(1);
  });

  it("follows the KL6 threshold of Cấu hình, and is hidden when KL6 is turned off", () => {
    const four = [{ code: "KL6", threshold: "4" }];
    expect(ofKind(withDues({ 2: "Không", 4: "" }, four), at(6, 30), "dues")).toEqual([]);
    expect(ofKind(withDues({ 2: "Không", 4: "", 5: "" }, four), at(6, 30), "dues")[0]?.message).toContain(
      "thêm một tháng nữa",
    );
    expect(ofKind(withDues({ 2: "Không", 4: "", 5: "" }, [off("KL6")]), at(6, 30), "dues")).toEqual([]);
  });

  it("lists nothing when the workbook keeps no Đảng phí", () => {
    expect(ofKind(goodYear(), at(12, 31), "dues")).toEqual([]);
  });
});

describe("year-end", () => {
  const names = ["Lý Văn Một", "Lý Văn Hai", "Lý Văn Ba", "Lý Văn Bốn", "Lý Văn Năm", "Lý Văn Sáu"];
  const unrated = goodYear({
    members: [
      ...goodYear().members,
      ...names.map((name) => officialMember(name, { classification: "" })),
      officialMember("Lý Văn Miễn", { classification: "", exempt: "Có" }),
    ],
  });

  it("lists nothing on 31 October, and the year-end file from 1 November", () => {
    expect(ofKind(unrated, at(10, 31), "year-end")).toEqual([]);
    expect(ofKind(unrated, at(11, 1), "year-end")).toEqual([
      {
        kind: "year-end",
        due: `${GOOD_YEAR}-12-31`,
        overdue: false,
        subject: null,
        message: `Còn 6 đảng viên chưa được xếp loại chất lượng năm ${GOOD_YEAR} (Lý Văn Một, Lý Văn Hai, Lý Văn Ba, Lý Văn Bốn, Lý Văn Năm và 1 đảng viên khác): chi bộ họp xét, xếp loại rồi ghi vào cột Xếp loại, chậm nhất ngày 31/12/${GOOD_YEAR}.`,
        sheet: "Đảng viên",
        row: null,
      },
    ]);
  });

  it("lists nothing when the file is complete", () => {
    expect(ofKind(goodYear(), at(12, 31), "year-end")).toEqual([]);
  });

  it("lists commitments not rated, a blank Xếp loại chi bộ and tasks without a result, whatever their deadline", () => {
    const input = goodYear({
      info: { cellRating: "" },
      members: goodYear().members.map((member, index) =>
        index === 2 ? { ...member, commitment: "" } : member,
      ),
      tasks: [
        ...goodYear().tasks,
        { title: "Phát triển đảng viên mới", planned: 2, deadline: at(12, 31, GOOD_YEAR + 1) },
        { title: "Xây dựng tủ sách", planned: 1, achieved: 1 },
      ],
    });
    expect(ofKind(input, at(11, 15), "year-end").map((item) => [item.sheet, item.message])).toEqual([
      [
        "Đảng viên",
        `Còn 1 đảng viên chưa được đánh giá việc thực hiện cam kết tu dưỡng, rèn luyện (${GOOD_MEMBERS[2]}): ghi mức đánh giá vào cột Cam kết tu dưỡng, chậm nhất ngày 31/12/${GOOD_YEAR}.`,
      ],
      [
        "Thông tin chung",
        `Ghi kết quả xếp loại chất lượng của chi bộ năm ${GOOD_YEAR} vào mục Xếp loại chi bộ của sheet Thông tin chung, chậm nhất ngày 31/12/${GOOD_YEAR}.`,
      ],
      [
        "Nhiệm vụ",
        `Còn 1 nhiệm vụ, chỉ tiêu của nghị quyết năm chưa có kết quả (Phát triển đảng viên mới): ghi Kết quả, hoặc cả Kế hoạch và Thực hiện, chậm nhất ngày 31/12/${GOOD_YEAR}.`,
      ],
    ]);
  });

  it("lists self-reviews and residence comments not in, when those columns exist", () => {
    const members = goodYear().members.map((member, index) =>
      index === 1
        ? { ...member, selfReview: "" }
        : index === 5
          ? { ...member, residenceComment: "Không" }
          : member,
    );
    expect(ofKind(goodYear({ members }), at(11, 1), "year-end").map((item) => item.message)).toEqual([
      `Còn 1 đảng viên chưa nộp bản kiểm điểm năm ${GOOD_YEAR} (${GOOD_MEMBERS[1]}): nhắc đồng chí nộp rồi đánh dấu cột Bản kiểm điểm, chậm nhất ngày 31/12/${GOOD_YEAR}.`,
      `Còn 1 đảng viên chưa có nhận xét của chi ủy, chi bộ nơi cư trú (${GOOD_MEMBERS[5]}): đề nghị nơi cư trú gửi nhận xét rồi đánh dấu cột Nhận xét nơi cư trú, chậm nhất ngày 31/12/${GOOD_YEAR}.`,
    ]);
    const tables = workbook(
      goodYear({ members: members.map(({ selfReview, residenceComment, ...rest }) => rest) }),
    );
    const newer = new Set<string>([
      headerOf("members", "selfReview"),
      headerOf("members", "residenceComment"),
    ]);
    const older = tables.map((table) => {
      if (table.name !== SHEETS.members.title) return table;
      const keep = (table.rows[0] ?? []).map((header) => !newer.has(String(header)));
      return { ...table, rows: table.rows.map((row) => row.filter((_, index) => keep[index])) };
    });
    expect(
      assessed(assess(older, { today: at(11, 1) })).evaluation.todo.filter(
        (item) => item.kind === "year-end",
      ),
    ).toEqual([]);
  });

  it("is listed even when the indicators behind it are turned off", () => {
    const settings = ["DV1", "DV2", "DV3", "SH9", "NV1", "NV3"].map(off);
    expect(ofKind({ ...unrated, settings }, at(11, 1), "year-end")).toHaveLength(1);
  });
});

describe("the order", () => {
  it("puts overdue items first, then by due date with none last, then by kind, then by subject", () => {
    const absent = [GOOD_MEMBERS[6], GOOD_MEMBERS[2]];
    const meetings = goodYear()
      .meetings.filter(
        (meeting) =>
          !(
            meeting.type === "Thường kỳ" &&
            (sameDay(meeting.date, at(4, 10)) || sameDay(meeting.date, at(5, 10)))
          ) &&
          !(meeting.type === "Chi ủy" && sameDay(meeting.date, at(5, 5))) &&
          !(meeting.type === "Chuyên đề" && sameDay(meeting.date, at(3, 20))),
      )
      .map((meeting) =>
        meeting.type === "Thường kỳ" && (sameDay(meeting.date, at(2, 10)) || sameDay(meeting.date, at(3, 10)))
          ? { ...meeting, present: 8, unexcused: absent.join(", ") }
          : meeting,
      );
    const items = todo(
      goodYear({
        meetings: [...meetings, { ...goodMeeting(at(5, 2), "Bất thường"), hasMinutes: "" }],
        members: [
          ...goodYear().members.filter((member) => member.name !== "Ngô Thị Lan"),
          officialMember("Trịnh Thị Dự", { admissionDate: at(5, 20, GOOD_YEAR - 1), officialDate: "" }),
        ],
      }),
      at(5, 20),
    );
    expect(items.map((item) => [item.kind, item.subject, item.due, item.overdue])).toEqual([
      ["thematic-meeting", "Quý 1", `${GOOD_YEAR}-03-31`, true],
      ["regular-meeting", "Tháng 4", `${GOOD_YEAR}-04-30`, true],
      ["minutes", `02/05/${GOOD_YEAR}`, `${GOOD_YEAR}-05-09`, true],
      ["regular-meeting", "Tháng 5", `${GOOD_YEAR}-05-31`, false],
      ["committee-meeting", "Tháng 5", `${GOOD_YEAR}-05-31`, false],
      ["thematic-meeting", "Quý 2", `${GOOD_YEAR}-06-30`, false],
      ["probation", "Trịnh Thị Dự", `${GOOD_YEAR}-07-01`, false],
      ["absence", GOOD_MEMBERS[6], null, false],
      ["absence", GOOD_MEMBERS[2], null, false],
    ]);
  });
});
