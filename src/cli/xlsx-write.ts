/**
 * Writing a workbook the CLI made (`evaluate --out`, `tong-hop --out`) without ever destroying a file:
 * the bytes go to a temporary file in the target folder, renamed into place only once complete, and an
 * existing file is replaced only when this product wrote it (its `lastModifiedBy` says `chibo4tot`; any
 * program that saves the file since then changes it, and the file is the secretary's again).
 */
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, lstatSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type ExcelJS from "exceljs";
import { CliError, USAGE_EXIT } from "./cli-error";
import { fileError } from "./file-errors";
import { readBoundedFile } from "./xlsx-file";
import { XLSX_LIMITS } from "./xlsx-limits";
import { makeXmlSafe } from "./xml-safe";
import { expandEntry, readZipDirectory } from "./zip-directory";

/** The mark of a file this product wrote: the document property "last modified by". */
export const WRITER_MARK = "chibo4tot";

const notOurs = (path: string) =>
  new CliError(
    `Tệp "${path}" đã có và không phải do chibo4tot ghi ra (hoặc đã được sửa sau đó); không ghi đè để khỏi mất dữ liệu. Hãy chọn tên tệp --out khác, hoặc tự xóa tệp đó trước.`,
    USAGE_EXIT,
  );

function writtenByUs(path: string): boolean {
  try {
    const bytes = readBoundedFile(path);
    const core = readZipDirectory(bytes, XLSX_LIMITS.parts).find(
      (entry) => entry.name === "docProps/core.xml",
    );
    if (!core || core.uncompressedSize > XLSX_LIMITS.partBytes) return false;
    const xml = expandEntry(bytes, core).toString("utf8");
    return new RegExp(`<(?:\\w+:)?lastModifiedBy>${WRITER_MARK}</`).test(xml);
  } catch {
    return false;
  }
}

/** Refuses an `--out` that exists and was not written by this product, before any work is done. */
export function checkReplaceable(path: string): void {
  let exists = true;
  try {
    lstatSync(path);
  } catch {
    exists = false;
  }
  if (exists && !writtenByUs(path)) throw notOurs(path);
}

export type WriteAll = (descriptor: number, bytes: Buffer) => void;

const writeAll: WriteAll = (descriptor, bytes) => {
  for (let written = 0; written < bytes.length; ) {
    written += writeSync(descriptor, bytes, written, bytes.length - written);
  }
};

/**
 * `bytes` at `path` whole or not at all: a failure (a full disk) leaves what was there and no temporary
 * file. `write` is replaceable for the tests of that failure.
 */
export function replaceFile(path: string, bytes: Buffer, write: WriteAll = writeAll): void {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`,
  );
  let descriptor: number | undefined;
  try {
    descriptor = openSync(temporary, "wx", 0o644);
    write(descriptor, bytes);
    fsyncSync(descriptor);
    closeSync(descriptor);
    descriptor = undefined;
    renameSync(temporary, path);
  } catch (error) {
    if (descriptor !== undefined) closeSync(descriptor);
    rmSync(temporary, { force: true });
    throw fileError(error, path, "ghi");
  }
}

/** Strips what XML forbids, marks the workbook as ours, and writes it to `path` (checked replaceable). */
export async function writeWorkbookFile(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  makeXmlSafe(workbook);
  workbook.lastModifiedBy = WRITER_MARK;
  workbook.modified = new Date();
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  checkReplaceable(path);
  replaceFile(path, bytes);
}
