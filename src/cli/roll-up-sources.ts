/**
 * The files of `chibo4tot tong-hop`: folders expanded to their `.xlsx` files, each file read into a roll-up
 * source a few at a time. A file that cannot be read becomes a source with the reason, never an abort.
 */
import { readdirSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { type CalendarDate, type RollupSource, readSource, unreadableSource } from "../core/index";
import { readWorkbookTables } from "./xlsx-read";

/**
 * Files read at once: enough to overlap disk reads with parsing, few enough to bound memory. The largest
 * workbook the reader accepts peaks near 310 MB, so two at once stay within an office computer's memory.
 */
export const READ_CONCURRENCY = 2;

export interface ReadOptions {
  readonly today: CalendarDate;
  readonly asOf?: CalendarDate;
  readonly year?: number;
  /** Called after each file, with how many are done. */
  readonly progress?: (done: number, total: number) => void;
}

const isWorkbookName = (name: string) => extname(name).toLowerCase() === ".xlsx" && !name.startsWith("~$");

/**
 * Each path as given; a folder becomes its `.xlsx` files in name order (not its subfolders, not the
 * lock files Excel leaves, not `skip`: the roll-up being written).
 */
export function expandPaths(paths: readonly string[], skip?: string): string[] {
  const skipped = skip === undefined ? null : resolve(skip);
  return paths.flatMap((path) => {
    let folder = false;
    try {
      folder = statSync(path).isDirectory();
    } catch {
      // A missing path is read like a file, and says so in its row.
    }
    if (!folder) return [path];
    return readdirSync(path, { withFileTypes: true })
      .filter((entry) => entry.isFile() && isWorkbookName(entry.name))
      .map((entry) => join(path, entry.name))
      .filter((file) => resolve(file) !== skipped)
      .sort((a, b) => a.localeCompare(b, "vi"));
  });
}

async function readOne(path: string, options: ReadOptions): Promise<RollupSource> {
  const read = await readWorkbookTables(path);
  return read.ok ? readSource(path, read.tables, options) : unreadableSource(path, read.message);
}

/** Every file's source, in the order of `files`, at most READ_CONCURRENCY read at once. */
export async function readSources(files: readonly string[], options: ReadOptions): Promise<RollupSource[]> {
  const sources: RollupSource[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      sources[index] = await readOne(files[index] as string, options);
      options.progress?.(++done, files.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  return sources;
}
