/**
 * The one-command demo (issue #7): a whole promotion against a rehearsal fleet of real OpenClaw gateways,
 * through the same engine code the actions run. Steps, each with an asserted expected outcome:
 *
 *  1. fleet        start the model stub and 3 gateways (running release v0: the stub provider, no key yet)
 *  2. validate     v1 (the good release) validates
 *  3. provision    every agent gets the stub key (local mode: the gateways' state dirs are on this host)
 *  4. plan         dry run of v1: 2 batches (batch size 2 over 3 instances), no blocker
 *  5. deploy       rolling deploy of v1: succeeded, 2 batches, every instance applied
 *  6. smoke        probes + browser (screenshots) + chat round trip: not failed
 *  7. bad-change   v2 validates (it is valid) and deploys (health gates cannot see a dead model route)
 *  8. gate         smoke after v2: MUST fail on the chat check — the bad change is caught
 *  9. rollback     auto-rollback (trigger gate) restores every instance's pre-v2 snapshot
 * 10. final-smoke  green again, and every gateway's config equals what v1 left (content digest)
 *
 * Any step whose outcome differs from its expectation marks the run failed; the run stops at the first
 * step that makes the rest meaningless. Every process started here is stopped in `finally` (and on abort).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { lookup } from 'node:dns/promises';
import { randomBytes } from 'node:crypto';
import { availableParallelism, hostname, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getErrorMessage } from '../common/errors.js';
import { clawfleetRoot } from '../common/package-root.js';
import type { Logger } from '../common/logger.js';
import { SecretRegistry } from '../common/secrets.js';
import { runAutoRollback } from '../deploy/auto-rollback.js';
import { contentDigest } from '../deploy/content.js';
import { runDeployment, type DeployOutcome } from '../deploy/engine.js';
import { preflight } from '../deploy/preflight.js';
import { StateRecorder } from '../deploy/records.js';
import { DirStore } from '../deploy/store/dir.js';
import { DEFAULT_POLICY, type RolloutPolicy, type RunContext } from '../deploy/types.js';
import { createGatewayClient } from '../fleet/client.js';
import type { InstanceSpec } from '../fleet/types.js';
import { provision } from '../provision/provision.js';
import type { ProvisionReport } from '../provision/types.js';
import type { Browser } from 'playwright-core';
import { findBrowser, launchBrowser } from '../smoke/browser.js';
import { writeReport } from '../smoke/report.js';
import { runSmoke } from '../smoke/run-smoke.js';
import type { DigestedReport } from '../smoke/types.js';
import { validateFiles } from '../validate/validate.js';
import { treeCpuMs } from './cpu.js';

/** Where the embedded default config repo lives (action-fixtures/demo). */
export function defaultConfigRepo(): string {
  // The package root holds action-fixtures/, from the sources and from dist/cli/ alike; both are two
  // levels below it, the fallback when no package.json is found (a copied tree).
  const root = clawfleetRoot(import.meta.url)?.dir ?? resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  return join(root, 'action-fixtures', 'demo');
}

export interface DemoOptions {
  /** Output folder (created): report.json, audit.jsonl, screenshots/, the rendered config repo, logs. */
  outDir: string;
  /** Config repo with openclaw.json5, openclaw.broken.json5, profiles.yaml. Default the embedded one. */
  configRepo?: string;
  /** First gateway port (gateways 120 apart). Default 24000. */
  basePort?: number;
  /** Model stub port. Default 24900 (the broken change points at stubPort + 1). */
  stubPort?: number;
  /** Browser for the UI checks; default found like the smoke action (CHROME_BIN, system Chromium). */
  browserPath?: string;
  /** Progress lines (already redacted). */
  progress?: (line: string) => void;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
}

export type StepStatus = 'ok' | 'failed' | 'skipped';

export interface DemoStep {
  name: string;
  title: string;
  /** What had to happen. */
  expected: string;
  /** What happened. */
  actual: string;
  status: StepStatus;
  /** When the step started, in milliseconds since the demo started. */
  startMs: number;
  durationMs: number;
  /** CPU time the demo and every process it started spent in this step (Linux; absent elsewhere). */
  cpuMs?: number;
  details?: Record<string, unknown>;
}

export interface DemoReport {
  schema: 1;
  tool: 'clawfleet/demo';
  ok: boolean;
  startedAt: string;
  durationMs: number;
  /**
   * CPU time of every step together (Linux; absent elsewhere). The sum of the steps, each measured while its
   * processes ran: once a gateway is stopped, the time of its helper processes (reaped by init, not by us)
   * can no longer be read.
   */
  cpuMs?: number;
  /** The machine the numbers come from: wall time depends on what else runs there. */
  machine: { cpus: number; loadAverage: { start: number[]; end: number[] } };
  outDir: string;
  steps: DemoStep[];
  instances: string[];
  /** Per instance: content digest after v1, after the rollback, and whether they match. */
  finalConfigs: Array<{ id: string; good: string; final: string; equal: boolean }>;
  rolledBack: boolean;
  screenshots: string[];
  files: { report: string; audit: string; configRepo: string };
}

const ENVIRONMENT = 'demo';
/**
 * Deadline of one chat turn. A good turn takes ~10 s on an idle machine (the gateway sends a ~65 KB prompt);
 * 50–70 s were measured with a load average of 24 on 2 cores.
 */
const CHAT_TIMEOUT_MS = 120_000;
const STEP_TITLES: Record<string, string> = {
  fleet: 'Start the rehearsal fleet (3 gateways + model stub)',
  validate: 'Validate release v1',
  provision: 'Provision model credentials for every agent',
  plan: 'Plan the rollout of v1 (dry run)',
  deploy: 'Rolling deploy of v1 (2 batches)',
  smoke: 'Smoke test with the browser and a chat turn',
  'bad-change': 'Validate and deploy release v2 (valid, but a dead model route)',
  gate: 'Smoke gate after v2 catches the broken agents',
  rollback: 'Auto-rollback of v2',
  'final-smoke': 'Final smoke test, configs back to v1',
};

class StepFailed extends Error {}

/** How the chat check words a failure caused by the model route (an early provider stop, or the agent's error). */
const PROVIDER_FAILURE = /^provider error: |^the agent run ended with status "error"/;

/** Runs the demo. Never throws for a misbehaving step (the report says so); throws only on bad options. */
export async function runDemo(opts: DemoOptions): Promise<DemoReport> {
  const started = Date.now();
  const loadAtStart = loadavg().map(round2);
  const env = opts.env ?? process.env;
  const outDir = resolve(opts.outDir);
  const basePort = opts.basePort ?? 24000;
  const stubPort = opts.stubPort ?? 24900;
  const repoSrc = resolve(opts.configRepo ?? defaultConfigRepo());
  for (const f of ['openclaw.json5', 'openclaw.broken.json5', 'profiles.yaml']) {
    if (!existsSync(join(repoSrc, f))) throw new Error(`the demo config repo ${repoSrc} has no ${f}`);
  }
  mkdirSync(outDir, { recursive: true, mode: 0o700 });
  const secrets = new SecretRegistry();
  // Every progress line carries the time since the start: the profile of a run, readable as it happens.
  const say = (line: string) => opts.progress?.(`${`+${((Date.now() - started) / 1000).toFixed(1)}s`.padStart(7)} ${secrets.redact(line)}`);
  const logger = demoLogger(say);
  const steps: DemoStep[] = [];
  const screenshots: string[] = [];
  const finalConfigs: DemoReport['finalConfigs'] = [];
  let rolledBack = false;
  const stateDir = join(outDir, 'state');
  const auditSrc = join(stateDir, 'environments', ENVIRONMENT, 'audit.jsonl');
  const files = { report: join(outDir, 'report.json'), audit: join(outDir, 'audit.jsonl'), configRepo: join(outDir, 'config-repo') };
  let instanceIds: string[] = [];

  const step = async (name: string, expected: string, fn: () => Promise<{ ok: boolean; actual: string; details?: Record<string, unknown> }>): Promise<boolean> => {
    const t0 = Date.now();
    const cpu0 = treeCpuMs();
    say(`▶ ${STEP_TITLES[name] ?? name}`);
    let s: DemoStep;
    try {
      opts.signal?.throwIfAborted();
      const r = await fn();
      s = { name, title: STEP_TITLES[name] ?? name, expected, actual: r.actual, status: r.ok ? 'ok' : 'failed', startMs: t0 - started, durationMs: Date.now() - t0, ...(r.details ? { details: r.details } : {}) };
    } catch (e) {
      s = { name, title: STEP_TITLES[name] ?? name, expected, actual: `error: ${getErrorMessage(e)}`, status: 'failed', startMs: t0 - started, durationMs: Date.now() - t0 };
    }
    s.actual = secrets.redact(s.actual);
    const cpu1 = treeCpuMs();
    if (cpu0 !== undefined && cpu1 !== undefined) s.cpuMs = Math.max(0, cpu1 - cpu0);
    steps.push(s);
    say(`  ${s.status === 'ok' ? '✔' : '✘'} ${s.actual} (${(s.durationMs / 1000).toFixed(1)} s${s.cpuMs !== undefined ? `, ${(s.cpuMs / 1000).toFixed(1)} s CPU` : ''})`);
    return s.status === 'ok';
  };

  // Dynamic imports: the fixtures are not part of the action bundles, only of the CLI/demo.
  const { startFleet, resolveOpenclawEntry } = await import('../../action-fixtures/fleet/launcher.js');
  const { startModelStub } = await import('../../action-fixtures/fleet/model-stub.js');
  type FleetT = Awaited<ReturnType<typeof startFleet>>;
  type StubT = Awaited<ReturnType<typeof startModelStub>>;
  let fleet: FleetT | undefined;
  let stub: StubT | undefined;
  // One browser for the three smoke runs, started while the gateways boot (it is idle until the first smoke).
  let sharedBrowser: Promise<Browser> | undefined;
  const modelKey = `sk-demo-${randomBytes(18).toString('base64url')}`;
  secrets.add(modelKey);

  try {
    const host = await loopbackHostname();
    // Before anything starts: the browser must exist (a missing one fails here, not after 3 gateway boots).
    const browser = findBrowser({ ...(opts.browserPath ? { browserPath: opts.browserPath } : {}), env });
    const openclawEntry = resolveOpenclawEntry();
    const pinnedVersion = { version: (JSON.parse(readFileSync(join(dirname(openclawEntry), 'package.json'), 'utf8')) as { version: string }).version, source: 'package.json' };
    // Render the config repo with this host's loopback name and ports (see openclaw.json5).
    mkdirSync(files.configRepo, { recursive: true, mode: 0o700 });
    cpSync(repoSrc, files.configRepo, { recursive: true });
    for (const f of ['openclaw.json5', 'openclaw.broken.json5']) {
      const p = join(files.configRepo, f);
      writeFileSync(
        p,
        readFileSync(p, 'utf8')
          .replaceAll('clawfleet-demo-model:24900', `${host}:${stubPort}`)
          .replaceAll('clawfleet-demo-model:24901', `${host}:${stubPort + 1}`),
      );
    }
    const goodFile = join(files.configRepo, 'openclaw.json5');
    const badFile = join(files.configRepo, 'openclaw.broken.json5');
    const profiles = readFileSync(join(files.configRepo, 'profiles.yaml'), 'utf8');

    const fleetOk = await step('fleet', '3 gateways ready and the model stub listening', async () => {
      sharedBrowser = launchBrowser(browser.path);
      // A failed launch is reported by the first smoke run's UI check (which awaits this promise).
      sharedBrowser.catch(() => undefined);
      stub = await startModelStub({ port: stubPort, apiKey: modelKey, modelId: 'demo-model', reply: 'PONG from the demo model' });
      // Release v0: the stub provider, no key yet (an agent cannot answer until provisioning).
      fleet = await startFleet({
        count: 3,
        basePort,
        dir: join(outDir, 'fleet'),
        removeDirOnStop: false,
        idPrefix: 'demo',
        logger,
        ...(opts.signal ? { signal: opts.signal } : {}),
        instance: (i) => ({ tier: i === 2 ? 'standby' : 'primary', zone: 'local' }),
        config: () => ({
          models: { providers: { stub: { baseUrl: `http://${host}:${stubPort}/v1`, api: 'openai-completions', models: [{ id: 'demo-model', name: 'Demo model v0' }], request: { allowPrivateNetwork: true } } } },
          agents: { defaults: { model: { primary: 'stub/demo-model' } } },
        }),
      });
      for (const g of fleet.gateways) secrets.add(g.token);
      instanceIds = fleet.gateways.map((g) => g.id);
      return { ok: fleet.gateways.length === 3, actual: `${fleet.gateways.map((g) => `${g.id} :${g.port} (${(g.startupMs / 1000).toFixed(0)} s)`).join(', ')}; stub :${stubPort}`, details: { gateways: fleet.gateways.map((g) => ({ id: g.id, url: g.url, startupMs: g.startupMs })) } };
    });
    if (!fleetOk || !fleet) throw new StepFailed('fleet');
    const f = fleet;
    const fleetEnv: NodeJS.ProcessEnv = { PATH: env['PATH'], HOME: env['HOME'], ...f.env, CLAWFLEET_DEMO_MODEL_KEY: modelKey };
    const store = new DirStore(stateDir);
    const recorder = new StateRecorder(store, ENVIRONMENT, { secrets, forceUnlock: false, pidAlive });
    const context: RunContext = { owner: `cli:${hostname()}:${process.pid}`, actor: env['USER'] ?? 'demo', ticket: 'DEMO-1' };
    const policy: RolloutPolicy = { ...DEFAULT_POLICY, strategy: 'rolling', batchSize: 2, waitSeconds: 2, probeIntervalSeconds: 1, autoRollback: true, concurrency: 2 };
    const clientFor = (tokens: ReadonlyMap<string, string>) => (inst: InstanceSpec) => createGatewayClient({ id: inst.id, url: inst.url, token: tokens.get(inst.id) ?? '' }, { timeoutMs: 15_000, logger, secrets });

    if (!(await step('validate', 'valid (fast engine, deploy-time env rules)', async () => {
      const r = await validateFiles([goodFile, badFile], { engine: 'fast', envMode: 'error', env: fleetEnv, cwd: files.configRepo });
      const bad = r.files.filter((x) => !x.valid).map((x) => x.file);
      return { ok: r.valid, actual: r.valid ? `v1 and v2 are valid OpenClaw configs (${r.engine} engine)` : `invalid: ${bad.join(', ')}`, details: { valid: r.valid } };
    }))) throw new StepFailed('validate');


    if (!(await step('provision', 'every agent × provider ready on every gateway', async () => {
      // The gateways are independent hosts in real life: provision them in parallel (each restart is the
      // slow part).
      const tempDir = join(outDir, 'tmp');
      mkdirSync(tempDir, { recursive: true, mode: 0o700 });
      const staged: string[] = [];
      const reports: ProvisionReport[] = await Promise.all(
        f.gateways.map((g) =>
          provision(
            {
              configFile: goodFile,
              profiles,
              mode: 'local',
              stateDir: g.stateDir,
              gatewayConfigFile: g.configPath,
              openclaw: openclawEntry,
              gateways: [{ id: g.id, url: g.url, token: g.token }],
              restart: 'auto',
              openclawVersion: undefined,
              legacyBelow: undefined,
              remoteConfig: 'require',
              verify: true,
              dryRun: false,
              tempDir,
              timeoutMs: 180_000,
            },
            { env: fleetEnv, logger, registry: secrets, staging: { file: (p) => void staged.push(p), device: () => undefined } },
          ),
        ),
      ).finally(() => {
        // What the action's post step does: remove the staged secrets-apply plans (refs only, no keys).
        for (const p of staged) rmSync(p, { force: true });
      });
      const ok = reports.every((r) => r.ready);
      const cells = reports.flatMap((r, i) => r.agents.flatMap((a) => a.providers.map((p) => `${f.gateways[i]!.id}/${a.agentId}/${p.provider}=${p.status}`)));
      return { ok, actual: `${cells.join(', ')}`, details: { ready: reports.map((r) => r.ready), changed: reports.map((r) => r.changed) } };
    }))) throw new StepFailed('provision');

    const pre = await preflight({ configFile: goodFile, inventoryFile: f.inventoryFile, env: fleetEnv, cwd: files.configRepo, secrets, repoRoot: files.configRepo, engine: 'fast', envMode: 'warn' });
    const clients = clientFor(pre.tokens);

    if (!(await step('plan', '2 batches over 3 instances, every instance changes, no blocker', async () => {
      const out = await runDeployment({ environment: ENVIRONMENT, config: pre.config, source: pre.source, instances: pre.selected, policy, dryRun: true, context }, { clientFor: clients, recorder, logger });
      writeFileSync(join(outDir, 'plan.json'), secrets.redact(JSON.stringify(out.plan, null, 2)) + '\n', { mode: 0o600 });
      const changing = out.plan.instances.filter((i) => i.changes.length > 0).length;
      const ok = out.plan.batches.length === 2 && out.plan.blockers.length === 0 && changing === 3;
      return { ok, actual: `${out.plan.batches.length} batches (${out.plan.batches.map((b) => b.instances.length).join('+')}), ${changing} instance(s) change, digest ${out.plan.digest.slice(0, 19)}`, details: { digest: out.plan.digest, blockers: out.plan.blockers } };
    }))) throw new StepFailed('plan');

    const goodDigests = new Map<string, string>();
    if (!(await step('deploy', 'succeeded in 2 batches, 3 applied', async () => {
      const out = await runDeployment({ environment: ENVIRONMENT, config: pre.config, source: pre.source, instances: pre.selected, policy, context }, { clientFor: clients, recorder, logger, pollMs: 500, ...(opts.signal ? { signal: opts.signal } : {}) });
      writeDeployFiles(outDir, 'deploy-v1', out, secrets);
      for (const inst of pre.selected) goodDigests.set(inst.id, contentDigest((await clients(inst).configGet()).config));
      const r = out.report;
      const ok = r.result === 'succeeded' && r.batches.length === 2 && r.counts.applied === 3;
      return { ok, actual: `${r.result}: v${r.version}, ${r.batches.length} batches, ${r.counts.applied} applied, ${r.writes} write(s)`, details: { deploymentId: r.deploymentId, version: r.version } };
    }))) throw new StepFailed('deploy');

    const smoke = async (label: string, chatTimeoutMs: number): Promise<DigestedReport> => {
      const dir = join(outDir, 'screenshots', label);
      const report = await runSmoke({
        targets: pre.selected.map((i) => ({ id: i.id, url: i.url, token: pre.tokens.get(i.id) ?? '' })),
        browserPath: browser.path,
        ...(sharedBrowser ? { sharedBrowser } : {}),
        screenshotsDir: dir,
        chat: { via: 'api', prompt: 'Reply with PONG.', expect: /PONG/, timeoutMs: chatTimeoutMs },
        timeoutMs: chatTimeoutMs + 60_000,
        concurrency: 3,
        pairDevices: false,
        expectedVersion: pinnedVersion,
        secrets,
        logger,
        ...(opts.signal ? { signal: opts.signal } : {}),
      });
      const digested = writeReport(join(outDir, `smoke-${label}.json`), report);
      for (const i of digested.instances) if (i.screenshot) screenshots.push(join(dir, i.screenshot));
      return digested;
    };
    const smokeLine = (r: DigestedReport) => `${r.result}: ${r.instances.map((i) => `${i.id} ${i.status}${i.status === 'healthy' ? '' : ` (${i.reasons[0] ?? ''})`}`).join(', ')}`;

    if (!(await step('smoke', 'every instance healthy or degraded (not failed), chat answered, screenshots taken', async () => {
      const r = await smoke('v1', CHAT_TIMEOUT_MS);
      const shots = r.instances.filter((i) => i.screenshot).length;
      return { ok: r.result !== 'failed' && shots === r.instances.length, actual: `${smokeLine(r)}; ${shots} screenshot(s)`, details: { result: r.result, digest: r.digest } };
    }))) throw new StepFailed('smoke');

    let badDeploymentId: string | undefined;
    let engineRolledBack = false;
    if (!(await step('bad-change', 'v2 validates and is deployed (its health gates stay green) or rolled back by the engine', async () => {
      const bad = await preflight({ configFile: badFile, inventoryFile: f.inventoryFile, env: fleetEnv, cwd: files.configRepo, secrets, repoRoot: files.configRepo, engine: 'fast', envMode: 'warn' });
      const out = await runDeployment({ environment: ENVIRONMENT, config: bad.config, source: bad.source, instances: bad.selected, policy, context }, { clientFor: clients, recorder, logger, pollMs: 500, ...(opts.signal ? { signal: opts.signal } : {}) });
      writeDeployFiles(outDir, 'deploy-v2', out, secrets);
      badDeploymentId = out.report.deploymentId;
      engineRolledBack = out.report.counts['rolled-back'] > 0;
      const r = out.report;
      return { ok: r.result === 'succeeded' || engineRolledBack, actual: `${r.result}: v${r.version}, ${r.counts.applied} applied, ${r.counts['rolled-back']} rolled back by the engine`, details: { deploymentId: r.deploymentId, result: r.result } };
    }))) throw new StepFailed('bad-change');

    if (!(await step('gate', 'smoke FAILS on the chat check (the agents cannot reach their model)', async () => {
      if (engineRolledBack) return { ok: true, actual: 'the deploy engine already rolled v2 back at its batch gate' };
      // The same smoke test and chat deadline as for v1: the chat check stops as soon as the gateway reports
      // the model failing (src/smoke/chat.ts), so the dead route costs seconds, not the agent's 90 s of retries.
      const r = await smoke('v2', CHAT_TIMEOUT_MS);
      // Caught for the right reason: the chat check failed on the provider error the gateway reported (or on
      // the agent's own terminal error) — a chat that merely timed out while the agent was still preparing (a
      // slow host) would prove nothing about v2.
      const chatFailed = r.instances.filter((i) => i.checks.some((c) => c.name === 'chat' && c.status === 'fail' && PROVIDER_FAILURE.test(c.summary)));
      return { ok: r.result === 'failed' && chatFailed.length === r.instances.length, actual: `${smokeLine(r)}`, details: { result: r.result, chatFailed: chatFailed.map((i) => i.id), chatReasons: Object.fromEntries(r.instances.map((i) => [i.id, i.checks.find((c) => c.name === 'chat')?.summary ?? ''])) } };
    }))) throw new StepFailed('gate');

    if (!(await step('rollback', 'rolled-back: every instance restored to its pre-v2 snapshot', async () => {
      if (engineRolledBack) {
        rolledBack = true;
        return { ok: true, actual: 'already rolled back by the engine' };
      }
      const out = await runAutoRollback(
        { environment: ENVIRONMENT, instances: pre.selected, ...(badDeploymentId ? { deploymentId: badDeploymentId } : {}), scope: 'deployment', trigger: 'gate', policy, context },
        { clientFor: clients, recorder, logger, pollMs: 500, ...(opts.signal ? { signal: opts.signal } : {}) },
      );
      writeFileSync(join(outDir, 'rollback.json'), secrets.redact(JSON.stringify({ ...out, deployment: out.deployment?.report }, null, 2)) + '\n', { mode: 0o600 });
      rolledBack = out.result === 'rolled-back';
      return { ok: rolledBack && (out.rollback?.changed ?? 0) === 3, actual: `${out.result}: ${out.message}`, details: { result: out.result, changed: out.rollback?.changed } };
    }))) throw new StepFailed('rollback');

    await step('final-smoke', 'smoke not failed and every gateway runs exactly the v1 content again', async () => {
      const r = await smoke('final', CHAT_TIMEOUT_MS);
      for (const inst of pre.selected) {
        const final = contentDigest((await clients(inst).configGet()).config);
        const good = goodDigests.get(inst.id) ?? '';
        finalConfigs.push({ id: inst.id, good, final, equal: good === final });
      }
      const same = finalConfigs.every((c) => c.equal);
      return { ok: r.result !== 'failed' && same, actual: `${smokeLine(r)}; configs ${same ? 'equal to v1 on every gateway' : `DIFFER on ${finalConfigs.filter((c) => !c.equal).map((c) => c.id).join(', ')}`}`, details: { result: r.result } };
    });
  } catch (e) {
    if (!(e instanceof StepFailed)) steps.push({ name: 'internal', title: 'Demo harness', expected: 'no error', actual: secrets.redact(`error: ${getErrorMessage(e)}`), status: 'failed', startMs: Date.now() - started, durationMs: 0 });
  } finally {
    say('▶ Stopping every process the demo started');
    await Promise.allSettled([fleet?.stop(), stub?.stop(), sharedBrowser?.then((b) => b.close())]);
  }

  for (const name of Object.keys(STEP_TITLES)) {
    if (!steps.some((s) => s.name === name)) steps.push({ name, title: STEP_TITLES[name]!, expected: '', actual: 'not run (an earlier step failed)', status: 'skipped', startMs: Date.now() - started, durationMs: 0 });
  }
  if (existsSync(auditSrc)) writeFileSync(files.audit, secrets.redact(readFileSync(auditSrc, 'utf8')), { mode: 0o600 });
  const stepCpu = steps.filter((s) => s.cpuMs !== undefined);
  const report: DemoReport = {
    schema: 1,
    tool: 'clawfleet/demo',
    ok: steps.every((s) => s.status === 'ok'),
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    ...(stepCpu.length ? { cpuMs: stepCpu.reduce((sum, s) => sum + (s.cpuMs ?? 0), 0) } : {}),
    machine: { cpus: availableParallelism(), loadAverage: { start: loadAtStart, end: loadavg().map(round2) } },
    outDir,
    steps,
    instances: instanceIds,
    finalConfigs,
    rolledBack,
    screenshots,
    files,
  };
  const text = JSON.stringify(report, null, 2) + '\n';
  writeFileSync(files.report, secrets.redact(text), { mode: 0o600 });
  return report;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function writeDeployFiles(outDir: string, name: string, out: DeployOutcome, secrets: SecretRegistry): void {
  writeFileSync(join(outDir, `${name}.json`), secrets.redact(JSON.stringify({ plan: out.plan, report: out.report }, null, 2)) + '\n', { mode: 0o600 });
}

/** Renders the report as the table the CLI prints: per step its outcome, wall time and CPU time. */
export function formatDemoReport(r: DemoReport): string {
  const icon = (s: StepStatus) => (s === 'ok' ? '✔' : s === 'failed' ? '✘' : '·');
  const secs = (ms: number | undefined) => (ms === undefined ? '' : (ms / 1000).toFixed(1));
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  const lines = [
    '',
    `clawfleet demo: ${r.ok ? 'every step behaved as expected' : 'A STEP MISBEHAVED'} (${(r.durationMs / 1000).toFixed(0)} s)`,
    '',
    `  ${'step'.padEnd(62)} ${'wall s'.padStart(7)} ${'CPU s'.padStart(7)}`,
    ...r.steps.map(
      (s) =>
        `${icon(s.status)} ${s.title.padEnd(62)} ${secs(s.durationMs).padStart(7)} ${secs(s.cpuMs).padStart(7)}\n    ${s.status === 'failed' ? `expected: ${s.expected}\n    got:      ` : ''}${s.actual}`,
    ),
    `  ${'total'.padEnd(62)} ${secs(r.durationMs).padStart(7)} ${secs(r.cpuMs).padStart(7)}`,
    `  (${r.machine.cpus} CPU(s); load average ${load(r.machine.loadAverage.start)} at the start, ${load(r.machine.loadAverage.end)} at the end)`,
    '',
    `report:      ${r.files.report}`,
    `audit log:   ${r.files.audit}`,
    `screenshots: ${r.screenshots.length} under ${join(r.outDir, 'screenshots')}`,
    '',
  ];
  return lines.join('\n');
}

/**
 * A hostname that resolves to 127.0.0.1 but is not an IP literal or `localhost` (OpenClaw treats a
 * provider on those as keyless, and the demo wants a provider that needs its key).
 */
export async function loopbackHostname(): Promise<string> {
  const candidates = [hostname(), 'localhost.localdomain'].filter((h) => h && h !== 'localhost');
  for (const h of candidates) {
    try {
      const r = await lookup(h, { family: 4 });
      if (r.address.startsWith('127.')) return h;
    } catch {
      // next candidate
    }
  }
  throw new Error(`the demo needs a hostname other than "localhost" that resolves to 127.0.0.1 (tried ${candidates.join(', ')}); add one to /etc/hosts`);
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function demoLogger(say: (line: string) => void): Logger {
  return {
    debug: () => undefined,
    info: (m) => say(`    ${m}`),
    warning: (m) => say(`    warning: ${m}`),
    error: (m) => say(`    error: ${m}`),
    group: async (title, fn) => {
      say(`    ${title}`);
      return fn();
    },
  };
}
