// Reading a doc, refusing what is not one: a folder's FIFO (reading it would
// block the run), a dangling link, an unreadable file, or bytes that are not
// UTF-8 (decoding them would replace each bad byte, and --update would then
// write the replacements back). Each refusal is a diagnostic; the other docs
// still run.
import { closeSync, fstatSync, openSync, readSync, constants } from 'node:fs';
import type { Diagnostic } from '../diagnostics.ts';

export type DocText = { source: string } | { diagnostic: Diagnostic };

// A byte order mark stays part of the text, so that --update writes it back.
const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The doc's text, or why it cannot be had. `file` is the path as shown. */
export function readDoc(path: string, file: string): DocText {
  const refuse = (message: string, line?: number, column?: number): DocText => ({
    diagnostic: { file, ...(line !== undefined ? { line, column } : {}), kind: 'file error', message },
  });
  let fd: number;
  try {
    // Non-blocking, so that opening a FIFO cannot wait for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return refuse(describe(error as NodeJS.ErrnoException));
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return refuse(`not a regular file (${kindOf(stat)}); skipped`);
    const chunks: Buffer[] = [];
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 16);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
    }
    const bytes = Buffer.concat(chunks);
    try {
      return { source: fatal.decode(bytes) };
    } catch {
      const bad = firstInvalidUtf8(bytes);
      const before = bytes.subarray(0, bad);
      const line = before.filter((b) => b === 0x0a).length + 1;
      const lineStart = before.lastIndexOf(0x0a) + 1;
      const column = [...new TextDecoder().decode(before.subarray(lineStart))].length + 1;
      return refuse(`not valid UTF-8 (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')}); the doc is left as it is (save it as UTF-8)`, line, column);
    }
  } catch (error) {
    return refuse(describe(error as NodeJS.ErrnoException));
  } finally {
    closeSync(fd);
  }
}

function describe(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file (or a symbolic link to nothing)';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    case 'ELOOP':
      return 'a loop of symbolic links';
    case 'EISDIR':
      return 'a folder, not a file';
    default:
      return `cannot be read: ${error.message}`;
  }
}

function kindOf(stat: import('node:fs').Stats): string {
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isDirectory()) return 'a folder';
  return 'not a file';
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (n === 0) return i;
    for (let k = 1; k < n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    const cp = n === 3 ? ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) : n === 4 ? ((b & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) : 0x80;
    if ((n === 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (n === 4 && (cp < 0x10000 || cp > 0x10ffff))) return i;
    i += n;
  }
  return bytes.length;
}
