/**
 * Every workflow and action.yml of the repository, linted two ways: the action-validator schema linter
 * (@action-validator/core, the published GitHub Actions schemas) and our walker (chaining, injection,
 * pinning, permissions, concurrency). The walker itself is tested on a deliberately broken fixture.
 */
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { walkAction, walkWorkflow, type Finding } from './walker.js';

const root = resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const validator = require('@action-validator/core') as typeof import('@action-validator/core');

const workflowDir = join(root, '.github', 'workflows');
const workflows = readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(workflowDir, f));
const actionFiles = [join(root, 'action.yml'), ...readdirSync(join(root, 'actions')).map((d) => join(root, 'actions', d, 'action.yml')).filter((p) => existsSync(p))];
/** Deploying workflows: their concurrency must never cancel a running job. */
const NO_CANCEL = new Set(['promote.yml', 'rollback.yml', 'promote-dispatch.yml', 'rollback-dispatch.yml']);
const rel = (p: string): string => p.slice(root.length + 1);
const fmt = (f: Finding[]): string => f.map((x) => `${rel(x.file)} [${x.rule}] ${x.message}`).join('\n');

/**
 * action-validator 0.6.0 ships a schema older than the `node24` runtime (GitHub added it in 2025); it is
 * validated as `node20` so every other rule of the schema still applies. Nothing else is rewritten.
 */
function forSchema(src: string): string {
  return src.replace(/^(\s*using:\s*['"]?)node24(['"]?\s*)$/m, '$1node20$2');
}

describe('action-validator (schema linter)', () => {
  it('finds the files to lint', () => {
    expect(workflows.map((w) => rel(w))).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/promote.yml', '.github/workflows/rollback.yml', '.github/workflows/config-check.yml']));
    expect(actionFiles.length).toBeGreaterThanOrEqual(7);
  });
  it.each(workflows.map((w) => [rel(w), w]))('workflow %s is valid', (_n, path) => {
    expect(validator.validateWorkflow(readFileSync(path, 'utf8')).errors).toEqual([]);
  });
  it.each(actionFiles.map((a) => [rel(a), a]))('action %s is valid', (_n, path) => {
    expect(validator.validateAction(forSchema(readFileSync(path, 'utf8'))).errors).toEqual([]);
  });
  it('rejects a malformed workflow (the linter is really running)', () => {
    const errors = validator.validateWorkflow('on: push\njobs:\n  a:\n    runs-on: x\n    stepz: []\n').errors;
    expect(JSON.stringify(errors)).toContain("Additional property 'stepz' is not allowed");
  });
});

describe('walker over the repository', () => {
  it.each(workflows.map((w) => [rel(w), w]))('workflow %s passes every rule', (name, path) => {
    const findings = walkWorkflow(path, { root, noCancel: NO_CANCEL.has(name.split('/').pop()!) });
    expect(fmt(findings)).toBe('');
  });
  it.each(actionFiles.map((a) => [rel(a), a]))('action %s passes every rule', (_n, path) => {
    expect(fmt(walkAction(path, root))).toBe('');
  });
  it('promote and rollback share one concurrency group per environment, never cancelled (CC-01..03)', () => {
    const groupOf = (f: string): { group: string; cancel: unknown } => {
      const c = parse(readFileSync(join(workflowDir, f), 'utf8')).concurrency as { group: string; 'cancel-in-progress'?: unknown };
      return { group: c.group, cancel: c['cancel-in-progress'] };
    };
    expect(groupOf('promote.yml')).toEqual(groupOf('rollback.yml'));
    expect(groupOf('promote.yml').group).toBe('clawfleet-deploy-${{ inputs.environment }}');
    expect(groupOf('promote.yml').cancel).toBe(false);
  });
  it('dispatch wrappers offer only lower-case environments (the group key is normalised)', () => {
    for (const f of ['promote-dispatch.yml', 'rollback-dispatch.yml']) {
      const opts = parse(readFileSync(join(workflowDir, f), 'utf8')).on.workflow_dispatch.inputs.environment.options as string[];
      expect(opts.length).toBeGreaterThan(0);
      for (const o of opts) expect(o).toBe(o.toLowerCase());
    }
  });
  it('promote refuses a non-tag or dirty ref for production before any deploy job', () => {
    const wf = parse(readFileSync(join(workflowDir, 'promote.yml'), 'utf8'));
    const script = (wf.jobs.resolve.steps as Array<{ id?: string; run?: string }>).find((s) => s.id === 'resolve')!.run!;
    expect(script).toContain('prod must be clean');
    expect(script).toContain('git status --porcelain');
    for (const j of ['staging', 'sign-off', 'wave-1', 'wave-2']) {
      const needs = ([] as string[]).concat(wf.jobs[j].needs);
      const upstream = new Set<string>();
      const walk = (n: string): void => { upstream.add(n); for (const m of ([] as string[]).concat(wf.jobs[n].needs ?? [])) walk(m); };
      needs.forEach(walk);
      expect(upstream.has('resolve')).toBe(true);
    }
  });
  it('every prod job with writes runs under the target environment', () => {
    const wf = parse(readFileSync(join(workflowDir, 'promote.yml'), 'utf8'));
    for (const j of ['sign-off', 'wave-1', 'wave-2', 'rollback']) expect(wf.jobs[j].environment.name).toBe('${{ needs.resolve.outputs.environment }}');
    expect(wf.jobs.rollback.if).toContain('failure()');
  });
});

describe('walker on a deliberately broken workflow', () => {
  const findings = walkWorkflow(join(import.meta.dirname, 'fixtures', 'broken.yml'), { root, noCancel: true });
  const rules = new Set(findings.map((f) => f.rule));
  it.each([
    'permissions',
    'concurrency-lowercase',
    'concurrency-normalised',
    'no-cancel-in-progress',
    'needs-exists',
    'needs-dag',
    'pinned',
    'pinned-comment',
    'persist-credentials',
    'with-input-exists',
    'required-input-given',
    'no-expression-in-run',
    'steps-output-exists',
    'steps-ref',
    'local-action-exists',
    'artifact-paths',
    'artifact-retention',
    'artifact-hidden',
    'needs-ref',
    'needs-output-exists',
    'input-declared',
  ])('reports %s', (rule) => {
    expect(rules.has(rule), fmt(findings)).toBe(true);
  });
  it('names the untrusted context and the fix', () => {
    const m = findings.find((f) => f.rule === 'no-expression-in-run' && f.message.includes('pull_request.title'));
    expect(m?.message).toContain('(untrusted context)');
    expect(m?.message).toContain('pass it through env:');
  });
  it('names the missing input with the action\'s real inputs', () => {
    const m = findings.find((f) => f.rule === 'with-input-exists');
    expect(m?.message).toContain("with 'filez' is not an input of ./actions/validate-config");
    expect(m?.message).toContain('files');
  });
});
