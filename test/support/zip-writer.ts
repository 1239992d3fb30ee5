/**
 * A small zip writer for building hostile `.xlsx` files in tests: parts can declare sizes they do not
 * have, carry the encryption flag, or be deflated from a stream far larger than the file.
 */
import { deflateRawSync } from "node:zlib";
import { expandEntry, readZipDirectory } from "../../src/cli/zip-directory";

export interface ZipPart {
  readonly name: string;
  /** The deflated bytes (method 8) with their true expanded size and CRC, or plain data to deflate. */
  readonly data?: Buffer | string;
  readonly deflated?: { readonly bytes: Buffer; readonly size: number; readonly crc: number };
  /** Overrides the expanded size written in the headers (a lying directory). */
  readonly declaredSize?: number;
  readonly encrypted?: boolean;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, index) => {
  let crc = index;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

export function crc32(bytes: Buffer, previous = 0): number {
  let crc = ~previous >>> 0;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return ~crc >>> 0;
}

export function zip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const raw = typeof part.data === "string" ? Buffer.from(part.data, "utf8") : part.data;
    const deflated = part.deflated ?? {
      bytes: deflateRawSync(raw ?? Buffer.alloc(0)),
      size: raw?.length ?? 0,
      crc: crc32(raw ?? Buffer.alloc(0)),
    };
    const size = part.declaredSize ?? deflated.size;
    const flags = part.encrypted ? 1 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(deflated.crc, 14);
    local.writeUInt32LE(deflated.bytes.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(flags, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(deflated.crc, 16);
    entry.writeUInt32LE(deflated.bytes.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, deflated.bytes);
    directory.push(entry, name);
    offset += local.length + name.length + deflated.bytes.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}

/** The parts of a zip (an xlsx ExcelJS wrote), by name, to edit and zip again. */
export function unzip(bytes: Buffer): Map<string, Buffer | string> {
  const parts = new Map<string, Buffer | string>();
  for (const entry of readZipDirectory(bytes, 10_000)) parts.set(entry.name, expandEntry(bytes, entry));
  return parts;
}

export const rezip = (parts: ReadonlyMap<string, Buffer | string>) =>
  zip([...parts].map(([name, data]) => ({ name, data })));
