/**
 * The watch workflows' contract beyond what test/workflows lints for every workflow: least privilege per
 * job, the per-environment concurrency group that is never cancelled, the schedule, the Pages jobs, and that
 * the `clawfleet report` call uses flags the report command really has.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { command as reportCommand } from '../../src/cli/commands/report.js';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const root = join(__dirname, '..', '..');
const watch = parse(readFileSync(join(root, '.github/workflows/watch.yml'), 'utf8')) as Obj;
const dispatch = parse(readFileSync(join(root, '.github/workflows/watch-dispatch.yml'), 'utf8')) as Obj;
const action = parse(readFileSync(join(root, 'actions/fleet-watch/action.yml'), 'utf8')) as Obj;

describe('watch.yml', () => {
  it('is reusable, one run per environment, never cancelled, no top-level permissions', () => {
    expect(Object.keys(watch['on'])).toEqual(['workflow_call']);
    expect(watch['concurrency']).toEqual({ group: 'clawfleet-watch-${{ inputs.environment }}', 'cancel-in-progress': false });
    expect(watch['permissions']).toEqual({});
  });

  it('least privilege: state branch + issues for the watch, read for the page, Pages + OIDC only for publishing', () => {
    const jobs = watch['jobs'] as Obj;
    expect(jobs['watch'].permissions).toEqual({ contents: 'write', issues: 'write' });
    expect(jobs['page'].permissions).toEqual({ contents: 'read' });
    expect(jobs['publish'].permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(jobs['page'].if).toContain('inputs.publish-pages');
    expect(jobs['publish'].environment.name).toBe('github-pages');
  });

  it('mirrors the action: every action output the workflow exposes is produced by the watch step', () => {
    const job = (watch['jobs'] as Obj)['watch'];
    const step = (job.steps as Obj[]).find((s) => s.id === 'watch')!;
    expect(step.uses).toBe('./.clawfleet/actions/fleet-watch');
    expect(step.with['state-store']).toBe('git');
    for (const [name, expr] of Object.entries(job.outputs as Record<string, string>)) {
      const m = /steps\.watch\.outputs\.([a-z-]+)/.exec(expr);
      if (m) expect(Object.keys(action['outputs']), name).toContain(m[1]);
    }
    // Every input of the workflow that the action also has is passed through.
    const passed = new Set(Object.keys(step.with));
    for (const name of Object.keys(watch['on'].workflow_call.inputs)) if (name in action['inputs'] && name !== 'environment') expect(passed.has(name), name).toBe(true);
  });

  it('renders the page with flags the report command has, from env (no expression in run:)', () => {
    const page = (watch['jobs'] as Obj)['page'];
    const render = (page.steps as Obj[]).find((s) => s.name === 'Render the status page')!;
    const flags = [...String(render.run).matchAll(/(--[a-z-]+)/g)].map((m) => m[1]!);
    expect(flags).toEqual(['--html', '--environment', '--state-store', '--state-branch', '--inventory', '--title']);
    for (const f of flags) expect(reportCommand.help, f).toContain(f);
    expect(String(render.run)).not.toContain('${{');
    expect(String(render.run)).toContain('.clawfleet/dist/cli/index.js report');
  });
});

describe('watch-dispatch.yml', () => {
  it('every 15 minutes and by hand, calling watch.yml with the permissions it needs', () => {
    expect(dispatch['on'].schedule).toEqual([{ cron: '*/15 * * * *' }]);
    expect(dispatch['on'].workflow_dispatch.inputs.environment.options).toEqual(['production', 'dev']);
    const job = dispatch['jobs'].watch as Obj;
    expect(job.uses).toBe('./.github/workflows/watch.yml');
    expect(job.permissions).toEqual({ contents: 'write', issues: 'write', pages: 'write', 'id-token': 'write' });
    expect(job.with.environment).toBe("${{ inputs.environment || 'production' }}");
    expect(job.secrets).toEqual({ FLEET_ENV: '${{ secrets.FLEET_ENV }}' });
  });
});
