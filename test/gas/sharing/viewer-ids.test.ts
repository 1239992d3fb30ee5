/**
 * Chia sẻ với cấp trên, run after run: a viewer is known by the permission id Drive gave for the
 * address the secretary typed, so another spelling of the same account (a Gmail address typed with
 * dots, an alias) is neither invited again nor taken away; through the built dist/Code.js.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { goodYear, workbook } from "../../support/workbook";
import { createFakeGoogle, type DriveFileData, type FakeGoogle } from "../fakes/index";
import { type BundleContext, callGlobal, loadBundle } from "../support/load-bundle";
import { initialize, typeYear } from "../support/sample-year";

const TYPED = "nguyen.van.a@gmail.com";
const LISTED = "nguyenvana@gmail.com";
const OTHER = "dangbo.hoabinh@example.vn";

let google: FakeGoogle;
let context: BundleContext;

function setUp(): void {
  google = createFakeGoogle();
  context = loadBundle(google.globals);
  initialize(context);
  typeYear(google, workbook(goodYear()));
  callGlobal(context, "evaluateYear");
  google.drive.sameAccount.set(TYPED, LISTED);
}

function share(addresses: string[]): string {
  const response = callGlobal(context, "shareEvaluation", addresses) as { ok: boolean; message: string };
  if (!response.ok) throw new Error(`expected a share, got: ${response.message}`);
  return response.message;
}

function onlyCopy(): DriveFileData {
  const files = [...google.drive.files.values()];
  expect(files).toHaveLength(1);
  return files[0] as DriveFileData;
}

const readers = () =>
  onlyCopy()
    .permissions.filter((permission) => permission.role === "reader")
    .map((permission) => ({ id: permission.id, email: permission.emailAddress }));

/** The Drive calls made while running `body`. */
function driveCallsOf(body: () => void): string[] {
  const from = google.log.calls.length;
  body();
  return google.log.calls.slice(from).filter((call) => call.startsWith("Drive.Permissions."));
}

describe("a viewer Drive lists under another spelling of the same account", () => {
  beforeEach(() => setUp());

  it("is invited once: sharing again adds nothing, removes nothing, sends no invitation", () => {
    share([TYPED]);
    const first = readers();
    expect(first.map((reader) => reader.email)).toEqual([LISTED]);
    expect(google.drive.notifications.map((note) => note.email)).toEqual([LISTED]);
    const calls = driveCallsOf(() => share([TYPED]));
    expect(calls).toEqual(["Drive.Permissions.list"]);
    expect(readers()).toEqual(first);
    expect(google.drive.notifications).toHaveLength(1);
  });

  it("keeps the viewer when another address is added beside it, inviting only the new one", () => {
    share([TYPED]);
    const message = share([TYPED, OTHER]);
    expect(readers().map((reader) => reader.email)).toEqual([LISTED, OTHER]);
    expect(google.drive.notifications.map((note) => note.email)).toEqual([LISTED, OTHER]);
    expect(message).not.toContain("Đã bỏ quyền xem");
  });

  it("loses its permission, by id, once the secretary drops the address, and is named as she typed it", () => {
    share([TYPED, OTHER]);
    const [kept] = readers().filter((reader) => reader.email === OTHER);
    const calls = driveCallsOf(() => {
      const message = share([OTHER]);
      expect(message).toContain(`Đã bỏ quyền xem của ${TYPED}.`);
    });
    expect(readers()).toEqual([kept]);
    expect(calls).toEqual(["Drive.Permissions.list", "Drive.Permissions.remove"]);
    expect(google.drive.notifications).toHaveLength(2);
  });

  it("is invited again when someone removed it by hand in Drive, its old id forgotten", () => {
    share([TYPED]);
    const file = onlyCopy();
    file.permissions.splice(
      file.permissions.findIndex((permission) => permission.emailAddress === LISTED),
      1,
    );
    share([TYPED]);
    expect(readers().map((reader) => reader.email)).toEqual([LISTED]);
    expect(google.drive.notifications.map((note) => note.email)).toEqual([LISTED, LISTED]);
    const calls = driveCallsOf(() => share([TYPED]));
    expect(calls).toEqual(["Drive.Permissions.list"]);
  });

  it("is made a viewer again when it was given another role in Drive, and kept after", () => {
    share([TYPED]);
    const permission = onlyCopy().permissions.find((candidate) => candidate.emailAddress === LISTED);
    if (!permission) throw new Error("no permission for the viewer");
    permission.role = "writer";
    share([TYPED]);
    expect(readers().map((reader) => reader.email)).toEqual([LISTED]);
    expect(onlyCopy().permissions.filter((candidate) => candidate.role === "writer")).toEqual([]);
    expect(driveCallsOf(() => share([TYPED]))).toEqual(["Drive.Permissions.list"]);
  });
});

describe("the Drive calls of a share", () => {
  beforeEach(() => setUp());

  it("do not grow with the number of viewers already shared with", () => {
    const many = Array.from({ length: 12 }, (_, index) => `cap.tren.${index}@example.vn`);
    share(many);
    const all = google.log.calls.length;
    share(many);
    const again = google.log.calls.length - all;
    share([TYPED]);
    const before = google.log.calls.length;
    share([TYPED]);
    expect(google.log.calls.length - before).toBe(again);
  });
});

describe("the remembered ids", () => {
  beforeEach(() => setUp());

  it("too many to keep in one document property: the share still succeeds, matched by e-mail", () => {
    const many = Array.from({ length: 220 }, (_, index) => `can.bo.cap.tren.so.${index}@dangbo.example.vn`);
    share(many);
    expect(readers()).toHaveLength(220);
    const calls = driveCallsOf(() => share(many));
    expect(calls).toEqual(["Drive.Permissions.list"]);
  });
});
