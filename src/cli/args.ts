/** The command line, parsed with node:util and checked, every mistake said in one Vietnamese line. */
import { parseArgs } from "node:util";
import type { CalendarDate } from "../core/index";
import { CliError, USAGE_EXIT } from "./cli-error";

export type Command =
  | { readonly kind: "help" }
  /** `dues`: `--dang-phi`, add (or bring up to date) the `Đảng phí` sheet. */
  | { readonly kind: "init"; readonly file: string; readonly dues: boolean }
  | {
      readonly kind: "evaluate";
      readonly file: string;
      readonly year?: number;
      readonly asOf?: CalendarDate;
      readonly json: boolean;
      readonly out?: string;
    }
  | {
      readonly kind: "tong-hop";
      /** Files and folders, as typed. */
      readonly paths: readonly string[];
      readonly year?: number;
      readonly asOf?: CalendarDate;
      readonly json: boolean;
      readonly out?: string;
    };

const SEE_HELP = 'Xem "chibo4tot --help".';
const usage = (message: string) => new CliError(`${message} ${SEE_HELP}`, USAGE_EXIT);

const OPTIONS = {
  year: { type: "string" },
  "as-of": { type: "string" },
  json: { type: "boolean" },
  out: { type: "string" },
  "dang-phi": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

function parsed(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    // Node names the option as `'--out <value>'`: keep the option alone.
    const option = /'(-[^' ]*)/.exec(String((error as Error).message))?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw usage(`Không có tùy chọn ${option}.`);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw usage(`Tùy chọn ${option} cần một giá trị.`);
    throw usage("Tham số không hợp lệ.");
  }
}

function parseYear(text: string): number {
  if (!/^\d{4}$/.test(text.trim()) || Number(text) < 2000 || Number(text) > 2100) {
    throw usage(`Năm "${text}" không hợp lệ: hãy ghi một năm từ 2000 đến 2100, ví dụ --year 2024.`);
  }
  return Number(text);
}

function parseAsOf(text: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const check = new Date(Date.UTC(year, month - 1, day));
  const exists =
    match !== null &&
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day;
  if (!exists)
    throw usage(`Ngày "${text}" không hợp lệ: hãy ghi theo dạng năm-tháng-ngày, ví dụ --as-of 2024-12-31.`);
  return { year, month, day };
}

export function parseCommand(argv: readonly string[]): Command {
  const { values, positionals } = parsed(argv);
  if (values.help) return { kind: "help" };
  const [name, file, ...rest] = positionals;
  if (name === undefined) throw usage("Thiếu lệnh: init, evaluate hoặc tong-hop.");
  if (name === "help") return { kind: "help" };
  if (values["dang-phi"] && name !== "init") throw usage("Tùy chọn --dang-phi chỉ dùng với lệnh init.");
  if (name === "tong-hop") return rollUpCommand(values, positionals.slice(1));
  if (name !== "init" && name !== "evaluate")
    throw usage(`Không có lệnh "${name}": chỉ có init, evaluate và tong-hop.`);
  if (file === undefined || file.trim() === "") throw usage(`Lệnh ${name} cần tên tệp .xlsx.`);
  if (rest.length > 0) throw usage(`Thừa tham số "${rest.join(" ")}".`);
  if (name === "init") {
    const extra = Object.keys(values).filter((key) => key !== "help" && key !== "dang-phi");
    if (extra.length > 0) throw usage(`Lệnh init không nhận tùy chọn --${extra[0]}.`);
    return { kind: "init", file, dues: values["dang-phi"] === true };
  }
  if (values.out !== undefined && values.out.trim() === "") throw usage("Tùy chọn --out cần tên tệp .xlsx.");
  return {
    kind: "evaluate",
    file,
    json: values.json ?? false,
    ...(values.year !== undefined ? { year: parseYear(values.year) } : {}),
    ...(values["as-of"] !== undefined ? { asOf: parseAsOf(values["as-of"]) } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
  };
}

/** `tong-hop FILE... [--year Y] [--as-of D] [--json] [--out OUT.xlsx]` */
function rollUpCommand(values: ReturnType<typeof parsed>["values"], paths: readonly string[]): Command {
  const given = paths.filter((path) => path.trim() !== "");
  if (given.length === 0) throw usage("Lệnh tong-hop cần ít nhất một tệp .xlsx hoặc một thư mục.");
  if (values.out !== undefined && values.out.trim() === "") throw usage("Tùy chọn --out cần tên tệp .xlsx.");
  return {
    kind: "tong-hop",
    paths: given,
    json: values.json ?? false,
    ...(values.year !== undefined ? { year: parseYear(values.year) } : {}),
    ...(values["as-of"] !== undefined ? { asOf: parseAsOf(values["as-of"]) } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
  };
}
