// `npm run template-link [ID | URL]`: prints the link a secretary opens to get her own copy of the
// template spreadsheet, script included: https://docs.google.com/spreadsheets/d/<id>/copy.
// The id comes from the command line (an id or the spreadsheet's address), else from `.clasp.json`:
// clasp 3 records the container of a bound script as `parentId` (a string, or an array of them).
import { readFileSync } from "node:fs";
import { join } from "node:path";

// npm runs scripts from the package root; the tests run a copy elsewhere.
const root = process.cwd();

/** Drive file ids: letters, digits, `-` and `_` (44 characters today; older files are shorter). */
const FILE_ID = /^[A-Za-z0-9_-]{20,}$/;
const FROM_URL = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/;

const NO_ID = `Không tìm thấy mã bảng tính mẫu (parentId) trong .clasp.json.
  Cách 1: npm run template-link -- <mã hoặc đường dẫn của bảng tính mẫu>
  Cách 2: tạo bảng tính mẫu bằng clasp 3 (npx clasp create-script --type sheets ...): clasp ghi mã đó
          vào .clasp.json ở mục "parentId".
  Xem README, mục "Phát hành bằng bảng tính mẫu".
(No template spreadsheet id: give one on the command line, or let clasp 3 record it as "parentId" in .clasp.json.)`;

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** An id as given: a bare id, or any address of the spreadsheet (…/spreadsheets/d/<id>/edit#gid=0). */
function idFrom(text) {
  const trimmed = String(text).trim();
  const id = FROM_URL.exec(trimmed)?.[1] ?? trimmed;
  if (!FILE_ID.test(id)) {
    fail(
      `"${trimmed}" không phải mã hay đường dẫn của một bảng tính Google. (Not a spreadsheet id or address.)`,
    );
  }
  return id;
}

function idFromClaspJson() {
  let config;
  try {
    config = JSON.parse(readFileSync(join(root, ".clasp.json"), "utf8"));
  } catch (error) {
    const why =
      error?.code === "ENOENT" ? "không có tệp .clasp.json" : `không đọc được .clasp.json (${error.message})`;
    fail(`${why[0].toUpperCase()}${why.slice(1)}.\n${NO_ID}`);
  }
  const parent = config?.parentId;
  const ids = (Array.isArray(parent) ? parent : [parent]).filter(
    (value) => typeof value === "string" && value.trim() !== "",
  );
  if (ids.length === 0) fail(NO_ID);
  if (ids.length > 1) {
    console.error(
      `.clasp.json có ${ids.length} mã parentId; dùng mã đầu tiên. (Several parentId values; using the first.)`,
    );
  }
  return idFrom(ids[0]);
}

const argument = process.argv.slice(2).find((arg) => arg.trim() !== "");
const id = argument === undefined ? idFromClaspJson() : idFrom(argument);
console.log(`https://docs.google.com/spreadsheets/d/${id}/copy`);
