/**
 * The user guide and the privacy page: every picture the guide shows exists in docs/ as a small
 * PNG, the pictures the issue asks for are there, and no picture lies unused.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DOCS = "docs";
const guide = readFileSync(join(DOCS, "huong-dan-su-dung.md"), "utf8");
const pictures = [...guide.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)].map((match) => ({
  alt: match[1] ?? "",
  file: match[2] ?? "",
}));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Small enough to keep the repository light; the pictures script quantizes them to stay far below. */
const MAX_BYTES = 200 * 1024;

describe("the user guide's pictures", () => {
  it("each exists in docs/ as a PNG under 200 KB, with a Vietnamese caption", () => {
    expect(pictures.length).toBeGreaterThan(0);
    for (const { alt, file } of pictures) {
      const path = join(DOCS, file);
      expect(existsSync(path), file).toBe(true);
      expect(readFileSync(path).subarray(0, 8).equals(PNG_SIGNATURE), file).toBe(true);
      expect(statSync(path).size, file).toBeLessThan(MAX_BYTES);
      expect(alt.trim().length, file).toBeGreaterThan(10);
    }
  });

  it("shows at least the menu, the dashboard, the quick entry form and the printed evaluation", () => {
    const shown = pictures.map((picture) => picture.file);
    for (const file of ["menu.png", "bang-dieu-khien.png", "nhap-nhanh.png", "danh-gia-in-trang-1.png"]) {
      expect(shown).toContain(file);
    }
  });

  it("leaves no picture of docs/ unused", () => {
    const onDisk = readdirSync(DOCS).filter((name) => name.endsWith(".png"));
    expect(onDisk.sort()).toEqual([...new Set(pictures.map((picture) => picture.file))].sort());
  });

  it("covers what a secretary does, from the copy to the command line", () => {
    for (const topic of [
      "/copy",
      "Khởi tạo bảng tính",
      "Dùng thử với dữ liệu mẫu",
      "Đảng viên",
      "Sinh hoạt",
      "Vấn đề trong dữ liệu",
      "Đánh giá cuối năm",
      "Chia sẻ với cấp trên",
      "chibo4tot evaluate",
    ]) {
      expect(guide, topic).toContain(topic);
    }
  });
});

describe("the privacy page", () => {
  const privacy = readFileSync(join(DOCS, "quyen-rieng-tu.md"), "utf8");

  it("is in Vietnamese and in English, and names every scope of the manifest", () => {
    expect(privacy).toMatch(/^# Quyền riêng tư/m);
    expect(privacy).toMatch(/^# Privacy/m);
    const manifest = JSON.parse(readFileSync("appsscript.json", "utf8")) as { oauthScopes: string[] };
    for (const scope of manifest.oauthScopes) {
      expect(privacy).toContain(`\`${scope.replace("https://www.googleapis.com/auth/", "")}\``);
    }
  });
});
