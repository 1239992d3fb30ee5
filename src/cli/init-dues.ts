/**
 * `chibo4tot init FILE.xlsx --dang-phi`: the `Đảng phí` sheet made on request (spec §2). A new file gets the
 * template and an empty dues sheet; an existing workbook gets the sheet with its members listed, or, when it
 * has one, the members who joined since added at the bottom. No mark and no other sheet is changed; the
 * file is replaced in one rename, so an interrupted run leaves it as it was.
 */
import { existsSync, writeFileSync } from "node:fs";
import { extname } from "node:path";
import ExcelJS from "exceljs";
import { type CalendarDate, planDuesSheet, SHEETS } from "../core/index";
import { CliError } from "./cli-error";
import { fileError } from "./file-errors";
import { readWorkbook, workbookTables } from "./xlsx-read";
import { addOneTemplateSheet, addTemplateSheets } from "./xlsx-template";
import { compactValidations } from "./xlsx-validations";
import { replaceFile } from "./xlsx-write";
import { makeXmlSafe } from "./xml-safe";

/**
 * A new file is created without a window to overwrite anything; an existing one is replaced whole or not
 * at all (temporary file, then one rename). It stays the secretary's: it is not marked as written by us.
 */
async function writeReplacing(file: string, workbook: ExcelJS.Workbook, fresh: boolean): Promise<void> {
  makeXmlSafe(workbook);
  workbook.worksheets.forEach(compactValidations);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  if (!fresh) {
    replaceFile(file, bytes);
    return;
  }
  try {
    writeFileSync(file, bytes, { flag: "wx" });
  } catch (error) {
    throw fileError(error, file, "ghi");
  }
}

const listed = (names: readonly string[]) =>
  names.length <= 5 ? names.join(", ") : `${names.slice(0, 5).join(", ")} và ${names.length - 5} người khác`;

export async function runTrackDues(file: string, today: CalendarDate): Promise<string> {
  if (extname(file).toLowerCase() !== ".xlsx") {
    throw new CliError(`Tên tệp "${file}" phải có đuôi .xlsx, ví dụ chi-bo-2024.xlsx.`);
  }
  const title = SHEETS.dues.title;
  if (!existsSync(file)) {
    const workbook = new ExcelJS.Workbook();
    addTemplateSheets(workbook);
    const plan = planDuesSheet(workbookTables(workbook).tables, today);
    if (plan.kind === "create") addOneTemplateSheet(workbook, plan.template);
    await writeReplacing(file, workbook, true);
    return `Đã tạo bảng tính "${file}" có trang "${title}". Hãy điền trang Đảng viên rồi chạy lại lệnh này để ghi tên vào trang "${title}".\n`;
  }
  const { workbook, tables } = await readWorkbook(file);
  const plan = planDuesSheet(tables, today);
  if (plan.kind === "unusable") throw new CliError(plan.message);
  if (plan.kind === "create") {
    addOneTemplateSheet(workbook, plan.template);
    await writeReplacing(file, workbook, false);
    return `Đã thêm trang "${title}" vào "${file}" với ${plan.names.length} đảng viên. Mỗi tháng ghi số tiền hoặc x khi đã đóng; Miễn, Có lý do khi cần. Ô trống của tháng đã qua là chưa đóng.\n`;
  }
  if (plan.names.length === 0)
    return `Trang "${plan.sheet}" đã có đủ đảng viên; tệp "${file}" không thay đổi.\n`;
  const worksheet = workbook.getWorksheet(plan.sheet);
  if (!worksheet) throw new CliError(`Không mở được trang "${plan.sheet}" trong "${file}".`);
  plan.names.forEach((name, index) => {
    worksheet.getCell(plan.row + index, plan.column + 1).value = name;
  });
  await writeReplacing(file, workbook, false);
  return `Đã thêm ${plan.names.length} đảng viên vào cuối trang "${plan.sheet}": ${listed(plan.names)}.\n`;
}
