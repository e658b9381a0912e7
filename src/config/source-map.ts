/**
 * Maps config paths back to where they are written. Built from the located tree after includes are
 * merged, so `agents.entries.main.model` points into `agents/main.json5` when that file holds it.
 * Lookups accept OpenClaw's path forms (`bindings.0.agentId`, `a.b[2]`, `<root>`) and fall back to the
 * nearest ancestor that exists (a missing required key points at the object that should hold it).
 */
import type { LNode, Loc } from './located.js';
import { parsePath, type PathSegment } from './paths.js';

export interface Located {
  loc: Loc;
  /** True when the whole path exists in the config; false when `loc` is an ancestor's. */
  exact: boolean;
}

export class SourceMap {
  private readonly aliases: Array<{ from: string[]; to: string[] }> = [];

  /** `root` undefined (the file could not be loaded): every lookup answers `rootFile:1:1`. */
  constructor(
    private readonly root: LNode | undefined,
    readonly rootFile: string,
  ) {}

  /**
   * Declares that values now at `from` were written at `to` (a legacy migration moved them:
   * `agents.entries.helper` was authored as `agents.list.1`).
   */
  addAlias(from: readonly PathSegment[], to: readonly PathSegment[]): void {
    this.aliases.push({ from: from.map(String), to: to.map(String) });
  }

  /** Location of the value at `path` (for containers: where its key is written), or of its nearest ancestor. */
  locate(path: string | readonly PathSegment[]): Located {
    const segments = this.applyAliases(typeof path === 'string' ? parsePath(path) : path.map(String));
    const fallback: Loc = { file: this.rootFile, line: 1, column: 1 };
    if (!this.root) return { loc: fallback, exact: segments.length === 0 };
    let cur: LNode = this.root;
    let best: Loc = this.root.loc;
    let i = 0;
    while (i < segments.length) {
      if (cur.kind === 'object') {
        // A key may itself contain dots (`models.providers["z.ai"]` reported as `models.providers.z.ai`):
        // try the longest run of segments that names an existing key first.
        let matched = false;
        for (let j = segments.length; j > i; j--) {
          const key = segments.slice(i, j).join('.');
          const entry = cur.entries.get(key);
          if (entry) {
            best = entry.node.kind === 'value' ? entry.node.loc : entry.keyLoc;
            cur = entry.node;
            i = j;
            matched = true;
            break;
          }
        }
        if (!matched) return { loc: best, exact: false };
      } else if (cur.kind === 'array') {
        const seg = segments[i]!;
        const index = /^\d+$/.test(seg) ? Number(seg) : NaN;
        const item = Number.isNaN(index) ? undefined : cur.items[index];
        if (!item) return { loc: best, exact: false };
        best = item.loc;
        cur = item;
        i++;
      } else {
        return { loc: best, exact: false };
      }
    }
    return { loc: best, exact: true };
  }

  /** Where the last key of `path` is written, if that key exists (used for "unknown key" messages). */
  keyLocation(path: string | readonly PathSegment[]): Loc | undefined {
    const segments = this.applyAliases(typeof path === 'string' ? parsePath(path) : path.map(String));
    if (!this.root || segments.length === 0) return undefined;
    let cur: LNode | undefined = this.root;
    let keyLoc: Loc | undefined;
    for (const seg of segments) {
      if (!cur) return undefined;
      if (cur.kind === 'object') {
        const entry = cur.entries.get(seg);
        if (!entry) return undefined;
        keyLoc = entry.keyLoc;
        cur = entry.node;
      } else if (cur.kind === 'array') {
        cur = cur.items[Number(seg)];
        keyLoc = cur?.loc;
      } else {
        return undefined;
      }
    }
    return keyLoc;
  }

  private applyAliases(segments: string[]): string[] {
    for (const { from, to } of this.aliases) {
      if (from.length <= segments.length && from.every((s, i) => segments[i] === s)) return [...to, ...segments.slice(from.length)];
    }
    return segments;
  }
}
