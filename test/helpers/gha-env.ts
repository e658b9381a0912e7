/**
 * Runner file commands for tests: GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files and a parser of the heredoc
 * format `name<<DELIM\nvalue\nDELIM` (toolkit's file-command), plus running an action's `main.ts` in a
 * child process exactly as the runner would (INPUT_* env vars), under tsx.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Creates the output and summary files in `dir` and returns the env pointing at them. */
export function runnerFiles(dir: string): { env: Record<string, string>; outputFile: string; summaryFile: string } {
  mkdirSync(dir, { recursive: true });
  const outputFile = join(dir, `output-${Math.random().toString(36).slice(2)}.txt`);
  const summaryFile = join(dir, `summary-${Math.random().toString(36).slice(2)}.md`);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  return { env: { GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile }, outputFile, summaryFile };
}

/** Parses a GITHUB_OUTPUT file (heredoc and `name=value` forms). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const m = /^([^=<]+)<<(.+)$/.exec(line);
    if (m) {
      const [, name, delim] = m as unknown as [string, string, string];
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

export function readOutputs(file: string): Record<string, string> {
  return parseOutputs(readFileSync(file, 'utf8'));
}

/** `{ 'batch-size': '2' }` → `{ 'INPUT_BATCH-SIZE': '2' }` (hyphens kept, as the runner does). */
export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]));
}

export interface ActionRun {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/**
 * Starts `src/actions/<name>/main.ts` with tsx's loader in ONE node process (`node --import tsx`), so a
 * signal to the child reaches the action itself — the tsx CLI would run it in a grandchild that survives
 * a SIGKILL of the CLI.
 */
export function startAction(name: string, env: Record<string, string>): ActionRun {
  const require = createRequire(import.meta.url);
  const loader = pathToFileURL(require.resolve('tsx')).href;
  const child = spawn(process.execPath, ['--import', loader, join(REPO_ROOT, 'src', 'actions', name, 'main.ts')], {
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
  child.stderr!.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((res) =>
    child.on('close', (code, signal) => res({ code, signal, stdout, stderr })),
  );
  return { child, done };
}
