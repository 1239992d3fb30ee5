/**
 * Kiểm điểm cuối năm: from 1 November, who has handed in what (`Bản kiểm điểm đã nộp 18/24`), each line
 * opening the names still missing, each with Đi tới to the cell to fill in.
 */
import type { ChecklistItem, SidebarState } from "../protocol/sidebar";
import { byId, h } from "./dom";
import type { GoTo } from "./problems";

function missingEntry(entry: ChecklistItem["missing"][number], goTo: GoTo): HTMLElement {
  const button = h(
    "button",
    { type: "button", class: "go-to", "aria-label": `Đi tới ${entry.label}` },
    "Đi tới",
  );
  button.addEventListener("click", () => goTo(entry.target));
  return h("li", { class: "line" }, h("span", { class: "name" }, entry.label), button);
}

function checklistItem(item: ChecklistItem, goTo: GoTo): HTMLElement {
  const head = [h("span", { class: "name" }, item.label), h("span", { class: "count" }, item.count)];
  if (item.complete) {
    return h("li", { class: "check-item check-done" }, h("div", { class: "line" }, ...head));
  }
  return h(
    "li",
    { class: "check-item check-open" },
    h(
      "details",
      {},
      h("summary", { class: "line" }, ...head),
      h("ul", { class: "check-missing" }, ...item.missing.map((entry) => missingEntry(entry, goTo))),
    ),
  );
}

export function renderYearEndChecklist(state: SidebarState, goTo: GoTo): void {
  const section = byId("year-end-section");
  section.hidden = state.yearEnd === null;
  byId("year-end-checklist").replaceChildren(
    ...(state.yearEnd ?? []).map((item) => checklistItem(item, goTo)),
  );
}
