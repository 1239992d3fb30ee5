/** Numbers typed as text, read the Vietnamese way (spec §2): `2,5` = 2.5, `1.000` = 1000. */

const THOUSANDS_WITH_DOTS = /^\d{1,3}(\.\d{3})+$/;
const THOUSANDS_WITH_DOTS_AND_DECIMAL = /^\d{1,3}(\.\d{3})+,\d+$/;
const PLAIN = /^\d+([.,]\d+)?$/;

/** The number a text means, or undefined when it is not a number. */
export function parseVietnameseNumber(text: string): number | undefined {
  const trimmed = text.replace(/\s+/g, "");
  const sign = trimmed.startsWith("-") ? -1 : 1;
  const digits = trimmed.replace(/^[-+]/, "");
  if (THOUSANDS_WITH_DOTS.test(digits)) return sign * Number(digits.replace(/\./g, ""));
  if (THOUSANDS_WITH_DOTS_AND_DECIMAL.test(digits)) {
    return sign * Number(digits.replace(/\./g, "").replace(",", "."));
  }
  if (PLAIN.test(digits)) return sign * Number(digits.replace(",", "."));
  return undefined;
}
