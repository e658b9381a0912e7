/**
 * Process helpers for the rehearsal fleet: signal a process only when it is still the one we started
 * (a PID can be reused after exit — the start time from /proc tells them apart), find its descendants
 * (the gateway forks a spawn broker in its own process group and a SQLite child), and measure RSS.
 * Linux reads /proc; elsewhere the identity check degrades to "the PID exists".
 */
import { readdirSync, readFileSync } from 'node:fs';

/** A PID plus the kernel start time (clock ticks since boot), or null when /proc is unavailable. */
export interface ProcessIdentity {
  pid: number;
  startTime: number | null;
}

/** Field 22 of /proc/<pid>/stat (start time); null if the process is gone or /proc is missing. */
export function readStartTime(pid: number): number | null {
  const stat = readStat(pid);
  if (!stat) return null;
  const v = Number(stat.fields[19]); // fields after "(comm)": index 0 = state (field 3) → field 22 = index 19
  return Number.isFinite(v) ? v : null;
}

function readStat(pid: number): { ppid: number; fields: string[] } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // comm may contain spaces and parentheses: split after the LAST ')'.
    const rest = text.slice(text.lastIndexOf(')') + 2).trim().split(/\s+/);
    return { ppid: Number(rest[1]), fields: rest };
  } catch {
    return null;
  }
}

/** Identity of a live process now (start time from /proc when available). */
export function identify(pid: number): ProcessIdentity {
  return { pid, startTime: readStartTime(pid) };
}

/** True when the process exists and (if we know its start time) is the same process as recorded. */
export function isSameProcessAlive(id: ProcessIdentity): boolean {
  if (!pidExists(id.pid)) return false;
  if (isZombie(id.pid)) return false;
  if (id.startTime === null) return true;
  const now = readStartTime(id.pid);
  return now === null ? true : now === id.startTime;
}

function isZombie(pid: number): boolean {
  const stat = readStat(pid);
  return stat?.fields[0] === 'Z';
}

export function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Sends a signal only if the recorded process is still alive and the same one; returns whether it was sent. */
export function signalIfSame(id: ProcessIdentity, signal: NodeJS.Signals): boolean {
  if (!isSameProcessAlive(id)) return false;
  try {
    process.kill(id.pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** All descendants of `pid` (children, grandchildren…) with their identities; empty without /proc. */
export function descendants(pid: number): ProcessIdentity[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const children = new Map<number, number[]>();
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    const child = Number(name);
    const stat = readStat(child);
    if (!stat) continue;
    const list = children.get(stat.ppid) ?? [];
    list.push(child);
    children.set(stat.ppid, list);
  }
  const out: ProcessIdentity[] = [];
  const queue = [...(children.get(pid) ?? [])];
  while (queue.length > 0) {
    const p = queue.shift() as number;
    out.push(identify(p));
    queue.push(...(children.get(p) ?? []));
  }
  return out;
}

/** Resident set size of one process in bytes (VmRSS), or null. */
export function rssBytes(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m?.[1] ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Waits until `check()` is false or the timeout passes; resolves to whether it became false. */
export async function waitUntilGone(check: () => boolean, timeoutMs: number, pollMs = 100): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!check()) return true;
    await new Promise((r) => setTimeout(r, pollMs));
  }
  return !check();
}
