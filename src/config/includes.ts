/**
 * `$include` resolution with OpenClaw's semantics (checked against `openclaw config validate` 2026.9.6):
 * - `"$include": "./x.json5"` — the included value replaces the containing object; sibling keys are then
 *   merged on top with the include merge (objects merge, arrays concatenate, scalars: the sibling wins);
 * - `"$include": ["./a", "./b"]` — every file is loaded, then folded with the same merge in order;
 * - paths are relative to the including file, never env-expanded, and must stay inside the root config's
 *   folder (or an `OPENCLAW_INCLUDE_ROOTS` root) both lexically and after `realpath` — the target of an
 *   escaping path is never opened;
 * - at most 10 nested include files; cycles are reported with the whole chain; the same file may be
 *   included twice (not in its own chain);
 * - each include must be a regular file of at most 2 MiB with one link, checked before it is opened.
 * On top, clawfleet caps the total work per config (256 include reads, 16 MiB) against fan-out bombs.
 */
import { realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, normalize, relative, resolve, sep } from 'node:path';
import { deepMerge, type LArray, type LEntry, type LNode, type Loc, type LObject, type OverrideReporter } from './located.js';
import { LoadError, MAX_INCLUDE_DEPTH, MAX_INCLUDE_FILE_BYTES, MAX_INCLUDE_READS, MAX_TOTAL_BYTES, describeFileType } from './read.js';
import type { PathSegment } from './paths.js';

const INCLUDE_KEY = '$include';
const MAX_INCLUDE_PATH_LENGTH = 4096;

export interface IncludeRoot {
  dir: string;
  realDir: string;
}

/** What the include processor needs from the loader. */
export interface IncludeHost {
  roots: IncludeRoot[];
  budget: { reads: number; bytes: number };
  display(abs: string): string;
  /** Reads, decodes and parses an include file already vetted by `stat`; throws {@link LoadError}. */
  parseInclude(abs: string, stat: Stats, includePath: string, prefix: readonly PathSegment[], chain: string[]): LNode;
  /** A value set by two files of one array include (the later file wins). */
  onOverride: OverrideReporter;
}

/** True when `candidate` is `root` or lies below it (no `..` escape). */
export function isPathInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith('..' + sep));
}

export class IncludeProcessor {
  /**
   * @param file absolute path of the file whose content is being processed
   * @param chain absolute paths from the root config to `file` (the cycle check is per chain)
   */
  constructor(
    private readonly host: IncludeHost,
    private readonly file: string,
    private readonly chain: string[],
  ) {}

  private get depth(): number {
    return this.chain.length - 1;
  }

  process(node: LNode, path: PathSegment[]): LNode {
    if (node.kind === 'array') {
      const items = node.items.map((item, i) => this.process(item, [...path, i]));
      const out: LArray = { kind: 'array', loc: node.loc, items };
      return out;
    }
    if (node.kind !== 'object') return node;
    if (!node.entries.has(INCLUDE_KEY)) {
      const entries = new Map<string, LEntry>();
      for (const [key, entry] of node.entries) entries.set(key, { keyLoc: entry.keyLoc, node: this.process(entry.node, [...path, key]) });
      const out: LObject = { kind: 'object', loc: node.loc, entries };
      return out;
    }
    return this.processInclude(node, path);
  }

  private processInclude(obj: LObject, path: PathSegment[]): LNode {
    const includeEntry = obj.entries.get(INCLUDE_KEY)!;
    const included = this.resolveInclude(includeEntry.node, obj, path);
    const others = [...obj.entries].filter(([key]) => key !== INCLUDE_KEY);
    if (others.length === 0) return included;
    if (included.kind !== 'object') {
      throw this.error('Sibling keys require included content to be an object', includeEntry.keyLoc);
    }
    const rest = new Map<string, LEntry>();
    for (const [key, entry] of others) rest.set(key, { keyLoc: entry.keyLoc, node: this.process(entry.node, [...path, key]) });
    return deepMerge(included, { kind: 'object', loc: obj.loc, entries: rest }, obj.loc);
  }

  private resolveInclude(value: LNode, obj: LObject, path: PathSegment[]): LNode {
    if (value.kind === 'value' && typeof value.value === 'string') return this.loadFile(value.value, value.loc, path);
    if (value.kind === 'array') {
      const loaded = value.items.map((item) => {
        if (item.kind !== 'value' || typeof item.value !== 'string') {
          throw this.error(`Invalid $include array item: expected string, got ${typeOf(item)}`, item.loc);
        }
        return this.loadFile(item.value, item.loc, path);
      });
      let merged: LNode = { kind: 'object', loc: obj.loc, entries: new Map() };
      for (const entry of loaded) merged = deepMerge(merged, entry, obj.loc, this.host.onOverride, path);
      return merged;
    }
    throw this.error(`Invalid $include value: expected string or array of strings, got ${typeOf(value)}`, value.loc);
  }

  private loadFile(includePath: string, at: Loc, path: PathSegment[]): LNode {
    const host = this.host;
    if (includePath.includes('\0')) throw this.error('Include path must not contain null bytes', at);
    if (includePath.length >= MAX_INCLUDE_PATH_LENGTH) throw this.error(`Include path exceeds maximum length (${MAX_INCLUDE_PATH_LENGTH} characters)`, at);
    const resolved = normalize(isAbsolute(includePath) ? includePath : resolve(dirname(this.file), includePath));
    if (resolved.length >= MAX_INCLUDE_PATH_LENGTH) throw this.error(`Resolved include path exceeds maximum length (${MAX_INCLUDE_PATH_LENGTH} characters)`, at);
    const rootLabel = host.display(host.roots[0]!.dir) || '.';
    if (!host.roots.some((r) => isPathInside(r.dir, resolved))) {
      throw this.error(`Include path escapes config directory: ${includePath} (root: ${rootLabel}). Fix: keep included files inside the config's folder`, at);
    }
    let real: string | undefined;
    try {
      real = realpathSync(resolved);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw this.error(`Failed to resolve include file realpath: ${includePath} (resolved: ${host.display(resolved)})`, at);
    }
    if (real !== undefined && !host.roots.some((r) => isPathInside(r.realDir, real))) {
      throw this.error(`Include path resolves outside config directory (symlink): ${includePath} (root: ${rootLabel}). Fix: copy the file into the config's folder instead of linking to it`, at);
    }
    if (this.chain.includes(resolved)) {
      throw this.error(`Circular include detected: ${[...this.chain, resolved].map((p) => host.display(p)).join(' -> ')}`, at);
    }
    if (this.depth >= MAX_INCLUDE_DEPTH) {
      throw this.error(`Maximum include depth (${MAX_INCLUDE_DEPTH}) exceeded at: ${includePath}`, at);
    }
    host.budget.reads++;
    if (host.budget.reads > MAX_INCLUDE_READS) {
      throw this.error(
        `Include budget exceeded: more than ${MAX_INCLUDE_READS} include files read for one config (a fan-out include graph). clawfleet caps includes at ${MAX_INCLUDE_READS} reads and 16 MiB in total; OpenClaw has no such cap. Fix: include shared files once, higher up`,
        at,
      );
    }
    let st: Stats;
    try {
      st = statSync(resolved);
    } catch {
      throw this.error(`Failed to read include file: ${includePath} (resolved: ${host.display(resolved)})`, at);
    }
    const guard = `Include file failed security checks (regular file, max ${MAX_INCLUDE_FILE_BYTES} bytes, no hardlinks): ${includePath}`;
    if (!st.isFile()) throw this.error(`${guard} — ${describeFileType(st)}, not a regular file; it was not opened`, at);
    if (st.size > MAX_INCLUDE_FILE_BYTES) throw this.error(`${guard} — it is ${st.size} bytes, which exceeds 2 MiB; it was not read. Fix: split it into smaller includes`, at);
    if (st.nlink > 1) throw this.error(`${guard} — it has ${st.nlink} hard links. Fix: replace the hard link with a copy`, at);
    host.budget.bytes += st.size;
    if (host.budget.bytes > MAX_TOTAL_BYTES) {
      throw this.error(`Include budget exceeded: more than 16 MiB read for one config across its includes. Fix: include shared files once, higher up`, at);
    }
    const chain = [...this.chain, resolved];
    const parsed = host.parseInclude(resolved, st, includePath, path, chain);
    return new IncludeProcessor(host, resolved, chain).process(parsed, path);
  }

  private error(message: string, at: Loc): LoadError {
    return new LoadError(message, at, this.chain.map((p) => this.host.display(p)));
  }
}

function typeOf(node: LNode): string {
  if (node.kind !== 'value') return 'object';
  return node.value === null ? 'object' : typeof node.value;
}
