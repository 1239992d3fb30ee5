/** The data problems, errors first, each with a button that selects the offending cell. */
import type { CellTarget, ProblemView, SidebarState } from "../protocol/sidebar";
import { byId, h } from "./dom";

export type GoTo = (target: CellTarget) => void;

function location(problem: ProblemView): string {
  const parts = [problem.sheet];
  if (problem.row !== null) parts.push(`dòng ${problem.row}`);
  if (problem.column !== null) parts.push(`cột ${problem.column}`);
  return parts.join(" · ");
}

function problemItem(problem: ProblemView, goTo: GoTo): HTMLElement {
  const where = location(problem);
  const item = h(
    "li",
    { class: `problem problem-${problem.severity}` },
    h(
      "div",
      { class: "line" },
      h("span", { class: "severity" }, problem.severity === "error" ? "Lỗi" : "Cảnh báo"),
      h("span", { class: "where" }, where),
    ),
    h("p", { class: "message" }, problem.message),
  );
  if (problem.row !== null) {
    const button = h("button", { type: "button", class: "go-to", "aria-label": `Đi tới ${where}` }, "Đi tới");
    button.addEventListener("click", () =>
      goTo({ sheet: problem.sheet, row: problem.row, column: problem.column }),
    );
    item.querySelector(".line")?.append(button);
  }
  return item;
}

export function renderProblems(state: SidebarState, goTo: GoTo): void {
  const { problems, problemCount: total, errorCount: errors } = state;
  byId("problem-count").textContent =
    total === 0 ? "" : `(${total}${errors > 0 ? `, trong đó ${errors} lỗi` : ""})`;
  const items: HTMLElement[] = problems.map((problem) => problemItem(problem, goTo));
  if (total === 0) items.push(h("li", { class: "empty" }, "Không có vấn đề nào trong dữ liệu."));
  if (total > problems.length) {
    items.push(
      h(
        "li",
        { class: "more" },
        `Còn ${total - problems.length} vấn đề khác: hãy sửa các vấn đề trên rồi bấm Làm mới.`,
      ),
    );
  }
  byId("problems").replaceChildren(...items);
}
