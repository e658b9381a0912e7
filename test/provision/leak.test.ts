/**
 * Leak scanner (reliability-cases SE-01..SE-04, SE-09, SE-12): the real action entry (`main.ts`, then
 * `post.ts`) runs as a child process with INPUT_* env and temp GITHUB_OUTPUT / GITHUB_STEP_SUMMARY /
 * GITHUB_STATE files, driven through every error path with canary secrets — a single-line key, a multi-line
 * PEM, a JSON blob with quotes and backslashes, and a gateway token. The raw canaries and their JSON-escaped,
 * base64, URL-encoded and per-line forms must appear nowhere: stdout/stderr (except the runner's own
 * `::add-mask::` lines), outputs, summary, state, and every file under the workspace and RUNNER_TEMP.
 * A fake OpenClaw CLI and fake gateways misbehave on purpose (echoing the keys and the request headers).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { filesUnder, findLeaks, leakForms } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const MAIN = join(ROOT, 'src/actions/provision-auth-profiles/main.ts');
const POST = join(ROOT, 'src/actions/provision-auth-profiles/post.ts');
const FAKE_CLI = join(ROOT, 'test/provision/fixtures/fake-openclaw.mjs');

const ALPHA = 'sk-leak-alpha-Q7x9Zk2mP4vR8wT1';
const BETA = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCleakcanary77\nAbCdEfGhIjKlMnOpQrStUvWxYz0123456789leak\n-----END PRIVATE KEY-----';
const GAMMA = '{"type":"sa","secret":"sk-leak-gamma-\\"q\\"\\\\b","note":"a \'b\' `c`"}';
const TOKEN = 'gw-token-leak-canary-ZZZ999yyy';
const FORMS = leakForms([ALPHA, BETA, GAMMA, TOKEN]);

const CONFIG = JSON.stringify({
  models: {
    providers: {
      alpha: { baseUrl: 'https://alpha.example.com/v1', api: 'openai-completions', models: [{ id: 'm1' }] },
      beta: { baseUrl: 'https://beta.example.com/v1', api: 'openai-completions', models: [{ id: 'm2' }] },
      gamma: { baseUrl: 'https://gamma.example.com/v1', api: 'openai-completions', models: [{ id: 'm3' }] },
    },
  },
  agents: { ownership: 'explicit', entries: { main: { model: 'alpha/m1' }, ops: { model: { primary: 'beta/m2', fallbacks: ['gamma/m3'] } } } },
});
const STORE_CONFIG = JSON.stringify({
  models: { providers: { alpha: { baseUrl: 'https://alpha.example.com/v1', api: 'openai-completions', models: [{ id: 'm1' }], apiKey: { source: 'store', provider: 'default', id: 'ALPHA_API_KEY' } } } },
  agents: { ownership: 'explicit', entries: { main: { model: 'alpha/m1' } } },
});

interface RunResult {
  code: number | null;
  output: string;
  files: Array<{ path: string; text: string }>;
  outputs: string;
  summary: string;
  state: string;
}

let fake401: Server;
let fakeHang: Server;
const hung = new Set<Socket>();

beforeAll(async () => {
  // Echoes the request headers (Authorization!) and body in its error, like a careless proxy (SE-04).
  fake401 = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error: { code: 'UNAUTHORIZED', message: `bad credentials: ${JSON.stringify(req.headers)} body=${body}` } }));
    });
  });
  fake401.on('upgrade', (req, socket: Socket) => {
    socket.end(`HTTP/1.1 401 Unauthorized\r\ncontent-type: text/plain\r\n\r\nheaders were ${JSON.stringify(req.headers)}`);
  });
  fakeHang = createServer(() => undefined);
  fakeHang.on('connection', (s) => hung.add(s));
  fakeHang.on('upgrade', () => undefined);
  await new Promise<void>((r) => fake401.listen(23960, '127.0.0.1', () => r()));
  await new Promise<void>((r) => fakeHang.listen(23961, '127.0.0.1', () => r()));
});
afterAll(async () => {
  for (const s of hung) s.destroy();
  await new Promise((r) => fake401.close(r));
  await new Promise((r) => fakeHang.close(r));
});

function spawnStep(script: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((res) => {
    const c = spawn(TSX, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    c.stdout.on('data', (d: Buffer) => (output += d.toString()));
    c.stderr.on('data', (d: Buffer) => (output += d.toString()));
    c.on('close', (code) => res({ code, output }));
  });
}

/** Runs main then post, like the runner would, and collects everything a leak could land in. */
async function runAction(opts: { inputs: Record<string, string>; env?: Record<string, string>; config?: string; prepare?: (dirs: { workspace: string; state: string }) => void }): Promise<RunResult> {
  const base = mkdtempSync(join(tmpdir(), 'clawfleet-leak-'));
  const workspace = join(base, 'workspace');
  const runnerTemp = join(base, 'runner-temp');
  const state = join(base, 'gateway-state'); // holds the keys legitimately (.env): outside workspace and temp
  for (const d of [workspace, runnerTemp, state]) mkdirSync(d, { recursive: true });
  writeFileSync(join(workspace, 'openclaw.json'), opts.config ?? CONFIG);
  opts.prepare?.({ workspace, state });
  const inputFiles = new Map(filesUnder(workspace).map((f) => [f.path, f.text]));
  const files = { output: join(base, 'output'), summary: join(base, 'summary'), state: join(base, 'state-file') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    OPENCLAW_FAKE_MODE: 'ok',
    ALPHA_API_KEY: ALPHA,
    BETA_API_KEY: BETA,
    GAMMA_API_KEY: GAMMA,
    GW_TOKEN: TOKEN,
    'INPUT_CONFIG': join(workspace, 'openclaw.json'),
    'INPUT_STATE-DIR': state,
    INPUT_OPENCLAW: FAKE_CLI,
    'INPUT_TIMEOUT-SECONDS': '10',
    ...Object.fromEntries(Object.entries(opts.inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...opts.env,
  };
  for (const [k, v] of Object.entries(env)) if (v === '__unset__') delete env[k];
  const main = await spawnStep(MAIN, env);
  const savedState = readFileSync(files.state, 'utf8');
  const m = /^staged<<(.+)\n([\s\S]*?)\n\1$/m.exec(savedState);
  const post = await spawnStep(POST, { ...env, ...(m ? { STATE_staged: m[2] } : {}) });
  const result: RunResult = {
    code: main.code,
    output: `${main.output}\n${post.output}`,
    // Everything the run created or changed (the input config itself may hold a canary by design).
    files: [...filesUnder(workspace), ...filesUnder(runnerTemp)].filter((f) => inputFiles.get(f.path) !== f.text),
    outputs: readFileSync(files.output, 'utf8'),
    summary: readFileSync(files.summary, 'utf8'),
    state: savedState,
  };
  rmSync(base, { recursive: true, force: true });
  return result;
}

function expectNoLeak(r: RunResult): void {
  const where: Record<string, string> = { 'stdout/stderr': r.output, outputs: r.outputs, summary: r.summary, state: r.state };
  for (const f of r.files) where[f.path] = f.text;
  for (const [name, text] of Object.entries(where)) expect(findLeaks(text, FORMS), `leak in ${name}`).toEqual([]);
}

const T = 60_000;
describe('no secret reaches any output, on every path', () => {
  test('success path (local): outputs, summary and report hold names only; secrets masked first', { timeout: T }, async () => {
    const r = await runAction({ inputs: {} });
    expect(r.code, r.output).toBe(0);
    expectNoLeak(r);
    expect(r.outputs).toMatch(/ready<<.*\ntrue\n/);
    expect(r.outputs).toMatch(/changed<<.*\ntrue\n/);
    expect(r.summary).toContain('| ops | gamma | ✅ ready | `GAMMA_API_KEY` |');
    // Every secret (and each PEM line) was handed to the runner's masker.
    for (const v of [ALPHA, BETA.split('\n')[1] as string, GAMMA]) expect(r.output).toContain(`::add-mask::${v}`);
    // The report stays (0600, RUNNER_TEMP); the staged plan was removed by the post step; the workspace got nothing.
    expect(r.files.filter((f) => f.path.includes('clawfleet-provision-auth-profiles-')).length).toBe(1);
    expect(r.files.filter((f) => f.path.includes('clawfleet-secrets-plan-'))).toEqual([]);
    expect(r.files.filter((f) => f.path.includes('/workspace/'))).toEqual([]);
    expect(r.output).toMatch(/removed 1 staged file\(s\)/);
  });

  test.each([
    ['a missing secret', { env: { GAMMA_API_KEY: '__unset__' } }, /agent "ops" needs a key for provider "gamma"/],
    ['a key pasted into profiles', { inputs: { profiles: `ops:\n  beta: ${ALPHA}\n  gamma: |\n    ${BETA.replace(/\n/g, '\n    ')}\n` } }, /profiles \(input\) line/],
    ['a config that does not parse (the canary is in the file)', { config: `{ models: { providers: { alpha: { apiKey: "${ALPHA}" , } } ,, }` }, /config .*openclaw\.json/],
    ['a symlinked .env target', { prepare: ({ state }: { state: string }) => symlinkSync('/etc/hostname', join(state, '.env')) }, /it is a symlink/],
    ['ENOSPC while writing the .env', { env: { CLAWFLEET_TEST_FAULT_AT: 'enospc' } }, /no space left/],
    ['the OpenClaw CLI failing and echoing the keys', { env: { OPENCLAW_FAKE_MODE: 'leak-fail' } }, /openclaw secrets apply exited with code 1/],
    ['models status failing and echoing the keys', { env: { OPENCLAW_FAKE_MODE: 'leak-status' } }, /openclaw models status --agent \w+ exited with code 3/],
    ['a gateway answering 401 with the request headers (restart)', { inputs: { 'gateway-url': 'http://127.0.0.1:23960', 'gateway-token-env': 'GW_TOKEN' } }, /unauthori[sz]ed|401/i],
    ['remote: WebSocket refused with the headers echoed', { config: STORE_CONFIG, inputs: { mode: 'remote', 'gateway-url': 'http://127.0.0.1:23960', 'gateway-token-env': 'GW_TOKEN' } }, /HTTP 401/],
    ['remote: a gateway that never answers (timeout)', { config: STORE_CONFIG, inputs: { mode: 'remote', 'gateway-url': 'http://127.0.0.1:23961', 'gateway-token-env': 'GW_TOKEN' } }, /timed out/],
    ['an invalid input', { inputs: { 'dry-run': 'ture' } }, /The value 'ture' is not valid for 'dry-run'/],
  ] as const)('%s', { timeout: T }, async (_name, opts, message) => {
    const r = await runAction({ inputs: {}, ...opts });
    expect(r.code, r.output).toBe(1);
    expect(r.output).toMatch(message);
    expect(r.output).toMatch(/::error::provision-auth-profiles failed: /);
    expectNoLeak(r);
  });
});
