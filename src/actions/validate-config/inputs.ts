/**
 * Typed inputs of validate-config, parsed strictly before anything else happens.
 */
import { globSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { UserError } from '../../common/errors.js';
import type { EnvMode } from '../../config/types.js';
import type { Engine, LintSeverity } from '../../validate/types.js';
import { createInputs, invalidValueMessage, type InputReader } from '../common/inputs.js';

export const LINT_RULES = ['plaintext-secret', 'retired-providers-key', 'env-in-non-string', 'gateway-token-env-missing'] as const;

export interface ValidateConfigInputs {
  /** Entry files, relative to the workspace when inside it (so annotations land on the PR diff). */
  files: string[];
  engine: Engine;
  openclawVersion: string | undefined;
  mode: 'fail' | 'warn';
  envMode: EnvMode;
  lintSeverity: Partial<Record<string, LintSeverity>>;
  workspace: string;
}

const GLOB_CHARS = /[*?[\]{}]/;

/** Reads and checks every input; throws a UserError naming the input and value on anything off. */
export function getInputs(read?: InputReader, workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()): ValidateConfigInputs {
  const inputs = createInputs(read);
  const patterns = inputs.getList('files', { separator: 'newline' });
  if (patterns.length === 0) throw new UserError("The input 'files' is required but was empty. Fix: list the config entry files, one per line (globs allowed).");
  const files: string[] = [];
  for (const pattern of patterns) {
    if (GLOB_CHARS.test(pattern)) {
      const matches = globSync(pattern, { cwd: workspace }).filter((m) => statSync(resolve(workspace, m)).isFile()).sort();
      if (matches.length === 0) {
        throw new UserError(invalidValueMessage('files', pattern, `The pattern matched no file under ${workspace}. Fix the pattern or remove it.`));
      }
      files.push(...matches);
    } else {
      const abs = resolve(workspace, pattern);
      const rel = relative(workspace, abs);
      files.push(rel.startsWith('..') || isAbsolute(rel) ? abs : rel);
    }
  }
  const lintSeverity: Partial<Record<string, LintSeverity>> = {};
  for (const item of inputs.getList('lint')) {
    const m = /^([a-z-]+)\s*=\s*(error|warning|off)$/.exec(item);
    if (!m) throw new UserError(invalidValueMessage('lint', item, "Expected 'rule=error|warning|off', e.g. 'plaintext-secret=warning'."));
    const [, rule, severity] = m as unknown as [string, string, LintSeverity];
    if (!(LINT_RULES as readonly string[]).includes(rule)) {
      throw new UserError(invalidValueMessage('lint', item, `Unknown rule '${rule}'. Valid rules are: [${LINT_RULES.join(', ')}].`));
    }
    lintSeverity[rule] = severity;
  }
  const version = inputs.getOptional('openclaw-version');
  if (version !== undefined && !/^\d{4}\.\d{1,2}\.\d{1,2}(-[0-9A-Za-z.-]+)?$/.test(version)) {
    throw new UserError(invalidValueMessage('openclaw-version', version, 'Expected an exact OpenClaw version such as 2026.9.6.'));
  }
  return {
    files: [...new Set(files)],
    engine: inputs.getEnum('engine', ['fast', 'exact'] as const, 'fast'),
    openclawVersion: version,
    mode: inputs.getEnum('mode', ['fail', 'warn'] as const, 'fail'),
    envMode: inputs.getEnum('env-mode', ['warn', 'error'] as const, 'warn'),
    lintSeverity,
    workspace,
  };
}
