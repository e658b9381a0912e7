/**
 * The gateway's `$OPENCLAW_STATE_DIR/.env`, edited without disturbing what the operator wrote.
 *
 * OpenClaw reads it with `dotenv` 17 `parse()` (first-wins against the process env, 1 MiB cap). This module
 * owns one marked block; every line outside it is kept byte for byte, in place. Inside the block the
 * entries are sorted by name, so the same inputs always give the same bytes (idempotent runs compare
 * bytes). Values are quoted so that dotenv's parser returns them exactly — `test/provision/dotenv.test.ts`
 * round-trips canaries (PEM blocks, quotes, backslashes, CRLF) through the real `dotenv.parse`.
 */
import { ENV_NAME, MANAGED_PREFIX, parseManagedEnvName } from './ids.js';
import { byCodeUnit } from './util.js';

export const BLOCK_START = '# >>> clawfleet provision-auth-profiles: managed block, do not edit >>>';
export const BLOCK_END = '# <<< clawfleet provision-auth-profiles <<<';

/** OpenClaw skips `.env` files over this size (`MAX_DOTENV_FILE_BYTES`). */
export const MAX_DOTENV_BYTES = 1_048_576;

export class DotenvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DotenvError';
  }
}

/**
 * Quotes a value for dotenv: single quotes (literal, may span lines) unless it holds `'`, then backticks,
 * then double quotes (which expand `\n`/`\r`, so they carry carriage returns). Returns undefined when no
 * form round-trips (dotenv has no escape for every character in every quote style).
 */
export function encodeDotenvValue(value: string): string | undefined {
  const hasCR = value.includes('\r');
  if (!hasCR && !value.includes("'")) return `'${value}'`;
  if (!hasCR && !value.includes('`')) return `\`${value}\``;
  if (!value.includes('"') && !/\\[nr]/.test(value)) return `"${value.replace(/\r/g, '\\r').replace(/\n/g, '\\n')}"`;
  // All three quote characters on one line: no quoted form matches the whole line, so dotenv takes it as
  // an unquoted value and then strips the outer quotes, keeping the inner ones. A `#` would start a comment.
  if (!/[\r\n#]/.test(value)) return `'${value}'`;
  return undefined;
}

/** Inverse of {@link encodeDotenvValue} for the forms it writes (used inside the managed block only). */
function decodeQuoted(quoted: string): string {
  const q = quoted[0];
  const inner = quoted.slice(1, -1);
  return q === '"' ? inner.replace(/\\n/g, '\n').replace(/\\r/g, '\r') : inner;
}

export interface ManagedEntry {
  name: string;
  value: string;
}

export interface DotenvDocument {
  /** Text before the managed block (or the whole file when there is none), verbatim. */
  before: string;
  /** Text after the managed block, verbatim. */
  after: string;
  /** Entries of the managed block. */
  managed: ManagedEntry[];
  /** Whether the file had a managed block. */
  hadBlock: boolean;
}

/** Finds a line that is exactly `marker` (CRLF tolerated); returns its start and the index after its newline. */
function findMarker(text: string, marker: string, from: number): { start: number; end: number } | undefined {
  let i = text.indexOf(marker, from);
  while (i >= 0) {
    const lineStart = i === 0 || text[i - 1] === '\n';
    let end = i + marker.length;
    if (text[end] === '\r') end++;
    const lineEnd = end === text.length || text[end] === '\n';
    if (lineStart && lineEnd) return { start: i, end: end === text.length ? end : end + 1 };
    i = text.indexOf(marker, i + 1);
  }
  return undefined;
}

/** Names assigned outside the block, by a key-only scan (a base64 line ending in `=` may also look like one). */
function keysOutside(text: string): string[] {
  const keys: string[] = [];
  for (const m of text.matchAll(/^[ \t]*(?:export[ \t]+)?([\w.-]+)[ \t]*=/gm)) if (m[1]) keys.push(m[1]);
  return keys;
}

/** Splits a `.env` text into the operator's part and this action's block. Throws on a damaged block. */
export function parseDotenv(text: string): DotenvDocument {
  const start = findMarker(text, BLOCK_START, 0);
  if (!start) {
    if (findMarker(text, BLOCK_END, 0)) throw new DotenvError(`the .env has the end marker of clawfleet's managed block but not its start ("${BLOCK_START}"). Fix: remove the stray marker line`);
    assertNoManagedOutside(text);
    return { before: text, after: '', managed: [], hadBlock: false };
  }
  const end = findMarker(text, BLOCK_END, start.end);
  if (!end) throw new DotenvError(`the .env has the start of clawfleet's managed block but no end marker ("${BLOCK_END}"). Fix: restore or delete the block by hand`);
  if (findMarker(text, BLOCK_START, start.end)) throw new DotenvError('the .env has two clawfleet managed blocks. Fix: keep one');
  const before = text.slice(0, start.start);
  const after = text.slice(end.end);
  assertNoManagedOutside(before + after);
  return { before, after, managed: parseBlock(text.slice(start.end, end.start)), hadBlock: true };
}

function assertNoManagedOutside(text: string): void {
  const stray = keysOutside(text).filter((k) => k.startsWith(MANAGED_PREFIX));
  if (stray.length) throw new DotenvError(`the .env sets ${stray.join(', ')} outside clawfleet's managed block; ${MANAGED_PREFIX}* names are reserved for it. Fix: remove or rename those lines`);
}

/** Parses the block body written by {@link renderBlock}. */
function parseBlock(body: string): ManagedEntry[] {
  const out: ManagedEntry[] = [];
  let i = 0;
  const text = body.replace(/\r\n/g, '\n');
  while (i < text.length) {
    if (text[i] === '\n') {
      i++;
      continue;
    }
    const eq = text.indexOf('=', i);
    const name = eq > i ? text.slice(i, eq) : '';
    const q = text[eq + 1];
    if (!ENV_NAME.test(name) || (q !== "'" && q !== '`' && q !== '"')) throw new DotenvError(`clawfleet's managed block in the .env is damaged near "${text.slice(i, i + 20).split('\n')[0]}". Fix: delete the block; the next run rewrites it`);
    // The closing quote is the first one that ends a line (a one-line value may hold inner quotes).
    let close = text.indexOf(q, eq + 2);
    while (close >= 0 && text[close + 1] !== '\n' && close + 1 !== text.length) close = text.indexOf(q, close + 1);
    if (close < 0) throw new DotenvError(`clawfleet's managed block in the .env is damaged at ${name}. Fix: delete the block; the next run rewrites it`);
    out.push({ name, value: decodeQuoted(text.slice(eq + 1, close + 1)) });
    i = close + 1;
  }
  return out;
}

/** Renders entries as a block, sorted by name. */
export function renderBlock(entries: readonly ManagedEntry[]): string {
  if (entries.length === 0) return '';
  const lines = [...entries].sort((a, b) => byCodeUnit(a.name, b.name)).map((e) => {
    const quoted = encodeDotenvValue(e.value);
    if (quoted === undefined) throw new DotenvError(`the secret for ${e.name} mixes ', \` and " with a carriage return or a literal \\n, which a .env file cannot hold exactly`);
    return `${e.name}=${quoted}`;
  });
  return `${BLOCK_START}\n${lines.join('\n')}\n${BLOCK_END}\n`;
}

/** Renders the whole file: the operator's text untouched, then the block (appended when it is new). */
export function renderDotenv(doc: DotenvDocument, managed: readonly ManagedEntry[]): string {
  const block = renderBlock(managed);
  let before = doc.before;
  if (!doc.hadBlock && block && before.length > 0 && !before.endsWith('\n')) before += '\n';
  const text = before + block + doc.after;
  if (Buffer.byteLength(text) > MAX_DOTENV_BYTES) throw new DotenvError(`the .env would be ${Buffer.byteLength(text)} bytes; OpenClaw ignores .env files over ${MAX_DOTENV_BYTES} bytes`);
  return text;
}

/** Plan for the managed block: which name each source variable gets, and the entries to write. */
export interface ManagedPlan {
  /** Source env var → managed variable name the refs point at. */
  names: Map<string, string>;
  /** Entries to write now (current generations plus superseded ones kept until the refs move). */
  entries: ManagedEntry[];
  /** Entries to write once the refs point at the new names (superseded generations dropped). */
  finalEntries: ManagedEntry[];
  /** Names whose generation was bumped because the secret changed (rotation). */
  rotated: string[];
  /** Names added for the first time. */
  added: string[];
}

/**
 * Decides the managed variable of each source: an existing entry with the same value keeps its name (no
 * change); a changed value gets the next generation; a new source starts at generation 1. Entries of other
 * sources are kept (another run may own them).
 */
export function planManaged(existing: readonly ManagedEntry[], wanted: ReadonlyMap<string, string>): ManagedPlan {
  const bySource = new Map<string, Array<{ generation: number; entry: ManagedEntry }>>();
  const other: ManagedEntry[] = [];
  for (const e of existing) {
    const parsed = parseManagedEnvName(e.name);
    if (!parsed) {
      other.push(e);
      continue;
    }
    const list = bySource.get(parsed.sourceEnv) ?? [];
    list.push({ generation: parsed.generation, entry: e });
    bySource.set(parsed.sourceEnv, list);
  }
  const names = new Map<string, string>();
  const entries: ManagedEntry[] = [...other];
  const finalEntries: ManagedEntry[] = [...other];
  const rotated: string[] = [];
  const added: string[] = [];
  for (const [source, list] of bySource) {
    if (wanted.has(source)) continue;
    for (const g of list) {
      entries.push(g.entry);
      finalEntries.push(g.entry);
    }
  }
  for (const source of [...wanted.keys()].sort(byCodeUnit)) {
    const value = wanted.get(source) as string;
    const list = (bySource.get(source) ?? []).sort((a, b) => b.generation - a.generation);
    const same = list.find((g) => g.entry.value === value);
    if (same) {
      names.set(source, same.entry.name);
      entries.push(...list.map((g) => g.entry));
      finalEntries.push(same.entry);
      continue;
    }
    const next = (list[0]?.generation ?? 0) + 1;
    if (next > 9999) throw new DotenvError(`${source} has been rotated 9999 times; delete its old ${MANAGED_PREFIX}${source}_G* lines`);
    const name = `${MANAGED_PREFIX}${source}_G${next}`;
    names.set(source, name);
    const fresh = { name, value };
    entries.push(...list.map((g) => g.entry), fresh);
    finalEntries.push(fresh);
    (list.length ? rotated : added).push(name);
  }
  return { names, entries, finalEntries, rotated, added };
}
