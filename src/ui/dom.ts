/**
 * Building elements with text only: every string becomes a Text node, so a name such as
 * `<img src=x onerror=…>` typed in the sheet is shown, never parsed.
 */

type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Missing #${id} in sidebar.html`);
  return element as T;
}

/** Replaces the options of a select, keeping a leading blank option when asked. */
export function fillSelect(select: HTMLSelectElement, labels: readonly string[], blankLabel?: string): void {
  const chosen = select.value;
  const options = labels.map((label) => h("option", { value: label }, label));
  if (blankLabel !== undefined) options.unshift(h("option", { value: "" }, blankLabel));
  select.replaceChildren(...options);
  if ([...select.options].some((option) => option.value === chosen)) select.value = chosen;
}

/** `2024-06-15` → `15/06/2024` */
export function displayDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}
