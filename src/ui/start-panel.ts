/**
 * The first run: on a spreadsheet without the input sheets the sidebar opens on a welcome panel
 * (three steps, the Khởi tạo button); once the sheets are there but empty it offers **Dùng thử với
 * dữ liệu mẫu**; while the sample fills them it says so and offers **Xóa dữ liệu mẫu**.
 */
import type { StateResponse } from "../protocol/sidebar";
import type { SampleResponse, StartNames, StartView } from "../protocol/start";
import { byId, h } from "./dom";
import { setBusy } from "./form-fields";
import { clearNotice, showNotice } from "./notice";
import { callServer, failureMessage } from "./server";

/** welcome: no input sheet; empty: sheets made, nothing typed; sample: the sample year is loaded. */
type Stage = "welcome" | "empty" | "sample" | "";

export interface StartPanel {
  /** Shows the panel for where the spreadsheet stands; true while the dashboard has nothing to show. */
  render(start: StartView | undefined): boolean;
}

function stageOf(start: StartView): Stage {
  if (!start.initialized) return "welcome";
  if (start.sample) return "sample";
  return start.empty ? "empty" : "";
}

function step(title: string, text: string, ...extra: (Node | null)[]): HTMLLIElement {
  return h("li", {}, h("strong", {}, title), ` ${text}`, ...extra);
}

export function startPanel(paint: (response: StateResponse) => boolean): StartPanel {
  const section = h("section", { id: "start", class: "start", "aria-labelledby": "start-title" });
  section.hidden = true;
  byId("notice").after(section);
  let stage: Stage = "";

  async function run(button: HTMLButtonElement, busy: string, work: () => Promise<void>): Promise<void> {
    setBusy(button, busy);
    try {
      await work();
    } catch (error) {
      showNotice("error", failureMessage(error));
    } finally {
      if (button.isConnected) setBusy(button, null);
    }
  }

  const initialize = (button: HTMLButtonElement) =>
    run(button, "Đang khởi tạo…", async () => {
      paint(await callServer("startWorkbook"));
      if (stage !== "welcome") clearNotice();
    });

  const sample = (button: HTMLButtonElement, method: "loadSampleYear" | "removeSampleYear", busy: string) =>
    run(button, busy, async () => {
      const response: SampleResponse = await callServer(method);
      if (!response.ok) {
        showNotice("error", response.message);
        return;
      }
      paint(response.state);
      showNotice("success", response.message);
    });

  const openInfo = (names: StartNames) => {
    callServer("goToCell", { sheet: names.info, row: 2, column: names.infoValue })
      .then((response) => {
        if (!response.ok) showNotice("error", response.message);
      })
      .catch((error: unknown) => showNotice("error", failureMessage(error)));
  };

  function button(id: string, label: string, onClick: (button: HTMLButtonElement) => void, primary = true) {
    const element = h("button", { id, type: "button", class: primary ? "primary" : "" }, label);
    element.addEventListener("click", () => onClick(element));
    return element;
  }

  function welcome(done: boolean, names: StartNames): Node[] {
    const first = done
      ? step(
          "Khởi tạo bảng tính: đã xong.",
          `Hãy điền trang ${names.info} (ít nhất tên chi bộ, đảng bộ cấp trên, năm đánh giá).`,
          h("br"),
          button("start-open-info", `Mở trang ${names.info}`, () => openInfo(names), false),
        )
      : step(
          "Khởi tạo bảng tính:",
          `tạo các trang nhập liệu, rồi điền trang ${names.info} (tên chi bộ, đảng bộ cấp trên, năm đánh giá).`,
          h("br"),
          button("start-init", "Khởi tạo bảng tính", (element) => void initialize(element)),
        );
    if (done) first.classList.add("done");
    return [
      h("h2", { id: "start-title" }, "Bắt đầu"),
      h(
        "p",
        {},
        done
          ? "Các trang đã sẵn sàng. Ba bước để chi bộ có bảng theo dõi của mình:"
          : "Bảng tính này chưa có các trang của Chi bộ bốn tốt. Ba bước để bắt đầu:",
      ),
      h(
        "ol",
        { class: "steps" },
        first,
        step(
          "Nhập đảng viên:",
          `mỗi đảng viên một dòng ở trang ${names.members} (họ và tên, ngày vào Đảng, ngày chính thức…), hoặc, khi đã điền trang ${names.info}, dùng Nhập nhanh → Thêm đảng viên.`,
        ),
        step(
          "Ghi các buổi sinh hoạt:",
          `mỗi buổi một dòng ở trang ${names.meetings}, hoặc dùng Nhập nhanh → Ghi buổi sinh hoạt. Bảng điều khiển cho thấy ngay chi bộ còn thiếu gì.`,
        ),
      ),
      done
        ? h(
            "div",
            { class: "try" },
            h(
              "p",
              {},
              "Muốn xem trước bảng theo dõi hoạt động thế nào? Điền dữ liệu một năm của một chi bộ giả định vào các trang còn trống; mọi dòng mẫu có chữ [Dữ liệu mẫu] ở cột Ghi chú và được xóa bằng một nút.",
            ),
            button("sample-load", "Dùng thử với dữ liệu mẫu", (element) =>
              sample(element, "loadSampleYear", "Đang điền dữ liệu mẫu…"),
            ),
          )
        : h("p", { class: "hint" }, "Sau khi khởi tạo, có thể bấm Dùng thử với dữ liệu mẫu để xem trước."),
    ];
  }

  function sampleBanner(): Node[] {
    return [
      h(
        "p",
        {},
        h("strong", {}, "Đang dùng dữ liệu mẫu."),
        " Số liệu dưới đây là của một chi bộ giả định. Các dòng mẫu có chữ [Dữ liệu mẫu] ở cột Ghi chú; khi xóa, dòng bạn tự nhập được giữ nguyên.",
      ),
      button("sample-remove", "Xóa dữ liệu mẫu", (element) =>
        sample(element, "removeSampleYear", "Đang xóa dữ liệu mẫu…"),
      ),
    ];
  }

  return {
    render(start) {
      if (start) {
        stage = stageOf(start);
        document.body.dataset.start = stage;
        section.dataset.stage = stage;
        section.hidden = stage === "";
        if (stage === "welcome") section.replaceChildren(...welcome(false, start.names));
        else if (stage === "empty") section.replaceChildren(...welcome(true, start.names));
        else if (stage === "sample") section.replaceChildren(...sampleBanner());
        else section.replaceChildren();
        if (stage === "welcome" || stage === "empty") byId("period").textContent = "Chưa có số liệu để tính";
      }
      return stage === "welcome" || stage === "empty";
    },
  };
}
