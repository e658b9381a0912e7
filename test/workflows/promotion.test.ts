/**
 * The promotion flow's wiring (issue #7 gaps), checked mechanically on the real workflow files:
 * - which clawfleet commit the reusable workflows run: the `source` script is executed with bash for every
 *   case (derived from job.workflow_*, mis-pinned inputs refused, GHES fallbacks), and every `.clawfleet`
 *   checkout uses its result;
 * - the sign-off binding travels plan → sign-off → every wave deploy (expected-plan-digest);
 * - every deploy carries the promotion id, and the rollback jobs restore by promotion id;
 * - the whole-environment smoke runs after the last gate, gates `finish`, and its failure triggers the
 *   rollback (the Outcome script is executed for each combination of results).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseFileCommands } from '../helpers/runner.js';
import { loadActionSpec } from './walker.js';

const root = resolve(import.meta.dirname, '..', '..');
type Obj = Record<string, any>;
const wf = (name: string): Obj => parse(readFileSync(join(root, '.github', 'workflows', name), 'utf8')) as Obj;
const promote = wf('promote.yml');
const rollbackWf = wf('rollback.yml');
const configCheck = wf('config-check.yml');
const REUSABLE: Array<[string, Obj, string]> = [
  ['promote.yml', promote, 'resolve'],
  ['rollback.yml', rollbackWf, 'check'],
  ['config-check.yml', configCheck, 'validate'],
];

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Obj;
  env?: Obj;
  if?: string;
}
const stepsOf = (job: Obj): Step[] => (job['steps'] ?? []) as Step[];
const needsOf = (job: Obj): string[] => ([] as string[]).concat(job['needs'] ?? []);

/** Runs a `run:` script with bash as the runner would (env + GITHUB_OUTPUT file); returns code, outputs, stdout. */
function runScript(script: string, env: Record<string, string>): { code: number; outputs: Record<string, string>; stdout: string } {
  const dir = mkdtempSync(join(tmpdir(), 'clawfleet-wfscript-'));
  const output = join(dir, 'output');
  writeFileSync(output, '');
  const r = spawnSync('bash', ['-e', '-c', script], { cwd: dir, env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', GITHUB_OUTPUT: output, ...env }, encoding: 'utf8' });
  return { code: r.status ?? 1, outputs: parseFileCommands(readFileSync(output, 'utf8')), stdout: r.stdout + r.stderr };
}

const SHA = 'a'.repeat(40);
const OTHER = 'b'.repeat(40);
const CALLER = 'acme/fleet-config';
const CLAWFLEET = 'clawfleet-org/clawfleet';

describe.each(REUSABLE)('%s: which clawfleet commit runs', (_name, doc, firstJob) => {
  const job = doc['jobs'][firstJob] as Obj;
  const source = stepsOf(job).find((s) => s.id === 'source')!;

  it('derives repository and ref from job.workflow_* (what the caller pinned), inputs only as a GHES fallback', () => {
    expect(source, 'a step with id: source').toBeDefined();
    expect(source.env).toMatchObject({
      JOB_WORKFLOW_REPOSITORY: '${{ job.workflow_repository }}',
      JOB_WORKFLOW_SHA: '${{ job.workflow_sha }}',
      INPUT_REPOSITORY: '${{ inputs.clawfleet-repository }}',
      INPUT_REF: '${{ inputs.clawfleet-ref }}',
    });
    expect(job['outputs']).toMatchObject({ 'clawfleet-repository': '${{ steps.source.outputs.repository }}', 'clawfleet-ref': '${{ steps.source.outputs.ref }}' });
  });

  it('every .clawfleet checkout of every job uses the resolved source (never the caller\'s repository or commit)', () => {
    let count = 0;
    for (const [jobId, j] of Object.entries(doc['jobs'] as Record<string, Obj>)) {
      for (const s of stepsOf(j)) {
        if (!s.uses?.startsWith('actions/checkout@') || s.with?.['path'] !== '.clawfleet') continue;
        count++;
        const expected = jobId === firstJob ? ['${{ steps.source.outputs.repository }}', '${{ steps.source.outputs.ref }}'] : [`\${{ needs.${firstJob}.outputs.clawfleet-repository }}`, `\${{ needs.${firstJob}.outputs.clawfleet-ref }}`];
        expect([s.with?.['repository'], s.with?.['ref']], `job ${jobId}`).toEqual(expected);
        if (jobId !== firstJob) expect(needsOf(j), `job ${jobId} needs ${firstJob}`).toContain(firstJob);
      }
    }
    expect(count).toBeGreaterThanOrEqual(2);
  });

  it('the first job checks that the checkout really is clawfleet', () => {
    const steps = stepsOf(job);
    const i = steps.findIndex((s) => s.with?.['path'] === '.clawfleet');
    expect(steps[i + 1]?.run).toContain('.clawfleet/actions/$a/action.yml');
    const r = runScript(steps[i + 1]!.run!, { REPO: CALLER, REF: SHA });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error::${CALLER}@${SHA} has no actions/validate-config: it is not a clawfleet checkout.`);
  });

  const base = { CALLER_REPOSITORY: CALLER, CALLER_SHA: OTHER, INPUT_REPOSITORY: '', INPUT_REF: '', JOB_WORKFLOW_REPOSITORY: '', JOB_WORKFLOW_SHA: '' };
  it.each([
    ['called from another repo at a pinned commit', { JOB_WORKFLOW_REPOSITORY: CLAWFLEET, JOB_WORKFLOW_SHA: SHA }, { repository: CLAWFLEET, ref: SHA }],
    ['inputs that repeat the derived values are accepted', { JOB_WORKFLOW_REPOSITORY: CLAWFLEET, JOB_WORKFLOW_SHA: SHA, INPUT_REPOSITORY: 'Clawfleet-Org/clawfleet', INPUT_REF: SHA.toUpperCase() }, { repository: CLAWFLEET, ref: SHA }],
    ['called from clawfleet itself', { JOB_WORKFLOW_REPOSITORY: CALLER, JOB_WORKFLOW_SHA: OTHER }, { repository: CALLER, ref: OTHER }],
    ['GHES, same repository: this run\'s commit', {}, { repository: CALLER, ref: OTHER }],
    ['GHES, another repository with a pinned SHA', { INPUT_REPOSITORY: CLAWFLEET, INPUT_REF: SHA }, { repository: CLAWFLEET, ref: SHA }],
  ])('%s', (_n, env, outputs) => {
    const r = runScript(source.run!, { ...base, ...env });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs).toEqual(outputs);
  });

  it.each([
    ['a clawfleet-ref that is not the pinned commit', { JOB_WORKFLOW_REPOSITORY: CLAWFLEET, JOB_WORKFLOW_SHA: SHA, INPUT_REF: OTHER }, `::error::clawfleet-ref '${OTHER}' differs from the commit this workflow was called at (${SHA}). Remove the input`],
    ['a clawfleet-ref tag next to a pinned commit', { JOB_WORKFLOW_REPOSITORY: CLAWFLEET, JOB_WORKFLOW_SHA: SHA, INPUT_REF: 'v1' }, "::error::clawfleet-ref 'v1' differs from the commit this workflow was called at"],
    ['a clawfleet-repository that is not the called one', { JOB_WORKFLOW_REPOSITORY: CLAWFLEET, JOB_WORKFLOW_SHA: SHA, INPUT_REPOSITORY: 'evil/fork' }, `::error::clawfleet-repository 'evil/fork' is not the repository this workflow was called from (${CLAWFLEET})`],
    ['GHES, another repository and no clawfleet-ref', { INPUT_REPOSITORY: CLAWFLEET }, '::error::clawfleet-ref is empty: this runner does not expose job.workflow_sha (GitHub Enterprise Server), so pass the 40-hex commit SHA'],
    ['GHES, a tag as clawfleet-ref', { INPUT_REPOSITORY: CLAWFLEET, INPUT_REF: 'v1.2.3' }, "::error::clawfleet-ref 'v1.2.3' is not a 40-hex commit SHA."],
  ])('refuses %s, fast and saying what to do', (_n, env, message) => {
    const r = runScript(source.run!, { ...base, ...env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(message);
    expect(r.outputs).toEqual({});
  });
});

describe('promote.yml: the sign-off binding reaches every deploy', () => {
  const jobs = promote['jobs'] as Record<string, Obj>;
  it('sign-off exposes the digest its check approved; the sign-off action declares that output', () => {
    expect(jobs['sign-off']!['outputs']['plan-digest']).toBe('${{ steps.check.outputs.plan-digest }}');
    const check = stepsOf(jobs['sign-off']!).find((s) => s.id === 'check')!;
    expect(check.with).toMatchObject({ mode: 'check', 'approved-plan-digest': '${{ needs.plan.outputs.plan-digest }}' });
    expect(loadActionSpec(join(root, 'actions', 'sign-off', 'action.yml')).outputs.has('plan-digest')).toBe(true);
    expect(loadActionSpec(join(root, 'actions', 'rolling-deploy', 'action.yml')).inputs).toHaveProperty('expected-plan-digest');
  });
  it.each(['wave-1', 'wave-2'])('%s deploys only the signed-off plan, as part of this promotion', (w) => {
    const job = jobs[w]!;
    expect(needsOf(job)).toEqual(expect.arrayContaining(['resolve', 'plan', 'sign-off']));
    const deploys = stepsOf(job).filter((s) => s.uses === './.clawfleet/actions/rolling-deploy');
    expect(deploys).toHaveLength(1); // no second dry-run plan: the deploy checks the binding itself
    expect(deploys[0]!.with).toMatchObject({
      instances: '${{ matrix.slice }}',
      'expected-plan-digest': '${{ needs.sign-off.outputs.plan-digest }}',
      'promotion-id': '${{ needs.resolve.outputs.promotion-id }}',
    });
    const recheck = stepsOf(job).find((s) => s.uses === './.clawfleet/actions/sign-off')!;
    expect(recheck.with).toMatchObject({ mode: 'check', 'plan-digest': '${{ needs.sign-off.outputs.plan-digest }}' });
  });
  it('the promotion id is the run id, set once by resolve', () => {
    const resolveStep = stepsOf(jobs['resolve']!).find((s) => s.id === 'resolve')!;
    expect(resolveStep.env?.['RUN_ID']).toBe('${{ github.run_id }}');
    expect(resolveStep.run).toContain('echo "promotion-id=$RUN_ID"');
    expect(jobs['resolve']!['outputs']['promotion-id']).toBe('${{ steps.resolve.outputs.promotion-id }}');
  });
});

describe('promote.yml: a failed promotion rolls back everything it changed', () => {
  const jobs = promote['jobs'] as Record<string, Obj>;
  /** Every job downstream of sign-off (what can fail after writes began). */
  const downstreamOfSignoff = (): string[] => {
    const out = new Set<string>();
    let grew = true;
    while (grew) {
      grew = false;
      for (const [id, j] of Object.entries(jobs)) {
        if (out.has(id) || id === 'rollback' || id === 'finish') continue;
        if (needsOf(j).some((n) => n === 'sign-off' || out.has(n))) {
          out.add(id);
          grew = true;
        }
      }
    }
    return [...out].sort();
  };

  it('the rollback job waits for (and is triggered by) every job after sign-off, including the final smoke', () => {
    const after = downstreamOfSignoff();
    expect(after).toEqual(['gate-wave-1', 'gate-wave-2', 'smoke', 'wave-1', 'wave-2']);
    expect(needsOf(jobs['rollback']!)).toEqual(expect.arrayContaining(['sign-off', ...after]));
    expect(jobs['rollback']!['if']).toContain('failure()');
    expect(jobs['rollback']!['if']).toContain("needs.sign-off.result == 'success'");
  });
  it('restores by promotion id (all waves, newest first), not one deployment', () => {
    const step = stepsOf(jobs['rollback']!).find((s) => s.uses === './.clawfleet/actions/auto-rollback')!;
    expect(step.with).toMatchObject({ 'promotion-id': '${{ needs.resolve.outputs.promotion-id }}', environment: '${{ needs.resolve.outputs.environment }}' });
    expect(step.with).not.toHaveProperty('deployment-id');
    expect(step.with).not.toHaveProperty('manifest-file');
    expect(loadActionSpec(join(root, 'actions', 'auto-rollback', 'action.yml')).inputs).toHaveProperty('promotion-id');
  });
  it('staging deploys and rolls back by promotion id too', () => {
    const steps = stepsOf(jobs['staging']!);
    expect(steps.find((s) => s.id === 'deploy')!.with).toMatchObject({ 'promotion-id': '${{ needs.resolve.outputs.promotion-id }}' });
    const rb = steps.find((s) => s.id === 'rollback')!;
    expect(rb.with).toMatchObject({ 'promotion-id': '${{ needs.resolve.outputs.promotion-id }}' });
    expect(rb.if).toContain('failure()');
  });
});

describe('promote.yml: the final whole-environment smoke', () => {
  const jobs = promote['jobs'] as Record<string, Obj>;
  const smoke = jobs['smoke']!;
  it('runs after the last gate, on every instance (no slice), under the target environment', () => {
    expect(needsOf(smoke)).toEqual(expect.arrayContaining(['resolve', 'gate-wave-2']));
    expect(smoke['if']).toContain("needs.gate-wave-2.result == 'success'");
    expect(smoke['environment']['name']).toBe('${{ needs.resolve.outputs.environment }}');
    const step = stepsOf(smoke).find((s) => s.uses === './.clawfleet/actions/smoke-and-browser-test')!;
    expect(step.with).toMatchObject({ inventory: '${{ inputs.inventory }}' });
    expect(step.with).not.toHaveProperty('instances');
    expect(stepsOf(smoke).some((s) => s.env?.['FLEET_ENV'] === '${{ secrets.FLEET_ENV }}')).toBe(true);
  });
  it('finish waits for it, and only touches the GitHub deployment when there is one (not on a dry run)', () => {
    expect(needsOf(jobs['finish']!)).toEqual(expect.arrayContaining(['smoke', 'rollback', 'gate-wave-2']));
    expect(jobs['finish']!['if']).toContain("needs.sign-off.result == 'success'");
    const fin = stepsOf(jobs['finish']!).find((s) => s.with?.['mode'] === 'deployment-finish')!;
    expect(fin.if).toContain("needs.sign-off.outputs.deployment-id != ''");
  });

  const outcome = stepsOf(jobs['finish']!).find((s) => s.id === 'outcome')!;
  it.each([
    ['false', 'success', 'success', 'skipped', 'succeeded', 'success'],
    ['false', 'success', 'failure', 'success', 'rolled-back', 'failure'],
    ['false', 'success', 'failure', 'failure', 'failed', 'failure'],
    ['false', 'success', 'cancelled', 'skipped', 'failed', 'failure'],
    ['false', 'success', 'skipped', 'skipped', 'failed', 'failure'],
    ['false', 'failure', 'skipped', 'success', 'rolled-back', 'failure'],
    ['false', 'failure', 'skipped', 'failure', 'failed', 'failure'],
    ['true', 'success', 'skipped', 'skipped', 'planned', 'success'],
    ['true', 'failure', 'skipped', 'skipped', 'failed', 'failure'],
  ])('dry-run %s, gate %s, smoke %s, rollback %s → %s (deployment status %s)', (dryRun, gate, smokeResult, rollback, result, status) => {
    expect(outcome.env).toMatchObject({ GATE: '${{ needs.gate-wave-2.result }}', SMOKE: '${{ needs.smoke.result }}', ROLLBACK: '${{ needs.rollback.result }}', DRY_RUN: '${{ inputs.dry-run }}' });
    const r = runScript(outcome.run!, { GATE: gate, SMOKE: smokeResult, ROLLBACK: rollback, DRY_RUN: dryRun });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs).toEqual({ result, status });
  });
});

describe('rollback.yml', () => {
  it('restores through the check job\'s resolved clawfleet source', () => {
    const restore = rollbackWf['jobs']['restore'] as Obj;
    expect(needsOf(restore)).toContain('check');
    const co = stepsOf(restore).find((s) => s.with?.['path'] === '.clawfleet')!;
    expect(co.with).toMatchObject({ repository: '${{ needs.check.outputs.clawfleet-repository }}', ref: '${{ needs.check.outputs.clawfleet-ref }}' });
  });
});

describe('the scripts run under bash as written', () => {
  it('bash is available (the script tests above would be vacuous otherwise)', () => {
    expect(execFileSync('bash', ['-c', 'echo ${BASH_VERSINFO[0]}'], { encoding: 'utf8' }).trim()).toMatch(/^[4-9]$/);
  });
});

describe('promote.yml: prod must be clean in every wave', () => {
  const jobs = promote['jobs'] as Record<string, Obj>;
  const git = (cwd: string, ...a: string[]) => execFileSync('git', ['-c', 'user.name=u', '-c', 'user.email=u@x', ...a], { cwd, encoding: 'utf8' }).trim();
  const step = stepsOf(jobs['wave-1']!).find((s) => s.name?.startsWith('Prod must be clean'))!;
  /** A config repo on a tagged commit with a .clawfleet checkout inside, as in a wave job. */
  const waveCheckout = (): { dir: string; sha: string } => {
    const dir = mkdtempSync(join(tmpdir(), 'clawfleet-wave-'));
    git(dir, 'init', '--quiet');
    writeFileSync(join(dir, 'openclaw.json5'), '{}');
    git(dir, 'add', '.');
    git(dir, 'commit', '--quiet', '-m', 'c');
    git(dir, 'tag', 'v1.0.0');
    execFileSync('mkdir', ['-p', join(dir, '.clawfleet', 'actions')]);
    writeFileSync(join(dir, '.clawfleet', 'actions', 'x'), '');
    return { dir, sha: git(dir, 'rev-parse', 'HEAD') };
  };
  const runIn = (dir: string, env: Record<string, string>) => spawnSync('bash', ['-e', '-c', step.run!], { cwd: dir, env: { PATH: process.env['PATH'] ?? '', ...env }, encoding: 'utf8' });

  it('runs before the deploy for production only; the deploy does not re-check GITHUB_REF (the dispatch ref, not the tag)', () => {
    const steps = stepsOf(jobs['wave-1']!);
    expect(steps.indexOf(step)).toBeLessThan(steps.findIndex((s) => s.id === 'deploy'));
    expect(step.if).toContain("needs.resolve.outputs.is-production == 'true'");
    expect(steps.find((s) => s.id === 'deploy')!.with).not.toHaveProperty('require-clean-ref');
  });
  it('passes on the resolved tag with .clawfleet/ beside it', () => {
    const { dir, sha } = waveCheckout();
    const r = runIn(dir, { RESOLVED_SHA: sha, REF: 'v1.0.0' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });
  it('refuses another commit, and a changed file', () => {
    const { dir, sha } = waveCheckout();
    const other = runIn(dir, { RESOLVED_SHA: 'f'.repeat(40), REF: 'v1.0.0' });
    expect(other.status).toBe(1);
    expect(other.stdout).toContain(`::error::prod must be clean: the checkout is ${sha}, not v1.0.0 (${'f'.repeat(40)}).`);
    writeFileSync(join(dir, 'openclaw.json5'), '{ changed: true }');
    const dirty = runIn(dir, { RESOLVED_SHA: sha, REF: 'v1.0.0' });
    expect(dirty.status).toBe(1);
    expect(dirty.stdout).toContain('::error::prod must be clean: the checkout of v1.0.0 has changes:  M openclaw.json5');
  });
});
