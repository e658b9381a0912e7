/**
 * The watch history on top of the deployments' {@link StateStore} (layout in types.ts): UTC day files of
 * JSON lines with one {@link WatchSample} each, plus `state.json` for the alerting.
 *
 * Rules that keep the history usable for years of 15-minute runs:
 * - appends only: a run adds one small chunk per day file it touches, never rewrites a growing file;
 * - a torn last line (a runner killed mid-append, a hand edit) is skipped with a warning when read, and the
 *   next append starts on a fresh line so the torn fragment cannot swallow a good sample;
 * - retention deletes whole day files (and only files named like one), so the store stays bounded without
 *   rewriting what is kept;
 * - everything written is checked against the {@link SecretRegistry} first, like the deployment records:
 *   the state branch (and the status page published from it) is readable by everyone who can read the repo.
 */
import type { Logger } from '../common/logger.js';
import { silentLogger } from '../common/logger.js';
import type { SecretRegistry } from '../common/secrets.js';
import { normalizeEnvironment } from '../deploy/records.js';
import type { StateStore } from '../deploy/store/types.js';
import { watchPaths, type WatchSample, type WatchState } from './types.js';

/** A day file's name: `2026-11-22.jsonl` (the UTC day of the samples in it). */
export const DAY_FILE_PATTERN = /^(\d{4}-\d{2}-\d{2})\.jsonl$/;

const DAY_MS = 86_400_000;
const STATUSES = new Set(['healthy', 'degraded', 'failed']);

export interface HistoryOptions {
  /** Every line is refused when it holds one of these secrets (in any derived form). */
  secrets?: SecretRegistry;
  /** Where skipped lines and unreadable files are reported. */
  logger?: Logger;
}

export interface SampleQuery {
  /** Inclusive lower bound (ISO time or Date). */
  since?: string | Date;
  /** Inclusive upper bound (ISO time or Date). */
  until?: string | Date;
  /** Only this instance's samples. */
  instance?: string;
}

/** Refuses text that holds a registered secret; the message names the path, never the value. */
function guard(path: string, text: string, secrets: SecretRegistry | undefined): string {
  if (secrets && secrets.redact(text) !== text) {
    throw new Error(`refusing to record ${path}: it contains a secret (a token or credential). Nothing was written.`);
  }
  return text;
}

function toTime(v: string | Date | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const t = v instanceof Date ? v.getTime() : Date.parse(v);
  if (!Number.isFinite(t)) throw new Error(`readSamples: '${name}' is not a valid time: ${JSON.stringify(String(v))}`);
  return t;
}

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Checks one sample before it is written: a bad `at` would file it under a nonsense day. */
function checkSample(s: WatchSample): void {
  if (!s || typeof s !== 'object') throw new Error('appendSamples: a sample is not an object');
  if (typeof s.at !== 'string' || !Number.isFinite(Date.parse(s.at)) || !/^\d{4}-\d{2}-\d{2}T/.test(s.at)) {
    throw new Error(`appendSamples: sample of ${JSON.stringify(s.instance)} has no valid ISO time 'at' (${JSON.stringify(s.at)})`);
  }
  if (typeof s.instance !== 'string' || s.instance === '') throw new Error('appendSamples: a sample has no instance id');
  if (!STATUSES.has(s.status)) throw new Error(`appendSamples: sample of ${s.instance} has an unknown status ${JSON.stringify(s.status)}`);
}

/**
 * Appends samples to their UTC day files (one append per day file). All lines are checked first — a secret
 * in any one of them means nothing at all is written. Returns the day files touched.
 */
export async function appendSamples(store: StateStore, environment: string, samples: readonly WatchSample[], opts: HistoryOptions = {}): Promise<string[]> {
  const env = normalizeEnvironment(environment);
  const byFile = new Map<string, string[]>();
  for (const s of samples) {
    checkSample(s);
    // Normalise to the canonical ISO form, so the day file is the UTC day even for `+02:00` offsets.
    const at = new Date(Date.parse(s.at)).toISOString();
    const line = JSON.stringify({ ...s, at });
    const file = watchPaths.dayFile(env, at);
    guard(file, line, opts.secrets);
    const lines = byFile.get(file) ?? [];
    lines.push(line);
    byFile.set(file, lines);
  }
  for (const [file, lines] of byFile) {
    const existing = await store.read(file);
    // A torn last line (no newline at the end): start on a fresh line so the fragment stays one bad line.
    const prefix = existing !== undefined && existing !== '' && !existing.endsWith('\n') ? '\n' : '';
    await store.append(file, prefix + lines.join('\n') + '\n');
  }
  return [...byFile.keys()];
}

/** Parses one day file; bad lines are skipped and reported (never thrown). */
function parseDayFile(path: string, text: string, logger: Logger): WatchSample[] {
  const out: WatchSample[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const last = i === lines.length - 1; // no newline after it: an interrupted append
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      logger.warning(`${path}:${i + 1}: skipped ${last ? 'a torn last line (an interrupted append)' : 'a line that is not valid JSON'}`);
      return;
    }
    const s = v as Partial<WatchSample>;
    if (!v || typeof v !== 'object' || typeof s.at !== 'string' || !Number.isFinite(Date.parse(s.at)) || typeof s.instance !== 'string' || !STATUSES.has(String(s.status))) {
      logger.warning(`${path}:${i + 1}: skipped a line that is not a watch sample (needs at, instance, status)`);
      return;
    }
    out.push(v as WatchSample);
  });
  return out;
}

/** The day files of an environment (`YYYY-MM-DD`, ascending). Other files in the folder are ignored. */
export async function listDays(store: StateStore, environment: string): Promise<string[]> {
  const env = normalizeEnvironment(environment);
  return (await store.list(watchPaths.samplesDir(env)))
    .map((n) => DAY_FILE_PATTERN.exec(n)?.[1])
    .filter((d): d is string => d !== undefined && Number.isFinite(Date.parse(`${d}T00:00:00Z`)))
    .sort();
}

/**
 * Reads samples within `[since, until]`, oldest first. Only the day files that can hold such samples are
 * read. A torn or invalid line is skipped with a warning through `opts.logger`; it never fails the read.
 */
export async function readSamples(store: StateStore, environment: string, query: SampleQuery = {}, opts: Pick<HistoryOptions, 'logger'> = {}): Promise<WatchSample[]> {
  const env = normalizeEnvironment(environment);
  const logger = opts.logger ?? silentLogger;
  const since = toTime(query.since, 'since');
  const until = toTime(query.until, 'until');
  const days = (await listDays(store, env)).filter((d) => (since === undefined || d >= utcDay(since)) && (until === undefined || d <= utcDay(until)));
  const out: WatchSample[] = [];
  for (const day of days) {
    const path = watchPaths.dayFile(env, day);
    const text = await store.read(path);
    if (text === undefined) continue;
    for (const s of parseDayFile(path, text, logger)) {
      const t = Date.parse(s.at);
      if (since !== undefined && t < since) continue;
      if (until !== undefined && t > until) continue;
      if (query.instance !== undefined && s.instance !== query.instance) continue;
      out.push(s);
    }
  }
  // Stable: runs append in time order, but a clock step on a runner must not scramble a timeline.
  return out.map((s, i) => ({ s, i, t: Date.parse(s.at) })).sort((a, b) => a.t - b.t || a.i - b.i).map((x) => x.s);
}

/**
 * The watch state, or `undefined` when there is none yet. An unreadable state (invalid JSON, another
 * schema) is reported and treated as absent: the watch keeps probing and recording instead of stopping
 * for good, and the next write replaces it.
 */
export async function readWatchState(store: StateStore, environment: string, opts: Pick<HistoryOptions, 'logger'> = {}): Promise<WatchState | undefined> {
  const path = watchPaths.state(normalizeEnvironment(environment));
  const text = await store.read(path);
  if (text === undefined) return undefined;
  const logger = opts.logger ?? silentLogger;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    logger.warning(`${path} in ${store.description} is not valid JSON; starting from an empty watch state (it is replaced at the end of this run)`);
    return undefined;
  }
  const st = v as Partial<WatchState>;
  if (!v || typeof v !== 'object' || st.schema !== 1 || !st.instances || typeof st.instances !== 'object' || Array.isArray(st.instances)) {
    logger.warning(`${path} in ${store.description} is not a schema-1 watch state; starting from an empty watch state`);
    return undefined;
  }
  return st as WatchState;
}

/** Writes the watch state (pretty JSON), refused when it holds a registered secret. */
export async function writeWatchState(store: StateStore, environment: string, state: WatchState, opts: Pick<HistoryOptions, 'secrets'> = {}): Promise<void> {
  const path = watchPaths.state(normalizeEnvironment(environment));
  if (state.schema !== 1 || !state.instances || typeof state.instances !== 'object') throw new Error('writeWatchState: not a schema-1 watch state');
  await store.write(path, guard(path, JSON.stringify(state, null, 2) + '\n', opts.secrets));
}

export interface RetentionOptions {
  /** Keep this many days (≥ 1). */
  days: number;
  now: Date | number;
}

/**
 * Deletes the day files whose every possible sample is older than `days` days: a file for day D goes once
 * `now ≥ D + 1 day + days` (UTC). So at least `days` full days of history are always kept and at most one
 * day more. Only names matching {@link DAY_FILE_PATTERN} are touched. Returns the removed days.
 */
export async function applyRetention(store: StateStore, environment: string, opts: RetentionOptions): Promise<string[]> {
  const env = normalizeEnvironment(environment);
  if (!Number.isInteger(opts.days) || opts.days < 1) throw new Error(`applyRetention: days must be a whole number ≥ 1, got ${String(opts.days)}`);
  const now = typeof opts.now === 'number' ? opts.now : opts.now.getTime();
  if (!Number.isFinite(now)) throw new Error('applyRetention: now is not a valid time');
  const removed: string[] = [];
  for (const day of await listDays(store, env)) {
    const end = Date.parse(`${day}T00:00:00Z`) + DAY_MS;
    if (end + opts.days * DAY_MS <= now) {
      await store.remove(watchPaths.dayFile(env, day));
      removed.push(day);
    }
  }
  return removed;
}

/** Read access for the status page and other readers: a window of samples plus the state. */
export interface HistoryReader {
  readonly environment: string;
  samples(query?: SampleQuery): Promise<WatchSample[]>;
  state(): Promise<WatchState | undefined>;
  /** The UTC days that have a day file, ascending. */
  days(): Promise<string[]>;
  /** The newest sample of each instance within the query (e.g. the page's "now" column). */
  latest(query?: SampleQuery): Promise<Map<string, WatchSample>>;
}

/** A {@link HistoryReader} over a store (read-only: it never writes). */
export function historyReader(store: StateStore, environment: string, opts: Pick<HistoryOptions, 'logger'> = {}): HistoryReader {
  const env = normalizeEnvironment(environment);
  return {
    environment: env,
    samples: (query = {}) => readSamples(store, env, query, opts),
    state: () => readWatchState(store, env, opts),
    days: () => listDays(store, env),
    async latest(query = {}) {
      const out = new Map<string, WatchSample>();
      for (const s of await readSamples(store, env, query, opts)) out.set(s.instance, s);
      return out;
    },
  };
}
