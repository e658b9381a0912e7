// Live agreement with the real `openclaw config validate --json` (the pinned 2026.9.6): 14 configs — the
// fixed config of most semantic rules (a false reject here would block a good PR) plus the sample repos —
// run through the exact engine (OpenClaw, 4 at a time, ~3 s each when the machine is idle) and the fast
// engine: same verdict, same issues, same warnings. With the CLI's exact-engine test that makes 15
// OpenClaw runs in the unit suite. Rejected configs are covered by the recorded verdicts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import pLimit from 'p-limit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/validate/validate.js';
import type { FileReport } from '../../src/validate/types.js';
import { CONFIG_FIXTURES, removeTemp, tempConfigDir } from '../helpers/configs.js';

const ENV = { OPENCLAW_GATEWAY_TOKEN: 'tok-0123456789', OPENAI_API_KEY: 'sk-test', FAKE_API_KEY: 'fk-test', MYPROV_KEY: 'k', GW_PASSWORD: 'pw-0123456789' };

const INLINE: Record<string, string> = {
  'multi-agent with an owner': '{ agents: { ownership: "explicit", defaults: { heartbeat: { agentId: "a" } }, entries: { a: {}, b: {} } } }',
  'custom provider and a bundled overlay': '{ models: { providers: { myprov: { baseUrl: "http://127.0.0.1:9/v1", apiKey: "${MYPROV_KEY}", models: [] }, OpenAI: { apiKey: "${OPENAI_API_KEY}" } } } }',
  'tool policies in separate scopes': '{ tools: { allow: ["a", "b"], byProvider: { openai: { alsoAllow: ["b"] } } }, agents: { entries: { main: { tools: { allow: [], alsoAllow: ["b"] } } } } }',
  'loopback http publicOrigin': '{ gateway: { publicOrigin: "http://127.0.0.1:18789" } }',
  'heartbeat durations and hours': '{ agents: { defaults: { heartbeat: { every: "1h30m", activeHours: { start: "08:00", end: "24:00" } } }, entries: { main: { heartbeat: { every: "" } } } } }',
  'browser profiles with endpoints': '{ browser: { profiles: { p1: { cdpPort: 9333 }, p2: { driver: "extension" } } } }',
  'tailscale serve on a custom loopback bind': '{ gateway: { bind: "custom", customBindHost: "127.0.0.1", tailscale: { mode: "serve" } } }',
  'tailscale funnel with a password': '{ gateway: { auth: { mode: "password", password: "${GW_PASSWORD}" }, tailscale: { mode: "funnel" } } }',
  'known channels': '{ channels: { telegram: { enabled: false }, defaults: {} } }',
  'heartbeat target aliases': '{ agents: { defaults: { heartbeat: { target: "gchat" } }, entries: { main: { heartbeat: { target: "last" } } } } }',
  'file SecretRef to a file provider': '{ secrets: { providers: { vault: { source: "file", path: "/run/secrets.json" } } }, gateway: { auth: { mode: "token", token: { source: "file", provider: "vault", id: "/gateway/token" } } } }',
  'agent id case and bindings': '{ agents: { entries: { Main: {} } }, bindings: [{ agentId: "main", match: { channel: "telegram" } }] }',
};

const FIXTURES: Record<string, string> = {
  'sample repo with includes': join(CONFIG_FIXTURES, 'valid', 'repo', 'openclaw.json5'),
  'parse error in an include': join(CONFIG_FIXTURES, 'invalid', 'parse-error-in-include', 'openclaw.json5'),
};

const dir = tempConfigDir();
const cases: Array<{ name: string; file: string }> = [];
const results = new Map<string, { exact: FileReport; fast: FileReport }>();

beforeAll(async () => {
  for (const [name, config] of Object.entries(INLINE)) {
    const caseDir = join(dir, String(cases.length));
    mkdirSync(caseDir, { recursive: true });
    writeFileSync(join(caseDir, 'openclaw.json5'), config);
    cases.push({ name, file: join(caseDir, 'openclaw.json5') });
  }
  for (const [name, file] of Object.entries(FIXTURES)) cases.push({ name, file });
  expect(cases.length).toBeLessThanOrEqual(14);
  const limit = pLimit(4);
  const env = { ...ENV, PATH: process.env['PATH'] ?? '' };
  await Promise.all(
    cases.map((c) =>
      limit(async () => {
        const cwd = dirname(c.file);
        const exact = (await validateFiles([basename(c.file)], { engine: 'exact', env, cwd })).files[0]!;
        const fast = (await validateFiles([basename(c.file)], { env: { ...env, HOME: dir }, cwd })).files[0]!;
        results.set(c.name, { exact, fast });
      }),
    ),
  );
}, 180_000);
afterAll(() => removeTemp(dir));

const key = (i: { path: string; message: string }) => `${i.path === '' ? '<root>' : i.path} :: ${i.message}`;

describe('fast engine agrees with openclaw config validate', () => {
  it.each([...Object.keys(INLINE), ...Object.keys(FIXTURES)])('%s', (name) => {
    const r = results.get(name)!;
    expect(r.fast.valid).toBe(r.exact.valid);
    const errors = (f: FileReport) => f.issues.filter((i) => i.severity === 'error');
    const warnings = (f: FileReport) => f.issues.filter((i) => i.severity === 'warning').map(key).sort();
    if (name === 'parse error in an include') {
      // OpenClaw names no position; both engines point at the included file's line and column.
      for (const report of [r.fast, r.exact]) {
        expect(errors(report)).toHaveLength(1);
        expect(errors(report)[0]!.message.startsWith('Failed to parse include file: ./agents/a.json5 (resolved: ')).toBe(true);
        expect(errors(report)[0]).toMatchObject({ path: '<root>', file: 'agents/a.json5', line: 3, column: 6, includeChain: ['openclaw.json5', 'agents/a.json5'] });
      }
      return;
    }
    expect(errors(r.fast).map(key).sort()).toEqual(errors(r.exact).map(key).sort());
    expect(warnings(r.fast)).toEqual(warnings(r.exact));
    expect(r.exact.issues.every((i) => i.line >= 1 && i.file !== '')).toBe(true);
  });
});
