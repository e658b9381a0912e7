/**
 * CPU time of a process tree, for the demo's per-step table. Wall time alone says little on a shared 2-core
 * machine (the same step took 52 s at load 15 and 20 s on an idle host); the CPU seconds the demo and
 * everything it started (gateways, their helpers, the browser, `openclaw` CLI runs) spent are what a step
 * costs, and what a faster demo has to cut.
 *
 * Linux only (/proc); elsewhere every reading is undefined and the table shows wall time alone.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on every mainstream Linux). */
const TICKS_PER_SECOND = 100;

interface StatTimes {
  ppid: number;
  /** utime + stime of the process itself. */
  own: number;
  /** cutime + cstime: children it has waited for. */
  reaped: number;
}

function readTimes(pid: number): StatTimes | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // comm may hold spaces and parentheses: the fields start after the LAST ')'. Index 0 is field 3 (state).
    const f = text.slice(text.lastIndexOf(')') + 2).trim().split(/\s+/);
    const n = (i: number) => Number(f[i] ?? 0);
    return { ppid: n(1), own: n(11) + n(12), reaped: n(13) + n(14) };
  } catch {
    return undefined;
  }
}

/**
 * Milliseconds of CPU used so far by `pid` and every descendant, alive or already reaped by its parent
 * (a reaped process's time lives on in its parent's cutime/cstime; a live one's in its own fields, so
 * nothing is counted twice). A process orphaned by its parent's death is reaped by init and drops out, so
 * measure while the tree is up. Undefined when /proc is not readable.
 */
export function treeCpuMs(pid: number = process.pid): number | undefined {
  const root = readTimes(pid);
  if (!root) return undefined;
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return undefined;
  }
  const byParent = new Map<number, Array<{ pid: number; t: StatTimes }>>();
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    const child = Number(name);
    const t = readTimes(child);
    if (!t) continue;
    const list = byParent.get(t.ppid) ?? [];
    list.push({ pid: child, t });
    byParent.set(t.ppid, list);
  }
  let ticks = root.own + root.reaped;
  const queue = [...(byParent.get(pid) ?? [])];
  while (queue.length > 0) {
    const p = queue.shift() as { pid: number; t: StatTimes };
    ticks += p.t.own + p.t.reaped;
    queue.push(...(byParent.get(p.pid) ?? []));
  }
  return Math.round((ticks * 1000) / TICKS_PER_SECOND);
}
