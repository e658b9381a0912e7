/**
 * What the status page is made from, read out of any {@link StateStore} (dir, git, memory): the watch
 * samples of a time window, the watch state (open incidents), the deployments' audit log and current.json.
 *
 * Reading is tolerant on purpose: the page is how people look at a fleet that may be in trouble, so a torn
 * last line (a watch run killed mid-append), a malformed line or an unreadable state file costs that line
 * or file — named in `problems` — never the page. Nothing here writes.
 */
import type { StateStore } from '../deploy/store/types.js';
import type { AuditLine, CurrentRecord } from '../deploy/types.js';
import { normalizeEnvironment } from '../deploy/records.js';
import { silentLogger, type Logger } from '../common/logger.js';
import { readSamples, readWatchState } from './history.js';
import { watchPaths, type WatchSample, type WatchState } from './types.js';

/** Everything the page needs, as read from the store. */
export interface StatusSources {
  environment: string;
  /** Samples with `at` inside [since, until], oldest first. */
  samples: WatchSample[];
  state?: WatchState;
  /** Audit lines (whole log; the page picks the window), in file order. */
  audit: AuditLine[];
  current?: CurrentRecord;
  /** Lines or files that could not be read, for a warning (never fatal). */
  problems: string[];
  /** Whether the store has anything at all for this environment (a typo'd --environment has not). */
  environmentExists: boolean;
}

export interface LoadOptions {
  environment: string;
  /** Start of the window (inclusive). */
  since: Date;
  /** End of the window (inclusive). Default now. */
  until?: Date;
}

/** Reads the page's sources for one environment. Throws only for a store that cannot be read at all. */
export async function loadStatusSources(store: StateStore, opts: LoadOptions): Promise<StatusSources> {
  const env = normalizeEnvironment(opts.environment);
  const until = opts.until ?? new Date();
  const problems: string[] = [];
  // The watch's own reader (history.ts) skips torn and invalid lines; its warnings become `problems`.
  const collect: Logger = { ...silentLogger, warning: (m: string) => void problems.push(m) };
  const base = `environments/${env}`;
  const environmentExists = (await store.list(base)).length > 0;
  const read = await readSamples(store, env, { since: opts.since, until }, { logger: collect });
  const samples = read.filter((s) => {
    if (typeof s.score === 'number' && Number.isFinite(s.score)) return true;
    problems.push(`${watchPaths.dayFile(env, s.at)}: a sample of ${s.instance} at ${s.at} has no numeric score; skipped`);
    return false;
  });
  const state = await readWatchState(store, env, { logger: collect });
  const current = await readJson<CurrentRecord>(store, `${base}/current.json`, problems, (v) => isObject(v) && (typeof v['version'] === 'number' || isObject(v['baseline'])));
  const audit = parseAudit((await store.read(`${base}/audit.jsonl`)) ?? '', `${base}/audit.jsonl`, problems);
  return { environment: env, samples, ...(state ? { state } : {}), audit, ...(current ? { current } : {}), problems, environmentExists };
}

function parseAudit(text: string, path: string, problems: string[]): AuditLine[] {
  const out: AuditLine[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const v = JSON.parse(line) as unknown;
      if (isObject(v) && typeof v['event'] === 'string' && typeof v['ts'] === 'string' && typeof v['deploymentId'] === 'string') out.push(v as unknown as AuditLine);
      else problems.push(`${path}:${i + 1}: not an audit line; skipped`);
    } catch {
      problems.push(`${path}:${i + 1}: not valid JSON; skipped`);
    }
  });
  return out;
}

async function readJson<T>(store: StateStore, path: string, problems: string[], ok: (v: Record<string, unknown>) => boolean): Promise<T | undefined> {
  const text = await store.read(path);
  if (text === undefined) return undefined;
  try {
    const v = JSON.parse(text) as unknown;
    if (isObject(v) && ok(v)) return v as T;
    problems.push(`${path}: unexpected content; ignored`);
  } catch {
    problems.push(`${path}: not valid JSON; ignored`);
  }
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Parses a window start: a duration back from `now` (`14d`, `36h`, `90m`, `2w`) or an ISO date/time
 * (`2026-11-01`, `2026-11-01T12:00:00Z`). Throws a message naming the accepted forms.
 */
export function parseSince(value: string, now: Date, name = 'since'): Date {
  const v = value.trim();
  const m = /^(\d{1,5})\s*(m|min|h|d|w)$/i.exec(v);
  if (m) {
    const n = Number(m[1]);
    const unit = m[2]!.toLowerCase();
    const ms = unit === 'w' ? n * 7 * 86_400_000 : unit === 'd' ? n * 86_400_000 : unit === 'h' ? n * 3_600_000 : n * 60_000;
    if (n > 0) return new Date(now.getTime() - ms);
  }
  if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) {
    // A date alone is midnight UTC; a time without a zone is UTC too (the page shows UTC).
    const iso = v.length === 10 ? `${v}T00:00:00Z` : /Z|[+-]\d{2}:?\d{2}$/.test(v) ? v.replace(' ', 'T') : `${v.replace(' ', 'T')}Z`;
    const d = new Date(iso);
    if (Number.isFinite(d.getTime())) {
      if (d.getTime() > now.getTime()) throw new Error(`The value '${value}' is not valid for '${name}': it is in the future. Expected a past date or a duration such as 14d.`);
      return d;
    }
  }
  throw new Error(`The value '${value}' is not valid for '${name}'. Expected a duration back from now such as 14d, 36h, 90m or 2w, or an ISO date such as 2026-11-01.`);
}
