/**
 * A mechanical walker over this repository's workflows and action.yml files: the chaining and security rules
 * a schema linter (action-validator) cannot see. Each rule returns findings naming the file, job and step, so
 * a failing test says exactly what to fix. Test code (not shipped): it reads the files at test time, so it
 * stays truthful while the actions' inputs and outputs change.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';

/** One rule violation. */
export interface Finding {
  file: string;
  rule: string;
  message: string;
}

/** What the walker needs to know about an action.yml. */
export interface ActionSpec {
  inputs: Record<string, { required: boolean; hasDefault: boolean }>;
  outputs: Set<string>;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const asObj = (v: unknown): Obj => (isObj(v) ? v : {});
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/** Reads an action.yml into its inputs (required / default) and outputs. */
export function loadActionSpec(path: string): ActionSpec {
  const doc = asObj(parse(readFileSync(path, 'utf8')));
  const inputs: ActionSpec['inputs'] = {};
  for (const [name, def] of Object.entries(asObj(doc['inputs']))) {
    const d = asObj(def);
    inputs[name] = { required: d['required'] === true, hasDefault: d['default'] !== undefined };
  }
  return { inputs, outputs: new Set(Object.keys(asObj(doc['outputs']))) };
}

/**
 * Maps a local `uses:` to the action folder of this repository. The reusable workflows check clawfleet out
 * into `.clawfleet/` (they run in the caller's repository), so `./.clawfleet/actions/x` is our `actions/x`.
 */
export function localActionDir(uses: string, root: string): string | undefined {
  const m = /^\.\/(?:\.clawfleet\/)?(actions\/[A-Za-z0-9_.-]+)\/?$/.exec(uses);
  return m ? join(root, m[1]!) : undefined;
}

/** Every `${{ … }}` body in a string. */
export function expressionsIn(text: string): string[] {
  return [...text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((m) => m[1]!.trim());
}

const UNTRUSTED = [/\bgithub\.event\b/, /\bgithub\.head_ref\b/, /\binputs\./, /\bgithub\.event_name\b/, /\bmatrix\./, /\bsteps\./, /\bneeds\./, /\benv\./, /\bsecrets\./];

/** Collects every string in a value (deep), with the `if:` fields as bare expressions. */
function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (isObj(value)) for (const [k, v] of Object.entries(value)) {
    if (k === 'if' && typeof v === 'string' && !v.includes('${{')) out.push('${{ ' + v + ' }}');
    else stringsIn(v, out);
  }
  return out;
}

const REF = /\b(steps|needs|jobs)\.([A-Za-z0-9_-]+)\.(?:outputs\.([A-Za-z0-9_-]+)|(result|outcome|conclusion|outputs)\b)/g;
const INPUT_REF = /\binputs\.([A-Za-z0-9_-]+)/g;

interface StepLike {
  id?: string;
  uses?: string;
  run?: string;
  with?: Obj;
}

/** Checks one local action step: its `with:` keys exist and its required inputs are given. */
function checkLocalUses(file: string, where: string, step: StepLike, root: string, specs: Map<string, ActionSpec>, out: Finding[]): ActionSpec | undefined {
  if (!step.uses?.startsWith('./')) return undefined;
  if (step.uses.startsWith('./.github/workflows/')) return undefined;
  const dir = localActionDir(step.uses, root);
  if (!dir || !existsSync(join(dir, 'action.yml'))) {
    out.push({ file, rule: 'local-action-exists', message: `${where}: uses '${step.uses}', which is not an action of this repository (actions/<name>/action.yml).` });
    return undefined;
  }
  let spec = specs.get(dir);
  if (!spec) {
    spec = loadActionSpec(join(dir, 'action.yml'));
    specs.set(dir, spec);
  }
  const given = asObj(step.with);
  for (const key of Object.keys(given)) {
    if (!(key in spec.inputs)) out.push({ file, rule: 'with-input-exists', message: `${where}: with '${key}' is not an input of ${step.uses} (inputs: ${Object.keys(spec.inputs).join(', ')}).` });
  }
  for (const [name, def] of Object.entries(spec.inputs)) {
    if (def.required && !def.hasDefault && !(name in given)) out.push({ file, rule: 'required-input-given', message: `${where}: ${step.uses} needs input '${name}' (required, no default).` });
  }
  return spec;
}

/** Options of {@link walkWorkflow}. */
export interface WalkOptions {
  /** Repository root (where actions/ and .github/workflows/ live). */
  root: string;
  /** Workflows whose concurrency must never cancel a running job (deploys, rollbacks). */
  noCancel?: boolean;
}

/** Runs every rule over one workflow file; returns the findings (empty = clean). */
export function walkWorkflow(path: string, opts: WalkOptions): Finding[] {
  const file = path;
  const text = readFileSync(path, 'utf8');
  const doc = asObj(parse(text));
  const out: Finding[] = [];
  const specs = new Map<string, ActionSpec>();
  const jobs = asObj(doc['jobs']);
  const on = asObj(doc['on']);
  const declaredInputs = new Set([...Object.keys(asObj(asObj(on['workflow_call'])['inputs'])), ...Object.keys(asObj(asObj(on['workflow_dispatch'])['inputs']))]);

  // Token permissions: explicit at the top (read-only or none) and on every job.
  const topPerms = doc['permissions'];
  if (topPerms === undefined) out.push({ file, rule: 'permissions', message: 'no top-level permissions: set `permissions: {}` or `contents: read` (the org default may be read/write).' });
  else if (isObj(topPerms) && Object.values(topPerms).some((v) => v === 'write')) out.push({ file, rule: 'permissions', message: 'top-level permissions grant write: grant writes per job only.' });
  else if (topPerms === 'write-all') out.push({ file, rule: 'permissions', message: 'top-level permissions: write-all.' });

  // Concurrency: lower-case literal text, only normalised values, no cancel-in-progress where it matters.
  const checkConcurrency = (c: unknown, where: string): void => {
    if (c === undefined) return;
    const group = typeof c === 'string' ? c : String(asObj(c)['group'] ?? '');
    const literal = group.replace(/\$\{\{[\s\S]*?\}\}/g, '');
    if (literal !== literal.toLowerCase()) out.push({ file, rule: 'concurrency-lowercase', message: `${where}: concurrency group '${group}' has upper-case letters; groups compare case-insensitively, so spell them lower-case.` });
    for (const e of expressionsIn(group)) {
      if (/\bgithub\.event\b|\bgithub\.head_ref\b/.test(e)) out.push({ file, rule: 'concurrency-normalised', message: `${where}: concurrency group uses '${e}', which is not normalised (use a lower-cased job output or a checked input).` });
    }
    if (opts.noCancel && isObj(c) && c['cancel-in-progress'] !== undefined && c['cancel-in-progress'] !== false) {
      out.push({ file, rule: 'no-cancel-in-progress', message: `${where}: cancel-in-progress must be false for deploys and rollbacks (a cancelled rollout leaves a half-changed fleet).` });
    }
  };
  checkConcurrency(doc['concurrency'], 'workflow');

  // needs: existing jobs, no cycle.
  const needsOf = (j: string): string[] => asArray(asObj(jobs[j])['needs']).map(String);
  for (const j of Object.keys(jobs)) for (const n of needsOf(j)) if (!(n in jobs)) out.push({ file, rule: 'needs-exists', message: `job '${j}' needs '${n}', which is not a job of this workflow.` });
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (j: string, path: string[]): void => {
    if (state.get(j) === 'done' || !(j in jobs)) return;
    if (state.get(j) === 'visiting') {
      out.push({ file, rule: 'needs-dag', message: `jobs form a cycle: ${[...path, j].join(' → ')}.` });
      return;
    }
    state.set(j, 'visiting');
    for (const n of needsOf(j)) visit(n, [...path, j]);
    state.set(j, 'done');
  };
  for (const j of Object.keys(jobs)) visit(j, []);

  // workflow_call outputs refer to existing job outputs.
  for (const [name, def] of Object.entries(asObj(asObj(on['workflow_call'])['outputs']))) {
    for (const e of expressionsIn(String(asObj(def)['value'] ?? ''))) {
      for (const m of e.matchAll(REF)) {
        if (m[1] !== 'jobs') continue;
        const job = asObj(jobs[m[2]!]);
        if (!(m[2]! in jobs)) out.push({ file, rule: 'jobs-output-exists', message: `workflow output '${name}' reads jobs.${m[2]}, which does not exist.` });
        else if (m[3] && !(m[3] in asObj(job['outputs']))) out.push({ file, rule: 'jobs-output-exists', message: `workflow output '${name}' reads jobs.${m[2]}.outputs.${m[3]}, which job '${m[2]}' does not declare.` });
      }
    }
  }

  // Pinning with a version comment, read from the raw text (comments are not in the parsed document).
  for (const [i, line] of text.split('\n').entries()) {
    const m = /^\s*(?:-\s+)?uses:\s*([^\s#]+)\s*(#.*)?$/.exec(line);
    if (!m || m[1]!.startsWith('./')) continue;
    const ref = m[1]!;
    if (ref.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(ref)) out.push({ file, rule: 'pinned', message: `line ${i + 1}: '${ref}' is not pinned by digest.` });
      continue;
    }
    if (!/@[0-9a-f]{40}$/.test(ref)) out.push({ file, rule: 'pinned', message: `line ${i + 1}: '${ref}' is not pinned to a 40-hex commit SHA (tags are mutable).` });
    else if (!m[2] || !/#\s*v?\d/.test(m[2])) out.push({ file, rule: 'pinned-comment', message: `line ${i + 1}: '${ref}' has no version comment (e.g. # v4.3.0).` });
  }

  for (const [jobId, jobRaw] of Object.entries(jobs)) {
    const job = asObj(jobRaw);
    const where = `job '${jobId}'`;
    if (job['permissions'] === undefined) out.push({ file, rule: 'permissions', message: `${where} has no permissions: (least privilege per job).` });
    checkConcurrency(job['concurrency'], where);
    const needs = new Set(needsOf(jobId));

    // Calls of reusable workflows of this repository.
    if (typeof job['uses'] === 'string' && job['uses'].startsWith('./.github/workflows/')) {
      const callee = resolve(opts.root, job['uses']);
      if (!existsSync(callee)) out.push({ file, rule: 'reusable-exists', message: `${where} calls ${job['uses']}, which does not exist.` });
      else {
        const call = asObj(asObj(asObj(parse(readFileSync(callee, 'utf8')))['on'])['workflow_call']);
        const ins = asObj(call['inputs']);
        const given = asObj(job['with']);
        for (const k of Object.keys(given)) if (!(k in ins)) out.push({ file, rule: 'with-input-exists', message: `${where}: with '${k}' is not an input of ${job['uses']}.` });
        for (const [k, d] of Object.entries(ins)) if (asObj(d)['required'] === true && !(k in given)) out.push({ file, rule: 'required-input-given', message: `${where}: ${job['uses']} needs input '${k}'.` });
        const secs = asObj(call['secrets']);
        if (job['secrets'] !== 'inherit') {
          for (const k of Object.keys(asObj(job['secrets']))) if (!(k in secs)) out.push({ file, rule: 'secret-declared', message: `${where}: secret '${k}' is not declared by ${job['uses']}.` });
          for (const [k, d] of Object.entries(secs)) if (asObj(d)['required'] === true && !(k in asObj(job['secrets']))) out.push({ file, rule: 'required-secret-given', message: `${where}: ${job['uses']} needs secret '${k}'.` });
        }
      }
    }

    // Step ids and what each produces.
    const steps = asArray(job['steps']).map((s) => asObj(s) as StepLike);
    const stepOutputs = new Map<string, Set<string> | 'any'>();
    for (const [i, step] of steps.entries()) {
      const sWhere = `${where} step ${step.id ?? (asObj(step)['name'] as string | undefined) ?? i + 1}`;
      const spec = checkLocalUses(file, sWhere, step, opts.root, specs, out);
      if (step.uses?.startsWith('actions/checkout@') && asObj(step.with)['persist-credentials'] !== false) {
        out.push({ file, rule: 'persist-credentials', message: `${sWhere}: actions/checkout without persist-credentials: false (the token stays in .git/config).` });
      }
      if (step.uses?.startsWith('actions/upload-artifact@')) {
        const w = asObj(step.with);
        const paths = String(w['path'] ?? '').split('\n').map((p) => p.trim()).filter(Boolean);
        if (paths.length === 0 || paths.some((p) => p === '.' || p === './' || p === '*' || p === '**' || p.startsWith('!'))) out.push({ file, rule: 'artifact-paths', message: `${sWhere}: upload-artifact needs explicit paths (not '.' or '*').` });
        if (w['retention-days'] === undefined) out.push({ file, rule: 'artifact-retention', message: `${sWhere}: upload-artifact without retention-days.` });
        if (w['include-hidden-files'] === true) out.push({ file, rule: 'artifact-hidden', message: `${sWhere}: upload-artifact includes hidden files.` });
      }
      if (typeof step.run === 'string') {
        for (const e of expressionsIn(step.run)) {
          const bad = UNTRUSTED.find((re) => re.test(e));
          out.push({ file, rule: 'no-expression-in-run', message: `${sWhere}: \${{ ${e} }} inside run:${bad ? ' (untrusted context)' : ''} — pass it through env: and read "$VAR".` });
        }
      }
      // References in this step (anything but run:, which may hold none) — only earlier steps count.
      for (const s of stringsIn(step)) {
        for (const e of expressionsIn(s)) {
          for (const m of e.matchAll(REF)) {
            const [, kind, id, output] = m;
            if (kind === 'steps') {
              const produced = stepOutputs.get(id!);
              if (produced === undefined) out.push({ file, rule: 'steps-ref', message: `${sWhere}: reads steps.${id}, but no earlier step of ${where} has id '${id}'.` });
              else if (output && produced !== 'any' && !produced.has(output)) out.push({ file, rule: 'steps-output-exists', message: `${sWhere}: reads steps.${id}.outputs.${output}, which that step does not produce (it has: ${[...produced].join(', ') || 'none'}).` });
            } else if (kind === 'needs') checkNeedsRef(file, sWhere, id!, output, needs, jobs, out);
          }
          for (const m of e.matchAll(INPUT_REF)) if (declaredInputs.size > 0 && !declaredInputs.has(m[1]!)) out.push({ file, rule: 'input-declared', message: `${sWhere}: reads inputs.${m[1]}, which the workflow does not declare.` });
        }
      }
      if (step.id) {
        if (spec) stepOutputs.set(step.id, spec.outputs);
        else if (typeof step.run === 'string') {
          // `echo "name=value" >> "$GITHUB_OUTPUT"`: the names are known; any other form: trust the script.
          const names = new Set([...step.run.matchAll(/echo\s+"([A-Za-z0-9_-]+)=/g)].map((m) => m[1]!));
          stepOutputs.set(step.id, names.size === 0 && step.run.includes('GITHUB_OUTPUT') ? 'any' : names);
        } else stepOutputs.set(step.id, 'any'); // a pinned third-party action: its outputs are not ours to know
      }
    }

    // Job-level strings (if, outputs, environment, concurrency, strategy, with of a reusable call).
    const jobLevel = { ...job };
    delete jobLevel['steps'];
    for (const s of stringsIn(jobLevel)) {
      for (const e of expressionsIn(s)) {
        for (const m of e.matchAll(REF)) {
          const [, kind, id, output] = m;
          if (kind === 'needs') checkNeedsRef(file, where, id!, output, needs, jobs, out);
          if (kind === 'steps') {
            const produced = stepOutputs.get(id!);
            if (produced === undefined) out.push({ file, rule: 'steps-ref', message: `${where}: outputs read steps.${id}, which is not a step id of this job.` });
            else if (output && produced !== 'any' && !produced.has(output)) out.push({ file, rule: 'steps-output-exists', message: `${where}: outputs read steps.${id}.outputs.${output}, which that step does not produce.` });
          }
        }
        for (const m of e.matchAll(INPUT_REF)) if (declaredInputs.size > 0 && !declaredInputs.has(m[1]!)) out.push({ file, rule: 'input-declared', message: `${where}: reads inputs.${m[1]}, which the workflow does not declare.` });
      }
    }
  }
  return out;
}

function checkNeedsRef(file: string, where: string, id: string, output: string | undefined, needs: Set<string>, jobs: Obj, out: Finding[]): void {
  if (!needs.has(id)) {
    out.push({ file, rule: 'needs-ref', message: `${where}: reads needs.${id}, but '${id}' is not in its needs: (only direct needs are visible).` });
    return;
  }
  if (output && !(output in asObj(asObj(jobs[id])['outputs']))) out.push({ file, rule: 'needs-output-exists', message: `${where}: reads needs.${id}.outputs.${output}, which job '${id}' does not declare.` });
}

/** Runs the composite-action rules (expressions in run:, local uses) over an action.yml. */
export function walkAction(path: string, root: string): Finding[] {
  const doc = asObj(parse(readFileSync(path, 'utf8')));
  const out: Finding[] = [];
  const runs = asObj(doc['runs']);
  if (runs['using'] !== 'composite') {
    const main = runs['main'];
    if (typeof main === 'string' && !main.startsWith('../../dist/') && !main.startsWith('dist/')) out.push({ file: path, rule: 'bundle-path', message: `runs.main '${main}' is not a dist/ bundle.` });
    return out;
  }
  const inputs = new Set(Object.keys(asObj(doc['inputs'])));
  const ids = new Set<string>();
  for (const [i, raw] of asArray(runs['steps']).entries()) {
    const step = asObj(raw) as StepLike;
    const where = `step ${step.id ?? i + 1}`;
    checkLocalUses(path, where, step, root, new Map(), out);
    if (typeof step.run === 'string') for (const e of expressionsIn(step.run)) out.push({ file: path, rule: 'no-expression-in-run', message: `${where}: \${{ ${e} }} inside run: — pass it through env:.` });
    for (const s of stringsIn(step)) for (const e of expressionsIn(s)) for (const m of e.matchAll(INPUT_REF)) if (!inputs.has(m[1]!)) out.push({ file: path, rule: 'input-declared', message: `${where}: reads inputs.${m[1]}, not an input of this action.` });
    if (step.id) ids.add(step.id);
  }
  for (const [name, def] of Object.entries(asObj(doc['outputs']))) {
    for (const e of expressionsIn(String(asObj(def)['value'] ?? ''))) for (const m of e.matchAll(REF)) if (m[1] === 'steps' && !ids.has(m[2]!)) out.push({ file: path, rule: 'steps-ref', message: `output '${name}' reads steps.${m[2]}, not a step id.` });
  }
  return out;
}

/** The directory of a file (re-exported for tests that build fixture trees). */
export const dirOf = dirname;
