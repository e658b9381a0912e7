/**
 * Preflight of a deployment (issue #4 step 1), everything that must hold BEFORE the first RPC:
 * the config validates (fast engine by default, exact when asked) with deploy-time env rules, the inventory
 * parses, the selector and the exclusions name real instances, every selected instance's token is set, and
 * (when asked) the checkout is a clean tag. Any problem is a UserError naming the file:line or the input.
 *
 * The desired config handed to the engine is the loader's `authored` tree — includes merged, `${VAR}` left
 * verbatim (see plan.ts for why that is what the gateway must store).
 */
import { execFile } from 'node:child_process';
import { isAbsolute, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { UserError } from '../common/errors.js';
import type { SecretRegistry } from '../common/secrets.js';
import { toPlain } from '../config/located.js';
import { loadConfig } from '../config/load.js';
import type { EnvMode } from '../config/types.js';
import { isPlainObject, type PlainObject } from '../fleet/merge.js';
import { loadInventory, resolveTokens, selectInstances, type LocatedInstanceSpec, type LocatedInventory } from '../fleet/inventory.js';
import { formatReport, reportFailed } from '../validate/format.js';
import type { Engine, ValidationReport } from '../validate/types.js';
import { validateFiles } from '../validate/validate.js';
import type { SourceInfo } from './types.js';

const exec = promisify(execFile);

export interface PreflightOptions {
  configFile: string;
  inventoryFile: string;
  selector?: string;
  exclude?: string[];
  engine?: Engine;
  /** `${VAR}` missing in THIS environment: warn (default; the gateway resolves them from its own env) or error. */
  envMode?: EnvMode;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  hostAllowlist?: string[];
  /** Tokens are registered here before anything can print. */
  secrets?: SecretRegistry;
  /** Repository root, to record repo-relative config file names. Default cwd. */
  repoRoot?: string;
  source?: Omit<SourceInfo, 'entry' | 'files'>;
}

export interface PreflightResult {
  config: PlainObject;
  source: SourceInfo;
  validation: ValidationReport;
  inventory: LocatedInventory;
  selected: LocatedInstanceSpec[];
  excluded: Array<{ spec: LocatedInstanceSpec; reason: string }>;
  tokens: Map<string, string>;
}

/** Validates and loads everything a deployment needs (see module doc). */
export async function preflight(opts: PreflightOptions): Promise<PreflightResult> {
  const cwd = opts.cwd ?? process.cwd();
  const env = opts.env ?? process.env;
  const envMode = opts.envMode ?? 'warn';

  const validation = await validateFiles([opts.configFile], { engine: opts.engine ?? 'fast', envMode, env, cwd });
  if (reportFailed(validation)) {
    const text = formatReport(validation, { color: false }).trimEnd();
    throw new UserError(`the config does not validate; nothing was deployed:\n${text}`, firstLocation(validation));
  }
  const load = loadConfig(opts.configFile, { env, envMode, cwd });
  if (!load.authored || load.issues.length > 0) {
    const i = load.issues[0];
    throw new UserError(`the config could not be loaded: ${i ? `${i.file}:${i.line}:${i.column}: ${i.message}` : 'unknown error'}`, i ? { file: i.file, line: i.line, column: i.column } : undefined);
  }
  const config = toPlain(load.authored);
  if (!isPlainObject(config)) throw new UserError(`the config ${opts.configFile} is not an object`);

  const inventory = loadInventory(resolve(cwd, opts.inventoryFile), { ...(opts.hostAllowlist ? { hostAllowlist: opts.hostAllowlist } : {}) });
  const selectedAll = selectInstances(inventory, opts.selector);
  const excludeIds = [...new Set((opts.exclude ?? []).map((s) => s.trim()).filter(Boolean))];
  const known = new Set(inventory.instances.map((i) => i.id));
  const unknown = excludeIds.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new UserError(`The value '${unknown.join(', ')}' is not valid for 'exclude': no instance has that id in ${opts.inventoryFile}.`);
  const excluded = selectedAll.filter((i) => excludeIds.includes(i.id)).map((spec) => ({ spec, reason: 'excluded by the exclude input' }));
  const selected = selectedAll.filter((i) => !excludeIds.includes(i.id));
  if (selected.length === 0) throw new UserError('every selected instance is excluded: nothing to deploy');

  const tokens = resolveTokens({ file: inventory.file, instances: selected }, env);
  for (const t of tokens.values()) opts.secrets?.add(t);

  const root = opts.repoRoot ?? cwd;
  const rel = (f: string) => {
    const abs = isAbsolute(f) ? f : resolve(cwd, f);
    const r = relative(root, abs);
    return r.startsWith('..') ? abs : r.split('\\').join('/');
  };
  const source: SourceInfo = { ...(opts.source ?? {}), entry: rel(opts.configFile), files: load.files.map(rel) };
  return { config, source, validation, inventory, selected, excluded, tokens };
}

function firstLocation(report: ValidationReport): { file: string; line: number; column: number } | undefined {
  for (const f of report.files) {
    const i = f.issues.find((x) => x.severity === 'error') ?? f.lint.find((x) => x.severity === 'error');
    if (i) return { file: i.file, line: i.line, column: i.column };
  }
  return undefined;
}

/**
 * `require-clean-ref`: production deploys come from a tag and a clean checkout ("prod must be clean").
 * `ref` is GITHUB_REF when in a workflow; otherwise HEAD must sit exactly on a tag.
 */
export async function checkCleanRef(opts: { cwd: string; ref?: string }): Promise<{ tag: string }> {
  // Only the end is trimmed: porcelain lines start with a status column that may be a space.
  const git = async (args: string[]) => (await exec('git', ['-c', `safe.directory=${opts.cwd}`, '-C', opts.cwd, ...args], { encoding: 'utf8' })).stdout.trimEnd();
  let tag: string;
  if (opts.ref) {
    if (!opts.ref.startsWith('refs/tags/')) {
      throw new UserError(`prod must be clean: require-clean-ref is on and this run is for ${opts.ref}, not a tag. Fix: dispatch the workflow on a release tag (refs/tags/…).`);
    }
    tag = opts.ref.slice('refs/tags/'.length);
  } else {
    try {
      tag = await git(['describe', '--exact-match', '--tags', 'HEAD']);
    } catch {
      throw new UserError('prod must be clean: require-clean-ref is on and HEAD is not exactly on a tag. Fix: check out a release tag.');
    }
  }
  let status: string;
  try {
    status = await git(['status', '--porcelain', '--untracked-files=normal']);
  } catch (e) {
    throw new UserError(`prod must be clean: cannot read the git status of ${opts.cwd} (${(e as Error).message.split('\n')[0]}). Fix: run from a git checkout.`);
  }
  if (status !== '') {
    const files = status.split('\n').slice(0, 10).map((l) => l.slice(3));
    throw new UserError(`prod must be clean: the checkout has uncommitted changes (${files.join(', ')}${status.split('\n').length > 10 ? ', …' : ''}). Fix: deploy exactly what the tag holds.`);
  }
  return { tag };
}
