/** Việc cần làm (spec §8): overdue items first in red with their date, each with Đi tới when it has a row. */
import type { SidebarState, TodoView } from "../protocol/sidebar";
import { byId, displayDate, h } from "./dom";
import type { GoTo } from "./problems";

function dueLabel(item: TodoView): string | null {
  if (item.due === null) return null;
  return `${item.overdue ? "Quá hạn" : "Hạn"} ${displayDate(item.due)}`;
}

function todoItem(item: TodoView, goTo: GoTo): HTMLElement {
  const due = dueLabel(item);
  const line = h(
    "div",
    { class: "line" },
    due === null ? null : h("span", { class: "due" }, due),
    h("span", { class: "subject" }, item.subject ?? ""),
  );
  if (item.row !== null) {
    const button = h(
      "button",
      { type: "button", class: "go-to", "aria-label": `Đi tới ${item.sheet} · dòng ${item.row}` },
      "Đi tới",
    );
    button.addEventListener("click", () => goTo({ sheet: item.sheet, row: item.row, column: null }));
    line.append(button);
  }
  return h(
    "li",
    {
      class: `todo-item${item.overdue ? " todo-overdue" : ""}`,
      "data-kind": item.kind,
      "data-overdue": String(item.overdue),
    },
    line,
    h("p", { class: "message" }, item.message),
  );
}

export function renderTodo(state: SidebarState, goTo: GoTo): void {
  const { todo } = state;
  const overdue = todo.filter((item) => item.overdue).length;
  byId("todo-count").textContent =
    todo.length === 0 ? "" : `(${todo.length}${overdue > 0 ? `, trong đó ${overdue} quá hạn` : ""})`;
  const items = todo.map((item) => todoItem(item, goTo));
  if (items.length === 0) items.push(h("li", { class: "empty" }, "Không có việc nào cần làm ngay"));
  byId("todo").replaceChildren(...items);
}
