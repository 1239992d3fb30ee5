/** `chibo4tot init FILE.xlsx`: a fresh workbook from the template; an existing file is never overwritten. */
import { writeFileSync } from "node:fs";
import { extname } from "node:path";
import ExcelJS from "exceljs";
import { CliError } from "./cli-error";
import { fileError } from "./file-errors";
import { addTemplateSheets } from "./xlsx-template";

async function templateWorkbookBytes(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  addTemplateSheets(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function runInit(file: string): Promise<string> {
  if (extname(file).toLowerCase() !== ".xlsx") {
    throw new CliError(`Tên tệp "${file}" phải có đuôi .xlsx, ví dụ chi-bo-2024.xlsx.`);
  }
  const bytes = await templateWorkbookBytes();
  try {
    // `wx` fails if the file exists, without a window between checking and writing.
    writeFileSync(file, bytes, { flag: "wx" });
  } catch (error) {
    throw fileError(error, file, "ghi");
  }
  return `Đã tạo bảng tính "${file}". Hãy điền các trang rồi chạy: chibo4tot evaluate ${file}\n`;
}
