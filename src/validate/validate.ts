/**
 * `validateFiles`: one report for many configs, from either engine (issue #2):
 * - `fast`: our loader + the JSON schema compiled ahead of time (`schema-engine.ts`) + the semantic rules;
 *   about a millisecond per config, no OpenClaw needed.
 * - `exact`: the real `openclaw config validate --json` (`exact-engine.ts`) decides; our loader still runs
 *   for the source map (OpenClaw's paths become file:line) and for lint.
 * Both fill the same {@link ValidationReport} and say which engine ran. `valid` is the verdict ("OpenClaw
 * would accept it"); lint findings sit beside it.
 */
import { loadConfig } from '../config/load.js';
import type { SourceMap } from '../config/source-map.js';
import type { EnvMode, LoadResult } from '../config/types.js';
import { normalizePath, parsePath, ROOT_PATH } from '../config/paths.js';
import { lintConfig } from './lint.js';
import { migrateLegacyConfig } from './migrate.js';
import { semanticRules } from './rules.js';
import type { Engine, FileReport, LintSeverity, ValidationIssue, ValidationReport } from './types.js';
import { isRecord } from './agent-ids.js';
import { SecretRegistry } from '../common/secrets.js';

/** An issue as the engines produce it (OpenClaw's `issues[]` shape). */
export interface EngineIssue {
  path: string;
  message: string;
  allowedValues?: unknown[];
}
/** The schema engine: issues of a resolved config against the pinned OpenClaw schema ([] = valid). */
export type SchemaIssuesFn = (config: unknown) => EngineIssue[];
/** The raw verdict of `openclaw config validate --json` for one file. */
export interface ExactVerdict {
  valid: boolean;
  issues: EngineIssue[];
  warnings: Array<{ path: string; message: string }>;
}
export type ExactValidateFn = (file: string, opts: { env?: NodeJS.ProcessEnv; cwd?: string; openclawVersion?: string }) => Promise<ExactVerdict>;

export interface ValidateOptions {
  engine?: Engine;
  /** `error` at deploy time: a missing `${VAR}` fails the file instead of warning. */
  envMode?: EnvMode;
  env?: NodeJS.ProcessEnv;
  /** Working directory: relative paths and included-file display names are relative to it. */
  cwd?: string;
  /** Lint severity per rule id (`error` | `warning` | `off`). */
  lintSeverity?: Readonly<Partial<Record<string, LintSeverity>>>;
  /** OpenClaw version for the exact engine (default: the pinned one). */
  openclawVersion?: string;
  /** Exact engine: files validated at once (each runs an OpenClaw process). */
  concurrency?: number;
  /** Engine implementations, when the caller provides them (tests, or an already loaded engine). */
  engines?: { schemaIssues?: SchemaIssuesFn; runExactValidate?: ExactValidateFn };
}

/** Validates every file (as given) with one engine and returns one report. Throws only on internal errors. */
export async function validateFiles(files: readonly string[], opts: ValidateOptions = {}): Promise<ValidationReport> {
  const engine = opts.engine ?? 'fast';
  let reports: FileReport[];
  if (engine === 'fast') {
    const schemaIssues = opts.engines?.schemaIssues ?? (await import('./schema-engine.js')).schemaIssues;
    reports = files.map((file) => validateFast(file, opts, schemaIssues));
  } else {
    const runExact = opts.engines?.runExactValidate ?? (await import('./exact-engine.js')).runExactValidate;
    const { default: pLimit } = await import('p-limit');
    const limit = pLimit(Math.max(1, opts.concurrency ?? 2));
    reports = await Promise.all(files.map((file) => limit(() => validateExact(file, opts, runExact))));
  }
  return { valid: reports.every((r) => r.valid), engine, files: reports };
}

/** The fast engine for one file (synchronous). */
export function validateFast(file: string, opts: ValidateOptions, schemaIssues: SchemaIssuesFn): FileReport {
  const cwd = opts.cwd ?? process.cwd();
  const env = opts.env ?? process.env;
  const envMode = opts.envMode ?? 'warn';
  const load = loadConfig(file, { env, envMode, cwd });
  const issues: ValidationIssue[] = [...load.issues];
  const warnings: ValidationIssue[] = [...load.warnings];
  const verdictIssues: EngineIssue[] = [];
  if (load.config !== undefined) {
    if (!isRecord(load.config)) {
      issues.push(locateIssue(load.sourceMap, { path: ROOT_PATH, message: `Invalid input: expected object, received ${describeType(load.config)}` }, 'error'));
    } else {
      const migration = migrateLegacyConfig(load.config);
      for (const a of migration.aliases) load.sourceMap.addAlias(a.from, a.to);
      for (const w of migration.warnings) warnings.push(locateIssue(load.sourceMap, w, 'warning'));
      const schema = schemaIssues(migration.config);
      const rules = semanticRules({
        config: migration.config,
        schemaIssues: schema,
        env,
        cwd,
        droppedProtoKeyPaths: load.findings.flatMap((f) => (f.rule === 'forbidden-key' && f.path?.endsWith('.__proto__') ? [f.path] : [])),
        ...(migration.legacyDefaultAgentId ? { legacyDefaultAgentId: migration.legacyDefaultAgentId } : {}),
      });
      verdictIssues.push(...schema, ...rules.issues);
      for (const i of verdictIssues) issues.push(locateIssue(load.sourceMap, i, 'error'));
      for (const w of rules.warnings) warnings.push(locateIssue(load.sourceMap, w, 'warning'));
    }
  }
  return finish(file, load, issues, warnings, verdictIssues, opts);
}

/** The exact engine for one file: OpenClaw's verdict, mapped back to file:line. */
export async function validateExact(file: string, opts: ValidateOptions, runExact: ExactValidateFn): Promise<FileReport> {
  const cwd = opts.cwd ?? process.cwd();
  const env = opts.env ?? process.env;
  const envMode = opts.envMode ?? 'warn';
  const load = loadConfig(file, { env, envMode, cwd });
  const exactOpts: { env?: NodeJS.ProcessEnv; cwd?: string; openclawVersion?: string } = { env, cwd };
  if (opts.openclawVersion) exactOpts.openclawVersion = opts.openclawVersion;
  const verdict = await runExact(file, exactOpts);
  const issues: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const loadError = load.issues.find((i) => i.path === ROOT_PATH);
  for (const i of verdict.issues) {
    const path = normalizePath(i.path);
    if (path === ROOT_PATH && loadError) {
      // Include and parse problems: OpenClaw names no position; our loader knows the file:line and chain.
      // Keep OpenClaw's words unless ours say the same thing with more detail (file:line, chain, fix).
      const head = (i.message.split(':')[0] ?? '').trim().toLowerCase();
      const ours = head !== '' && loadError.message.toLowerCase().includes(head);
      issues.push({ ...loadError, message: ours ? loadError.message : `${i.message} (${loadError.message})` });
      continue;
    }
    issues.push(locateIssue(load.sourceMap, { ...i, path }, 'error'));
  }
  if (!verdict.valid && verdict.issues.length === 0) {
    // e.g. `{"ok":false,"error":{"message":"file not found"}}`: no issues list, still invalid.
    issues.push(loadError ?? { severity: 'error', path: ROOT_PATH, message: 'OpenClaw rejected the config without naming an issue', file, line: 1, column: 1 });
  }
  for (const w of verdict.warnings) {
    const path = normalizePath(w.path);
    if (envMode === 'error' && /^Missing env var "/.test(w.message)) continue; // reported as an error below
    warnings.push(locateIssue(load.sourceMap, { path, message: w.message }, 'warning'));
  }
  // env-mode "error" is a deploy-time rule on top of OpenClaw's verdict: a missing ${VAR} fails the file.
  for (const i of load.issues) if (i.path !== ROOT_PATH) issues.push(i);
  return finish(file, load, issues, warnings, verdict.issues, opts);
}

function finish(file: string, load: LoadResult, issues: ValidationIssue[], warnings: ValidationIssue[], verdictIssues: EngineIssue[], opts: ValidateOptions): FileReport {
  const lint = lintConfig({
    authored: load.authored,
    findings: load.findings,
    envRefs: load.envRefs,
    issues: verdictIssues.map((i) => ({ path: i.path, message: i.message })),
    env: opts.env ?? process.env,
    envMode: opts.envMode ?? 'warn',
    ...(opts.lintSeverity ? { severity: opts.lintSeverity } : {}),
  });
  const order = (f: string) => {
    const i = load.files.indexOf(f);
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  const byPosition = <T extends { file: string; line: number; column: number }>(a: T, b: T) => order(a.file) - order(b.file) || a.line - b.line || a.column - b.column;
  const errors = issues.filter((i) => i.severity === 'error').sort(byPosition);
  const all = [...errors, ...[...warnings, ...issues.filter((i) => i.severity === 'warning')].sort(byPosition)];
  // Values substituted from the environment may be secrets, and an engine may quote a value in a message
  // (OpenClaw does for some refs): mask them in everything the report carries.
  const secrets = new SecretRegistry();
  const env = opts.env ?? process.env;
  for (const r of load.envRefs) if (r.provided) secrets.add(env[r.name]);
  for (const item of [...all, ...lint]) item.message = secrets.redact(item.message);
  return { file, valid: errors.length === 0, issues: all, lint: lint.sort(byPosition) };
}

/** Places an engine issue at file:line: the value, the unknown key, or the nearest existing ancestor. */
export function locateIssue(map: SourceMap, issue: { path: string; message: string; allowedValues?: unknown[] }, severity: 'error' | 'warning'): ValidationIssue {
  const path = normalizePath(issue.path);
  const unknownKey = /^Unrecognized keys?: "((?:[^"\\]|\\.)*)"/.exec(issue.message) ?? /additional propert(?:y|ies)[^"]*"((?:[^"\\]|\\.)*)"/.exec(issue.message);
  const key = unknownKey?.[1];
  const loc = key === undefined ? undefined : map.keyLocation(path === ROOT_PATH ? [key] : [...parsePath(path), key]);
  const at = loc ?? map.locate(path).loc;
  const out: ValidationIssue = { severity, path, message: issue.message, file: at.file, line: at.line, column: at.column };
  if (issue.allowedValues) out.allowedValues = issue.allowedValues;
  return out;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
