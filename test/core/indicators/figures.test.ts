import { describe, expect, it } from "vitest";
import { indicatorFigures } from "../../../src/core/index";

describe("indicator figures, as every front end shows them", () => {
  it("shows a share as a Vietnamese percent against an at-least threshold", () => {
    expect(indicatorFigures({ id: "SH7", value: 0.9916, threshold: 0.9 })).toEqual({
      value: "99,2%",
      threshold: "≥ 90%",
    });
  });

  it("shows a count against an at-most threshold", () => {
    expect(indicatorFigures({ id: "KL1", value: 1, threshold: 0 })).toEqual({ value: "1", threshold: "≤ 0" });
  });

  it("shows a classification against the lowest accepted one", () => {
    expect(indicatorFigures({ id: "NV1", value: "HTTNV", threshold: "HTTNV" })).toEqual({
      value: "HTTNV",
      threshold: "từ HTTNV trở lên",
    });
  });

  it("shows months with a regular meeting out of the elapsed months", () => {
    expect(indicatorFigures({ id: "SH1", value: 9, threshold: 10 }).value).toBe("9/10 tháng");
  });

  it("shows the DV3 limit as the unrounded count it is, not as a percent", () => {
    expect(indicatorFigures({ id: "DV3", value: 1, threshold: 4.8 })).toEqual({
      value: "1 xuất sắc",
      threshold: "≤ 4,8",
    });
  });

  it("shows nothing where the engine has nothing to show", () => {
    expect(indicatorFigures({ id: "NV2", value: null, threshold: null })).toEqual({
      value: "",
      threshold: "",
    });
    expect(indicatorFigures({ id: "SH1", value: null, threshold: 0 })).toEqual({ value: "", threshold: "" });
  });
});
