/** The year, the as-of date, the verdict and the four criteria with their indicators. */

import { STATUS_LABELS, type Status } from "../core/index";
import type { CriterionView, IndicatorView, SidebarState } from "../protocol/sidebar";
import { byId, displayDate, h } from "./dom";

function badge(status: Status): HTMLElement {
  return h("span", { class: `badge badge-${status.replace("/", "")}` }, STATUS_LABELS[status]);
}

function figures(indicator: IndicatorView): HTMLElement | null {
  if (!indicator.value && !indicator.threshold) return null;
  return h(
    "p",
    { class: "figures" },
    indicator.value ? `Kết quả: ${indicator.value}` : "",
    indicator.value && indicator.threshold ? " · " : "",
    indicator.threshold ? `Yêu cầu: ${indicator.threshold}` : "",
  );
}

function indicatorItem(indicator: IndicatorView): HTMLElement {
  return h(
    "li",
    { class: "indicator", "data-indicator": indicator.id, "data-status": indicator.status },
    h(
      "div",
      { class: "line" },
      h("span", { class: "name" }, `${indicator.id}. ${indicator.name}`),
      badge(indicator.status),
    ),
    figures(indicator),
    indicator.detail ? h("p", { class: "detail" }, indicator.detail) : null,
  );
}

function criterionBlock(criterion: CriterionView, position: number): HTMLDetailsElement {
  const block = h(
    "details",
    { class: "criterion", "data-criterion": criterion.id, "data-status": criterion.status },
    h("summary", {}, h("span", { class: "name" }, `${position}. ${criterion.name}`), badge(criterion.status)),
    h("ul", { class: "indicators" }, ...criterion.indicators.map(indicatorItem)),
  );
  // What needs work is open; what already passes stays folded.
  block.open = criterion.status !== "pass" && criterion.status !== "n/a";
  return block;
}

export function renderDashboard(state: SidebarState): void {
  byId("unit").textContent = state.unit ?? "Chi bộ";
  byId("period").textContent = `Năm ${state.year} · số liệu tính đến ${displayDate(state.asOf)}`;
  const verdict = byId("verdict");
  verdict.textContent = state.verdict;
  verdict.dataset.status = state.status;
  verdict.hidden = false;
  // A refresh keeps each criterion folded or open as the secretary left it.
  const openBefore = new Map(
    [...document.querySelectorAll<HTMLDetailsElement>("details.criterion")].map((block) => [
      block.dataset.criterion,
      block.open,
    ]),
  );
  const blocks = state.criteria.map((criterion, index) => {
    const block = criterionBlock(criterion, index + 1);
    block.open = openBefore.get(criterion.id) ?? block.open;
    return block;
  });
  byId("criteria").replaceChildren(...blocks);
}
