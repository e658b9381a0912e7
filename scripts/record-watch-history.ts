/**
 * Records the fleet-watch history the status page is proven on (issue #8): a rehearsal fleet of 2 REAL
 * OpenClaw gateways + the model stub, a real deployment through the engine, watch runs in between, one
 * incident (a gateway frozen with SIGSTOP for several runs, then SIGCONT → recovery) and one rollback (a
 * valid but bad release — the agents' model route points at a dead port — caught by a smoke gate with a
 * chat turn, then rolled back by runAutoRollback, trigger `gate`). Times in the records are real.
 *
 *   tsx scripts/record-watch-history.ts [--out action-fixtures/watch/history] [--keep-work]
 *
 * Ports: gateways 26000 and 26050 (two one-gateway fleets: the launcher's 120-port step would leave the
 * 26000–26099 range; the rehearsal config disables the browser, so the derived ports above base+2 stay
 * unused), model stub 26099, the dead model route 26098.
 *
 * The watch runs are the real fleet watch (`runWatch`: smoke probes without the browser, samples appended
 * to the store, incident state with debounce 2, alerts without GitHub). The chat turns are smoke gates (what
 * the promote workflow runs after a deploy), not watch samples. Every process started is stopped by PID in
 * `finally`.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSON5 from 'json5';
import { startFleet, type Fleet } from '../action-fixtures/fleet/launcher.js';
import { startModelStub, type ModelStub } from '../action-fixtures/fleet/model-stub.js';
import type { Logger } from '../src/common/logger.js';
import { SecretRegistry } from '../src/common/secrets.js';
import { runAutoRollback } from '../src/deploy/auto-rollback.js';
import { runDeployment } from '../src/deploy/engine.js';
import { preflight, type PreflightResult } from '../src/deploy/preflight.js';
import { StateRecorder } from '../src/deploy/records.js';
import { DirStore } from '../src/deploy/store/dir.js';
import { DEFAULT_POLICY, type RolloutPolicy, type RunContext } from '../src/deploy/types.js';
import { createGatewayClient } from '../src/fleet/client.js';
import type { PlainObject } from '../src/fleet/merge.js';
import type { GatewayClient } from '../src/fleet/types.js';
import { runSmoke } from '../src/smoke/run-smoke.js';
import { runWatch } from '../src/watch/watch.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENVIRONMENT = 'rehearsal';
const STUB_PORT = 26099;
const DEAD_PORT = 26098;
const DEBOUNCE = 2;

const args = process.argv.slice(2);
const outArg = args.indexOf('--out');
const OUT = resolve(ROOT, outArg >= 0 ? (args[outArg + 1] ?? '') : 'action-fixtures/watch/history');
const KEEP_WORK = args.includes('--keep-work');

const secrets = new SecretRegistry();
const say = (m: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${secrets.redact(m)}\n`);
const logger: Logger = {
  debug: () => undefined,
  info: (m) => say(`    ${m}`),
  warning: (m) => say(`    warning: ${m}`),
  error: (m) => say(`    error: ${m}`),
  group: async (t, fn) => {
    say(`  ${t}`);
    return fn();
  },
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function writeRepo(dir: string, release: { color: string; modelBase: string }): void {
  mkdirSync(dir, { recursive: true });
  // The provider key stays on the gateway ("__OPENCLAW_REDACTED__" keeps the value it holds).
  writeFileSync(
    join(dir, 'base.json5'),
    `{
  models: { providers: { fake: { baseUrl: "${release.modelBase}", apiKey: "__OPENCLAW_REDACTED__", api: "openai-completions", models: [{ id: "fake-model", name: "Fake Model" }] } } },
  agents: { defaults: { model: { primary: "fake/fake-model" } } },
  gateway: { http: { endpoints: { chatCompletions: { enabled: true } } } },
}
`,
  );
  writeFileSync(join(dir, 'openclaw.json5'), `// watch-history rehearsal config repo\n{\n  $include: "./base.json5",\n  ui: { seamColor: "${release.color}" },\n}\n`);
}

async function main(): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'clawfleet-w3-record-'));
  const stateDir = join(work, 'state');
  const repo = join(work, 'repo');
  let stub: ModelStub | undefined;
  const fleets: Fleet[] = [];
  const frozen = new Set<{ sigcont(): void }>();
  try {
    const stubKey = `sk-w3-${randomBytes(18).toString('base64url')}`;
    secrets.add(stubKey);
    stub = await startModelStub({ port: STUB_PORT, apiKey: stubKey, reply: 'PONG from the rehearsal model' });
    say(`model stub ${stub.url}`);
    // Two one-gateway fleets (see the module doc for the ports), started in parallel.
    const started = await Promise.all(
      [
        { port: 26000, prefix: 'east' },
        { port: 26050, prefix: 'west' },
      ].map((f) =>
        startFleet({ count: 1, basePort: f.port, idPrefix: f.prefix, tokenEnvPrefix: 'CFW3_', dir: join(work, `fleet-${f.prefix}`), modelStubUrl: stub!.url, modelStubApiKey: stubKey, instance: () => ({ zone: f.prefix }), logger }),
      ),
    );
    fleets.push(...started);
    const gateways = fleets.flatMap((f) => f.gateways);
    for (const g of gateways) secrets.add(g.token);
    say(`gateways ready: ${gateways.map((g) => `${g.id} :${g.port} (${(g.startupMs / 1000).toFixed(0)} s)`).join(', ')}`);

    // One inventory over both fleets (same defaults overlay).
    const invs = fleets.map((f) => JSON5.parse(readFileSync(f.inventoryFile, 'utf8')) as { defaults: unknown; instances: unknown[] });
    const inventoryFile = join(work, 'inventory.json5');
    writeFileSync(inventoryFile, JSON.stringify({ defaults: invs[0]!.defaults, instances: invs.flatMap((i) => i.instances) }, null, 2));
    const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME: process.env['HOME'], ...Object.assign({}, ...fleets.map((f) => f.env)) };

    const store = new DirStore(stateDir);
    const recorder = new StateRecorder(store, ENVIRONMENT, { secrets });
    const context: RunContext = { owner: `cli:record-watch-history:${process.pid}`, actor: 'octo-operator', ticket: 'OPS-812', runUrl: 'https://github.com/example-org/openclaw-fleet/actions/runs/18812001' };
    const policy: RolloutPolicy = { ...DEFAULT_POLICY, batchSize: 1, waitSeconds: 2, probeIntervalSeconds: 1, concurrency: 2, autoRollback: true, restartCooldownSeconds: 0 };
    const tokens = new Map(gateways.map((g) => [g.id, g.token] as const));
    const clients = new Map<string, GatewayClient>();
    const clientFor = (inst: { id: string; url: string }) => {
      let c = clients.get(inst.id);
      if (!c) clients.set(inst.id, (c = createGatewayClient({ id: inst.id, url: inst.url, token: tokens.get(inst.id) ?? '' }, { timeoutMs: 15_000, logger, secrets })));
      return c;
    };
    const pinned = (JSON.parse(readFileSync(join(ROOT, 'node_modules/openclaw/package.json'), 'utf8')) as { version: string }).version;

    const prepare = async (release: { color: string; modelBase: string }): Promise<PreflightResult> => {
      writeRepo(repo, release);
      return preflight({ configFile: 'openclaw.json5', inventoryFile, cwd: repo, env, secrets, repoRoot: repo });
    };
    const deploy = async (label: string, release: { color: string; modelBase: string }, ctx: Partial<RunContext>) => {
      const pre = await prepare(release);
      say(`▶ deploy ${label}`);
      const out = await runDeployment({ environment: ENVIRONMENT, config: pre.config, source: { ...pre.source, repository: 'example-org/openclaw-fleet' }, instances: pre.selected, policy, context: { ...context, ...ctx } }, { clientFor, recorder, logger, pollMs: 500 });
      const r = out.report;
      say(`  ${r.result}: v${r.version}, ${r.counts.applied} applied, ${r.counts['rolled-back']} rolled back`);
      return { pre, out };
    };

    // The watch runs are the real fleet watch (src/watch/watch.ts runWatch): smoke probes, no browser,
    // samples appended to the store's day files, incidents tracked in watch/state.json (alerts without
    // GitHub: issue 0), debounce 2.
    const targets = (pre: PreflightResult) => pre.selected.map((i) => ({ id: i.id, url: i.url, token: tokens.get(i.id) ?? '', ...(i.overlay ? { overlay: i.overlay as PlainObject } : {}) }));
    let watchTargets = targets(await prepare({ color: '#0b6e4f', modelBase: stub.url }));
    let runNo = 0;
    const watchRun = async (label: string) => {
      runNo++;
      say(`▶ watch run ${runNo} (${label})`);
      const r = await runWatch({
        environment: ENVIRONMENT,
        targets: watchTargets,
        store,
        expectedVersion: { version: pinned, source: 'package.json' },
        timeoutMs: 20_000,
        callTimeoutMs: 4_000,
        concurrency: 2,
        pairDevices: false,
        retentionDays: 30,
        debounce: DEBOUNCE,
        failOn: 'never',
        runUrl: context.runUrl!,
        secrets,
        logger,
      });
      for (const row of r.rows) say(`  ${row.instance}: ${row.status} score ${row.score}${row.configVersion !== undefined ? ` v${row.configVersion}` : ''}${row.reasons?.[0] ? ` — ${row.reasons[0]}` : ''}`);
      return r;
    };
    /** A smoke gate with a chat turn (what the promote workflow runs after a deploy); not a watch sample. */
    const gate = async (label: string, timeoutMs: number) => {
      say(`▶ smoke gate with a chat turn (${label})`);
      const r = await runSmoke({ targets: watchTargets, expectedVersion: { version: pinned, source: 'package.json' }, chat: { via: 'api', prompt: 'Reply with the word PONG.', expect: /PONG/, timeoutMs }, timeoutMs: timeoutMs + 30_000, callTimeoutMs: 15_000, concurrency: 2, pairDevices: false, secrets, logger });
      for (const i of r.instances) say(`  ${i.id}: ${i.status}${i.reasons[0] ? ` — ${i.reasons[0]}` : ''}`);
      return r;
    };

    const good = { color: '#0b6e4f', modelBase: `${stub.url}` };
    const bad = { color: '#0b6e4f', modelBase: `http://127.0.0.1:${DEAD_PORT}/v1` };

    await watchRun('before the first recorded release');
    const v1 = await deploy('v1 (the good release)', good, {});
    watchTargets = targets(v1.pre);
    const base = await gate('v1: proves the good release answers', 120_000);
    if (base.result === 'failed') throw new Error('the good release does not answer a chat turn: the later gate would prove nothing');
    await watchRun('after v1');
    await sleep(15_000);
    await watchRun('steady');

    // Incident: west-1 frozen (a black hole: accepts connections, never answers) for 3 watch runs.
    const west = gateways.find((g) => g.id === 'west-1')!;
    say('▶ incident: SIGSTOP west-1');
    west.sigstop();
    frozen.add(west);
    for (let i = 0; i < 3; i++) {
      await sleep(15_000);
      await watchRun(`incident ${i + 1}/3`);
    }
    say('▶ SIGCONT west-1');
    west.sigcont();
    frozen.delete(west);
    await west.waitReady(120_000);
    await watchRun('recovered');
    await sleep(15_000);
    await watchRun('steady');

    // The bad change: valid, deployed with green health gates (and a green watch: the health probes cannot
    // see a dead model route), caught by the smoke gate's chat turn.
    const v2 = await deploy('v2 (a dead model route)', bad, { ticket: 'OPS-815' });
    if (v2.out.report.result !== 'succeeded') throw new Error(`v2 was expected to pass its health gates, got ${v2.out.report.result}`);
    await watchRun('after v2');
    const caughtBy = await gate('after v2', 60_000);
    const caught = caughtBy.instances.filter((i) => i.checks.some((c) => c.name === 'chat' && c.status === 'fail'));
    if (caught.length === 0) throw new Error('the smoke gate did not catch the bad release (no failed chat check)');
    say(`▶ auto-rollback (trigger gate): ${caught.map((i) => i.id).join(', ')} failed the chat check`);
    const rb = await runAutoRollback(
      { environment: ENVIRONMENT, instances: v2.pre.selected, deploymentId: v2.out.report.deploymentId, scope: 'deployment', trigger: 'gate', policy, context: { ...context, ticket: 'OPS-815' } },
      { clientFor, recorder, logger, pollMs: 500 },
    );
    say(`  ${rb.result}: ${rb.message}`);
    if (rb.result !== 'rolled-back') throw new Error(`the rollback did not complete: ${rb.result}`);
    await sleep(10_000);
    await watchRun('after the rollback');
    await sleep(15_000);
    await watchRun('steady');

    // Copy the records the page reads (no lock, no rollback-manifest shards: they hold whole configs).
    const envDir = join(stateDir, 'environments', ENVIRONMENT);
    rmSync(OUT, { recursive: true, force: true });
    cpSync(envDir, join(OUT, 'environments', ENVIRONMENT), { recursive: true, filter: (src) => !/(^|\/)(lock\.json|manifest-\d+\.json)$/.test(src) });
    // Nothing secret may be committed: every file is checked against every token and the stub key.
    for (const f of walk(OUT)) {
      const text = readFileSync(f, 'utf8');
      if (secrets.redact(text) !== text) throw new Error(`refusing to keep ${relative(ROOT, f)}: it contains a secret`);
    }
    // sha256 of every secret of the run (random 192-bit tokens: a hash reveals nothing), so the tests can
    // prove that no token of THIS recording is anywhere in the fixture (test/watch/report-fixture.test.ts).
    const fingerprints = { note: 'sha256 (hex) of the gateway tokens and the model-stub key used while recording history/; none may appear in it', secrets: [...gateways.map((g) => g.token), stubKey].map((t) => ({ length: t.length, sha256: createHash('sha256').update(t).digest('hex') })) };
    writeFileSync(join(dirname(OUT), 'secret-fingerprints.json'), JSON.stringify(fingerprints, null, 2) + '\n');
    say(`history written to ${relative(ROOT, OUT)} (${walk(OUT).length} files)`);
    return 0;
  } finally {
    for (const g of frozen) g.sigcont();
    await Promise.allSettled([...fleets.map((f) => f.stop()), stub?.stop()]);
    if (!KEEP_WORK) rmSync(work, { recursive: true, force: true });
    else say(`work folder kept: ${work}`);
  }
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    say(`record-watch-history failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exitCode = 1;
  },
);
