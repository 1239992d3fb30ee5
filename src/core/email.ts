/**
 * The addresses the year-end evaluation is shared with (`Email cấp ủy cấp trên`): split, checked
 * and deduplicated before anything is shared, by the server and by the sidebar alike.
 */

/** The separators the secretary may type between addresses, as in `Thông tin chung`. */
const SEPARATORS = /[,;\s]+/;

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const MAX_LENGTH = 254;

/** `a@b.c, d@e.f; g@h.i` → the addresses, in order, blanks dropped. */
export function splitEmailList(text: string): string[] {
  return text.split(SEPARATORS).filter((part) => part.length > 0);
}

/**
 * An address Google accepts for sharing: ASCII, one `@`, a dotted domain. Stricter than RFC 5322 on
 * purpose (no quoted local parts, no IP literals): a typo must be caught here, not by Drive midway.
 */
export function isEmailAddress(text: string): boolean {
  if (text.length > MAX_LENGTH) return false;
  const at = text.lastIndexOf("@");
  if (at <= 0 || text.indexOf("@") !== at) return false;
  const labels = text.slice(at + 1).split(".");
  return (
    LOCAL_PART.test(text.slice(0, at)) &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    /^[A-Za-z]{2,}$/.test(labels[labels.length - 1] ?? "")
  );
}

export type EmailListCheck =
  | { readonly ok: true; readonly addresses: readonly string[] }
  | { readonly ok: false; readonly message: string };

const WHERE = 'mục "Email cấp ủy cấp trên" của trang Thông tin chung hoặc trong bảng điều khiển';

/**
 * Every address valid, at least one, each once (addresses differing only in case are one); the
 * message names every invalid address so the secretary fixes them all at once.
 */
export function checkEmailList(addresses: readonly string[]): EmailListCheck {
  const trimmed = addresses.flatMap((address) => splitEmailList(String(address)));
  if (trimmed.length === 0) {
    return {
      ok: false,
      message: `Chưa có địa chỉ email nào của cấp ủy cấp trên. Hãy điền vào ${WHERE} (các địa chỉ cách nhau bởi dấu phẩy).`,
    };
  }
  const invalid = trimmed.filter((address) => !isEmailAddress(address));
  if (invalid.length > 0) {
    const quoted = invalid.map((address) => `"${address}"`).join(", ");
    const noun = invalid.length === 1 ? "Địa chỉ email" : "Các địa chỉ email";
    return {
      ok: false,
      message: `${noun} ${quoted} không hợp lệ (cần dạng ten@donvi.gov.vn). Hãy sửa ở ${WHERE}; chưa chia sẻ với ai.`,
    };
  }
  const seen = new Set<string>();
  const unique = trimmed.filter((address) => {
    const key = address.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { ok: true, addresses: unique };
}
