/**
 * `loadConfig`: loads an OpenClaw config exactly as OpenClaw 2026.9.6 loads it — JSON5, `$include`,
 * `${VAR}` — and keeps, for every value, the file:line:column that holds it. Nothing here throws for bad
 * input: every problem becomes an issue naming the file and position, with the include chain when one is
 * involved. See `includes.ts` and `env.ts` for the semantics, `parse.ts` for parsing.
 */
import { realpathSync, statSync, type Stats } from 'node:fs';
import { delimiter, dirname, isAbsolute, normalize, relative, resolve, sep } from 'node:path';
import type { ValidationIssue } from '../validate/types.js';
import { effectiveEnv, substituteTree } from './env.js';
import { IncludeProcessor, type IncludeHost, type IncludeRoot } from './includes.js';
import { toPlain, type LNode, type Loc } from './located.js';
import { parseDocument } from './parse.js';
import { ROOT_PATH, joinPath, type PathSegment } from './paths.js';
import { LoadError, MAX_INCLUDE_FILE_BYTES, MAX_ROOT_FILE_BYTES, describeFileType, readGuarded } from './read.js';
import { SourceMap } from './source-map.js';
import { MAX_NESTING_DEPTH, decodeConfigBytes, findExcessiveNesting, lineColumnAt } from './text.js';
import type { EnvReference, LoadOptions, LoadResult, StrictFinding } from './types.js';

export type { LoadOptions, LoadResult } from './types.js';

/**
 * Loads the config whose entry file is `entryFile` (as given: relative to `opts.cwd` or absolute).
 * Synchronous on purpose: it is CPU-bound and small, and the fast engine's budget is about a millisecond.
 */
export function loadConfig(entryFile: string, opts: LoadOptions = {}): LoadResult {
  const cwd = opts.cwd ?? process.cwd();
  const baseEnv = opts.env ?? process.env;
  const envMode = opts.envMode ?? 'warn';
  const rootAbs = normalize(resolve(cwd, entryFile));
  const files: string[] = [];
  const findings: StrictFinding[] = [];
  const display = (abs: string): string => {
    if (abs === rootAbs) return entryFile;
    const rel = relative(cwd, abs);
    return rel === '' ? '.' : !isAbsolute(rel) && rel !== '..' && !rel.startsWith('..' + sep) ? rel.split(sep).join('/') : abs;
  };
  const failed = (message: string, loc: Loc, includeChain?: string[]): LoadResult => ({
    config: undefined,
    authored: undefined,
    sourceMap: new SourceMap(undefined, entryFile),
    issues: [issue('error', ROOT_PATH, message, loc, includeChain)],
    warnings: [],
    findings,
    files,
    envRefs: [],
  });
  const at1 = (file: string): Loc => ({ file, line: 1, column: 1 });

  // 1. The root file: exists, is a regular file, bounded in size — checked before it is opened.
  let st: Stats;
  try {
    st = statSync(rootAbs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return failed(
      code === 'ENOENT' || code === 'ENOTDIR' ? `Config file not found: ${entryFile}. Fix: check the path (it is resolved from ${cwd})` : `Cannot read config file ${entryFile}: ${code ?? 'stat failed'}`,
      at1(entryFile),
    );
  }
  if (!st.isFile()) {
    return failed(
      st.isDirectory()
        ? `Config path ${entryFile} is a directory. Fix: pass the config file itself (e.g. ${entryFile.replace(/\/$/, '')}/openclaw.json)`
        : `Config path ${entryFile} is ${describeFileType(st)}, not a regular file; it was not opened`,
      at1(entryFile),
    );
  }
  if (st.size > MAX_ROOT_FILE_BYTES) {
    return failed(`Config file ${entryFile} is ${st.size} bytes, over clawfleet's 16 MiB limit; it was not read. Fix: split it with $include`, at1(entryFile));
  }
  const rootDir = dirname(rootAbs);
  const roots: IncludeRoot[] = [{ dir: rootDir, realDir: safeRealpath(rootDir) }];
  for (const extra of (baseEnv['OPENCLAW_INCLUDE_ROOTS'] ?? '').split(delimiter)) {
    if (!extra.trim()) continue;
    const dir = normalize(resolve(cwd, extra.trim()));
    roots.push({ dir, realDir: safeRealpath(dir) });
  }
  const budget = { reads: 0, bytes: st.size };

  try {
    const rootTree = readDocument(rootAbs, st, MAX_ROOT_FILE_BYTES, entryFile, [], true, [entryFile], findings, files, (text) =>
      text.trim() === '' ? `JSON5 parse failed: the file is empty (JSON5: invalid end of input). Fix: write a config object, at least {}` : undefined,
    );
    const host: IncludeHost = {
      roots,
      budget,
      display,
      onOverride: (path, replaced, winner) => {
        const p = joinPath(path);
        findings.push({
          rule: 'duplicate-key',
          path: p,
          loc: winner,
          message: `${p} is set by more than one file of an array $include: first at ${replaced.file}:${replaced.line}:${replaced.column}, again at ${winner.file}:${winner.line}:${winner.column}; the later file wins`,
        });
      },
      parseInclude: (abs, stat, includePath, prefix, chain) => {
        const chainDisplay = chain.map(display);
        return readDocument(abs, stat, MAX_INCLUDE_FILE_BYTES, display(abs), prefix, false, chainDisplay, findings, files, undefined, (detail) =>
          `Failed to parse include file: ${includePath} (resolved: ${display(abs)}): ${detail} (included via ${chainDisplay.join(' -> ')})`,
        );
      },
    };
    const authored = new IncludeProcessor(host, rootAbs, [rootAbs]).process(rootTree, []);

    // 2. ${VAR} substitution, after includes, with the config's env.vars filling gaps.
    const env = effectiveEnv(authored, baseEnv);
    const { tree, refs } = substituteTree(authored, env);
    const issues: ValidationIssue[] = [];
    const warnings: ValidationIssue[] = [];
    const envRefs: EnvReference[] = refs.map((r) => ({ path: r.path, name: r.name, provided: r.provided, loc: r.loc }));
    for (const r of refs) {
      if (r.provided) continue;
      if (envMode === 'error') {
        issues.push(issue('error', r.path, `Missing env var "${r.name}" (unset or empty) at ${r.path}. env-mode is "error": every \${VAR} must be provided at deploy time. Fix: set ${r.name} in the job's environment`, r.loc));
      } else {
        warnings.push(issue('warning', r.path, `Missing env var "${r.name}" - feature using this value will be unavailable`, r.loc));
      }
    }
    return { config: toPlain(tree), authored, sourceMap: new SourceMap(tree, entryFile), issues, warnings, findings, files, envRefs };
  } catch (error) {
    if (error instanceof LoadError) return failed(error.message, error.loc, error.includeChain);
    throw error;
  }
}

function issue(severity: 'error' | 'warning', path: string, message: string, loc: Loc, includeChain?: string[]): ValidationIssue {
  const out: ValidationIssue = { severity, path, message, file: loc.file, line: loc.line, column: loc.column };
  if (includeChain && includeChain.length > 1) out.includeChain = includeChain;
  return out;
}

function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/**
 * Reads, decodes, bounds and parses one file into a located tree. `emptyMessage` lets the root file
 * report an empty file in its own words; `wrapParseError` frames json5's message for include files.
 */
function readDocument(
  abs: string,
  st: Stats,
  maxBytes: number,
  displayName: string,
  prefix: readonly PathSegment[],
  isRoot: boolean,
  chain: string[],
  findings: StrictFinding[],
  files: string[],
  emptyMessage?: (text: string) => string | undefined,
  wrapParseError?: (detail: string) => string,
): LNode {
  const at = (line: number, column: number): Loc => ({ file: displayName, line, column });
  const read = readGuarded(abs, st, maxBytes);
  if (!read.ok) throw new LoadError(`Failed to read ${isRoot ? 'config' : 'include'} file: ${displayName} (${read.reason})`, at(1, 1), chain);
  if (!files.includes(displayName)) files.push(displayName);
  const decoded = decodeConfigBytes(read.bytes);
  const frame = (detail: string) => (wrapParseError ? wrapParseError(detail) : `JSON5 parse failed: ${detail}`);
  if (!decoded.ok) throw new LoadError(frame(decoded.message), at(1, 1), chain);
  if (decoded.invalidUtf8) {
    const { byte, line, column } = decoded.invalidUtf8;
    findings.push({
      rule: 'invalid-utf8',
      loc: at(line, column),
      message: `invalid UTF-8 at byte ${byte} in ${displayName}: OpenClaw reads it as U+FFFD (�), silently changing the value. Fix: save the file as UTF-8`,
    });
  }
  const text = decoded.text;
  const empty = emptyMessage?.(text);
  if (empty) throw new LoadError(empty, at(1, 1), chain);
  const deep = findExcessiveNesting(text);
  if (deep !== -1) {
    const { line, column } = lineColumnAt(text, deep);
    throw new LoadError(
      `nesting depth > ${MAX_NESTING_DEPTH} at ${displayName}:${line}:${column}: clawfleet refuses configs nested this deeply (OpenClaw fails on them with a stack overflow). Fix: flatten the structure`,
      at(line, column),
      chain,
    );
  }
  const parsed = parseDocument(text, displayName, prefix, isRoot);
  if (!parsed.ok) {
    const detail = isRoot ? `SyntaxError: ${parsed.error.message}` : parsed.error.message;
    throw new LoadError(frame(detail), at(parsed.error.line, parsed.error.column), chain);
  }
  findings.push(...parsed.findings);
  return parsed.root;
}
