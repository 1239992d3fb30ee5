/**
 * The bytes of a file the user named, read only when it is a regular file of a bounded size: a FIFO, a
 * device such as /dev/zero or a directory is refused before a byte is read.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { CliError } from "./cli-error";
import { fileError } from "./file-errors";
import { megabytes, XLSX_LIMITS } from "./xlsx-limits";

const notRegular = (path: string) =>
  new CliError(
    `"${path}" không phải là một tệp bình thường (có thể là thư mục, thiết bị hoặc đường ống); hãy chỉ ra một tệp .xlsx.`,
  );

export const tooLargeFile = (path: string, bytes: number) =>
  new CliError(
    `Tệp "${path}" quá lớn (${megabytes(bytes)}); chỉ đọc tệp .xlsx đến ${megabytes(XLSX_LIMITS.fileBytes)}: hãy xóa các sheet, hình ảnh và dòng không dùng rồi lưu lại.`,
  );

/**
 * Opening without blocking lets a FIFO be inspected instead of waited on; `fstat` of the opened file,
 * not of the name, so the name cannot be swapped in between.
 */
export function readBoundedFile(path: string, maxBytes: number = XLSX_LIMITS.fileBytes): Buffer {
  return withRegularFile(path, (descriptor, size) => {
    if (size > maxBytes) throw tooLargeFile(path, size);
    // One byte more than allowed: a file that grew since fstat is caught, not cut.
    const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
    let filled = 0;
    for (;;) {
      const read = readSync(descriptor, buffer, filled, buffer.length - filled, null);
      if (read === 0) break;
      filled += read;
      if (filled === buffer.length) break;
    }
    if (filled > maxBytes) throw tooLargeFile(path, filled);
    return buffer.subarray(0, filled);
  });
}

/** Refuses what is missing, unreadable or not a regular file, reading nothing. */
export function checkRegularFile(path: string): void {
  withRegularFile(path, () => undefined);
}

function withRegularFile<T>(path: string, use: (descriptor: number, size: number) => T): T {
  let descriptor: number;
  try {
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw fileError(error, path, "đọc");
  }
  try {
    const stats = fstatSync(descriptor);
    if (stats.isDirectory()) throw fileError(Object.assign(new Error(), { code: "EISDIR" }), path, "đọc");
    if (!stats.isFile()) throw notRegular(path);
    return use(descriptor, stats.size);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw fileError(error, path, "đọc");
  } finally {
    closeSync(descriptor);
  }
}
