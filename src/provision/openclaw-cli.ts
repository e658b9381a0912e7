/**
 * Running the OpenClaw CLI on the gateway host: `secrets apply`, `models status --check`, `--version`.
 *
 * The child gets a small environment: PATH/HOME/locale/temp, the operator's `OPENCLAW_*` settings, and the
 * state and config paths we choose. It never inherits the runner's secrets: the CLI reads the keys from the
 * gateway's `.env` exactly as the gateway will (a process-env value would win over `.env` and hide a bad
 * write). Output is size-capped, every call has a timeout, and anything shown to the user passes through
 * the SecretRegistry first.
 */
import { spawn } from 'node:child_process';
import type { SecretRegistry } from '../common/secrets.js';
import { MANAGED_PREFIX } from './ids.js';

export interface OpenclawCommand {
  /** Executable (e.g. `openclaw`, or `node`). */
  file: string;
  /** Arguments placed before the subcommand (e.g. the path of `openclaw.mjs`). */
  prefixArgs: string[];
}

/** `openclaw` (on PATH), an absolute path to the binary, or a `.mjs`/`.js` entry run with this Node. */
export function parseOpenclawCommand(value: string): OpenclawCommand {
  const v = value.trim() || 'openclaw';
  if (/\.(mjs|cjs|js)$/.test(v)) return { file: process.execPath, prefixArgs: [v] };
  return { file: v, prefixArgs: [] };
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

const PASS_ENV = ['PATH', 'HOME', 'USER', 'LOGNAME', 'LANG', 'LC_ALL', 'TMPDIR', 'TMP', 'TEMP', 'TZ', 'NODE_EXTRA_CA_CERTS', 'SystemRoot'];
const MAX_OUTPUT = 4 * 1024 * 1024;

/** The child environment (see module doc). */
export function childEnv(base: NodeJS.ProcessEnv, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const k of PASS_ENV) if (base[k] !== undefined) env[k] = base[k];
  for (const [k, v] of Object.entries(base)) if (k.startsWith('OPENCLAW_') && v !== undefined) env[k] = v;
  for (const k of Object.keys(env)) if (k.startsWith(MANAGED_PREFIX)) delete env[k];
  delete env['OPENCLAW_CONFIG_READONLY']; // a read-only config would make `secrets apply` refuse; we point it at a scratch copy
  env['NO_COLOR'] = '1';
  env['FORCE_COLOR'] = '0';
  return { ...env, ...extra };
}

export interface RunOptions {
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  cwd?: string;
  signal?: AbortSignal;
}

/** Runs one CLI command to completion (or timeout: SIGTERM, then SIGKILL after 5 s). */
export function runOpenclaw(cmd: OpenclawCommand, args: string[], opts: RunOptions): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd.file, [...cmd.prefixArgs, ...args], { env: opts.env, cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const cap = (cur: string, chunk: Buffer) => (cur.length >= MAX_OUTPUT ? cur : cur + chunk.toString('utf8'));
    child.stdout.on('data', (c: Buffer) => (stdout = cap(stdout, c)));
    child.stderr.on('data', (c: Buffer) => (stderr = cap(stderr, c)));
    let killTimer: NodeJS.Timeout | undefined;
    const stop = () => {
      timedOut = true;
      child.kill('SIGTERM');
      killTimer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    };
    const timer = setTimeout(stop, opts.timeoutMs);
    const onAbort = () => stop();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', (e) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      const code = (e as NodeJS.ErrnoException).code;
      reject(new Error(code === 'ENOENT' ? `cannot run the OpenClaw CLI "${cmd.file}": not found. Fix: install openclaw on this host or set the 'openclaw' input to its path` : `cannot run the OpenClaw CLI "${cmd.file}": ${code ?? e.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      opts.signal?.removeEventListener('abort', onAbort);
      resolvePromise({ code, signal, stdout, stderr, timedOut });
    });
  });
}

/** Parses the JSON document a `--json` command printed (ignoring anything before the first `{`). */
export function parseJsonOutput(stdout: string): unknown {
  const start = stdout.indexOf('{');
  if (start < 0) return undefined;
  try {
    return JSON.parse(stdout.slice(start));
  } catch {
    return undefined;
  }
}

/** A short, scrubbed excerpt of a failed command's output for an error message. */
export function describeFailure(what: string, r: CliResult, registry: SecretRegistry): string {
  const parsed = parseJsonOutput(r.stdout) as { error?: { message?: unknown } } | undefined;
  const fromJson = typeof parsed?.error?.message === 'string' ? parsed.error.message : undefined;
  const tail = (fromJson ?? (r.stderr.trim() || r.stdout.trim()))
    .split('\n')
    .map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trim())
    .filter(Boolean)
    .slice(-6)
    .join(' | ');
  const how = r.timedOut ? 'timed out' : r.signal ? `was killed by ${r.signal}` : `exited with code ${r.code}`;
  return registry.redact(`${what} ${how}${tail ? `: ${tail.slice(0, 1500)}` : ''}`);
}

/** `OpenClaw 2026.9.6 (eb377ac)` → `2026.9.6`. */
export function parseVersion(output: string): string | undefined {
  return /(\d{4}\.\d{1,2}\.\d{1,3}(?:-[0-9A-Za-z.-]+)?)/.exec(output)?.[1];
}
