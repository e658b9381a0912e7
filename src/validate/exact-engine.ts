/**
 * The `exact` validation engine: asks the real `openclaw config validate --json` of the chosen version
 * and returns its verdict unchanged (issues in OpenClaw's order and words). Slow (~2.6 s per file, a
 * Node process per call) but authoritative; the fast engine is measured against it.
 *
 * Which OpenClaw runs and how it is isolated is described in src/schema/openclaw-cli.ts. What comes back:
 *  - valid:   `{"valid":true,"path","warnings":[{path,message}]}` (single line, exit 0);
 *  - invalid: `{"ok":false,"error":{…},"valid":false,"path","issues":[{path,message,allowedValues?}]}`
 *             (pretty-printed, exit 1); parse errors and include problems are issues at `<root>`;
 *  - missing: `{"ok":false,"error":{"message":"file not found"},"valid":false,"path"}` (no issues) →
 *             one `<root>` issue `file not found: <path>`.
 * Warning paths come bracketed from OpenClaw (`gateway.trustedProxies[2]`); they are returned
 * dot-joined (`gateway.trustedProxies.2`) like issue paths, so one source map serves both.
 * OpenClaw echoes parts of config values in some messages (e.g. `invalid model policy ref: "…"`): callers
 * must pass everything through their SecretRegistry before it is shown.
 */
import { resolve } from 'node:path';
import { silentLogger, type Logger } from '../common/logger.js';
import { OPENCLAW_VERSION } from '../schema/generated/meta.js';
import {
  resolveOpenClaw,
  runOpenClaw,
  tail,
  type Installer,
  type OpenClawInstall,
  type RunResult,
} from '../schema/openclaw-cli.js';

export interface ExactIssue {
  path: string;
  message: string;
  allowedValues?: unknown[];
}

export interface ExactWarning {
  path: string;
  message: string;
}

export interface ExactResult {
  valid: boolean;
  issues: ExactIssue[];
  warnings: ExactWarning[];
}

export interface ExactOptions {
  /** The environment the config's `${VAR}` references see (default: process.env). */
  env?: NodeJS.ProcessEnv;
  /** Resolves a relative `file`, and its node_modules/openclaw is tried first (default: process.cwd()). */
  cwd?: string;
  /** Exact OpenClaw version (default: the pinned one the fast engine's schema comes from). */
  openclawVersion?: string;
  logger?: Logger;
  /** Per-call timeout (default 60 s; a normal run takes ~3 s). */
  timeoutMs?: number;
  /** Test seams: how to install a missing version (false: fail), and where clawfleet lives. */
  installer?: Installer | false;
  projectRoot?: string;
}

/** Turns `a.b[2].c` into `a.b.2.c` (OpenClaw's warning paths use brackets, issue paths dots). */
export function dotPath(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Finds OpenClaw's JSON document in stdout: the whole output, or (if something printed before it) the
 * text from the first line that starts with `{`.
 */
export function extractJsonDocument(stdout: string): Record<string, unknown> | undefined {
  const text = stdout.trim();
  const tryParse = (s: string): Record<string, unknown> | undefined => {
    try {
      const v: unknown = JSON.parse(s);
      return isRecord(v) ? v : undefined;
    } catch {
      return undefined;
    }
  };
  const whole = tryParse(text);
  if (whole) return whole;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('{')) continue;
    const doc = tryParse(lines.slice(i).join('\n'));
    if (doc) return doc;
  }
  return undefined;
}

function toIssue(v: unknown): ExactIssue | undefined {
  if (!isRecord(v) || typeof v['path'] !== 'string' || typeof v['message'] !== 'string') return undefined;
  const issue: ExactIssue = { path: v['path'], message: v['message'] };
  if (Array.isArray(v['allowedValues'])) issue.allowedValues = v['allowedValues'];
  return issue;
}

/**
 * Maps one `openclaw config validate --json` run to a result. Throws an Error (internal: OpenClaw did
 * not answer as documented) when there is no verdict to read.
 */
export function parseValidateOutput(run: RunResult, file: string): ExactResult {
  if (run.timedOut) throw new Error(`openclaw config validate timed out on ${file}`);
  const doc = extractJsonDocument(run.stdout);
  if (!doc || typeof doc['valid'] !== 'boolean') {
    throw new Error(
      `openclaw config validate gave no JSON verdict for ${file} (exit ${run.code ?? run.signal}): ${tail(run.stderr || run.stdout, 10) || '(no output)'}`,
    );
  }
  const valid = doc['valid'];
  if (valid !== (run.code === 0)) {
    throw new Error(`openclaw config validate said valid=${valid} but exited ${run.code} for ${file}`);
  }
  const issues = (Array.isArray(doc['issues']) ? doc['issues'] : []).map(toIssue).filter((i): i is ExactIssue => !!i);
  const warnings = (Array.isArray(doc['warnings']) ? doc['warnings'] : [])
    .map(toIssue)
    .filter((w): w is ExactIssue => !!w)
    .map((w) => ({ path: dotPath(w.path), message: w.message }));
  if (!valid && issues.length === 0) {
    // `file not found` (and any future failure without issues) arrives as error.message only.
    const err = isRecord(doc['error']) && typeof doc['error']['message'] === 'string' ? doc['error']['message'] : 'invalid';
    const where = typeof doc['path'] === 'string' ? doc['path'] : file;
    issues.push({ path: '<root>', message: err === 'file not found' ? `file not found: ${where}` : err });
  }
  return { valid, issues, warnings };
}

/**
 * Runs `openclaw config validate --json` on `file` with the chosen OpenClaw version. Throws `UserError`
 * when that version cannot be found/installed or needs a newer Node; an Error when OpenClaw misbehaves.
 */
export async function runExactValidate(file: string, opts: ExactOptions = {}): Promise<ExactResult> {
  const logger = opts.logger ?? silentLogger;
  const cwd = opts.cwd ?? process.cwd();
  const version = opts.openclawVersion ?? OPENCLAW_VERSION;
  const install: OpenClawInstall = await resolveOpenClaw(version, {
    env: opts.env ?? process.env,
    cwd,
    logger,
    ...(opts.installer !== undefined ? { installer: opts.installer } : {}),
    ...(opts.projectRoot !== undefined ? { projectRoot: opts.projectRoot } : {}),
  });
  logger.debug(`exact engine: openclaw ${install.version} from ${install.source} (${install.packageDir})`);
  const abs = resolve(cwd, file);
  const run = await runOpenClaw(install, ['config', 'validate', '--json'], {
    env: opts.env ?? process.env,
    configPath: abs,
    timeoutMs: opts.timeoutMs ?? 60_000,
  });
  return parseValidateOutput(run, abs);
}

