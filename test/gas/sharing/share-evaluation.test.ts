/**
 * Chia sẻ với cấp trên, through the built dist/Code.js on the in-memory Google Sheets and Drive: the
 * secretary sets up her sheet, types the good 2024, makes `Đánh giá 2024`, then shares it.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { ratingsSheetName, reportSheetName } from "../../../src/core/index";
import { dateSerial } from "../../../src/gas/workbook/calendar";
import {
  date,
  GOOD_MEMBERS,
  GOOD_YEAR,
  type GoodYearPatch,
  goodYear,
  workbook,
} from "../../support/workbook";
import {
  addSheet,
  BUTTONS,
  createFakeGoogle,
  type DriveFileData,
  type FakeGoogle,
  type SheetData,
  sheetNamed,
  snapshot,
  valuesOf,
} from "../fakes/index";
import { type BundleContext, callGlobal, loadBundle } from "../support/load-bundle";
import { initialize, typeYear } from "../support/sample-year";

const REPORT = reportSheetName(GOOD_YEAR);
const RATINGS = ratingsSheetName(GOOD_YEAR);
const UNIT = "Chi bộ Trường Tiểu học Hòa Bình";
const COPY_NAME = `${UNIT} – Đánh giá "Chi bộ bốn tốt" năm ${GOOD_YEAR}`;
const SUPERIOR = "dangbo.hoabinh@example.vn";
const LOG = "Nhật ký chia sẻ";

type ShareResponse =
  | {
      ok: true;
      link: string;
      created: boolean;
      verdict: string;
      addresses: string[];
      message: string;
    }
  | { ok: false; message: string };

let google: FakeGoogle;
let context: BundleContext;

/** Members with birth dates and phone numbers: what must never leave the cell's file. */
const privateMembers = () =>
  goodYear().members.map((member, index) => ({
    ...member,
    birthDate: date(1975 + index, 3, 14),
    note: `SĐT 09123456${index}`,
  }));

function setUp(patch: GoodYearPatch = {}, options: { evaluate?: boolean } = {}): void {
  google = createFakeGoogle();
  context = loadBundle(google.globals);
  initialize(context);
  typeYear(google, workbook(goodYear({ members: privateMembers(), ...patch })));
  if (options.evaluate !== false) callGlobal(context, "evaluateYear");
  google.ui.alerts.length = 0;
}

const share = (addresses?: string[]) =>
  (addresses === undefined
    ? callGlobal(context, "shareEvaluation")
    : callGlobal(context, "shareEvaluation", addresses)) as ShareResponse;

function shared(response: ShareResponse) {
  if (!response.ok) throw new Error(`expected a share, got: ${response.message}`);
  return response;
}

function onlyCopy(): DriveFileData {
  const files = [...google.drive.files.values()];
  expect(files).toHaveLength(1);
  return files[0] as DriveFileData;
}

const copySheets = (file: DriveFileData) => file.spreadsheet.sheets;
const viewers = (file: DriveFileData) =>
  file.permissions.filter((permission) => permission.role === "reader").map((p) => p.emailAddress);
const logRows = () => valuesOf(sheetNamed(google, LOG)).slice(1);

function everyCell(sheet: SheetData) {
  return sheet.cells.flat();
}

describe("Chia sẻ với cấp trên: the copy", () => {
  beforeEach(() => setUp());

  it("is a spreadsheet of its own, named for the cell and the year, holding only the evaluation sheet", () => {
    const response = shared(share());
    const file = onlyCopy();
    expect(file.spreadsheet.name).toBe(COPY_NAME);
    expect(copySheets(file).map((sheet) => sheet.name)).toEqual([REPORT]);
    expect(response.link).toBe(`https://docs.google.com/spreadsheets/d/${file.id}/edit`);
    expect(response.created).toBe(true);
    expect(file.spreadsheet.locale).toBe("vi_VN");
    expect(file.spreadsheet.timeZone).toBe("Asia/Ho_Chi_Minh");
  });

  it("holds exactly the evaluation sheet's values, formats, merges and widths", () => {
    shared(share());
    const report = sheetNamed(google, REPORT);
    const [copy] = copySheets(onlyCopy()) as [SheetData];
    expect(valuesOf(copy)).toEqual(valuesOf(report));
    expect(copy.cells).toEqual(report.cells);
    expect(copy.merges).toEqual(report.merges);
    expect([...copy.columnWidths]).toEqual([...report.columnWidths]);
    expect(copy.hiddenGridlines).toBe(report.hiddenGridlines);
  });

  it("holds no formula and no cell of the input sheets: no birth date, no phone, no other member", () => {
    shared(share());
    const [copy] = copySheets(onlyCopy()) as [SheetData];
    const cells = everyCell(copy);
    expect(cells.filter((cell) => cell.formula !== "")).toEqual([]);
    const texts = cells.map((cell) => String(cell.value)).join("\n");
    const secretary = "Nguyễn Văn An";
    for (const name of GOOD_MEMBERS.filter((member) => member !== secretary))
      expect(texts).not.toContain(name);
    expect(texts).not.toMatch(/SĐT|0912345/);
    for (const member of privateMembers()) {
      const born = member.birthDate;
      expect(cells.map((cell) => cell.value)).not.toContain(dateSerial(born));
      const typed = `${String(born.day).padStart(2, "0")}/${String(born.month).padStart(2, "0")}/${born.year}`;
      expect(texts).not.toContain(typed);
    }
  });

  it("carries what the secretary typed in the sheet since, and a formula she typed as its value", () => {
    const report = sheetNamed(google, REPORT);
    const number = everyCell(report).find((cell) => String(cell.value).startsWith("Số"));
    if (!number) throw new Error("the report has no Số …-BC/CB cell");
    number.value = "Số 12-BC/CB";
    const formula = report.cells[1]?.[3];
    if (!formula) throw new Error("the report has no cell D2");
    formula.formula = "='Đảng viên'!A2";
    formula.value = "Nguyễn Văn An";
    shared(share());
    const [copy] = copySheets(onlyCopy()) as [SheetData];
    const texts = everyCell(copy).map((cell) => cell.value);
    expect(texts).toContain("Số 12-BC/CB");
    expect(copy.cells[1]?.[3]).toMatchObject({ value: "Nguyễn Văn An", formula: "", numberFormat: "@" });
  });

  it("answers with the verdict as it stands in the sheet shared", () => {
    expect(shared(share()).verdict).toBe(`Đề nghị công nhận đạt "Chi bộ bốn tốt" năm ${GOOD_YEAR}`);
  });
});

describe("Chia sẻ với cấp trên: who sees it", () => {
  beforeEach(() => setUp());

  it("takes Email cấp ủy cấp trên when no list is given, as viewers only, with an email from Drive", () => {
    const response = shared(share());
    const file = onlyCopy();
    expect(response.addresses).toEqual([SUPERIOR]);
    expect(viewers(file)).toEqual([SUPERIOR]);
    expect(file.permissions.map((permission) => permission.role).sort()).toEqual(["owner", "reader"]);
    expect(google.drive.notifications).toEqual([
      {
        email: SUPERIOR,
        message: `${UNIT} gửi báo cáo đánh giá "Chi bộ bốn tốt" năm ${GOOD_YEAR} (chỉ xem).`,
      },
    ]);
  });

  it("makes the viewers exactly the list edited in the sidebar: no editor, no public link", () => {
    shared(share(["a@dangbo.vn", "B@dangbo.vn"]));
    const file = onlyCopy();
    file.permissions.push(
      { id: "hand-1", type: "user", role: "writer", emailAddress: "ai.do@example.com" },
      { id: "hand-2", type: "anyone", role: "reader" },
    );
    const response = shared(share(["b@dangbo.vn", "c@dangbo.vn"]));
    expect(viewers(file).sort()).toEqual(["b@dangbo.vn", "c@dangbo.vn"]);
    expect(file.permissions.filter((permission) => permission.role === "writer")).toEqual([]);
    expect(file.permissions.filter((permission) => permission.type === "anyone")).toEqual([]);
    expect(response.message).toContain("Đã bỏ quyền xem của a@dangbo.vn, ai.do@example.com.");
    expect(response.message).toContain("Đã tắt quyền xem bằng đường liên kết công khai.");
  });

  it("accepts the addresses as one string, as a client may send them", () => {
    const response = callGlobal(context, "shareEvaluation", "a@dangbo.vn; b@dangbo.vn") as ShareResponse;
    expect(shared(response).addresses).toEqual(["a@dangbo.vn", "b@dangbo.vn"]);
    expect(viewers(onlyCopy())).toEqual(["a@dangbo.vn", "b@dangbo.vn"]);
  });

  it("turns an address that was made an editor by hand back into a viewer", () => {
    shared(share(["a@dangbo.vn"]));
    const file = onlyCopy();
    const permission = file.permissions.find((candidate) => candidate.emailAddress === "a@dangbo.vn");
    if (!permission) throw new Error("a@dangbo.vn was not shared");
    permission.role = "writer";
    shared(share(["a@dangbo.vn"]));
    expect(file.permissions.filter((candidate) => candidate.role !== "owner")).toEqual([
      expect.objectContaining({ type: "user", role: "reader", emailAddress: "a@dangbo.vn" }),
    ]);
  });

  it("says plainly when an address made an editor by hand lost it and could not be made a viewer again", () => {
    shared(share(["a@dangbo.vn"]));
    const permission = onlyCopy().permissions.find((candidate) => candidate.emailAddress === "a@dangbo.vn");
    if (!permission) throw new Error("a@dangbo.vn was not shared");
    permission.role = "writer";
    google.drive.refusedViewers.set("a@dangbo.vn", "Invalid sharing request.");
    const response = shared(share(["a@dangbo.vn"]));
    expect(response.message).toContain("a@dangbo.vn trước đây có quyền khác");
    expect(response.message).not.toContain("gỡ thủ công");
  });
});

describe("Chia sẻ với cấp trên: again", () => {
  beforeEach(() => setUp());

  it("updates the same spreadsheet, says so, and logs two rows", () => {
    const first = shared(share());
    const second = shared(share());
    expect(google.drive.files.size).toBe(1);
    expect(second.link).toBe(first.link);
    expect(second.created).toBe(false);
    expect(second.message).toMatch(/^Đã cập nhật bảng tính .* đã chia sẻ lần trước \(vẫn đường dẫn cũ\)/);
    expect(copySheets(onlyCopy()).map((sheet) => sheet.name)).toEqual([REPORT]);
    expect(logRows().map((row) => row[4])).toEqual(["Tạo mới", "Cập nhật"]);
  });

  it("keeps a viewer Drive lists under another spelling of the same account (Gmail without its dots)", () => {
    const typed = "nguyen.van.a@gmail.com";
    google.drive.sameAccount.set(typed, "nguyenvana@gmail.com");
    shared(share([typed]));
    expect(viewers(onlyCopy())).toEqual(["nguyenvana@gmail.com"]);
    shared(share([typed]));
    expect(viewers(onlyCopy())).toEqual(["nguyenvana@gmail.com"]);
  });

  it("re-creates the copy when it was deleted, and says so", () => {
    const first = shared(share());
    google.drive.files.clear();
    const second = shared(share());
    expect(second.link).not.toBe(first.link);
    expect(second.created).toBe(true);
    expect(second.message).toMatch(
      /đã bị xóa, nằm trong thùng rác, hoặc do một tài khoản khác tạo\), nên đã tạo bảng tính mới/,
    );
    expect(viewers(onlyCopy())).toEqual([SUPERIOR]);
    expect(logRows().map((row) => row[4])).toEqual(["Tạo mới", "Tạo lại"]);
  });

  it("re-creates the copy when it is in the trash, leaving the trashed one alone", () => {
    shared(share());
    const trashed = onlyCopy();
    trashed.trashed = true;
    shared(share());
    expect(google.drive.files.size).toBe(2);
    const fresh = [...google.drive.files.values()].find((file) => !file.trashed);
    expect(fresh && viewers(fresh)).toEqual([SUPERIOR]);
  });
});

describe("Chia sẻ với cấp trên: the log", () => {
  beforeEach(() => setUp());

  it("gets a row: time in Viet Nam, to whom, the link, the verdict, all as text", () => {
    const response = shared(share(["a@dangbo.vn", "b@dangbo.vn"]));
    const log = sheetNamed(google, LOG);
    expect(valuesOf(log)[0]).toEqual(["Thời gian", "Người nhận", "Đường dẫn", "Kết luận", "Bản sao"]);
    const [row] = logRows() as [unknown[]];
    expect(row[0]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(row.slice(1)).toEqual(["a@dangbo.vn, b@dangbo.vn", response.link, response.verdict, "Tạo mới"]);
    expect(log.cells[1]?.map((cell) => cell.numberFormat)).toEqual(["@", "@", "@", "@", "@"]);
    expect(everyCell(log).filter((cell) => cell.formula !== "")).toEqual([]);
  });

  it("is not read as an input sheet: the evaluation is unchanged after sharing", () => {
    shared(share());
    const before = valuesOf(sheetNamed(google, REPORT));
    callGlobal(context, "evaluateYear");
    expect(valuesOf(sheetNamed(google, REPORT))).toEqual(before);
  });
});

describe("Chia sẻ với cấp trên: nothing is shared when", () => {
  function expectNothingShared(response: ShareResponse, before: Record<string, unknown[][]>): string {
    expect(response.ok).toBe(false);
    expect(google.drive.files.size).toBe(0);
    expect(google.drive.notifications).toEqual([]);
    expect(snapshot(google)).toEqual(before);
    return response.message;
  }

  it("an address is invalid, naming it", () => {
    setUp();
    const before = snapshot(google);
    const message = expectNothingShared(share(["a@dangbo.vn", "vp@dangbo"]), before);
    expect(message).toMatch(/^Địa chỉ email "vp@dangbo" không hợp lệ/);
  });

  it("the list is empty, in the sidebar or in Thông tin chung", () => {
    setUp({ info: { superiorEmails: "" } });
    const before = snapshot(google);
    expect(expectNothingShared(share([]), before)).toMatch(/^Chưa có địa chỉ email nào của cấp ủy cấp trên/);
    expect(expectNothingShared(share(), before)).toMatch(/Email cấp ủy cấp trên/);
  });

  it("the evaluation has not been made yet", () => {
    setUp({}, { evaluate: false });
    const before = snapshot(google);
    const message = expectNothingShared(share(), before);
    expect(message).toBe(
      `Chưa có trang "${REPORT}". Hãy chọn Chi bộ 4 tốt → Đánh giá cuối năm để lập trang đánh giá, kiểm tra lại rồi chia sẻ.`,
    );
  });

  it("the sheet of that name was not made by the product", () => {
    setUp({}, { evaluate: false });
    addSheet(google, REPORT, [["Bản nháp của bí thư, có ngày sinh 14/03/1975"]]);
    const before = snapshot(google);
    expect(expectNothingShared(share(), before)).toMatch(/không do Chi bộ 4 tốt lập, nên không gửi đi/);
  });

  it("another command holds the document lock", () => {
    setUp();
    google.lock.heldElsewhere = true;
    const before = snapshot(google);
    expect(expectNothingShared(share(), before)).toMatch(/đang chạy/);
  });

  it("the advanced Drive service is not enabled", () => {
    setUp();
    const { Drive: _drive, ...withoutDrive } = google.globals;
    context = loadBundle(withoutDrive);
    const before = snapshot(google);
    expect(expectNothingShared(share(), before)).toMatch(
      /^Dịch vụ Google Drive nâng cao \(Drive API\) chưa được bật/,
    );
  });

  it("Drive cannot create the file", () => {
    setUp();
    google.drive.refuseCreate = "User rate limit exceeded.";
    const before = snapshot(google);
    expect(expectNothingShared(share(), before)).toBe(
      "Dịch vụ Google báo lỗi (User rate limit exceeded.); lần này chưa chia sẻ thêm với ai. Hãy thử lại sau ít phút.",
    );
  });
});

describe("Chia sẻ với cấp trên: Drive refusing an address midway", () => {
  beforeEach(() => setUp());

  it("takes back the viewers added in this run and names the address refused", () => {
    google.drive.refusedViewers.set("c@dangbo.vn", "Invalid sharing request.");
    const response = share(["a@dangbo.vn", "b@dangbo.vn", "c@dangbo.vn"]);
    expect(response).toEqual({
      ok: false,
      message:
        "Google Drive không chia sẻ được với c@dangbo.vn (Invalid sharing request.). " +
        "Đã thu hồi quyền xem vừa cấp cho a@dangbo.vn, b@dangbo.vn. " +
        "Không thêm người xem mới nào; ai đã được chia sẻ từ trước vẫn xem bảng tính này, với đánh giá vừa cập nhật. " +
        "Hãy kiểm tra lại địa chỉ (phải là tài khoản Google) rồi chia sẻ lại.",
    });
    expect(viewers(onlyCopy())).toEqual([]);
    expect(google.spreadsheet.sheets.map((sheet) => sheet.name)).not.toContain(LOG);
  });

  it("keeps the viewers of the last sharing as they were", () => {
    shared(share(["a@dangbo.vn"]));
    google.drive.refusedViewers.set("c@dangbo.vn", "Invalid sharing request.");
    expect(share(["b@dangbo.vn", "c@dangbo.vn"]).ok).toBe(false);
    expect(viewers(onlyCopy())).toEqual(["a@dangbo.vn"]);
    expect(logRows()).toHaveLength(1);
  });
});

describe("Chia sẻ với cấp trên from the menu", () => {
  beforeEach(() => setUp());

  it("says what was done and gives the link in an alert", () => {
    google.ui.answers.push(BUTTONS.NO);
    callGlobal(context, "shareWithSuperior");
    const file = onlyCopy();
    expect(google.ui.alerts).toEqual([
      {
        title: "Chi bộ 4 tốt",
        buttons: "YES_NO",
        prompt: expect.stringMatching(/^Gửi kèm danh sách xếp loại đảng viên trong bảng tính chia sẻ\?/),
      },
      {
        title: "Chi bộ 4 tốt",
        buttons: "OK",
        prompt:
          `Đã tạo bảng tính riêng "${COPY_NAME}" chỉ gồm trang ${REPORT} (giá trị và định dạng) và ` +
          `chia sẻ quyền xem với ${SUPERIOR}.\n\nĐường dẫn: https://docs.google.com/spreadsheets/d/${file.id}/edit`,
      },
    ]);
  });

  it("says what is wrong in an alert when nothing can be shared", () => {
    setUp({ info: { superiorEmails: "vp.dangbo" } });
    callGlobal(context, "shareWithSuperior");
    expect(google.ui.alerts.map((alert) => alert.prompt)).toEqual([
      expect.stringMatching(/^Địa chỉ email "vp.dangbo" không hợp lệ/),
    ]);
    expect(google.drive.files.size).toBe(0);
  });
});

describe("Chia sẻ với cấp trên: the named list of ratings goes only when asked for", () => {
  beforeEach(() => setUp());

  const shareWithList = (withRatings: boolean) =>
    callGlobal(context, "shareEvaluation", [SUPERIOR], withRatings) as ShareResponse;

  it("leaves it out by default: the copy holds the evaluation alone", () => {
    shared(share([SUPERIOR]));
    expect(copySheets(onlyCopy()).map((sheet) => sheet.name)).toEqual([REPORT]);
  });

  it("puts it after the evaluation when ticked, values and layout as in the cell's file, and says so", () => {
    const response = shared(shareWithList(true));
    const [report, list] = copySheets(onlyCopy()) as [SheetData, SheetData];
    expect([report.name, list.name]).toEqual([REPORT, RATINGS]);
    expect(valuesOf(list)).toEqual(valuesOf(sheetNamed(google, RATINGS)));
    expect(list.merges).toEqual(sheetNamed(google, RATINGS).merges);
    expect(response.message).toContain(`chỉ gồm trang ${REPORT} và trang ${RATINGS}`);
    const texts = everyCell(list).map((cell) => String(cell.value));
    for (const name of GOOD_MEMBERS) expect(texts).toContain(name);
    expect(texts.join("\n")).not.toMatch(/SĐT|14\/03\/19/);
  });

  it("takes the list out of the copy when shared again without it", () => {
    shared(shareWithList(true));
    const again = shared(shareWithList(false));
    expect(copySheets(onlyCopy()).map((sheet) => sheet.name)).toEqual([REPORT]);
    expect(again.message).toContain(`nay chỉ gồm trang ${REPORT},`);
  });

  it("refuses when ticked but the list is not there, sharing nothing", () => {
    google.spreadsheet.sheets.splice(
      google.spreadsheet.sheets.findIndex((sheet) => sheet.name === RATINGS),
      1,
    );
    const response = shareWithList(true);
    expect(response).toEqual({
      ok: false,
      message: expect.stringMatching(/^Chưa có trang "Xếp loại đảng viên 2024"/),
    });
    expect(google.drive.files.size).toBe(0);
  });

  it("from the menu, asks and sends both on Có", () => {
    google.ui.answers.push(BUTTONS.YES);
    callGlobal(context, "shareWithSuperior");
    expect(copySheets(onlyCopy()).map((sheet) => sheet.name)).toEqual([REPORT, RATINGS]);
  });

  it("from the menu, does not ask when there is no list to send", () => {
    google.spreadsheet.sheets.splice(
      google.spreadsheet.sheets.findIndex((sheet) => sheet.name === RATINGS),
      1,
    );
    callGlobal(context, "shareWithSuperior");
    expect(google.ui.alerts.map((alert) => alert.buttons)).toEqual(["OK"]);
    expect(copySheets(onlyCopy()).map((sheet) => sheet.name)).toEqual([REPORT]);
  });
});
