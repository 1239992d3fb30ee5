import { describe, expect, it } from "vitest";
import { assess, type WorkbookTables } from "../../../src/core/index";
import { AFTER_2023, day, infoSheet, records, TITLE, table, workbook } from "../../support/tables";

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** A workbook with something of everything, good and bad, so every reading path runs. */
function busyWorkbook(): WorkbookTables {
  return [
    ...workbook({
      info: infoSheet({
        "Có chi ủy": "Có",
        "Tổng số CBCCVC, người lao động": "1.000",
        "Bí thư": "Nguyễn Văn An",
      }),
      members: records(TITLE.members, [
        { "Họ và tên": "Nguyễn Văn An", "Ngày vào Đảng": day(2010, 3, 5), "Xếp loại": "HTTNV" },
        { "Họ và tên": "Nguyễn Văn An", "Ngày vào Đảng": "31/02/2024", "Kỷ luật": "Kiển trách" },
        { "Họ và tên": "  Lê Văn Bình ", "Ngày vào Đảng": "05-03-2023", "Miễn sinh hoạt": "x" },
      ]),
      meetings: records(TITLE.meetings, [
        { Ngày: "05/01/2023", Loại: "Thuong ki", "Vắng không lý do": "đ/c Le Van Binh (ốm); Hoàng Văn Tư" },
        { Ngày: "hôm qua", Loại: "Chi ủy", "Có mặt": "12", "Triệu tập": 2, Điểm: "95", "Xếp loại": "Kém" },
        { Ngày: day(2022, 12, 20), Loại: "Chi ủy" },
      ]),
      tasks: records(TITLE.tasks, [
        { "Nhiệm vụ, chỉ tiêu": "Kết nạp", "Kế hoạch": "2,5", "Kết quả": "Chưa hoàn thành" },
      ]),
    }),
    table(
      "Cấu hình",
      ["Mã", "Ngưỡng", "Áp dụng"],
      [
        ["SH5", "80%", true],
        ["SH1", "5", false],
        ["XX9", "abc", null],
      ],
    ),
  ];
}

describe("input", () => {
  it("is never mutated: a deep-frozen workbook is assessed as any other", () => {
    const frozen = deepFreeze(busyWorkbook());
    const outcome = assess(frozen, AFTER_2023);
    expect(outcome.ok).toBe(true);
    expect(frozen).toEqual(busyWorkbook());
  });

  it("gives the same result for a frozen and an unfrozen copy", () => {
    expect(assess(deepFreeze(busyWorkbook()), AFTER_2023)).toEqual(assess(busyWorkbook(), AFTER_2023));
  });
});
