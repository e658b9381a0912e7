/**
 * Shapes of the config loader (issue #2): what `loadConfig` takes and returns.
 */
import type { ValidationIssue } from '../validate/types.js';
import type { LNode, Loc } from './located.js';
import type { SourceMap } from './source-map.js';

/**
 * Findings of the strict loader that OpenClaw itself tolerates (it accepts the file, silently changing or
 * dropping something). They are reported as lint rules beside OpenClaw's verdict, so `valid` keeps meaning
 * "OpenClaw would accept it" while the check still fails (default severity `error`, except duplicates).
 */
export type StrictRule = 'forbidden-key' | 'duplicate-key' | 'invalid-utf8' | 'non-finite-number' | 'unsafe-integer';

export interface StrictFinding {
  rule: StrictRule;
  message: string;
  /** Config path (dot-joined) where the finding sits, when it is about a value. */
  path?: string;
  loc: Loc;
}

/** `warn`: a missing `${VAR}` stays literal with a warning (as `openclaw config validate`); `error`: deploy time, it fails. */
export type EnvMode = 'warn' | 'error';

export interface LoadOptions {
  /** Environment for `${VAR}` substitution (default `process.env`). The config's `env.vars` fill gaps, as in OpenClaw. */
  env?: NodeJS.ProcessEnv;
  envMode?: EnvMode;
  /** Base for relative display paths of included files (default `process.cwd()`). */
  cwd?: string;
}

/** One `${VAR}` reference found in a string value. */
export interface EnvReference {
  /** Dot-joined config path of the string. */
  path: string;
  name: string;
  /** True when the variable had a non-empty value (process env or `env.vars`). */
  provided: boolean;
  loc: Loc;
}

export interface LoadResult {
  /** The resolved config (includes merged, `${VAR}` substituted); `undefined` when loading failed. */
  config: unknown;
  /** The same tree before env substitution, with positions (what the author wrote): lint reads this. */
  authored: LNode | undefined;
  /** Config path → file:line:col of the value (the included file that really holds it). */
  sourceMap: SourceMap;
  /** Load-level errors: missing/empty file, parse errors, include errors, env (in `error` mode). */
  issues: ValidationIssue[];
  /** Load-level warnings: missing env vars (in `warn` mode). */
  warnings: ValidationIssue[];
  /** Strict-load findings OpenClaw tolerates (see {@link StrictRule}). */
  findings: StrictFinding[];
  /** Every file read, root first, as displayed in reports. */
  files: string[];
  /** Every `${VAR}` reference and whether it was provided. */
  envRefs: EnvReference[];
}
