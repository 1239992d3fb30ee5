/** Every command that writes holds the document lock, so two clicks never make two sheets. */

const LOCK_WAIT_MS = 10_000;

const BUSY_MESSAGE =
  "Một thao tác khác của Chi bộ 4 tốt đang chạy trên bảng tính này. Vui lòng đợi giây lát rồi thử lại.";

export type Locked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string };

export function withDocumentLock<T>(work: () => T): Locked<T> {
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(LOCK_WAIT_MS)) return { ok: false, message: BUSY_MESSAGE };
  try {
    return { ok: true, value: work() };
  } finally {
    lock.releaseLock();
  }
}
