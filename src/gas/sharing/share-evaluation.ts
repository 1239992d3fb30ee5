/**
 * Chia sẻ với cấp trên: sends the superior committee the year-end evaluation in a spreadsheet of its
 * own (never the cell's file, which holds members' personal data), as view only, and logs it. Every
 * check comes before anything is shared; the menu shows the outcome in an alert, the sidebar itself.
 */
import { assess, checkEmailList, conclusionText, ratingsSheetName, reportSheetName } from "../../core/index";
import type { ShareResponse } from "../../protocol/sidebar";
import { withDocumentLock } from "../document-lock";
import { MENU_TITLE } from "../menu";
import { todayInVietnam, VIETNAM_TIME_ZONE } from "../workbook/calendar";
import { readWorkbookTables } from "../workbook/read-tables";
import { isProductReport } from "../workbook/report-sheet";
import { refusalBeforeSharing } from "./before-sharing";
import { askForDrivePermission } from "./drive-permission";
import { replaceWithSheets } from "./evaluation-copy";
import { appendShareLog } from "./share-log";
import { type CopyOrigin, openOrCreateCopy, type SharedCopy, sharedCopyName } from "./shared-copy";
import { readViewerIds, writeViewerIds } from "./viewer-ids";
import { googleReason, shareAsViewers, type ViewerChange } from "./viewers";

const DRIVE_SERVICE_OFF =
  "Dịch vụ Google Drive nâng cao (Drive API) chưa được bật cho tiện ích nên chưa chia sẻ được. " +
  "Người cài đặt cần đưa lại tiện ích lên bằng npm run push (tệp appsscript.json đã khai báo dịch vụ này).";

/** How the conclusion of the report begins (spec §7), to find it in the sheet as shared. */
const VERDICT = /^(Đề nghị công nhận đạt|Chưa đạt|Chưa đủ căn cứ đánh giá) "Chi bộ bốn tốt" năm \d{4}/;

/**
 * Whether the named list of ratings goes too: the sidebar's tick, or the menu's question (asked only when
 * the list is there to send).
 */
type RatingsChoice = boolean | (() => boolean);

/** Menu item: the addresses of `Email cấp ủy cấp trên`, the outcome in an alert. */
export function shareWithSuperior(): void {
  const ui = SpreadsheetApp.getUi();
  const response = shareChecked(null, () => askRatings(ui));
  if (!response.ok && response.grant) {
    ui.alert(MENU_TITLE, response.message, ui.ButtonSet.OK);
    askForDrivePermission();
    return;
  }
  const text = response.ok ? `${response.message}\n\nĐường dẫn: ${response.link}` : response.message;
  ui.alert(MENU_TITLE, text, ui.ButtonSet.OK);
}

/**
 * Sidebar call: the addresses as edited there, or those of `Email cấp ủy cấp trên` when none are given;
 * `withRatings`: the tick "Gửi kèm danh sách xếp loại đảng viên" (unticked unless exactly true).
 */
export function shareEvaluation(addresses?: readonly string[] | null, withRatings?: boolean): ShareResponse {
  // google.script.run hands over whatever the client sent: a list, or one string of addresses.
  const typed = Array.isArray(addresses)
    ? addresses.map(String)
    : typeof addresses === "string"
      ? [addresses]
      : null;
  return shareChecked(typed, withRatings === true);
}

function shareChecked(typed: readonly string[] | null, ratingsChoice: RatingsChoice): ShareResponse {
  const refusal = refusalBeforeSharing();
  if (refusal) return refusal;
  const locked = withDocumentLock(() => share(typed, ratingsChoice));
  return locked.ok ? locked.value : { ok: false, message: locked.message };
}

function askRatings(ui: GoogleAppsScript.Base.Ui): boolean {
  const question =
    "Gửi kèm danh sách xếp loại đảng viên trong bảng tính chia sẻ?\n\n" +
    "Chọn Có để gửi cả báo cáo đánh giá và danh sách xếp loại đảng viên (chỉ họ tên và xếp loại); " +
    "chọn Không để chỉ gửi báo cáo đánh giá.";
  return ui.alert(MENU_TITLE, question, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

function share(typed: readonly string[] | null, ratingsChoice: RatingsChoice): ShareResponse {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const outcome = assess(readWorkbookTables(spreadsheet), { today: todayInVietnam() });
  if (!outcome.ok) return { ok: false, message: outcome.message };
  const { evaluation, facts } = outcome.assessment;
  const emails = checkEmailList(typed ?? facts.superiorEmails);
  if (!emails.ok) return { ok: false, message: emails.message };
  const sheetName = reportSheetName(evaluation.year);
  const report = spreadsheet.getSheetByName(sheetName);
  if (!report || !isProductReport(report))
    return { ok: false, message: noReport(sheetName, report !== null) };
  const drive = typeof Drive === "undefined" ? undefined : Drive;
  if (!drive) return { ok: false, message: DRIVE_SERVICE_OFF };
  const ratingsName = ratingsSheetName(evaluation.year);
  const found = spreadsheet.getSheetByName(ratingsName);
  const ratings = found && isProductReport(found) ? found : null;
  if (ratingsChoice === true && !ratings)
    return { ok: false, message: noReport(ratingsName, found !== null) };
  const sheets =
    ratings && (typeof ratingsChoice === "function" ? ratingsChoice() : ratingsChoice)
      ? [report, ratings]
      : [report];

  const unit = evaluation.unit?.trim() || "Chi bộ";
  const name = sharedCopyName(unit, evaluation.year);
  let delivery: Delivery;
  try {
    delivery = deliver(drive, sheets, name, emails.addresses, {
      invitation: `${unit} gửi báo cáo đánh giá "Chi bộ bốn tốt" năm ${evaluation.year}${sheets.length > 1 ? " kèm danh sách xếp loại đảng viên" : ""} (chỉ xem).`,
      year: evaluation.year,
      fallbackVerdict: firstLine(conclusionText(evaluation)),
    });
  } catch (error) {
    return {
      ok: false,
      message: `Dịch vụ Google báo lỗi (${googleReason(error)}); lần này chưa chia sẻ thêm với ai. Hãy thử lại sau ít phút.`,
    };
  }
  const { copy, verdict, change } = delivery;
  if (!change.ok) return { ok: false, message: change.message };

  const link = copy.spreadsheet.getUrl();
  const notes = [...changeNotes(change)];
  try {
    appendShareLog(spreadsheet, {
      time: Utilities.formatDate(new Date(), VIETNAM_TIME_ZONE, "dd/MM/yyyy HH:mm"),
      addresses: emails.addresses,
      link,
      verdict,
      origin: copy.origin,
    });
  } catch (error) {
    notes.push(`Chưa ghi được Nhật ký chia sẻ: ${googleReason(error)}`);
  }
  return {
    ok: true,
    link,
    created: copy.origin !== "updated",
    verdict,
    addresses: emails.addresses,
    message: [
      doneSentence(
        copy.origin,
        name,
        sheets.map((sheet) => sheet.getName()),
        emails.addresses,
      ),
      ...notes,
    ].join(" "),
  };
}

interface Delivery {
  readonly copy: SharedCopy;
  readonly verdict: string;
  readonly change: ViewerChange;
}

/** The copy made or updated, then shared; a Google failure before the viewers change is thrown. */
function deliver(
  drive: GoogleAppsScript.Drive,
  sheets: readonly GoogleAppsScript.Spreadsheet.Sheet[],
  name: string,
  addresses: readonly string[],
  about: { readonly invitation: string; readonly year: number; readonly fallbackVerdict: string },
): Delivery {
  const copy = openOrCreateCopy(drive, about.year, name);
  const [values = []] = replaceWithSheets(sheets, copy.spreadsheet);
  const properties = PropertiesService.getDocumentProperties();
  const known = readViewerIds(properties, copy.fileId);
  const change = shareAsViewers(drive, copy.fileId, addresses, about.invitation, known);
  if (change.ok) writeViewerIds(properties, copy.fileId, known, change.viewerIds);
  return { copy, verdict: verdictIn(values) ?? about.fallbackVerdict, change };
}

function noReport(sheetName: string, foreign: boolean): string {
  const why = foreign
    ? `Trang "${sheetName}" trong bảng tính không do Chi bộ 4 tốt lập, nên không gửi đi.`
    : `Chưa có trang "${sheetName}".`;
  return `${why} Hãy chọn Chi bộ 4 tốt → Đánh giá cuối năm để lập trang đánh giá, kiểm tra lại rồi chia sẻ.`;
}

function doneSentence(
  origin: CopyOrigin,
  name: string,
  sheetNames: readonly string[],
  addresses: readonly string[],
): string {
  const to = `chia sẻ quyền xem với ${addresses.join(", ")}.`;
  const pages = sheetNames.map((sheetName) => `trang ${sheetName}`).join(" và ");
  switch (origin) {
    case "created":
      return `Đã tạo bảng tính riêng "${name}" chỉ gồm ${pages} (giá trị và định dạng) và ${to}`;
    case "updated":
      return `Đã cập nhật bảng tính "${name}" đã chia sẻ lần trước (vẫn đường dẫn cũ), nay chỉ gồm ${pages}, và ${to}`;
    default:
      return `Không mở được bảng tính chia sẻ lần trước (đã bị xóa, nằm trong thùng rác, hoặc do một tài khoản khác tạo), nên đã tạo bảng tính mới "${name}" và ${to}`;
  }
}

function changeNotes(change: Extract<ViewerChange, { ok: true }>): string[] {
  const notes: string[] = [];
  if (change.removed.length > 0) notes.push(`Đã bỏ quyền xem của ${change.removed.join(", ")}.`);
  if (change.linkSharingEnded) notes.push("Đã tắt quyền xem bằng đường liên kết công khai.");
  if (change.stillShared.length > 0) {
    notes.push(
      `Lưu ý: chưa gỡ được quyền của ${change.stillShared.join(", ")}; hãy mở bảng tính, bấm Chia sẻ và gỡ thủ công.`,
    );
  }
  if (change.notRestored.length > 0) {
    notes.push(
      `Lưu ý: ${change.notRestored.join(", ")} trước đây có quyền khác, quyền đó đã được gỡ nhưng chưa cấp lại được quyền xem; hãy chia sẻ lại.`,
    );
  }
  return notes;
}

/** The conclusion as it stands in the sheet (the one shared), without its final period. */
function verdictIn(values: readonly (readonly unknown[])[]): string | null {
  for (const row of values) {
    for (const value of row) {
      if (typeof value === "string" && VERDICT.test(value)) return firstLine(value);
    }
  }
  return null;
}

function firstLine(text: string): string {
  return (text.split("\n")[0] ?? "").trim().replace(/\.$/, "");
}
