import { describe, expect, it } from "vitest";
import { meetingRecord, memberRecord } from "../../../src/gas/sidebar/drafts";

describe("a form draft becomes the cells of one row", () => {
  it("turns ISO days into date cells and absentee lists into one cell of names", () => {
    const record = meetingRecord({
      date: "2024-07-10",
      type: "Thường kỳ",
      excused: ["Trần Thị Bình", "Lê Văn Cường"],
      unexcused: [],
      minutes: 120,
      hasMinutes: true,
    });
    expect(record.date).toEqual({ year: 2024, month: 7, day: 10 });
    expect(record.excused).toBe("Trần Thị Bình, Lê Văn Cường");
    expect(record.unexcused).toBe("");
    expect(record.minutes).toBe(120);
    expect(record.hasMinutes).toBe(true);
  });

  it("passes a value of the wrong type on as text, for the engine to report", () => {
    const record = meetingRecord({ date: "31/02/2024", present: "nhiều" as unknown as number });
    expect(record.date).toBe("31/02/2024");
    expect(record.present).toBe("nhiều");
  });

  it("leaves absent fields blank and an unchecked box as no", () => {
    const record = memberRecord({ name: " Nguyễn Văn An " });
    expect(record.name).toBe("Nguyễn Văn An");
    expect(record.birthDate).toBeNull();
    expect(record.exempt).toBe(false);
    expect(record.selfRating).toBeNull();
    expect(record.selfReview).toBe(false);
    expect(record.residenceComment).toBe(false);
  });

  it("carries the year-end review fields: the own rating as text, the two boxes as yes/no", () => {
    const record = memberRecord({
      name: "Lý Thị Mai",
      selfRating: "HTTNV",
      selfReview: true,
      residenceComment: true,
    });
    expect(record).toMatchObject({ selfRating: "HTTNV", selfReview: true, residenceComment: true });
  });
});
