import { describe, expect, it } from "vitest";
import { checkEmailList, isEmailAddress, splitEmailList } from "../../src/core/email";

describe("an address to share with", () => {
  it.each(["vp@dangbokhoi.dongnai.gov.vn", "a.b+c@gmail.com", "X_Y@Example.ORG"])("accepts %s", (address) => {
    expect(isEmailAddress(address)).toBe(true);
  });

  it.each([
    "",
    "vp",
    "vp@",
    "@gmail.com",
    "vp@gmail",
    "vp@@gmail.com",
    "vp@gmail..com",
    ".vp@gmail.com",
    "vp.@gmail.com",
    "vp@-gmail.com",
    "văn.phòng@gmail.com",
    "vp@gmail.c0m",
    "vp gmail.com",
  ])("refuses %j", (address) => {
    expect(isEmailAddress(address)).toBe(false);
  });
});

describe("the list typed in Email cấp ủy cấp trên", () => {
  it("splits on commas, semicolons, spaces and new lines", () => {
    expect(splitEmailList(" a@b.vn, c@d.vn;e@f.vn\ng@h.vn  ")).toEqual([
      "a@b.vn",
      "c@d.vn",
      "e@f.vn",
      "g@h.vn",
    ]);
  });

  it("keeps each address once, whatever its case, in the order typed", () => {
    expect(checkEmailList(["A@b.vn", "c@d.vn", "a@B.vn"])).toEqual({
      ok: true,
      addresses: ["A@b.vn", "c@d.vn"],
    });
  });

  it("accepts entries that are themselves lists", () => {
    expect(checkEmailList(["a@b.vn; c@d.vn"])).toEqual({ ok: true, addresses: ["a@b.vn", "c@d.vn"] });
  });

  it("refuses an empty list and says where to type the addresses", () => {
    const check = checkEmailList(["", "  "]);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(/Chưa có địa chỉ email nào.*Email cấp ủy cấp trên/);
  });

  it("names every invalid address and says nothing was shared", () => {
    const check = checkEmailList(["a@b.vn", "sai@", "cũng.sai@x.vn"]);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.message).toContain('"sai@"');
      expect(check.message).toContain('"cũng.sai@x.vn"');
      expect(check.message).not.toContain('"a@b.vn"');
      expect(check.message).toContain("chưa chia sẻ với ai");
    }
  });
});
