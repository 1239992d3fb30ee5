/**
 * Hostile and broken `.xlsx` files, built small in the test run: each is the good year's workbook with
 * one part edited, or a zip whose few KB expand to GB. Nothing of this size is committed.
 */
import { createDeflateRaw } from "node:zlib";
import ExcelJS from "exceljs";
import type { WorkbookTables } from "../../src/core/index";
import { goodYear, workbook } from "../support/workbook";
import { crc32, rezip, unzip, zip } from "../support/zip-writer";
import { writeXlsxBytes } from "./cli-harness";

/** The good year plus a tab `Ghi chú` whose part `sheetPart` names, for edits to that tab. */
export async function goodYearWithNotes(): Promise<{ bytes: Buffer; notesPart: string }> {
  const tables: WorkbookTables = [...workbook(goodYear()), { name: "Ghi chú", rows: [["Ghi chú"]] }];
  return { bytes: await writeXlsxBytes(tables), notesPart: `xl/worksheets/sheet${tables.length}.xml` };
}

const SHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_CLOSE = "</sheetData></worksheet>";

function sheetXml(rows: number, row: (number: number) => string): string {
  const parts = [SHEET_OPEN];
  for (let number = 1; number <= rows; number++) parts.push(row(number));
  parts.push(SHEET_CLOSE);
  return parts.join("");
}

/** The good year whose `Ghi chú` tab holds `rows` rows of one text cell in column XFD, the last one. */
export async function valuesInLastColumn(rows: number): Promise<Buffer> {
  const { bytes, notesPart } = await goodYearWithNotes();
  const parts = unzip(bytes);
  parts.set(
    notesPart,
    sheetXml(rows, (n) => `<row r="${n}"><c r="XFD${n}" t="inlineStr"><is><t>x</t></is></c></row>`),
  );
  return rezip(parts);
}

/** The good year whose `Ghi chú` tab has one styled empty cell on each of `rows` rows. */
export async function styledEmptyRows(rows: number): Promise<Buffer> {
  const { bytes, notesPart } = await goodYearWithNotes();
  const parts = unzip(bytes);
  parts.set(
    notesPart,
    sheetXml(rows, (n) => `<row r="${n}"><c r="A${n}" s="0"/></row>`),
  );
  return rezip(parts);
}

/** The good year with `edit` applied to the XML of the part `name`. */
export async function withPart(
  name: (notesPart: string) => string,
  edit: (xml: string | undefined) => string | undefined,
): Promise<Buffer> {
  const { bytes, notesPart } = await goodYearWithNotes();
  const parts = unzip(bytes);
  const part = name(notesPart);
  const edited = edit(parts.get(part)?.toString());
  if (edited === undefined) parts.delete(part);
  else parts.set(part, edited);
  return rezip(parts);
}

/** `size` zero bytes deflated in chunks, so the test never holds them. */
async function deflatedZeros(size: number): Promise<{ bytes: Buffer; size: number; crc: number }> {
  const chunk = Buffer.alloc(1024 * 1024);
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (data: Buffer) => out.push(data));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  let crc = 0;
  for (let written = 0; written < size; written += chunk.length) {
    const piece = chunk.subarray(0, Math.min(chunk.length, size - written));
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await done;
  return { bytes: Buffer.concat(out), size, crc };
}

/** A zip bomb shaped like a workbook: `sheets` sheets of `megabytes` MB each, a few MB on disk. */
export async function zipBomb(sheets: number, megabytes: number): Promise<Buffer> {
  const { bytes } = await goodYearWithNotes();
  const parts = unzip(bytes);
  const zeros = await deflatedZeros(megabytes * 1024 * 1024);
  return zip([
    ...[...parts].map(([name, data]) => ({ name, data })),
    ...Array.from({ length: sheets }, (_, index) => ({
      name: `xl/worksheets/sheet${100 + index}.xml`,
      deflated: zeros,
    })),
  ]);
}

/** A part whose directory entry says 1 KB while its data expands to `megabytes` MB. */
export async function lyingDirectory(megabytes: number): Promise<Buffer> {
  const { bytes, notesPart } = await goodYearWithNotes();
  const parts = unzip(bytes);
  parts.delete(notesPart);
  return zip([
    ...[...parts].map(([name, data]) => ({ name, data })),
    { name: notesPart, deflated: await deflatedZeros(megabytes * 1024 * 1024), declaredSize: 1024 },
  ]);
}

/** The good year with every part flagged as encrypted (a zip-level password). */
export async function zipWithPassword(): Promise<Buffer> {
  const parts = unzip((await goodYearWithNotes()).bytes);
  return zip([...parts].map(([name, data]) => ({ name, data, encrypted: true })));
}

const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** The wrapper Office puts around a workbook saved with a password. */
export const officeEncrypted = () =>
  Buffer.concat([
    COMPOUND_FILE,
    Buffer.alloc(1024),
    Buffer.from("EncryptedPackage", "utf16le"),
    Buffer.alloc(512),
  ]);

/** An Excel 97–2003 file renamed to .xlsx. */
export const oldExcelFile = () =>
  Buffer.concat([COMPOUND_FILE, Buffer.alloc(1024), Buffer.from("Workbook", "utf16le"), Buffer.alloc(512)]);

/** The good year whose `Năm đánh giá` is a formula saved without its result. */
export async function yearAsUncalculatedFormula(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await writeXlsxBytes(workbook(goodYear()))) as unknown as ArrayBuffer);
  const info = book.getWorksheet("Thông tin chung");
  info?.eachRow((row) => {
    if (row.getCell(1).value === "Năm đánh giá")
      row.getCell(2).value = { formula: "2020+4" } as ExcelJS.CellValue;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
