/** Pixel widths (as the schema and the report give them) in Excel's units. */

/** Excel measures a column in widths of the digit 0 of the default font, about 7 px plus padding. */
export function columnWidthInCharacters(pixels: number): number {
  return Math.max(1, Math.round(((pixels - 5) / 7) * 100) / 100);
}

/** `#rrggbb` → ExcelJS's `FFRRGGBB`. */
export function argb(color: string): string {
  return `FF${color.replace("#", "").toUpperCase()}`;
}
