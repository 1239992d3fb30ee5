/** The sidebar: one server call paints everything; saves and actions repaint from what they return. */
import type { CellTarget, FieldProblem, SaveResponse, StateResponse } from "../protocol/sidebar";
import { renderDashboard } from "./dashboard";
import { byId } from "./dom";
import { duesPanel } from "./dues-panel";
import {
  clearFieldErrors,
  clearFormStatus,
  echoDates,
  type FieldError,
  setBusy,
  showFieldErrors,
  showFormStatus,
} from "./form-fields";
import { showGrantLink } from "./grant-link";
import { meetingForm } from "./meeting-form";
import { memberForm } from "./member-form";
import { clearNotice, showNotice } from "./notice";
import { renderProblems } from "./problems";
import { callServer, failureMessage } from "./server";
import { shareForm } from "./share-form";
import { startPanel } from "./start-panel";
import { renderTodo } from "./todo";
import { renderYearEndChecklist } from "./year-end-checklist";

const meetings = meetingForm();
const members = memberForm();
const sharing = shareForm();
const refreshButton = byId<HTMLButtonElement>("refresh");
const yearEndButton = byId<HTMLButtonElement>("year-end");
const start = startPanel(paint);
duesPanel(paint);

function goTo(target: CellTarget): void {
  callServer("goToCell", target)
    .then((response) => {
      if (!response.ok) showNotice("error", response.message);
    })
    .catch((error: unknown) => showNotice("error", failureMessage(error)));
}

/** Paints the state; false when the workbook could not be read. */
function paint(response: StateResponse): boolean {
  // On the first run the welcome panel says what to do; the engine's "cannot read" is no news then.
  const welcoming = start.render(response.start);
  if (!response.ok) {
    if (!welcoming) showNotice("error", response.message);
    return false;
  }
  renderTodo(response.state, goTo);
  renderYearEndChecklist(response.state, goTo);
  renderDashboard(response.state);
  renderProblems(response.state, goTo);
  meetings.update(response.state);
  members.update(response.state);
  sharing.update(response.state);
  return true;
}

async function refresh(): Promise<void> {
  setBusy(refreshButton, "Đang tải…");
  try {
    if (paint(await callServer("getSidebarState"))) clearNotice();
  } catch (error) {
    showNotice("error", failureMessage(error));
  } finally {
    setBusy(refreshButton, null);
    // Marks that the first answer (or failure) is in: the browser tests wait on it.
    document.body.dataset.loaded = "true";
  }
}

async function runYearEnd(): Promise<void> {
  setBusy(yearEndButton, "Đang đánh giá…");
  showNotice("info", "Đang lập sheet đánh giá cuối năm…");
  try {
    const response = await callServer("runYearEnd");
    if (response.ok) {
      const sheets = [response.sheetName, response.ratingsSheetName].filter((name) => name !== null);
      showNotice(
        "success",
        `Đã lập ${sheets.map((name) => `sheet "${name}"`).join(" và ")}. ${response.verdict}`,
      );
    } else showNotice("error", response.message);
  } catch (error) {
    showNotice("error", failureMessage(error));
  } finally {
    setBusy(yearEndButton, null);
  }
}

const asFieldErrors = (problems: readonly FieldProblem[]): FieldError[] =>
  problems.map((problem) => ({ field: problem.field, message: problem.message }));

interface Entry<D> {
  readonly form: HTMLFormElement;
  read(): { readonly draft: D; readonly errors: readonly FieldError[] };
  reset(): void;
}

/** Validates in the form, saves, then repaints from the state the save returns. */
async function submit<D>(
  entry: Entry<D>,
  save: (draft: D) => Promise<SaveResponse>,
  what: string,
): Promise<void> {
  const { draft, errors } = entry.read();
  clearFormStatus(entry.form);
  if (errors.length > 0) {
    showFieldErrors(entry.form, errors);
    return;
  }
  clearFieldErrors(entry.form);
  const button = entry.form.querySelector<HTMLButtonElement>("button[type=submit]");
  if (button) setBusy(button, "Đang lưu…");
  try {
    const response = await save(draft);
    if (!response.ok) {
      showFieldErrors(entry.form, asFieldErrors(response.problems));
      showFormStatus(entry.form, "error", response.message);
      return;
    }
    entry.reset();
    const saved = `Đã ghi ${what} vào dòng ${response.row} của sheet ${response.sheet}.`;
    const warnings = response.warnings.map((warning) => warning.message).join(" ");
    if (paint(response.state)) clearNotice();
    showFormStatus(entry.form, "success", warnings ? `${saved} Lưu ý: ${warnings}` : saved);
  } catch (error) {
    showFormStatus(entry.form, "error", failureMessage(error));
  } finally {
    if (button) setBusy(button, null);
  }
}

meetings.form.addEventListener("submit", (event) => {
  event.preventDefault();
  void submit(meetings, (draft) => callServer("saveMeeting", draft), "buổi sinh hoạt");
});

members.form.addEventListener("submit", (event) => {
  event.preventDefault();
  void submit(members, (draft) => callServer("saveMember", draft), "đảng viên");
});

/** Shares the evaluation with the addresses as edited, then shows the link of the copy. */
async function share(): Promise<void> {
  const { form } = sharing;
  const { addresses, withRatings, errors } = sharing.read();
  clearFormStatus(form);
  if (errors.length > 0) {
    showFieldErrors(form, errors);
    return;
  }
  clearFieldErrors(form);
  const button = form.querySelector<HTMLButtonElement>("button[type=submit]");
  if (button) setBusy(button, "Đang chia sẻ…");
  try {
    const response = await callServer("shareEvaluation", addresses, withRatings);
    if (!response.ok) {
      showFormStatus(form, "error", response.message);
      if (response.grant) showGrantLink(form, response.grant.url);
      return;
    }
    showFormStatus(form, "success", response.message);
    sharing.showLink(response);
  } catch (error) {
    showFormStatus(form, "error", failureMessage(error));
  } finally {
    if (button) setBusy(button, null);
  }
}

sharing.form.addEventListener("submit", (event) => {
  event.preventDefault();
  void share();
});

echoDates(meetings.form);
echoDates(members.form);
refreshButton.addEventListener("click", () => void refresh());
yearEndButton.addEventListener("click", () => void runYearEnd());

void refresh();
