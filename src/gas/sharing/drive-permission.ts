/**
 * Granular consent: a secretary may untick the Drive permission (`drive.file`) when she first
 * authorizes the script. Everything but sharing works without it; sharing checks it before doing
 * anything and says, in Vietnamese, which permission it needs and how to grant it.
 */

export const DRIVE_FILE_SCOPE = "https://www.googleapis.com/auth/drive.file";

export interface MissingPermission {
  readonly message: string;
  /** Google's page to grant the missing permission (null when Google gives none). */
  readonly authorizationUrl: string | null;
}

const NEEDS_DRIVE_FILE =
  "Chưa chia sẻ được: tiện ích cần quyền truy cập những tệp Google Drive do chính tiện ích tạo " +
  "(drive.file) để tạo bảng tính riêng gửi cấp trên và cho cấp trên quyền xem. Khi cấp quyền lần đầu, " +
  "ô của quyền này đã không được đánh dấu. Cách cấp: bấm Cấp quyền trong bảng điều khiển, hoặc chọn menu Chi bộ 4 tốt → " +
  "Chia sẻ với cấp trên rồi đồng ý khi Google hỏi quyền; đánh dấu ô về các tệp Google Drive mà ứng dụng này dùng, " +
  "bấm Tiếp tục, rồi chia sẻ lại. " +
  "Tiện ích không thấy tệp nào khác trong Drive của bạn; các chức năng khác vẫn dùng bình thường khi chưa có quyền này.";

/** null when the secretary has granted `drive.file`. */
export function missingDrivePermission(): MissingPermission | null {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [DRIVE_FILE_SCOPE]);
  if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) return null;
  return { message: NEEDS_DRIVE_FILE, authorizationUrl: info.getAuthorizationUrl() || null };
}

/** From the menu: Google's own prompt for the permission; it ends this execution (ScriptApp.requireScopes). */
export function askForDrivePermission(): void {
  ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [DRIVE_FILE_SCOPE]);
}
