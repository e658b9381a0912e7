/**
 * The deployment record on top of a {@link StateStore}, one folder per environment:
 *
 * ```
 * environments/<env>/audit.jsonl                      append-only, one JSON line per step
 * environments/<env>/current.json                     what runs: the last successful version, or the pre-clawfleet
 *                                                     baseline after its first deployment was rolled back (+ history for N-1)
 * environments/<env>/lock.json                        the environment lock (owner, its holders: one per parallel slice)
 * environments/<env>/versions/v000048.json            version → exact config content
 * environments/<env>/deployments/<id>/deployment.json state across attempts (for resume / auto-rollback)
 * environments/<env>/deployments/<id>/manifest-0001.json …  rollback snapshots, one shard per batch
 * environments/<env>/deployments/<id>/report.json     the final report
 * ```
 *
 * Manifest shards are write-once (a batch's snapshots are flushed BEFORE its first write), so a killed run
 * leaves a complete manifest for everything it touched, and large fleets never rewrite one big file.
 * Snapshot texts are deduplicated by content within a deployment (10 000 identical configs → one blob).
 *
 * Everything written is checked against the SecretRegistry first: a gateway token (or any registered
 * secret, in any derived form) in a record is refused with an error, never stored — the state branch is
 * readable by everyone who can read the repo.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { UserError } from '../common/errors.js';
import type { SecretRegistry } from '../common/secrets.js';
import { sha256Hex } from './content.js';
import type { AuditLine, CurrentRecord, DeploymentRecord, ManifestEntry, RollbackManifest, SourceInfo, VersionRecord } from './types.js';
import type { StateStore, SwapResult } from './store/types.js';

const ENV_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * Validates an environment name and normalises it to lower case: GitHub concurrency groups are
 * case-insensitive (`deploy-Prod` = `deploy-prod`, reliability-cases CC-02), so the record is too.
 */
export function normalizeEnvironment(name: string): string {
  if (!ENV_PATTERN.test(name)) {
    throw new UserError(`The value '${name.slice(0, 80)}' is not valid for 'environment'. Expected 1–64 characters: letters, digits, '.', '_' or '-', starting with a letter or digit.`);
  }
  return name.toLowerCase();
}

/** One process holding the environment lock (one slice of a promotion, or a whole single-job run). */
export interface LockHolder {
  /** Random per acquisition: what {@link StateRecorder.releaseLock} removes. */
  id: string;
  host: string;
  pid: number;
  acquiredAt: string;
  operation: string;
  deploymentId?: string;
}

/**
 * The environment lock (`lock.json`). One owner (a workflow run, or a CLI process) holds it; slices of the
 * same run (waves as matrix jobs) hold it together, each as one of `holders`, and the lock is deleted only
 * when the last holder releases it. The top-level fields describe the oldest holder, so readers of the
 * single-holder format (the post step, the status page) keep working.
 */
export interface LockInfo {
  owner: string;
  deploymentId?: string;
  host: string;
  pid: number;
  acquiredAt: string;
  operation: string;
  /** Every holder of the owner, oldest first. Absent in locks written before holder sets (one holder). */
  holders?: LockHolder[];
}

export interface StateRecorderOptions {
  secrets?: SecretRegistry;
  now?: () => number;
  /** A lock older than this is considered abandoned. Default 6 h (the longest GitHub job). */
  lockTtlMs?: number;
  /** Take the lock whoever holds it (operator says the holder is gone). */
  forceUnlock?: boolean;
  /** Tells whether a PID on this host is alive (CLI locks of a dead process are taken over). */
  pidAlive?: (pid: number) => boolean;
}

/** The holders of a parsed lock; a lock in the single-holder format is its own one holder. */
function holdersOf(lock: Partial<LockInfo>): LockHolder[] {
  if (Array.isArray(lock.holders)) return lock.holders.filter((h) => h && typeof h === 'object');
  return [{ id: 'legacy', host: lock.host ?? '?', pid: typeof lock.pid === 'number' ? lock.pid : -1, acquiredAt: lock.acquiredAt ?? '', operation: lock.operation ?? '?', ...(lock.deploymentId ? { deploymentId: lock.deploymentId } : {}) }];
}

/** The lock document for `holders` (oldest first, at least one). */
function lockDoc(owner: string, holders: LockHolder[]): LockInfo {
  const first = holders[0]!;
  return { owner, host: first.host, pid: first.pid, acquiredAt: first.acquiredAt, operation: first.operation, ...(first.deploymentId ? { deploymentId: first.deploymentId } : {}), holders };
}

function defaultPidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class StateRecorder {
  readonly environment: string;
  private readonly base: string;
  private readonly now: () => number;
  constructor(
    readonly store: StateStore,
    environment: string,
    private readonly opts: StateRecorderOptions = {},
  ) {
    this.environment = normalizeEnvironment(environment);
    this.base = `environments/${this.environment}`;
    this.now = opts.now ?? Date.now;
  }

  private iso(): string {
    return new Date(this.now()).toISOString();
  }

  /** Refuses content holding a registered secret (see module doc). */
  private guard(path: string, text: string): string {
    const s = this.opts.secrets;
    if (s && s.redact(text) !== text) {
      throw new Error(`refusing to record ${path}: it contains a secret (a token or credential). Nothing was written.`);
    }
    return text;
  }

  private async writeJson(path: string, value: unknown): Promise<void> {
    const full = `${this.base}/${path}`;
    await this.store.write(full, this.guard(full, JSON.stringify(value, null, 2) + '\n'));
  }

  private async readJson<T>(path: string): Promise<T | undefined> {
    const text = await this.store.read(`${this.base}/${path}`);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new Error(`the state record ${this.base}/${path} in ${this.store.description} is not valid JSON; fix or remove it`);
    }
  }

  flush(message: string): Promise<void> {
    return this.store.flush(`${this.environment}: ${message}`);
  }

  // ---------------------------------------------------------------------------------------------------
  // Lock

  /** Holder ids this recorder added, newest last (released in reverse order). */
  private readonly held: Array<{ owner: string; id: string }> = [];

  /**
   * Takes the environment lock or throws a UserError naming the holder and the fix.
   *
   * The same owner joins the lock as one more holder (slices of one promotion run in parallel jobs of the
   * same workflow run; a re-run attempt of that run). Holders of another owner refuse, unless every one of
   * them is stale: older than the TTL, or a process on this host that is gone (a CLI lock, or a slice of
   * the same owner killed without its post step). Every update is a compare-and-swap on lock.json, retried
   * on conflict, so two slices joining or leaving at once cannot lose one another.
   */
  async acquireLock(owner: string, operation: string, deploymentId?: string): Promise<LockInfo> {
    const me: LockHolder = { id: randomBytes(6).toString('hex'), host: hostname(), pid: process.pid, acquiredAt: this.iso(), operation, ...(deploymentId ? { deploymentId } : {}) };
    let refused: Partial<LockInfo> | undefined;
    const doc = await this.updateLock(`lock for ${operation}`, (existing) => {
      refused = undefined;
      if (!existing || this.opts.forceUnlock) return lockDoc(owner, [me]);
      const live = holdersOf(existing).filter((h) => !this.isStale(h, existing.owner === owner || (existing.owner ?? '').startsWith('cli:')));
      if (live.length === 0) return lockDoc(owner, [me]);
      if (existing.owner === owner) return lockDoc(owner, [...live, me]);
      refused = existing;
      return 'keep';
    });
    if (refused || !doc) {
      const ex = refused ?? {};
      const n = ex.holders?.length ?? 1;
      throw new UserError(
        `environment '${this.environment}' is locked by ${ex.owner ?? 'an unknown owner'} (${ex.operation ?? 'operation unknown'}${ex.deploymentId ? `, deployment ${ex.deploymentId}` : ''}) since ${ex.acquiredAt ?? '?'}${n > 1 ? ` (${n} parallel jobs of that run hold it)` : ''}. ` +
          `Only one deployment or rollback runs per environment. Wait for it, or if that run is gone, re-run with force-unlock: true (lock in ${this.store.description}).`,
      );
    }
    this.held.push({ owner, id: me.id });
    return { ...lockDoc(owner, [me]), holders: doc.holders ?? [me] };
  }

  /**
   * Leaves the lock: removes this recorder's newest holder of `owner` and deletes the lock when no holder
   * is left. A recorder that did not take the lock (the post step of a killed main step, another process)
   * names the holder's process (`process`: host and pid), or else removes the holders of `owner` on this
   * host whose process is gone. Never touches another owner's lock, nor a sibling slice's holder.
   */
  async releaseLock(owner: string, process_?: { host: string; pid: number }): Promise<void> {
    const idx = process_ ? -1 : this.held.map((h) => h.owner).lastIndexOf(owner);
    const mine = idx >= 0 ? this.held.splice(idx, 1)[0]!.id : undefined;
    const pidAlive = this.opts.pidAlive ?? defaultPidAlive;
    await this.updateLock('unlock', (existing) => {
      if (!existing || existing.owner !== owner) return 'keep'; // gone, or taken over: not ours to release
      const holders = holdersOf(existing);
      const legacy = !Array.isArray(existing.holders);
      const gone = (h: LockHolder) =>
        process_ ? h.host === process_.host && h.pid === process_.pid : mine !== undefined ? h.id === mine : legacy || (h.host === hostname() && h.pid !== process.pid && !pidAlive(h.pid));
      const rest = holders.filter((h) => !gone(h));
      if (rest.length === holders.length) return 'keep';
      return rest.length === 0 ? undefined : lockDoc(owner, rest);
    });
    await this.flush('unlock');
  }

  /** A holder that can be dropped: past the TTL, or (when `pidCheck`) a dead process on this host. */
  private isStale(h: LockHolder, pidCheck: boolean): boolean {
    const since = Date.parse(h.acquiredAt);
    if (!Number.isFinite(since) || this.now() - since > (this.opts.lockTtlMs ?? 6 * 3600_000)) return true;
    return pidCheck && h.host === hostname() && h.pid > 0 && h.pid !== process.pid && this.opts.pidAlive !== undefined && !this.opts.pidAlive(h.pid);
  }

  /**
   * Read-modify-write of lock.json as a compare-and-swap loop. `change` gets the parsed lock (undefined when
   * absent or unreadable) and returns the new lock, `undefined` to delete it, or 'keep'. Returns the lock
   * as left (undefined when absent).
   */
  private async updateLock(label: string, change: (existing: Partial<LockInfo> | undefined) => LockInfo | undefined | 'keep'): Promise<LockInfo | undefined> {
    const path = `${this.base}/lock.json`;
    const message = `${this.environment}: ${label}`;
    let text = await this.store.read(path);
    for (let attempt = 0; attempt < 50; attempt++) {
      let parsed: Partial<LockInfo> | undefined;
      if (text !== undefined) {
        try {
          const v = JSON.parse(text) as unknown;
          parsed = v && typeof v === 'object' ? (v as Partial<LockInfo>) : undefined;
        } catch {
          parsed = undefined; // unreadable lock: not a lock we can honour
        }
      }
      const next = change(parsed);
      if (next === 'keep') return parsed as LockInfo | undefined;
      const nextText = next === undefined ? undefined : this.guard(path, JSON.stringify(next, null, 2) + '\n');
      const r = await this.swapLock(path, text, nextText, message);
      if (r.ok) return next;
      text = r.existing;
      await new Promise((res) => setTimeout(res, Math.random() * 20 * Math.min(attempt + 1, 10)));
    }
    throw new Error(`the environment lock ${path} in ${this.store.description} kept changing while updating it (50 attempts); try again`);
  }

  /** {@link StateStore.swap}, or its nearest equivalent with `tryCreate` for stores without it. */
  private async swapLock(path: string, expected: string | undefined, next: string | undefined, message: string): Promise<SwapResult> {
    if (this.store.swap) return this.store.swap(path, expected, next, message);
    if (next === undefined) {
      // No conditional removal: re-check, then remove (a narrow race, only with stores lacking swap).
      const now = await this.store.read(path);
      if (now !== expected) return { ok: false, existing: now };
      await this.store.remove(path);
      await this.store.flush(message);
      return { ok: true };
    }
    const r = await this.store.tryCreate(path, next, (ex) => expected !== undefined && ex === expected, message);
    return r.ok ? r : { ok: false, existing: r.existing };
  }

  async readLock(): Promise<LockInfo | undefined> {
    return this.readJson<LockInfo>('lock.json');
  }

  // ---------------------------------------------------------------------------------------------------
  // Versions

  async listVersions(): Promise<number[]> {
    const names = await this.store.list(`${this.base}/versions`);
    return names
      .map((n) => /^v(\d+)\.json$/.exec(n)?.[1])
      .filter((x): x is string => x !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
  }

  readVersion(version: number): Promise<VersionRecord | undefined> {
    return this.readJson<VersionRecord>(`versions/${versionFile(version)}`);
  }

  /** The version holding `digest`, newest first, if any. */
  async findVersionByDigest(digest: string): Promise<VersionRecord | undefined> {
    const all = await this.listVersions();
    for (const v of all.reverse()) {
      const rec = await this.readVersion(v);
      if (rec?.digest === digest) return rec;
    }
    return undefined;
  }

  /**
   * The version for this content: the existing number when the same content was registered before (a
   * re-run or a redeploy of old content keeps its number), else the next number.
   */
  async registerVersion(config: Record<string, unknown>, digest: string, source?: SourceInfo): Promise<{ record: VersionRecord; created: boolean }> {
    const existing = await this.findVersionByDigest(digest);
    if (existing) return { record: existing, created: false };
    const all = await this.listVersions();
    const version = (all.at(-1) ?? 0) + 1;
    const record: VersionRecord = { schema: 1, version, digest, createdAt: this.iso(), config, ...(source ? { source } : {}) };
    await this.writeJson(`versions/${versionFile(version)}`, record);
    return { record, created: true };
  }

  /** What {@link registerVersion} would return, without writing (dry runs). */
  async peekVersion(digest: string): Promise<number> {
    const existing = await this.findVersionByDigest(digest);
    if (existing) return existing.version;
    return ((await this.listVersions()).at(-1) ?? 0) + 1;
  }

  // ---------------------------------------------------------------------------------------------------
  // Current / history

  readCurrent(): Promise<CurrentRecord | undefined> {
    return this.readJson<CurrentRecord>('current.json');
  }

  async setCurrent(version: number, digest: string, deploymentId: string): Promise<CurrentRecord> {
    const prev = await this.readCurrent();
    const at = this.iso();
    const history = [...(prev?.history ?? [])];
    const last = history.at(-1);
    if (last?.version !== version || last.baseline) history.push({ version, deploymentId, at });
    const rec: CurrentRecord = { schema: 1, version, digest, deploymentId, updatedAt: at, history: history.slice(-100) };
    await this.writeJson('current.json', rec);
    return rec;
  }

  /**
   * Records that the environment runs its pre-clawfleet baseline again: `rolledBack` (its first recorded
   * deployment) was restored to its snapshots, so no recorded version is running (issue #4: current.json
   * says what actually runs). The next deployment then starts from "no version", like the first one did.
   */
  async setBaseline(rolledBack: string, by: string): Promise<CurrentRecord> {
    const prev = await this.readCurrent();
    const at = this.iso();
    const history = [...(prev?.history ?? [])];
    if (!history.at(-1)?.baseline) history.push({ baseline: true, deploymentId: by, at });
    const rec: CurrentRecord = { schema: 1, deploymentId: by, updatedAt: at, baseline: { rolledBack, at }, history: history.slice(-100) };
    await this.writeJson('current.json', rec);
    return rec;
  }

  /**
   * What ran before the current state (N-1), from the history: a recorded version, the pre-clawfleet
   * baseline (not a version: it cannot be deployed by number), or nothing recorded.
   */
  async previousState(): Promise<{ kind: 'version'; version: number } | { kind: 'baseline'; deploymentId: string } | undefined> {
    const cur = await this.readCurrent();
    const h = cur?.history ?? [];
    const isCurrent = (e: CurrentRecord['history'][number]) => (cur?.baseline ? e.baseline === true : !e.baseline && e.version === cur?.version);
    let i = h.length - 1;
    while (i >= 0 && isCurrent(h[i]!)) i--;
    const e = h[i];
    if (!e) return undefined;
    return e.baseline || e.version === undefined ? { kind: 'baseline', deploymentId: e.deploymentId } : { kind: 'version', version: e.version };
  }

  /** The recorded version that ran before the current one (N-1); undefined when none did (see {@link previousState}). */
  async previousVersion(): Promise<number | undefined> {
    const p = await this.previousState();
    return p?.kind === 'version' ? p.version : undefined;
  }

  // ---------------------------------------------------------------------------------------------------
  // Deployments

  async listDeployments(): Promise<string[]> {
    return this.store.list(`${this.base}/deployments`);
  }

  async latestDeployment(filter?: (d: DeploymentRecord) => boolean): Promise<DeploymentRecord | undefined> {
    const ids = await this.listDeployments();
    for (const id of ids.reverse()) {
      const d = await this.readDeployment(id);
      if (d && (!filter || filter(d))) return d;
    }
    return undefined;
  }

  /**
   * The deployment record: a small header plus per-instance states stored as shards (`state-0001.json`, …;
   * a later shard wins), so a batch records only its own instances — rewriting one 10 000-instance file per
   * batch would cost O(fleet) per batch.
   */
  async readDeployment(id: string): Promise<DeploymentRecord | undefined> {
    const dir = `deployments/${checkId(id)}`;
    const header = await this.readJson<DeploymentRecord>(`${dir}/deployment.json`);
    if (!header) return undefined;
    const instances: DeploymentRecord['instances'] = { ...(header.instances ?? {}) };
    const shards = (await this.store.list(`${this.base}/${dir}`)).filter((n) => /^state-\d{4,}\.json$/.test(n)).sort();
    for (const n of shards) {
      const shard = await this.readJson<{ instances: DeploymentRecord['instances'] }>(`${dir}/${n}`);
      if (shard) Object.assign(instances, shard.instances);
    }
    return { ...header, instances };
  }

  /** Writes the header and, when `rec.instances` is not empty, one state shard with those instances. */
  async writeDeployment(rec: DeploymentRecord): Promise<void> {
    const dir = `deployments/${checkId(rec.deploymentId)}`;
    const { instances, ...header } = rec;
    await this.writeJson(`${dir}/deployment.json`, { ...header, instances: {} });
    if (Object.keys(instances).length === 0) return;
    const names = (await this.store.list(`${this.base}/${dir}`)).filter((n) => /^state-\d{4,}\.json$/.test(n));
    await this.writeJson(`${dir}/state-${String(names.length + 1).padStart(4, '0')}.json`, { instances });
  }

  writeReport(id: string, report: unknown): Promise<void> {
    return this.writeJson(`deployments/${checkId(id)}/report.json`, report);
  }

  async readReport<T>(id: string): Promise<T | undefined> {
    return this.readJson<T>(`deployments/${checkId(id)}/report.json`);
  }

  /** Writes one manifest shard (entries + the blobs not written in an earlier shard). */
  async appendManifestShard(deploymentId: string, entries: ManifestEntry[], blobs: Record<string, string>): Promise<string> {
    const dir = `deployments/${checkId(deploymentId)}`;
    const names = (await this.store.list(`${this.base}/${dir}`)).filter((n) => /^manifest-\d{4,}\.json$/.test(n));
    const next = names.length + 1;
    const name = `manifest-${String(next).padStart(4, '0')}.json`;
    await this.writeJson(`${dir}/${name}`, { schema: 1, shard: next, entries, blobs });
    return name;
  }

  /** The whole manifest of a deployment (all shards merged; a later snapshot of an instance never replaces the first). */
  async readManifest(deploymentId: string): Promise<RollbackManifest | undefined> {
    const dep = await this.readDeployment(deploymentId);
    const dir = `deployments/${checkId(deploymentId)}`;
    const names = (await this.store.list(`${this.base}/${dir}`)).filter((n) => /^manifest-\d{4,}\.json$/.test(n)).sort();
    if (!dep && names.length === 0) return undefined;
    const manifest: RollbackManifest = {
      schema: 1,
      deploymentId,
      environment: this.environment,
      version: dep?.version ?? 0,
      ...(dep?.fromVersion !== undefined ? { fromVersion: dep.fromVersion } : {}),
      createdAt: dep?.startedAt ?? this.iso(),
      entries: {},
      blobs: {},
    };
    for (const n of names) {
      const shard = await this.readJson<{ entries: ManifestEntry[]; blobs: Record<string, string> }>(`${dir}/${n}`);
      if (!shard) continue;
      Object.assign(manifest.blobs, shard.blobs);
      for (const e of shard.entries) if (!manifest.entries[e.id]) manifest.entries[e.id] = e;
    }
    return manifest;
  }

  // ---------------------------------------------------------------------------------------------------
  // Audit

  async audit(line: Omit<AuditLine, 'ts' | 'environment'> & { ts?: string }): Promise<void> {
    const full: AuditLine = { ts: line.ts ?? this.iso(), environment: this.environment, ...line } as AuditLine;
    const path = `${this.base}/audit.jsonl`;
    await this.store.append(path, this.guard(path, JSON.stringify(full) + '\n'));
  }

  async readAudit(): Promise<AuditLine[]> {
    const text = (await this.store.read(`${this.base}/audit.jsonl`)) ?? '';
    return text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as AuditLine);
  }
}

export function versionFile(version: number): string {
  return `v${String(version).padStart(6, '0')}.json`;
}

/** `v48` / `48` / `V48` → 48. */
export function parseVersionLabel(label: string): number | undefined {
  const m = /^[vV]?(\d{1,9})$/.exec(label.trim());
  return m ? Number(m[1]) : undefined;
}

export function formatVersion(v: number | undefined): string {
  return v === undefined ? '(none)' : `v${v}`;
}

function checkId(id: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(id)) throw new Error(`invalid deployment id ${JSON.stringify(id.slice(0, 100))}`);
  return id;
}

/** A sortable, unique deployment id: `20261121T220405Z-v48-1a2b3c4d`. */
export function newDeploymentId(now: number, version: number, planDigest: string, kind = ''): string {
  const ts = new Date(now).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const tag = sha256Hex(`${planDigest}:${now}:${Math.random()}`).slice(0, 8);
  return `${ts}-${kind}v${version}-${tag}`;
}
