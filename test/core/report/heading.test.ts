import { describe, expect, it } from "vitest";
import {
  placeAndDate,
  superiorCommittee,
  superiorHeading,
  unitHeading,
} from "../../../src/core/report/heading";

describe("the superior's name in the left header", () => {
  it("is written in capitals as typed when it already says Đảng bộ", () => {
    expect(superiorHeading("Đảng bộ Khối các cơ quan tỉnh")).toBe("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH");
  });
  it("gets ĐẢNG BỘ in front when it lacks it", () => {
    expect(superiorHeading("Khối các cơ quan tỉnh")).toBe("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH");
  });
  it("recognises Đảng bộ typed without diacritics or in any case", () => {
    expect(superiorHeading("dang bo Khoi co quan")).toBe("DANG BO KHOI CO QUAN");
  });
  it("does not put ĐẢNG BỘ before a committee's name", () => {
    expect(superiorHeading("Huyện ủy Long Thành")).toBe("HUYỆN ỦY LONG THÀNH");
  });
  it("shows an ellipsis when the name is blank", () => {
    expect(superiorHeading(null)).toBe("ĐẢNG BỘ …");
  });
});

describe("the cell's name in the left header", () => {
  it("gets CHI BỘ in front when it lacks it", () => {
    expect(unitHeading("Sở Ngoại vụ")).toBe("CHI BỘ SỞ NGOẠI VỤ");
  });
  it("keeps a single CHI BỘ when the name has it", () => {
    expect(unitHeading("Chi bộ Sở Ngoại vụ")).toBe("CHI BỘ SỞ NGOẠI VỤ");
    expect(unitHeading("  chi   bộ Phòng Tư pháp ")).toBe("CHI BỘ PHÒNG TƯ PHÁP");
  });
  it("does not mistake a name merely beginning with the same letters", () => {
    expect(unitHeading("Chi cục Thuế")).toBe("CHI BỘ CHI CỤC THUẾ");
  });
});

describe("the place and date line", () => {
  it("writes the as-of date in words after the place", () => {
    expect(placeAndDate("Biên Hòa", { year: 2023, month: 12, day: 31 })).toBe(
      "Biên Hòa, ngày 31 tháng 12 năm 2023",
    );
  });
  it("puts a leading zero on a day below 10 and a month below 3", () => {
    expect(placeAndDate("Biên Hòa", { year: 2024, month: 1, day: 5 })).toBe(
      "Biên Hòa, ngày 05 tháng 01 năm 2024",
    );
    expect(placeAndDate("Biên Hòa", { year: 2024, month: 7, day: 3 })).toBe(
      "Biên Hòa, ngày 03 tháng 7 năm 2024",
    );
  });
  it("shows an ellipsis when there is no Địa danh", () => {
    expect(placeAndDate(null, { year: 2023, month: 12, day: 31 })).toBe("…, ngày 31 tháng 12 năm 2023");
    expect(placeAndDate("  ", { year: 2023, month: 12, day: 31 })).toBe("…, ngày 31 tháng 12 năm 2023");
  });
});

describe("the superior committee in Nơi nhận", () => {
  it("is the committee (Đảng ủy) of the superior Đảng bộ", () => {
    expect(superiorCommittee("Đảng bộ Khối các cơ quan tỉnh")).toBe("Đảng ủy Khối các cơ quan tỉnh");
  });
  it("keeps a name that is already a committee", () => {
    expect(superiorCommittee("Huyện ủy Long Thành")).toBe("Huyện ủy Long Thành");
  });
  it("says Đảng ủy before a bare name and Cấp ủy cấp trên when blank", () => {
    expect(superiorCommittee("Khối các cơ quan tỉnh")).toBe("Đảng ủy Khối các cơ quan tỉnh");
    expect(superiorCommittee(null)).toBe("Cấp ủy cấp trên");
  });
});
