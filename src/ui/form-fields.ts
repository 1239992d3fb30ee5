/**
 * Reading a form's inputs and showing a problem beside the input it concerns. Inputs are named by
 * the schema key of their column, so the server's problems land on the right input.
 */
import { displayDate, h } from "./dom";

export interface FieldError {
  /** The input's name (a schema key), or null for the form as a whole. */
  readonly field: string | null;
  readonly message: string;
}

type Input = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function input(form: HTMLFormElement, name: string): Input {
  const element = form.elements.namedItem(name);
  if (!element) throw new Error(`Missing input ${name} in ${form.id}`);
  return element as Input;
}

export function text(form: HTMLFormElement, name: string): string {
  return input(form, name).value.trim();
}

export function checked(form: HTMLFormElement, name: string): boolean {
  return (input(form, name) as HTMLInputElement).checked;
}

/** A number input: null when blank, NaN when the browser could not read it. */
export function number(form: HTMLFormElement, name: string): number | null {
  const field = input(form, name) as HTMLInputElement;
  if (field.value.trim() === "") return field.validity.badInput ? Number.NaN : null;
  return Number(field.value);
}

function errorSlot(form: HTMLFormElement, field: string | null): HTMLElement {
  const id = `${form.id}-${field ?? "form"}-error`;
  const existing = document.getElementById(id);
  if (existing) return existing;
  const slot = h("p", { class: "field-error", id });
  if (field === null) {
    form.querySelector(".form-actions")?.before(slot);
  } else {
    const target = form.elements.namedItem(field) as Input | null;
    const wrapper = target?.closest(".field") ?? form.querySelector(`[data-field~="${field}"]`);
    if (wrapper) wrapper.append(slot);
    else form.querySelector(".form-actions")?.before(slot);
    target?.setAttribute("aria-describedby", id);
  }
  return slot;
}

export function showFieldErrors(form: HTMLFormElement, errors: readonly FieldError[]): void {
  clearFieldErrors(form);
  for (const error of errors) {
    const slot = errorSlot(form, error.field);
    slot.textContent = slot.textContent ? `${slot.textContent} ${error.message}` : error.message;
    if (error.field !== null) {
      const target = form.elements.namedItem(error.field) as Input | null;
      target?.setAttribute("aria-invalid", "true");
    }
  }
  const first = form.querySelector<HTMLElement>("[aria-invalid=true]");
  first?.focus();
}

export function clearFieldErrors(form: HTMLFormElement): void {
  for (const slot of form.querySelectorAll(".field-error")) slot.remove();
  for (const field of form.querySelectorAll("[aria-invalid]")) field.removeAttribute("aria-invalid");
}

/** The outcome of a save, under the form's button where the secretary is looking. */
export function showFormStatus(form: HTMLFormElement, kind: "success" | "error", message: string): void {
  let status = form.querySelector<HTMLElement>(".form-status");
  if (!status) {
    status = h("p", { class: "form-status", role: "status" });
    form.append(status);
  }
  status.className = `form-status form-status-${kind}`;
  status.textContent = message;
}

export function clearFormStatus(form: HTMLFormElement): void {
  form.querySelector(".form-status")?.remove();
}

export function setBusy(button: HTMLButtonElement, busyLabel: string | null): void {
  if (busyLabel !== null) {
    button.dataset.label = button.textContent ?? "";
    button.textContent = busyLabel;
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
  } else {
    button.textContent = button.dataset.label ?? button.textContent;
    button.disabled = false;
    button.removeAttribute("aria-busy");
  }
}

/**
 * The browser draws a date picker in its own locale (mm/dd/yyyy on an English system), so the
 * chosen day is repeated the Vietnamese way under each date input.
 */
export function echoDates(form: HTMLFormElement): void {
  for (const field of form.querySelectorAll<HTMLInputElement>("input[type=date]")) {
    const echo = h("p", { class: "hint date-echo", "aria-hidden": "true" });
    field.after(echo);
    const update = () => {
      echo.textContent = field.value ? `Ngày ${displayDate(field.value)}` : "";
    };
    field.addEventListener("input", update);
    field.addEventListener("change", update);
    form.addEventListener("reset", () => setTimeout(update));
  }
}
