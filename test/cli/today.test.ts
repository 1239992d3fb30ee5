import { describe, expect, it } from "vitest";
import { todayInVietnam } from "../../src/cli/today";

describe("today, as the CLI passes it to the engine", () => {
  it("is the date in Asia/Ho_Chi_Minh (UTC+7), not the machine's", () => {
    expect(todayInVietnam(new Date("2024-12-31T16:59:00Z"))).toEqual({ year: 2024, month: 12, day: 31 });
    expect(todayInVietnam(new Date("2024-12-31T17:00:00Z"))).toEqual({ year: 2025, month: 1, day: 1 });
  });
});
