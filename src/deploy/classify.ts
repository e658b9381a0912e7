/**
 * How each changed path is picked up by the gateway, as the gateway itself says: `config.schema.lookup`
 * returns `reloadKind` (`hot | none | restart`), cached per path for the whole run (the schema is a static
 * per-release artifact, openclaw-notes §2.3). Paths the schema does not know (dynamic record keys such as
 * `models.providers.<id>`) are looked up at their nearest known parent; a path nobody knows is `restart`,
 * OpenClaw's own default for unmatched paths (hot-reload.md).
 *
 * Listener settings are a class of their own: `gateway.port`, `gateway.bind` and `gateway.customBindHost`
 * report `restart`, but the unmanaged in-process restart does NOT apply them — the gateway keeps listening
 * where it started (openclaw-notes §3.4, measured). Changing them needs a process restart, which only the
 * operator's supervisor (a restart hook) can do.
 */
import type { GatewayClient } from '../fleet/types.js';
import { getPath, isRecord, type ConfigChange } from './content.js';
import type { ChangeClass, PlannedChange } from './types.js';

/** Settings the in-process restart does not re-read (captured once at process start). */
export const LISTENER_PATHS: readonly string[] = ['gateway.port', 'gateway.bind', 'gateway.customBindHost'];

/** Added/removed objects with more leaves than this are classified by their root (bounded lookups). */
const MAX_LEAVES = 32;

/** Dotted paths of the leaves of an object (arrays and scalars are leaves); stops after `max + 1`. */
function leafPaths(obj: Record<string, unknown>, prefix: string, max: number): string[] {
  const out: string[] = [];
  const walk = (v: unknown, path: string) => {
    if (out.length > max) return;
    if (isRecord(v) && Object.keys(v).length > 0) {
      for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    } else out.push(path);
  };
  walk(obj, prefix);
  return out;
}

const RANK: Record<ChangeClass, number> = { none: 0, hot: 1, restart: 2, 'process-restart': 3 };

/** The strongest class of a list (`none` when empty). */
export function strongest(classes: Iterable<ChangeClass>): ChangeClass {
  let best: ChangeClass = 'none';
  for (const c of classes) if (RANK[c] > RANK[best]) best = c;
  return best;
}

/** True when `live` and `desired` differ in a listener setting (see module doc). */
export function listenerChanges(live: unknown, desired: unknown): string[] {
  const out: string[] = [];
  for (const p of LISTENER_PATHS) {
    const a = getPath(live, p);
    const b = getPath(desired, p);
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push(p);
  }
  return out;
}

export class ReloadClassifier {
  private readonly cache = new Map<string, Promise<ChangeClass>>();
  /** Lookups actually sent (for tests and the bench). */
  lookups = 0;

  /** `client` answers the lookups (any reachable instance of the fleet: the schema is the release's). */
  async classify(client: GatewayClient, changes: readonly ConfigChange[], live: unknown, desired: unknown, signal?: AbortSignal): Promise<PlannedChange[]> {
    const listener = new Set(listenerChanges(live, desired));
    const out: PlannedChange[] = [];
    for (const ch of changes) {
      if ([...listener].some((p) => ch.path === p || p.startsWith(ch.path + '.'))) {
        out.push({ ...ch, class: 'process-restart' });
        continue;
      }
      // A whole added/removed object is looked up leaf by leaf: its own root may say `restart` (e.g.
      // `gateway.controlUi`) while the leaves that actually change are hot (`…allowedOrigins`).
      const subtree = ch.op === 'add' ? getPath(desired, ch.path) : ch.op === 'remove' ? getPath(live, ch.path) : undefined;
      const leaves = isRecord(subtree) ? leafPaths(subtree, ch.path, MAX_LEAVES) : undefined;
      if (leaves && leaves.length > 0 && leaves.length <= MAX_LEAVES) {
        const classes: ChangeClass[] = [];
        for (const leaf of leaves) classes.push(await this.lookup(client, leaf, signal));
        out.push({ ...ch, class: strongest(classes) });
      } else {
        out.push({ ...ch, class: await this.lookup(client, ch.path, signal) });
      }
    }
    return out;
  }

  private lookup(client: GatewayClient, path: string, signal?: AbortSignal): Promise<ChangeClass> {
    const cached = this.cache.get(path);
    if (cached) return cached;
    const p = this.resolve(client, path, signal);
    this.cache.set(path, p);
    // A failed lookup (unreachable gateway) must not poison the cache for the next instance.
    p.catch(() => this.cache.delete(path));
    return p;
  }

  private async resolve(client: GatewayClient, path: string, signal?: AbortSignal): Promise<ChangeClass> {
    if (path === '<root>') return 'restart';
    this.lookups++;
    try {
      const r = await client.configSchemaLookup(path, signal ? { signal } : undefined);
      return r.reloadKind;
    } catch (e) {
      const kind = (e as { kind?: string }).kind;
      if (kind === 'rejected') {
        // "config schema path not found": ask the parent (dynamic keys), else OpenClaw's default.
        const dot = path.lastIndexOf('.');
        return dot > 0 ? this.lookup(client, path.slice(0, dot), signal) : 'restart';
      }
      throw e;
    }
  }
}

/** A conservative classification without a gateway (dry runs with nothing reachable): listener or restart. */
export function classifyOffline(changes: readonly ConfigChange[], live: unknown, desired: unknown): PlannedChange[] {
  const listener = listenerChanges(live, desired);
  return changes.map((ch) => ({ ...ch, class: listener.some((p) => ch.path === p || p.startsWith(ch.path + '.')) ? 'process-restart' : 'restart' }));
}

