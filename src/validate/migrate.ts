/**
 * The in-memory legacy migrations `openclaw config validate` applies before validating (2026.9.6,
 * `migratePersistedImplicitMainRoster`), reproduced for the fast engine so a legacy config gets the same
 * verdict and the same warnings:
 * - `agents.list: [{id, ...}]` (ids already canonical and unique) → `agents.entries: {id: {...}}`,
 *   warning "Moved agents.list to keyed agents.entries.";
 * - no agents / an empty roster (without `ownership: "explicit"`) → the implicit `main` agent;
 * - exactly one `default: true` marker (without explicit ownership) → markers removed, warning "Removed
 *   retired agents.entries.*.default markers."; with several agents it also names the legacy owner
 *   ("Materialized legacy per-surface agent ownership.") and validation treats ownership as explicit.
 * The migrated config is what the schema and the rules see; the source map learns where moved entries
 * were written.
 */
import { isRecord, normalizeAgentId } from './agent-ids.js';

export interface Migration {
  /** The config to validate (a new object when something moved; the input otherwise). */
  config: unknown;
  warnings: Array<{ path: string; message: string }>;
  /** `agents.entries.<id>` → `agents.list.<index>` for entries that came from a legacy list. */
  aliases: Array<{ from: string[]; to: string[] }>;
  /** Set when one legacy `default: true` marker named the owner of a multi-agent roster. */
  legacyDefaultAgentId?: string;
}

const MOVED = 'Moved agents.list to keyed agents.entries.';

export function migrateLegacyConfig(raw: unknown): Migration {
  const unchanged: Migration = { config: raw, warnings: [], aliases: [] };
  if (!isRecord(raw)) return unchanged;
  if (Object.hasOwn(raw, 'agents') && !isRecord(raw['agents'])) return unchanged;
  let agents: Record<string, unknown> = isRecord(raw['agents']) ? raw['agents'] : {};
  const warnings: Migration['warnings'] = [];
  const aliases: Migration['aliases'] = [];
  let converted = false;
  let legacyOrder: string[] | undefined;

  if (!(Object.hasOwn(agents, 'entries') && agents['entries'] !== undefined) && Object.hasOwn(agents, 'list') && agents['list'] !== undefined) {
    const roster = parseLegacyList(agents['list']);
    if (!roster) return unchanged; // not a clean legacy list: the schema reports `Unrecognized key: "list"`
    const { list: _list, ...rest } = agents;
    agents = { ...rest, entries: roster.entries };
    legacyOrder = roster.order;
    converted = true;
    roster.order.forEach((id, index) => aliases.push({ from: ['agents', 'entries', id], to: ['agents', 'list', String(index)] }));
    aliases.push({ from: ['agents', 'entries'], to: ['agents', 'list'] });
  }

  const hasEntries = Object.hasOwn(agents, 'entries') && agents['entries'] !== undefined;
  const entries = hasEntries ? agents['entries'] : undefined;
  if (!hasEntries || (isRecord(entries) && Object.keys(entries).length === 0)) {
    if (converted) warnings.push({ path: 'agents.entries', message: MOVED });
    if (agents['ownership'] === 'explicit') return { config: converted ? { ...raw, agents } : raw, warnings, aliases };
    return { config: { ...raw, agents: { ...agents, entries: { main: {} } } }, warnings, aliases };
  }
  if (!isRecord(entries)) return unchanged;
  const ids = legacyOrder ?? Object.keys(entries).filter((id) => isRecord(entries[id]));
  if (ids.length === 0) return unchanged;
  if (ids.some((id) => Object.hasOwn(entries[id] as object, 'default') && typeof (entries[id] as Record<string, unknown>)['default'] !== 'boolean')) return unchanged;

  const marked = ids.filter((id) => (entries[id] as Record<string, unknown>)['default'] === true);
  const validMarker = agents['ownership'] !== 'explicit' && marked.length === 1;
  const legacyDefaultAgentId = ids.length > 1 && validMarker ? normalizeAgentId(marked[0]) : undefined;
  if (converted) warnings.push({ path: 'agents.entries', message: MOVED });
  let nextEntries: Record<string, unknown> = entries;
  if (legacyOrder && !legacyDefaultAgentId && agents['ownership'] === undefined && ids.length > 1 && ids.every((id) => (entries[id] as Record<string, unknown>)['default'] !== true)) {
    const first = ids[0]!;
    const entry = entries[first] as Record<string, unknown>;
    if (!Object.hasOwn(entry, 'workspace') || (typeof entry['workspace'] === 'string' && entry['workspace'].trim() === '')) {
      const defaults = isRecord(agents['defaults']) ? agents['defaults'] : undefined;
      const workspace = typeof defaults?.['workspace'] === 'string' && defaults['workspace'].trim() ? defaults['workspace'].trim() : '~/.openclaw/workspace';
      nextEntries = { ...nextEntries, [first]: { ...entry, workspace } };
      warnings.push({ path: 'agents.entries', message: "Preserved the first legacy agent's existing workspace." });
    }
  }
  if (legacyDefaultAgentId) warnings.push({ path: 'agents.entries', message: 'Materialized legacy per-surface agent ownership.' });
  if (validMarker) {
    nextEntries = Object.fromEntries(
      Object.entries(nextEntries).map(([id, entry]) => {
        if (!isRecord(entry)) return [id, entry];
        const { default: _default, ...rest } = entry;
        return [id, rest];
      }),
    );
    warnings.push({ path: 'agents.entries', message: 'Removed retired agents.entries.*.default markers.' });
  }
  if (!converted && !validMarker && nextEntries === entries) return unchanged;
  const nextAgents: Record<string, unknown> = { ...agents, entries: nextEntries };
  // OpenClaw validates a roster with a legacy owner as if ownership were explicit (then drops it again).
  if (legacyDefaultAgentId && nextAgents['ownership'] === undefined) nextAgents['ownership'] = 'explicit';
  const out: Migration = { config: { ...raw, agents: nextAgents }, warnings, aliases };
  if (legacyDefaultAgentId) out.legacyDefaultAgentId = legacyDefaultAgentId;
  return out;
}

function parseLegacyList(value: unknown): { entries: Record<string, unknown>; order: string[] } | undefined {
  if (!Array.isArray(value)) return undefined;
  const entries: Record<string, unknown> = {};
  const order: string[] = [];
  for (const item of value) {
    if (!isRecord(item)) return undefined;
    const { id, ...config } = item;
    if (typeof id !== 'string' || !id || id.trim() !== id || normalizeAgentId(id) !== id || order.includes(id)) return undefined;
    order.push(id);
    entries[id] = config;
  }
  return { entries, order };
}
