/**
 * Ghi đảng phí: choose a month (today's by default), tick the members who paid it, optionally type the
 * amount, save. A paid month shows ticked and unticking it blanks it; in a month nobody is recorded for
 * yet every blank starts ticked (the usual case: everyone paid); `Không` starts unticked; `Miễn` and
 * `Có lý do` are shown and locked (they are edited in the sheet). Without a `Đảng phí` sheet the panel
 * offers Theo dõi đảng phí.
 */
import { formatNumber } from "../core/index";
import type { DuesMonthMember, DuesMonthResponse, DuesMonthView } from "../protocol/dues";
import type { StateResponse } from "../protocol/sidebar";
import { byId, h } from "./dom";
import { clearFieldErrors, clearFormStatus, setBusy, showFieldErrors, showFormStatus } from "./form-fields";
import { callServer, failureMessage } from "./server";

const LOCKED: Readonly<Record<string, string>> = { exempt: "Miễn", excused: "Có lý do", unreadable: "" };

/** `50000` → `50.000`; anything else as typed. */
function shown(text: string): string {
  return /^\d+(\.\d+)?$/.test(text) ? formatNumber(Number(text), 0) : text;
}

function memberItem(member: DuesMonthMember, index: number, fresh: boolean): HTMLLIElement {
  const id = `dues-member-${index}`;
  const locked = LOCKED[member.state];
  const box = h("input", { id, type: "checkbox", name: "paid", value: member.name });
  box.checked = member.state === "paid" || (member.state === "blank" && fresh);
  box.disabled = locked !== undefined;
  box.dataset.state = member.state;
  const note =
    member.state === "unreadable"
      ? `${member.text ? `"${member.text}" không đọc được` : "trùng dòng hoặc trùng tên"} · sửa trong trang`
      : locked !== undefined
        ? `${member.text || locked} · sửa trong trang`
        : member.state === "paid"
          ? `đã ghi ${shown(member.text)}`
          : member.row === null
            ? "chưa có dòng, sẽ thêm khi lưu"
            : member.state === "unpaid"
              ? `đã ghi ${member.text}`
              : "";
  return h(
    "li",
    { class: `check dues-member dues-${member.state}` },
    box,
    h("label", { for: id }, member.name),
    note ? h("span", { class: "dues-note" }, note) : null,
  );
}

export function duesPanel(paint: (response: StateResponse) => boolean): void {
  const month = h("select", { id: "d-month", name: "month" });
  for (let value = 1; value <= 12; value++)
    month.append(h("option", { value: String(value) }, `Tháng ${value}`));
  const amount = h("input", {
    id: "d-amount",
    name: "amount",
    type: "number",
    min: "1",
    step: "any",
    inputmode: "numeric",
    placeholder: "Để trống: ghi x",
  });
  const list = h("ul", {
    id: "dues-members",
    class: "dues-members",
    "aria-label": "Đảng viên phải đóng tháng này",
  });
  const summary = h("p", { class: "hint", id: "dues-summary" });
  const save = h("button", { type: "submit", class: "primary" }, "Lưu đảng phí");
  const form = h(
    "form",
    { id: "dues-form", novalidate: "" },
    h(
      "div",
      { class: "row" },
      h("div", { class: "field" }, h("label", { for: "d-month" }, "Tháng"), month),
      h("div", { class: "field" }, h("label", { for: "d-amount" }, "Số tiền (đồng)"), amount),
    ),
    summary,
    list,
    h("div", { class: "form-actions" }, save),
  );
  const missing = h("p", { class: "hint", id: "dues-missing" });
  const track = h("button", { id: "track-dues", type: "button" }, "Theo dõi đảng phí");
  const trackHint = h(
    "p",
    { class: "hint" },
    "Tạo trang Đảng phí với danh sách đảng viên, hoặc thêm đảng viên mới vào cuối trang; không sửa ô nào đã ghi.",
  );
  const panel = h(
    "details",
    { id: "dues-panel", class: "entry" },
    h("summary", {}, "Ghi đảng phí"),
    form,
    h("div", { class: "dues-track" }, missing, track, trackHint),
  );
  byId("member-panel").after(panel);
  let loaded = false;

  function render(view: DuesMonthView): void {
    form.hidden = false;
    missing.hidden = true;
    month.value = String(view.month);
    // A month nobody is recorded for yet is being collected: everyone starts ticked. Once some are
    // recorded, a blank month is someone who has not paid, and starts unticked.
    const fresh = view.members.every((member) => member.state !== "paid");
    list.replaceChildren(...view.members.map((member, index) => memberItem(member, index, fresh)));
    summary.textContent =
      view.members.length === 0
        ? `Không có đảng viên nào phải đóng đảng phí tháng ${view.month}/${view.year}.`
        : `Tháng ${view.month}/${view.year}: ${view.members.length} đảng viên phải đóng. Đánh dấu người đã đóng.`;
  }

  function show(response: DuesMonthResponse): void {
    loaded = true;
    if (response.ok) {
      render(response.view);
      return;
    }
    form.hidden = response.sheetMissing;
    list.replaceChildren();
    missing.hidden = false;
    missing.textContent = response.sheetMissing
      ? "Chi bộ chưa theo dõi đảng phí trong bảng tính. Bấm Theo dõi đảng phí để tạo trang Đảng phí."
      : response.message;
  }

  async function load(chosen: number | null): Promise<void> {
    clearFormStatus(form);
    try {
      show(await callServer("getDuesMonth", chosen));
    } catch (error) {
      showFormStatus(form, "error", failureMessage(error));
    }
  }

  async function submit(): Promise<void> {
    clearFormStatus(form);
    clearFieldErrors(form);
    const typed = amount.value.trim();
    const value = typed === "" ? null : Number(typed);
    if (amount.validity.badInput || (value !== null && !(Number.isFinite(value) && value > 0))) {
      showFieldErrors(form, [
        { field: "amount", message: "Số tiền phải lớn hơn 0, hoặc để trống để ghi x." },
      ]);
      return;
    }
    const boxes = [...list.querySelectorAll<HTMLInputElement>("input[name=paid]:not(:disabled)")];
    setBusy(save, "Đang lưu…");
    try {
      const response = await callServer("saveDuesMonth", {
        month: Number(month.value),
        amount: value,
        paid: boxes.filter((box) => box.checked).map((box) => box.value),
        unpaid: boxes.filter((box) => !box.checked).map((box) => box.value),
      });
      if (!response.ok) {
        showFormStatus(form, "error", response.message);
        return;
      }
      render(response.view);
      paint(response.state);
      showFormStatus(form, "success", response.message);
    } catch (error) {
      showFormStatus(form, "error", failureMessage(error));
    } finally {
      setBusy(save, null);
    }
  }

  async function startTracking(): Promise<void> {
    setBusy(track, "Đang cập nhật…");
    try {
      const response = await callServer("trackDues");
      if (!response.ok) {
        missing.hidden = false;
        missing.textContent = response.message;
        return;
      }
      show(response.dues);
      paint(response.state);
      showFormStatus(form, "success", response.message);
    } catch (error) {
      missing.hidden = false;
      missing.textContent = failureMessage(error);
    } finally {
      setBusy(track, null);
    }
  }

  panel.addEventListener("toggle", () => {
    if (panel.open && !loaded) void load(null);
  });
  month.addEventListener("change", () => void load(Number(month.value)));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void submit();
  });
  track.addEventListener("click", () => void startTracking());
}
