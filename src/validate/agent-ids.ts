/**
 * Agent-id helpers with OpenClaw's semantics (`normalizeAgentId`: case-insensitive, invalid characters
 * become `-`, the empty result falls back to `main`) and small type guards shared by the rules.
 */

const VALID_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/i;

/** A plain object (not an array, not null, not a class instance). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.prototype.toString.call(value) === '[object Object]';
}

/** OpenClaw's canonical agent id for a raw value (`Main` → `main`, `a b` → `a-b`, `` → `main`). */
export function normalizeAgentId(value: unknown): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  const lower = trimmed.toLowerCase();
  if (VALID_ID.test(trimmed)) return lower;
  const id = lower.replace(/[^a-z0-9_-]+/g, '-').replace(/^-+/, '').replace(/-+$/, '').slice(0, 64);
  return id || 'main';
}

export interface AgentEntry {
  id: string;
  /** Dot path prefix of the entry (`agents.entries.main`). */
  path: string;
  entry: Record<string, unknown>;
}

/** The configured agents (from `agents.entries`, or a legacy `agents.list` the migration could not convert). */
export function listAgentEntries(config: Record<string, unknown>): AgentEntry[] {
  const agents = config['agents'];
  if (!isRecord(agents)) return [];
  const entries = agents['entries'];
  if (Object.hasOwn(agents, 'entries') && entries !== undefined) {
    if (!isRecord(entries)) return [];
    return Object.keys(entries)
      .filter((id) => isRecord(entries[id]))
      .map((id) => ({ id, path: `agents.entries.${id}`, entry: entries[id] as Record<string, unknown> }));
  }
  const list = agents['list'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry, index) => (isRecord(entry) && typeof entry['id'] === 'string' ? [{ id: entry['id'], path: `agents.list.${index}`, entry }] : []));
}

/** Reads a nested value by plain keys (undefined when any step is missing or not an object). */
export function getIn(value: unknown, keys: readonly string[]): unknown {
  let cur = value;
  for (const key of keys) {
    if (!isRecord(cur)) return undefined;
    cur = cur[key];
  }
  return cur;
}
