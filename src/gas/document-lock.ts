/** Every command that writes holds the document lock, so two clicks never make two sheets. */

const LOCK_WAIT_MS = 10_000;

const BUSY_MESSAGE =
  "Một thao tác khác của Chi bộ 4 tốt đang chạy trên bảng tính này. Vui lòng đợi giây lát rồi thử lại.";

const NO_DOCUMENT_MESSAGE =
  "Chi bộ 4 tốt chỉ ghi được khi chạy từ trong một bảng tính đang mở. Hãy mở bảng tính của chi bộ rồi chọn lại lệnh trong menu Tiện ích.";

export type Locked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string };

export function withDocumentLock<T>(work: () => T): Locked<T> {
  // Null outside a document (a standalone run, an add-on not opened in a spreadsheet): not "busy".
  const lock = LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null;
  if (!lock) return { ok: false, message: NO_DOCUMENT_MESSAGE };
  if (!lock.tryLock(LOCK_WAIT_MS)) return { ok: false, message: BUSY_MESSAGE };
  try {
    return { ok: true, value: work() };
  } finally {
    lock.releaseLock();
  }
}
