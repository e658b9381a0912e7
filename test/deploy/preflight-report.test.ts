import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/common/errors.js';
import { SecretRegistry } from '../../src/common/secrets.js';
import { checkCleanRef, preflight } from '../../src/deploy/preflight.js';
import { renderMermaid, renderPlanMarkdown, renderReportMarkdown, reportOneLine, summarizeIds } from '../../src/deploy/report.js';
import type { DeployReport, Plan } from '../../src/deploy/types.js';
import { makeFleet, repoConfig } from '../helpers/fake-gateway.js';
import { harness } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clawfleet-preflight-'));
  writeFileSync(join(dir, 'openclaw.json5'), '// repo config\n{ $include: "./ui.json5", gateway: { mode: "local", auth: { mode: "token" } }, models: { providers: { a: { baseUrl: "https://x.example/v1", apiKey: "${A_API_KEY}", models: [] } } } }\n');
  writeFileSync(join(dir, 'ui.json5'), '{ ui: { seamColor: "#123456" } }\n');
  writeFileSync(
    join(dir, 'inventory.json5'),
    JSON.stringify({ defaults: { overlay: { logging: { file: '/var/log/gw.log' } } }, instances: [{ id: 'gw-1', url: 'http://127.0.0.1:1', tokenEnv: 'GW_1_TOKEN', zone: 'a' }, { id: 'gw-2', url: 'http://127.0.0.1:2', tokenEnv: 'GW_2_TOKEN', zone: 'b', tier: 'standby' }] }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('preflight', () => {
  const env = { GW_1_TOKEN: 'tok-one-1234567', GW_2_TOKEN: 'tok-two-1234567' };
  it('validates, resolves includes WITHOUT env substitution, selects, registers tokens and names the source files', async () => {
    const secrets = new SecretRegistry();
    const r = await preflight({ configFile: 'openclaw.json5', inventoryFile: 'inventory.json5', cwd: dir, env, secrets, source: { sha: 'abc' } });
    expect(r.config).toEqual({ ui: { seamColor: '#123456' }, gateway: { mode: 'local', auth: { mode: 'token' } }, models: { providers: { a: { baseUrl: 'https://x.example/v1', apiKey: '${A_API_KEY}', models: [] } } } });
    expect(r.selected.map((i) => i.id)).toEqual(['gw-1', 'gw-2']);
    expect(r.selected[0]!.overlay).toEqual({ logging: { file: '/var/log/gw.log' } });
    expect(r.source).toEqual({ sha: 'abc', entry: 'openclaw.json5', files: ['openclaw.json5', 'ui.json5'] });
    expect(secrets.redact('tok-one-1234567 tok-two-1234567')).toBe('*** ***');
    expect(r.validation.valid).toBe(true);
  });
  it('env-mode error fails a ${VAR} missing in this job, naming it', async () => {
    await expect(preflight({ configFile: 'openclaw.json5', inventoryFile: 'inventory.json5', cwd: dir, env, envMode: 'error' })).rejects.toThrow(/Missing env var "A_API_KEY"/);
  });
  it('selector, exclude and tokens are checked before any network call', async () => {
    const r = await preflight({ configFile: 'openclaw.json5', inventoryFile: 'inventory.json5', cwd: dir, env, selector: 'zone=a|b', exclude: ['gw-2'] });
    expect(r.selected.map((i) => i.id)).toEqual(['gw-1']);
    expect(r.excluded.map((e) => `${e.spec.id}: ${e.reason}`)).toEqual(['gw-2: excluded by the exclude input']);
    await expect(preflight({ configFile: 'openclaw.json5', inventoryFile: 'inventory.json5', cwd: dir, env, exclude: ['gw-9'] })).rejects.toThrow("The value 'gw-9' is not valid for 'exclude'");
    await expect(preflight({ configFile: 'openclaw.json5', inventoryFile: 'inventory.json5', cwd: dir, env, exclude: ['gw-1', 'gw-2'] })).rejects.toThrow('every selected instance is excluded');
    await expect(preflight({ configFile: 'openclaw.json5', inventoryFile: 'inventory.json5', cwd: dir, env: { GW_1_TOKEN: 'x' } })).rejects.toThrow('GW_2_TOKEN (missing) for gw-2');
    await expect(preflight({ configFile: 'openclaw.json5', inventoryFile: 'inventory.json5', cwd: dir, env, selector: 'zone=c' })).rejects.toThrow('matches no instance');
  });
  it('an invalid config fails with file:line and nothing else happens', async () => {
    writeFileSync(join(dir, 'bad.json5'), '{\n  gateway: { port: "x" },\n}\n');
    const err = await preflight({ configFile: 'bad.json5', inventoryFile: 'inventory.json5', cwd: dir, env }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toContain('the config does not validate; nothing was deployed');
    expect((err as UserError).location).toMatchObject({ file: 'bad.json5', line: 2 });
  });
});

describe('require-clean-ref ("prod must be clean")', () => {
  const git = (cwd: string, ...a: string[]) => execFileSync('git', ['-c', 'user.name=u', '-c', 'user.email=u@x', ...a], { cwd, encoding: 'utf8' });
  it('accepts a clean tag; refuses a branch ref, a dirty tree and an untagged HEAD', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'clawfleet-cleanref-'));
    try {
      git(repo, 'init', '--quiet');
      writeFileSync(join(repo, 'a.json5'), '{}');
      git(repo, 'add', '.');
      git(repo, 'commit', '--quiet', '-m', 'c');
      await expect(checkCleanRef({ cwd: repo })).rejects.toThrow('prod must be clean: require-clean-ref is on and HEAD is not exactly on a tag');
      git(repo, 'tag', 'v1.2.3');
      await expect(checkCleanRef({ cwd: repo })).resolves.toEqual({ tag: 'v1.2.3' });
      await expect(checkCleanRef({ cwd: repo, ref: 'refs/tags/v1.2.3' })).resolves.toEqual({ tag: 'v1.2.3' });
      await expect(checkCleanRef({ cwd: repo, ref: 'refs/heads/main' })).rejects.toThrow('this run is for refs/heads/main, not a tag');
      writeFileSync(join(repo, 'a.json5'), '{ changed: true }');
      await expect(checkCleanRef({ cwd: repo, ref: 'refs/tags/v1.2.3' })).rejects.toThrow('the checkout has uncommitted changes (a.json5)');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});

describe('report rendering', () => {
  it('plan markdown: counts, blockers, batches, changed paths with how they apply, instances', async () => {
    const { fleet, instances } = makeFleet(12, { spec: (i) => ({ tier: i > 6 ? 'standby' : 'primary' }) });
    const { plan } = await harness(fleet, instances).deploy(repoConfig('#a1a1a1', { env: { vars: { X: '1' } } }), { batchSize: 5 }, { dryRun: true });
    const md = renderPlanMarkdown(plan);
    expect(md).toContain('## Rollout plan — prod, v1 (rolling)');
    expect(md).toContain(`confirmation token \`${plan.digest.slice(7, 19)}\``);
    expect(md).toContain('| 12 | 12 | 0 | 0 | 0 | 4 |');
    expect(md).toContain('| `env` | add | gateway restart | 12 |');
    expect(md).toContain('| `ui.seamColor` | change | no reload | 12 |');
    expect(md).toContain('| 3 | all | standby |  | 5 |');
  });

  it('report markdown: summary table, stop reasons, mermaid with collapsed passing batches, problem instances first', () => {
    const batch = (index: number, passed: boolean) => ({ index, wave: 'all', instances: ['a', 'b'], healthy: passed ? 2 : 1, counted: 2, failed: passed ? 0 : 1, ratio: passed ? 1 : 0.5, errorRate: passed ? 0 : 0.5, passed, startedAt: 's', finishedAt: 'f', probes: 1, probeDigest: 'd', notes: [] });
    const report: DeployReport = {
      schema: 1,
      kind: 'deploy',
      deploymentId: 'd-1',
      attempt: 2,
      environment: 'prod',
      result: 'rolled-back',
      version: 48,
      fromVersion: 47,
      configDigest: 'sha256:c',
      planDigest: 'sha256:0123456789abcdef',
      strategy: 'rolling',
      startedAt: 's',
      finishedAt: 'f',
      stopReasons: ['batch 4 failed its gate: 1/2 healthy (50 % < 90 %)', 'a | pipe\nand newline'],
      instances: [
        { id: 'gw-ok', status: 'rolled-back', batch: 1, wave: 'all', written: true },
        { id: 'gw-bad', status: 'failed', failure: 'unhealthy', reason: 'not ready', batch: 4, wave: 'all', written: true, scoreBefore: 100, scoreAfter: 40 },
      ],
      batches: [batch(1, true), batch(2, true), batch(3, true), batch(4, false)],
      rollback: { trigger: 'gate', scope: 'deployment', ok: true, changed: 8, instances: [{ id: 'gw-ok', status: 'restored', currentHash: 'hmac-sha256:v1:abcdefghijklmnopqrstuvwxyz0123456789' }] },
      counts: { applied: 0, unchanged: 0, skipped: 0, failed: 1, 'rolled-back': 1, untouched: 0 },
      writes: 16,
    };
    const md = renderReportMarkdown(report);
    expect(md.split('\n')[0]).toBe('## ↩️ Rolling deploy — prod: rolled-back (v47 → v48)');
    expect(md).toContain('(attempt 2)');
    expect(md).toContain('- a \\| pipe<br>and newline');
    expect(md).toContain('### Rollback (gate, scope deployment): restored');
    const rows = md.split('### Instances')[1]!;
    expect(rows.indexOf('gw-bad')).toBeLessThan(rows.indexOf('gw-ok'));
    expect(rows).toContain('| gw-bad | 4 | failed (unhealthy) | 100 → 40 | not ready |');
    const mermaid = renderMermaid(report);
    expect(mermaid).toContain('b1["batches 1–3<br/>6 instances, all gates passed"]:::ok');
    expect(mermaid).toContain('b4["batch 4<br/>1/2 healthy"]:::bad');
    expect(mermaid).toContain('rb["rollback<br/>8 restored"]:::back');
    expect(mermaid).toContain('b4 --> rb');
    expect(reportOneLine(report)).toBe('rolled-back: v47 → v48 on prod — 0 applied, 0 unchanged, 1 failed, 0 skipped, 1 rolled back, 0 untouched (batch 4 failed its gate: 1/2 healthy (50 % < 90 %))');
  });

  it('summarizeIds keeps long lists short', () => {
    expect(summarizeIds(['a', 'b'])).toBe('a, b');
    expect(summarizeIds(Array.from({ length: 40 }, (_, i) => `gw-${i + 1}`))).toBe('gw-1, gw-2, gw-3, gw-4, gw-5, … gw-40 (40)');
  });

  it('a 10 000-instance plan renders a capped summary', async () => {
    const plan: Plan = {
      schema: 1,
      environment: 'big',
      strategy: 'rolling',
      version: 1,
      configDigest: 'sha256:c',
      digest: 'sha256:0123456789abcdef',
      createdAt: 'now',
      instances: Array.from({ length: 10_000 }, (_, i) => ({ id: `gw-${i}`, url: 'u', tier: 'primary', wave: 'all', batch: Math.floor(i / 50) + 1, action: 'update', desiredDigest: 'd', changes: [{ path: 'ui.seamColor', op: 'change', class: 'none' }], restart: 'none', secretPathsUnverifiable: [] })),
      batches: Array.from({ length: 200 }, (_, i) => ({ index: i + 1, wave: 'all', tier: 'primary', instances: ['x'] })),
      waves: ['all'],
      processRestartInstances: [],
      notes: [],
      blockers: [],
      counts: { total: 10_000, update: 10_000, unchanged: 0, unreachable: 0, excluded: 0 },
    };
    const md = renderPlanMarkdown(plan);
    expect(Buffer.byteLength(md)).toBeLessThan(100_000);
    expect(md).toContain('… and 100 more batches in the plan file.');
    expect(md).toContain('… 9900 more in the plan file.');
  });
});
