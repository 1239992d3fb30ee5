/**
 * XML 1.0 forbids most control characters, U+FFFE, U+FFFF and lone surrogates. ExcelJS reads Excel's
 * escapes (`_xFFFE_`) into such characters and writes them back raw, making a workbook no reader can
 * open. Every text of a workbook about to be written is stripped of them first.
 */
import ExcelJS from "exceljs";

const FORBIDDEN = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export const xmlSafeText = (text: string) => text.replace(FORBIDDEN, "");

type RichText = { readonly richText: readonly ExcelJS.RichText[] };

const safeRuns = (runs: readonly ExcelJS.RichText[]) =>
  runs.map((run) => ({ ...run, text: xmlSafeText(run.text) }));

function safeValue(value: ExcelJS.CellValue): ExcelJS.CellValue {
  if (typeof value === "string") return xmlSafeText(value);
  if (typeof value !== "object" || value === null || value instanceof Date) return value;
  if ("richText" in value) return { ...value, richText: safeRuns((value as RichText).richText) };
  if ("hyperlink" in value) {
    const text = value.text as unknown;
    return {
      ...value,
      text: typeof text === "string" ? xmlSafeText(text) : (text as ExcelJS.CellValue),
    } as ExcelJS.CellValue;
  }
  return value;
}

function safeNote(note: ExcelJS.Comment | string): ExcelJS.Comment | string {
  if (typeof note === "string") return xmlSafeText(note);
  return { ...note, texts: safeRuns(note.texts ?? []) };
}

const changed = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);

/** Strips the forbidden characters from every cell's text and note, in place. */
export function makeXmlSafe(workbook: ExcelJS.Workbook): void {
  for (const worksheet of workbook.worksheets) {
    for (let rowNumber = 1; rowNumber <= worksheet.rowCount; rowNumber++) {
      const row = worksheet.findRow(rowNumber);
      // `findCell` up to the last cell, not `eachCell`: see xlsx-read.
      for (let column = 1; row && column <= row.cellCount; column++) {
        const cell = row.findCell(column);
        if (!cell || cell.type === ExcelJS.ValueType.Merge) continue;
        const value = safeValue(cell.value);
        if (changed(value, cell.value)) cell.value = value;
        const note = cell.note as ExcelJS.Comment | string | undefined;
        if (note !== undefined && changed(safeNote(note), note)) cell.note = safeNote(note);
      }
    }
  }
}
