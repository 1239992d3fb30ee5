/** Đi tới checks on the server what a (possibly stale) sidebar asks for, and says in Vietnamese what is wrong. */
import { beforeEach, describe, expect, it } from "vitest";
import { addSheet, createFakeGoogle, type FakeGoogle } from "../fakes/index";
import { type BundleContext, callGlobal, loadBundle } from "../support/load-bundle";

let google: FakeGoogle;
let context: BundleContext;
const goTo = (target: unknown) =>
  callGlobal(context, "goToCell", target) as { ok: boolean; message?: string };

beforeEach(() => {
  google = createFakeGoogle();
  addSheet(google, "Đảng viên", [
    ["Họ và tên", "Xếp loại"],
    ["Lê Văn An", "HTTNV"],
  ]);
  context = loadBundle(google.globals);
});

describe("goToCell validates its target on the server", () => {
  it("selects a cell that is there", () => {
    expect(goTo({ sheet: "Dang vien", row: 2, column: "Xếp loại" })).toEqual({ ok: true });
  });

  it("a row past the end of the sheet (rows deleted since the check): a Vietnamese message, no range error", () => {
    const answer = goTo({ sheet: "Đảng viên", row: 5_000_000, column: "Xếp loại" });
    expect(answer.ok).toBe(false);
    expect(answer.message).toBe(
      'Trang "Đảng viên" không còn dòng 5000000; hãy bấm Kiểm tra lại rồi chọn Đi tới.',
    );
  });

  it.each([
    ["nothing", undefined],
    ["a row that is no whole number", { sheet: "Đảng viên", row: 2.5, column: null }],
    ["a row below 1", { sheet: "Đảng viên", row: 0, column: null }],
    ["a row given as text", { sheet: "Đảng viên", row: "2", column: null }],
    ["a sheet that is no text", { sheet: 7, row: 2, column: null }],
    ["a column that is no text", { sheet: "Đảng viên", row: 2, column: { x: 1 } }],
  ])("%s: says the target is unknown", (_, target) => {
    const answer = goTo(target);
    expect(answer.ok).toBe(false);
    expect(answer.message).toContain("Không biết ô cần đi tới");
  });
});
