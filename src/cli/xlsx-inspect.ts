/**
 * What an `.xlsx` holds, checked from its zip directory and its parts' text before ExcelJS builds
 * anything: the sizes the directory declares, then each part expanded on its own (never past its
 * declared size) to count the cells and the ranges ExcelJS would expand cell by cell. Each refusal is
 * one Vietnamese line naming the file.
 */
import { CliError } from "./cli-error";
import { megabytes, vietnameseCount, XLSX_LIMITS } from "./xlsx-limits";
import { expandEntry, isZip64Size, readZipDirectory, type ZipEntry, ZipFormatError } from "./zip-directory";

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** Excel 97–2003 files, and Office's wrapper of a password-protected workbook. */
const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

export const notXlsx = (path: string) =>
  new CliError(
    `Tệp "${path}" không phải bảng tính .xlsx hoặc đã bị hỏng (hãy mở rồi lưu lại dưới dạng Excel .xlsx).`,
  );

const encrypted = (path: string) =>
  new CliError(
    `Tệp "${path}" được đặt mật khẩu nên không đọc được; hãy mở tệp, gỡ mật khẩu rồi lưu lại dưới dạng Excel .xlsx.`,
  );

const oldExcel = (path: string) =>
  new CliError(
    `Tệp "${path}" là bảng tính Excel 97–2003 (.xls) chứ không phải .xlsx; hãy mở rồi lưu lại dưới dạng Excel .xlsx.`,
  );

const tooLargeExpanded = (path: string) =>
  new CliError(
    `Tệp "${path}" khi giải nén vượt quá ${megabytes(XLSX_LIMITS.totalBytes)} (mỗi phần tối đa ${megabytes(XLSX_LIMITS.partBytes)}); hãy xóa các sheet, hình ảnh và dòng không dùng rồi lưu lại.`,
  );

const tooManyCells = (path: string) =>
  new CliError(
    `Tệp "${path}" có hơn ${vietnameseCount(XLSX_LIMITS.cells)} ô hoặc ${vietnameseCount(XLSX_LIMITS.cells)} dòng (kể cả ô trống chỉ có định dạng); hãy xóa các dòng, cột không dùng rồi lưu lại.`,
  );

const tooWide = (path: string) =>
  new CliError(
    `Tệp "${path}" có ô nằm quá xa về bên phải trên nhiều dòng (tính đến ô cuối của mỗi dòng, hơn ${vietnameseCount(XLSX_LIMITS.rowSpan)} ô); hãy xóa các cột không dùng ở bên phải rồi lưu lại.`,
  );

const tooManyCovered = (path: string) =>
  new CliError(
    `Tệp "${path}" có vùng gộp ô, danh sách thả xuống hoặc vùng đặt tên phủ hơn ${vietnameseCount(XLSX_LIMITS.coveredCells)} ô; hãy thu hẹp các vùng đó về những dòng đang dùng rồi lưu lại.`,
  );

const missingSheetPart = (path: string, sheet: string) =>
  new CliError(
    `Tệp "${path}" bị hỏng: có sheet "${sheet}" nhưng nội dung của sheet không còn trong tệp; hãy mở tệp bằng Excel hoặc Google Sheets, kiểm tra sheet này rồi lưu lại.`,
  );

const startsWith = (bytes: Buffer, signature: readonly number[]) =>
  signature.every((byte, index) => bytes[index] === byte);

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity[0] === "#") {
      const code = entity[1] === "x" ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[entity] ?? "";
  });
}

const attribute = (attributes: string, name: string): string | undefined =>
  new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*"([^"]*)"`).exec(attributes)?.[1];

function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}

const CELL_RANGE = /\$?([A-Z]{1,4})\$?(\d{1,9})(?::\$?([A-Z]{1,4})\$?(\d{1,9}))?/g;

/** Cells covered by the A1 ranges in `text` (`A1:B3 D5` is 7). */
function coveredBy(text: string): number {
  let total = 0;
  for (const [, left = "A", top = "1", right, bottom] of text.toUpperCase().matchAll(CELL_RANGE)) {
    const columns = right ? Math.abs(columnNumber(right) - columnNumber(left)) + 1 : 1;
    const rows = bottom ? Math.abs(Number(bottom) - Number(top)) + 1 : 1;
    total += columns * rows;
  }
  return total;
}

interface SheetCounts {
  readonly cells: number;
  readonly rows: number;
  /** Each row as wide as its last cell: the slots ExcelJS walks for it. */
  readonly span: number;
  readonly covered: number;
  readonly sane: boolean;
}

/** One worksheet part, as text (latin1: the markup is ASCII and only counted). */
function countSheet(xml: string): SheetCounts {
  let cells = 0;
  let rows = 0;
  let span = 0;
  let rowWidth = 0;
  let column = 0;
  // ExcelJS fills rows up to `r` and makes one object per column up to `max`: both must be in Excel's bounds.
  let sane = true;
  for (const [, tag, attributes = ""] of xml.matchAll(/<(?:\w+:)?(row|c)(?=[\s>/])([^>]*)>/g)) {
    if (tag === "row") {
      rows++;
      span += rowWidth;
      rowWidth = 0;
      column = 0;
      if (Number(attribute(attributes, "r") ?? 0) > MAX_ROW) sane = false;
      continue;
    }
    cells++;
    const letters = /^([A-Z]{1,4})\d/.exec(attribute(attributes, "r") ?? "")?.[1];
    column = letters ? columnNumber(letters) : column + 1;
    rowWidth = Math.max(rowWidth, column);
  }
  span += rowWidth;
  let covered = 0;
  for (const [, ref = ""] of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*?\bref="([^"]*)"/g))
    covered += coveredBy(ref);
  for (const [, ref = ""] of xml.matchAll(/<(?:\w+:)?dataValidation\b[^>]*?\bsqref="([^"]*)"/g))
    covered += coveredBy(ref);
  for (const [, max = "0"] of xml.matchAll(/<(?:\w+:)?col\b[^>]*?\bmax="(\d+)"/g)) {
    if (Number(max) > MAX_COLUMN) sane = false;
  }
  return { cells, rows, span, covered, sane };
}

function workbookSheets(xml: string): { name: string; id: string }[] {
  const sheets: { name: string; id: string }[] = [];
  for (const [, attributes = ""] of xml.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const name = attribute(attributes, "name");
    const id = attribute(attributes, "id");
    if (name !== undefined && id !== undefined) sheets.push({ name: decodeXml(name), id });
  }
  return sheets;
}

/** Relationship id → the part it names, for the worksheets of `xl/workbook.xml`. */
function worksheetTargets(xml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [, attributes = ""] of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attribute(attributes, "Id");
    const target = attribute(attributes, "Target");
    const type = attribute(attributes, "Type") ?? "";
    if (id === undefined || target === undefined || !type.endsWith("/worksheet")) continue;
    const part = decodeXml(target);
    targets.set(id, part.startsWith("/") ? part.slice(1) : `xl/${part}`);
  }
  return targets;
}

const textOf = (bytes: Buffer, entries: readonly ZipEntry[], name: string): string | undefined => {
  const entry = entries.find((candidate) => candidate.name === name);
  return entry ? expandEntry(bytes, entry).toString("utf8") : undefined;
};

function checkSheetParts(path: string, bytes: Buffer, entries: readonly ZipEntry[]): void {
  const workbookXml = textOf(bytes, entries, "xl/workbook.xml");
  const relsXml = textOf(bytes, entries, "xl/_rels/workbook.xml.rels");
  if (workbookXml === undefined || relsXml === undefined) return;
  const targets = worksheetTargets(relsXml);
  const names = new Set(entries.map((entry) => entry.name));
  for (const sheet of workbookSheets(workbookXml)) {
    const target = targets.get(sheet.id);
    if (target !== undefined && !names.has(target)) throw missingSheetPart(path, sheet.name);
  }
  let covered = 0;
  for (const [, names = ""] of workbookXml.matchAll(/<(?:\w+:)?definedName\b[^>]*>([^<]*)</g)) {
    covered += coveredBy(decodeXml(names));
  }
  if (covered > XLSX_LIMITS.coveredCells) throw tooManyCovered(path);
}

function checkCompoundFile(path: string, bytes: Buffer): never {
  throw bytes.includes(ENCRYPTED_PACKAGE) ? encrypted(path) : oldExcel(path);
}

/**
 * Refuses, before anything is expanded into objects, an `.xlsx` that is not a zip, is encrypted, would
 * expand past the limits of `XLSX_LIMITS`, or lists a sheet whose part is missing.
 */
export function inspectXlsx(path: string, bytes: Buffer): void {
  if (startsWith(bytes, COMPOUND_FILE_SIGNATURE)) checkCompoundFile(path, bytes);
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw notXlsx(path);
  try {
    const entries = readZipDirectory(bytes, XLSX_LIMITS.parts);
    if (entries.some((entry) => entry.encrypted)) throw encrypted(path);
    let declared = 0;
    for (const entry of entries) {
      if (isZip64Size(entry.uncompressedSize) || entry.uncompressedSize > XLSX_LIMITS.partBytes) {
        throw tooLargeExpanded(path);
      }
      declared += entry.uncompressedSize;
      if (declared > XLSX_LIMITS.totalBytes) throw tooLargeExpanded(path);
    }
    let cells = 0;
    let rows = 0;
    let span = 0;
    let covered = 0;
    for (const entry of entries) {
      // Every part is expanded once here, one at a time, to hold it to its declared size.
      const part = expandEntry(bytes, entry);
      if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) continue;
      const counts = countSheet(part.toString("latin1"));
      if (!counts.sane) throw notXlsx(path);
      cells += counts.cells;
      rows += counts.rows;
      span += counts.span;
      covered += counts.covered;
      if (cells > XLSX_LIMITS.cells || rows > XLSX_LIMITS.cells) throw tooManyCells(path);
      if (span > XLSX_LIMITS.rowSpan) throw tooWide(path);
      if (covered > XLSX_LIMITS.coveredCells) throw tooManyCovered(path);
    }
    checkSheetParts(path, bytes, entries);
  } catch (error) {
    if (error instanceof ZipFormatError) throw notXlsx(path);
    throw error;
  }
}
