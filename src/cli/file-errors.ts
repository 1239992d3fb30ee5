/** Node's file errors said in Vietnamese, naming the file. */
import { CliError } from "./cli-error";

export function fileError(error: unknown, path: string, action: "đọc" | "ghi"): CliError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return new CliError(
        action === "đọc"
          ? `Không tìm thấy tệp "${path}".`
          : `Không ghi được "${path}": thư mục chứa tệp không tồn tại.`,
      );
    case "EACCES":
    case "EPERM":
      return new CliError(`Không có quyền ${action} tệp "${path}".`);
    case "EBUSY":
      return new CliError(`Tệp "${path}" đang được mở bởi chương trình khác; hãy đóng tệp rồi thử lại.`);
    case "EISDIR":
      return new CliError(`"${path}" là một thư mục, không phải tệp .xlsx.`);
    case "ENOSPC":
    case "EDQUOT":
      return new CliError(`Không ghi được "${path}": ổ đĩa đã đầy; tệp cũ (nếu có) vẫn giữ nguyên.`);
    case "EEXIST":
      return new CliError(`Tệp "${path}" đã có; không ghi đè. Hãy chọn tên tệp khác.`);
    default:
      return new CliError(`Không ${action} được tệp "${path}".`);
  }
}
