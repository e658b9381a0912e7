/**
 * Reading one config file safely: `stat` first (regular file, size, hard links) so a FIFO, a device or a
 * huge file is refused before it is opened; then open without blocking, check the descriptor is the same
 * regular file (nothing was swapped in between), and read at most the allowed bytes.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { Loc } from './located.js';

/** OpenClaw's `MAX_INCLUDE_FILE_BYTES`. */
export const MAX_INCLUDE_FILE_BYTES = 2 * 1024 * 1024;
/** OpenClaw's include depth limit (`Maximum include depth (10) exceeded`). */
export const MAX_INCLUDE_DEPTH = 10;
/** clawfleet's own caps against include fan-out bombs (OpenClaw has none): reads and bytes per config. */
export const MAX_INCLUDE_READS = 256;
export const MAX_TOTAL_BYTES = 16 * 1024 * 1024;
/** The root file has no size check in OpenClaw; we cap it at the total budget so memory stays bounded. */
export const MAX_ROOT_FILE_BYTES = MAX_TOTAL_BYTES;

/** A load failure: stops loading, becomes one `<root>` issue pointing at `loc`. */
export class LoadError extends Error {
  constructor(
    message: string,
    readonly loc: Loc,
    readonly includeChain?: string[],
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

/** Describes what a non-regular file is, for messages. */
export function describeFileType(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

export type GuardedRead = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/**
 * Reads a file that `stat` already showed to be a regular file of `expected.size` bytes. Opens it
 * non-blocking (a FIFO swapped in after the stat cannot hang us), re-checks the descriptor, and refuses
 * to read more than `maxBytes`.
 */
export function readGuarded(abs: string, expected: Stats, maxBytes: number): GuardedRead {
  let fd: number;
  try {
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (error) {
    return { ok: false, reason: (error as NodeJS.ErrnoException).code ?? 'open failed' };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.ino !== expected.ino || st.dev !== expected.dev) return { ok: false, reason: 'the file changed while it was being read' };
    if (st.size > maxBytes) return { ok: false, reason: `it is ${st.size} bytes` };
    const buf = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    let total = 0;
    for (;;) {
      const n = readSync(fd, buf, total, buf.length - total, null);
      if (n === 0) break;
      total += n;
      if (total === buf.length) break;
    }
    if (total > st.size) return { ok: false, reason: 'the file grew while it was being read' };
    return { ok: true, bytes: buf.subarray(0, total) };
  } finally {
    closeSync(fd);
  }
}
