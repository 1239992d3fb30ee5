/**
 * Absentees picked from the member list, each excused (có lý do) or not: the two name lists of a
 * meeting without typing a name by hand.
 */
import { byId, fillSelect, h } from "./dom";

interface Absence {
  readonly name: string;
  readonly excused: boolean;
}

export interface AbsenteePicker {
  setMembers(names: readonly string[]): void;
  excused(): string[];
  unexcused(): string[];
  clear(): void;
}

export function absenteePicker(): AbsenteePicker {
  const nameSelect = byId<HTMLSelectElement>("absentee-name");
  const kindSelect = byId<HTMLSelectElement>("absentee-kind");
  const list = byId<HTMLUListElement>("absentees");
  let absences: Absence[] = [];

  function render(): void {
    list.replaceChildren(
      ...absences.map((absence) => {
        const remove = h(
          "button",
          { type: "button", class: "link", "aria-label": `Bỏ ${absence.name} khỏi danh sách vắng` },
          "Bỏ",
        );
        remove.addEventListener("click", () => {
          absences = absences.filter((other) => other.name !== absence.name);
          render();
          nameSelect.focus();
        });
        return h(
          "li",
          {},
          h("span", {}, absence.name),
          h("span", { class: "muted" }, absence.excused ? " — có lý do " : " — không lý do "),
          remove,
        );
      }),
    );
  }

  byId("absentee-add").addEventListener("click", () => {
    const name = nameSelect.value;
    if (!name) return;
    const excused = kindSelect.value === "excused";
    absences = [...absences.filter((other) => other.name !== name), { name, excused }];
    render();
  });

  return {
    setMembers(names) {
      fillSelect(nameSelect, names, names.length > 0 ? "— Chọn đảng viên —" : "— Chưa có đảng viên —");
    },
    excused: () => absences.filter((absence) => absence.excused).map((absence) => absence.name),
    unexcused: () => absences.filter((absence) => !absence.excused).map((absence) => absence.name),
    clear() {
      absences = [];
      render();
    },
  };
}
