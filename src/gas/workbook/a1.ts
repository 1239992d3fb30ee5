/** A1 notation of 1-based cells: `columnLetter(28)` = `AB`. */
function columnLetter(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** `A1:D7` for a block starting at (row, column), 1-based. */
export function a1Range(row: number, column: number, rows: number, columns: number): string {
  const first = `${columnLetter(column)}${row}`;
  if (rows === 1 && columns === 1) return first;
  return `${first}:${columnLetter(column + columns - 1)}${row + rows - 1}`;
}
