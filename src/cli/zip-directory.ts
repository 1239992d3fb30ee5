/**
 * The central directory of a zip file, read from its bytes without expanding anything: the name, the
 * sizes it declares and the flags of every part. An `.xlsx` is a zip; knowing its parts' sizes first
 * lets the reader refuse a zip bomb before any part is expanded.
 */
import { inflateRawSync } from "node:zlib";

export interface ZipEntry {
  readonly name: string;
  /** Compression: 0 stored, 8 deflated (the only two an xlsx uses). */
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  /** As declared by the directory; `expandEntry` checks the data keeps to it. */
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/** Why the bytes are not a zip this reader accepts. */
export class ZipFormatError extends Error {}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** A 32-bit field holding this says "see the zip64 record": only parts over 4 GB need one. */
const ZIP64_MARK = 0xffffffff;

function endOfDirectoryOffset(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT);
  for (let offset = bytes.length - END_RECORD_SIZE; offset >= lowest; offset--) {
    if (bytes.readUInt32LE(offset) === END_OF_DIRECTORY) return offset;
  }
  throw new ZipFormatError("no end of central directory");
}

/**
 * Every entry of the central directory. `maxEntries` bounds the work on a directory that claims more.
 * Sizes marked for zip64 are reported as 4 GB: more than any limit this product sets.
 */
export function readZipDirectory(bytes: Buffer, maxEntries: number): ZipEntry[] {
  if (bytes.length < END_RECORD_SIZE) throw new ZipFormatError("too short");
  const end = endOfDirectoryOffset(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  if (count > maxEntries) throw new ZipFormatError(`too many entries: ${count}`);
  const entries: ZipEntry[] = [];
  let offset = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (offset + 46 > end || bytes.readUInt32LE(offset) !== DIRECTORY_ENTRY) {
      throw new ZipFormatError("broken central directory");
    }
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    entries.push({
      name: bytes.toString("utf8", offset + 46, offset + 46 + nameLength),
      method: bytes.readUInt16LE(offset + 10),
      encrypted: (bytes.readUInt16LE(offset + 8) & 1) === 1,
      compressedSize: bytes.readUInt32LE(offset + 20),
      uncompressedSize: bytes.readUInt32LE(offset + 24),
      localHeaderOffset: bytes.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export const isZip64Size = (size: number) => size === ZIP64_MARK;

/**
 * The part's bytes, never more than it declared: a deflate stream that expands further is refused
 * before it fills memory.
 */
export function expandEntry(bytes: Buffer, entry: ZipEntry): Buffer {
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_HEADER) {
    throw new ZipFormatError(`no local header for ${entry.name}`);
  }
  const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  if (start + entry.compressedSize > bytes.length) throw new ZipFormatError(`${entry.name} is cut short`);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length !== entry.uncompressedSize) throw new ZipFormatError(`${entry.name}: wrong size`);
    return data;
  }
  if (entry.method !== 8) throw new ZipFormatError(`${entry.name}: compression ${entry.method}`);
  let expanded: Buffer;
  try {
    // One byte of room so that a stream longer than declared is caught rather than cut.
    expanded = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize + 1) });
  } catch {
    throw new ZipFormatError(`${entry.name}: bad deflate data or longer than declared`);
  }
  if (expanded.length !== entry.uncompressedSize) throw new ZipFormatError(`${entry.name}: wrong size`);
  return expanded;
}
