/**
 * Runs a bundled action the way the runner does: `node dist/<name>/index.js` with INPUT_* env and temp
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE files, then parses what it wrote.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  state: Record<string, string>;
  /** Workflow commands printed on stdout (`::error file=…::msg`), parsed. */
  commands: Array<{ command: string; props: Record<string, string>; message: string }>;
}

/** `INPUT_<NAME>` as the runner sets it: spaces to `_`, upper-cased, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Parses the runner's file-command format (`name<<DELIM\nvalue\nDELIM`, or legacy `name=value`). */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const h = /^([^<=]+)<<(.+)$/.exec(line);
    if (h) {
      const [, name, delim] = h as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!);
      out[name] = value.join('\n');
    } else if (line.includes('=')) {
      const k = line.slice(0, line.indexOf('='));
      out[k] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
function unescapeProp(s: string): string {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

export function parseCommands(stdout: string): ActionRun['commands'] {
  const cmds: ActionRun['commands'] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const j = kv.indexOf('=');
      props[kv.slice(0, j)] = unescapeProp(kv.slice(j + 1));
    }
    cmds.push({ command: m[1]!, props, message: unescapeData(m[3] ?? '') });
  }
  return cmds;
}

export async function runAction(
  bundle: string,
  opts: { inputs?: Record<string, string>; env?: Record<string, string>; cwd?: string; timeoutMs?: number; state?: Record<string, string> },
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'clawfleet-runner-'));
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary'), GITHUB_STATE: join(dir, 'state'), GITHUB_ENV: join(dir, 'env'), GITHUB_PATH: join(dir, 'path') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('INPUT_') && !k.startsWith('STATE_')) env[k] = v;
  Object.assign(env, files, { RUNNER_TEMP: join(dir, 'temp'), GITHUB_ACTIONS: 'true' }, opts.env ?? {});
  for (const [k, v] of Object.entries(opts.inputs ?? {})) env[inputEnvName(k)] = v;
  for (const [k, v] of Object.entries(opts.state ?? {})) env[`STATE_${k}`] = v;
  const child = spawn(process.execPath, [resolve(bundle)], { cwd: opts.cwd ?? process.cwd(), env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((res, rej) => {
    const t = setTimeout(() => {
      child.kill('SIGKILL');
      rej(new Error(`action ${bundle} did not finish within ${opts.timeoutMs ?? 60_000} ms`));
    }, opts.timeoutMs ?? 60_000);
    child.on('exit', (c) => {
      clearTimeout(t);
      res(c ?? 1);
    });
  });
  return {
    code,
    stdout,
    stderr,
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    state: parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8')),
    commands: parseCommands(stdout),
  };
}
