import { describe, expect, it } from "vitest";
import { AUTH_MODES, createFakeGoogle, snapshot } from "./fakes/index";
import { callGlobal, loadBundle } from "./support/load-bundle";

describe("the menu Chi bộ 4 tốt", () => {
  it("is built by onOpen in AuthMode.NONE without touching the document", () => {
    const google = createFakeGoogle();
    const context = loadBundle(google.globals);
    const before = snapshot(google);
    google.log.mode = "none";
    callGlobal(context, "onOpen", { authMode: AUTH_MODES.NONE });
    expect(
      google.log.calls.every((call) => /^(SpreadsheetApp\.getUi|Ui\.createMenu|Menu\.)/.test(call)),
    ).toBe(true);
    expect(snapshot(google)).toEqual(before);
    expect(google.ui.menus).toEqual([
      {
        title: "Chi bộ 4 tốt",
        added: true,
        items: [
          { caption: "Mở bảng điều khiển", functionName: "openSidebar" },
          "separator",
          { caption: "Khởi tạo bảng tính", functionName: "initializeWorkbook" },
          { caption: "Theo dõi đảng phí", functionName: "trackDuesMenu" },
          { caption: "Kiểm tra dữ liệu", functionName: "checkData" },
          { caption: "Đánh giá cuối năm", functionName: "evaluateYear" },
          { caption: "Chia sẻ với cấp trên", functionName: "shareWithSuperior" },
          "separator",
          { caption: "Tổng hợp các chi bộ", functionName: "rollUpCells" },
        ],
      },
    ]);
  });

  it("calls only functions the bundle declares", () => {
    const google = createFakeGoogle();
    const context = loadBundle(google.globals);
    callGlobal(context, "onOpen", { authMode: AUTH_MODES.LIMITED });
    for (const item of google.ui.menus[0]?.items ?? []) {
      if (item !== "separator") expect(typeof context[item.functionName], item.functionName).toBe("function");
    }
  });

  it("is also built on install", () => {
    const google = createFakeGoogle();
    callGlobal(loadBundle(google.globals), "onInstall", { authMode: AUTH_MODES.NONE });
    expect(google.ui.menus.map((menu) => menu.title)).toEqual(["Chi bộ 4 tốt"]);
  });

  it("opens the control panel from dist/sidebar.html in a sidebar", () => {
    const google = createFakeGoogle({ files: new Map([["sidebar", "<p>bảng điều khiển</p>"]]) });
    callGlobal(loadBundle(google.globals), "openSidebar");
    expect(google.ui.sidebars).toEqual([{ title: "Chi bộ 4 tốt", html: "<p>bảng điều khiển</p>" }]);
  });
});
