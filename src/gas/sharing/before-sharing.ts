/**
 * What stops Chia sẻ với cấp trên before it reads or creates anything: the sample year still in
 * the sheets (a fictional cell must never reach the superior committee), or the Drive permission
 * unticked at the granular consent screen.
 */
import type { ShareResponse } from "../../protocol/sidebar";
import { readSampleRecord } from "../first-run/sample-marks";
import { missingDrivePermission } from "./drive-permission";

const SAMPLE_NOT_SHARED =
  "Bảng tính đang chứa dữ liệu mẫu của một chi bộ giả định, nên không gửi cấp trên. " +
  "Hãy mở bảng điều khiển, bấm Xóa dữ liệu mẫu, nhập số liệu của chi bộ, lập lại trang đánh giá rồi chia sẻ.";

export function refusalBeforeSharing(): Extract<ShareResponse, { ok: false }> | null {
  if (readSampleRecord(PropertiesService.getDocumentProperties())) {
    return { ok: false, message: SAMPLE_NOT_SHARED };
  }
  const missing = missingDrivePermission();
  if (missing) return { ok: false, message: missing.message, grant: { url: missing.authorizationUrl } };
  return null;
}
