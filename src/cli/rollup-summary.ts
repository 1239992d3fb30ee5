/** The readable Vietnamese summary `chibo4tot tong-hop` prints: totals, one line per cell, warnings. */
import {
  CRITERIA,
  formatPercent,
  INDICATORS,
  type Rollup,
  type RollupCell,
  UNREADABLE,
  VERDICTS,
} from "../core/index";

const share = (count: number, of: number) => (of > 0 ? ` (${formatPercent(count / of)})` : "");

function cellLine(cell: RollupCell, number: number): string {
  const name = cell.unit ?? "(không rõ tên)";
  if (cell.error !== null) return `${number}. ${UNREADABLE}: ${cell.source}\n     ${cell.error}`;
  const verdict = cell.status ? VERDICTS[cell.status] : "";
  const missed =
    cell.notPassed && cell.notPassed.length > 0 ? ` (chưa đạt: ${cell.notPassed.join(", ")})` : "";
  return `${number}. ${name}: ${verdict}${missed}\n     ${cell.source}`;
}

export function rollupSummary(rollup: Rollup): string {
  const { totals } = rollup;
  const year = rollup.year ?? "…";
  const lines = [
    `TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ "CHI BỘ BỐN TỐT" NĂM ${year}`,
    `Số chi bộ được tổng hợp: ${totals.cells}` +
      (totals.unreadable > 0 ? `; ${totals.unreadable} nguồn không đọc được (không tính).` : "."),
    `Đạt "Chi bộ bốn tốt": ${totals.passed}/${totals.cells} chi bộ${share(totals.passed, totals.cells)}.`,
    `Đạt từng tiêu chí: ${CRITERIA.map((c) => `${c.id} ${totals.byCriterion[c.id]}/${totals.cells}`).join("; ")}.`,
    "",
    ...rollup.cells.map((cell, index) => cellLine(cell, index + 1)),
  ];
  if (totals.notPassed.length > 0) {
    lines.push("", "Chỉ báo chưa đạt nhiều nhất:");
    for (const { id, count } of totals.notPassed.slice(0, 10)) {
      const name = INDICATORS.find((definition) => definition.id === id)?.name;
      lines.push(`  ${id}${name ? ` ${name}` : ""}: ${count} chi bộ`);
    }
  }
  if (rollup.warnings.length > 0)
    lines.push("", "Lưu ý:", ...rollup.warnings.map((warning) => `  - ${warning}`));
  return `${lines.join("\n")}\n`;
}
