/**
 * The legacy `auth-profiles.json` format, checked against the real OpenClaw CLI (no gateway; slow CLI calls,
 * so it lives in the gateway group). 2026.9.6 does not read the file at runtime, but its `doctor --fix`
 * imports legacy files into the SQLite store — so a file it imports and then reports ready proves we write
 * the format OpenClaw understands. It also shows the hazard: the leftover file next to an empty store blocks
 * the provider until doctor runs, which is why this format is written only when the version says so.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { SecretRegistry } from '../../src/common/secrets.js';
import { provision } from '../../src/provision/provision.js';
import type { ProvisionInputs } from '../../src/provision/types.js';
import { recordingLogger, recordingStaging } from './helpers.js';

const OPENCLAW = resolve(import.meta.dirname, '../../node_modules/openclaw/openclaw.mjs');
const base = mkdtempSync(join(tmpdir(), 'clawfleet-legacy-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((res) => {
    const c = spawn(process.execPath, [OPENCLAW, ...args], { env: { PATH: process.env['PATH'], HOME: join(base, 'home'), NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    c.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    c.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    c.on('close', (code) => res({ code, stdout, stderr }));
  });
}

describe('legacy auth-profiles.json (opt-in by version)', () => {
  const state = join(base, 'state');
  const configPath = join(base, 'openclaw.json');
  const KEY = 'sk-legacy-alpha-canary-4242';

  test('written for an older target version: keyRefs only, 0600, then imported by OpenClaw doctor and ready', { timeout: 240_000 }, async () => {
    mkdirSync(join(base, 'home'), { recursive: true });
    writeFileSync(
      configPath,
      JSON.stringify({
        gateway: { mode: 'local' },
        models: { providers: { alpha: { baseUrl: 'https://alpha.example.com/v1', api: 'openai-completions', models: [{ id: 'm1', name: 'M1' }] } } },
        agents: { defaults: { model: 'alpha/m1' } },
      }),
    );
    const inputs: ProvisionInputs = {
      configFile: configPath,
      profiles: '',
      mode: 'local',
      stateDir: state,
      gatewayConfigFile: configPath,
      openclaw: OPENCLAW,
      gateways: [],
      restart: 'never',
      openclawVersion: '2026.4.2',
      legacyBelow: '2026.6.0',
      remoteConfig: 'require',
      verify: false,
      dryRun: false,
      tempDir: process.env['RUNNER_TEMP'] as string,
      timeoutMs: 180_000,
    };
    const staging = recordingStaging();
    const report = await provision(inputs, { env: { ALPHA_API_KEY: KEY }, logger: recordingLogger(), registry: new SecretRegistry(), staging });
    expect(report.storeFormat).toBe('legacy-json');
    const file = join(state, 'agents', 'main', 'agent', 'auth-profiles.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(state, 'agents', 'main', 'agent')).mode & 0o777).toBe(0o700);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(KEY);
    expect(JSON.parse(text)).toEqual({ version: 1, profiles: { 'alpha:clawfleet': { type: 'api_key', provider: 'alpha', keyRef: { source: 'env', provider: 'default', id: 'CLAWFLEET_ALPHA_API_KEY_G1' } } } });
    expect(staging.files).toEqual([]); // no secrets-apply plan in this format

    const env = { OPENCLAW_STATE_DIR: state, OPENCLAW_CONFIG_PATH: configPath };
    // The hazard, reproduced: next to an empty SQLite store the retired file blocks the provider.
    const blocked = await cli(['models', 'status', '--check', '--json'], env);
    expect(blocked.code).toBe(1);
    // Doctor imports it; afterwards the agent is ready, with the key coming through the env ref.
    const doctor = await cli(['doctor', '--fix', '--yes', '--non-interactive'], env);
    expect(doctor.code, doctor.stderr.slice(-2000)).toBe(0);
    const status = await cli(['models', 'status', '--check', '--json'], env);
    expect(status.code, status.stdout.slice(-2000)).toBe(0);
    const json = JSON.parse(status.stdout.slice(status.stdout.indexOf('{'))) as { auth: { missingProvidersInUse: string[] } };
    expect(json.auth.missingProvidersInUse).toEqual([]);
    expect(status.stdout).not.toContain(KEY);
    expect(existsSync(file)).toBe(false); // archived by doctor
  });

  test('a threshold above 2026.9.6 is refused before anything is written', async () => {
    const inputs = { configFile: configPath, profiles: '', mode: 'local', stateDir: join(base, 'state2'), gatewayConfigFile: configPath, openclaw: OPENCLAW, gateways: [], restart: 'never', openclawVersion: '2026.9.6', legacyBelow: '2026.10.0', remoteConfig: 'require', verify: false, dryRun: false, tempDir: base, timeoutMs: 60_000 } as const;
    await expect(provision({ ...inputs, gateways: [] }, { env: { ALPHA_API_KEY: KEY }, logger: recordingLogger(), registry: new SecretRegistry(), staging: recordingStaging() })).rejects.toThrow(/2026\.9\.6 already ignores auth-profiles\.json/);
    expect(existsSync(join(base, 'state2'))).toBe(false);
  });
});
