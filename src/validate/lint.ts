/**
 * Lint: problems OpenClaw does not report (it accepts the file) but a release gate should. Findings sit
 * beside OpenClaw's verdict and never change `valid`; each has a stable rule id and a configurable
 * severity (`error` fails the check, `warning` only reports, `off` drops it). Messages name the place and
 * the fix, and never contain the offending value: a plaintext secret must not be echoed into a log.
 */
import type { LNode, Loc } from '../config/located.js';
import { walkLocated, getLocated } from '../config/located.js';
import { containsEnvReference, effectiveEnv, envReferenceNames } from '../config/env.js';
import { joinPath, parsePath } from '../config/paths.js';
import type { EnvMode, EnvReference, StrictFinding } from '../config/types.js';
import type { LintFinding, LintSeverity } from './types.js';

export interface LintRuleInfo {
  id: string;
  /** Default severity; `gateway-token-env-missing` is an error only at deploy time (env-mode `error`). */
  defaultSeverity: (envMode: EnvMode) => LintSeverity;
  description: string;
}

/** Every lint rule, by stable id. */
export const LINT_RULES: readonly LintRuleInfo[] = [
  { id: 'plaintext-secret', defaultSeverity: () => 'error', description: 'an API key, token or password written literally in the config instead of ${VAR} or a SecretRef' },
  { id: 'retired-providers-key', defaultSeverity: () => 'error', description: 'the retired top-level `providers` key (use `models.providers`)' },
  { id: 'env-in-non-string', defaultSeverity: () => 'error', description: '${VAR} where a number or boolean is required (substitution always yields a string)' },
  { id: 'gateway-token-env-missing', defaultSeverity: (m) => (m === 'error' ? 'error' : 'warning'), description: 'gateway.auth.token/password is ${VAR} (or an env SecretRef) and VAR is not provided: the gateway would start with a random token' },
  { id: 'env-ref-not-substituted', defaultSeverity: () => 'warning', description: '${…} with a name OpenClaw does not substitute (lower case, dashes…): it stays literal' },
  { id: 'forbidden-key', defaultSeverity: () => 'error', description: '`__proto__`, `constructor` or `prototype` keys (OpenClaw drops them silently)' },
  { id: 'duplicate-key', defaultSeverity: () => 'warning', description: 'a key written twice in one object (the last one silently wins)' },
  { id: 'invalid-utf8', defaultSeverity: () => 'error', description: 'bytes that are not UTF-8 (OpenClaw silently replaces them with U+FFFD)' },
  { id: 'non-finite-number', defaultSeverity: () => 'error', description: 'NaN or Infinity (JSON cannot carry them to a gateway)' },
  { id: 'unsafe-integer', defaultSeverity: () => 'error', description: 'an integer literal beyond ±2^53 that silently loses precision' },
];

const RULE_IDS = new Set(LINT_RULES.map((r) => r.id));

/** True when `id` names a lint rule. */
export function isLintRule(id: string): boolean {
  return RULE_IDS.has(id);
}

export interface LintInput {
  /** The authored config (after includes, before env substitution); undefined when loading failed. */
  authored: LNode | undefined;
  /** Strict-load findings from the loader. */
  findings: readonly StrictFinding[];
  envRefs: readonly EnvReference[];
  /** The verdict's issues (schema or OpenClaw), to explain `${VAR}` type errors. */
  issues: ReadonlyArray<{ path: string; message: string }>;
  /** The environment the config will see (the config's env.vars are added here). */
  env: NodeJS.ProcessEnv;
  envMode: EnvMode;
  /** Per-rule severity overrides. */
  severity?: Readonly<Partial<Record<string, LintSeverity>>>;
}

export function lintConfig(input: LintInput): LintFinding[] {
  const raw: Array<{ rule: string; message: string; path?: string; loc: Loc }> = [];
  for (const f of input.findings) raw.push({ rule: f.rule, message: f.message, ...(f.path ? { path: f.path } : {}), loc: f.loc });
  if (input.authored) {
    raw.push(...plaintextSecrets(input.authored));
    raw.push(...retiredProvidersKey(input.authored));
    raw.push(...unsubstitutedRefs(input.authored));
    raw.push(...envInNonString(input.authored, input.issues));
    raw.push(...gatewayTokenEnvMissing(input.authored, input.envRefs, effectiveEnv(input.authored, input.env)));
  }
  const out: LintFinding[] = [];
  for (const r of raw) {
    const info = LINT_RULES.find((x) => x.id === r.rule);
    const severity = input.severity?.[r.rule] ?? info?.defaultSeverity(input.envMode) ?? 'error';
    if (severity === 'off') continue;
    const finding: LintFinding = { rule: r.rule, severity, message: r.message, file: r.loc.file, line: r.loc.line, column: r.loc.column };
    if (r.path !== undefined) finding.path = r.path;
    out.push(finding);
  }
  return out;
}

// ── plaintext-secret ──────────────────────────────────────────────────────────────────────────────────

const SECRET_SHAPES: ReadonlyArray<[RegExp, string]> = [
  [/sk-ant-[A-Za-z0-9_-]{20,}/, 'an Anthropic API key'],
  [/sk-or-v1-[A-Za-z0-9]{20,}/, 'an OpenRouter API key'],
  [/sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/, 'an OpenAI-style API key (sk-…)'],
  [/AIza[0-9A-Za-z_-]{35}/, 'a Google API key'],
  [/\bgh[pousr]_[A-Za-z0-9]{36,}/, 'a GitHub token'],
  [/\bgithub_pat_[A-Za-z0-9_]{22,}/, 'a GitHub fine-grained token'],
  [/\bxox[abprse]-[A-Za-z0-9-]{10,}/, 'a Slack token'],
  [/\bxapp-\d-[A-Za-z0-9-]{10,}/, 'a Slack app token'],
  [/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/, 'an AWS access key id'],
  [/\b\d{8,10}:[A-Za-z0-9_-]{35}\b/, 'a Telegram bot token'],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'a private key'],
];

/** Keys whose string value is a credential (compared case-insensitively). */
const SECRET_KEYS = new Set(
  ['apiKey', 'token', 'password', 'secret', 'botToken', 'appToken', 'accessToken', 'refreshToken', 'clientSecret', 'signingSecret', 'webhookSecret', 'privateKey', 'authToken', 'bearerToken', 'pushToken', 'appPassword', 'apiSecret'].map((k) => k.toLowerCase()),
);

const REDACTED = '__OPENCLAW_REDACTED__';
const ENV_SHORTHAND = /^\$[A-Z][A-Z0-9_]{0,127}$/;

function suggestedVar(path: (string | number)[]): string {
  const joined = joinPath(path);
  if (joined === 'gateway.auth.token') return 'OPENCLAW_GATEWAY_TOKEN';
  if (joined === 'gateway.auth.password') return 'OPENCLAW_GATEWAY_PASSWORD';
  const named = path.filter((p): p is string => typeof p === 'string').slice(-2);
  const name = named.join('_').replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase().replace(/^_+|_+$/g, '');
  return /^[A-Z_]/.test(name) ? name : `SECRET_${name}`;
}

function plaintextSecrets(root: LNode): Array<{ rule: string; message: string; path: string; loc: Loc }> {
  const out: Array<{ rule: string; message: string; path: string; loc: Loc }> = [];
  walkLocated(root, (node, path) => {
    if (node.kind !== 'value' || typeof node.value !== 'string') return;
    const value = node.value;
    // What the author typed literally, with ${VAR} references (resolved at load time) taken out.
    const literal = containsEnvReference(value) ? value.replace(/\$\{[A-Z_][A-Z0-9_]*\}/g, '') : value;
    let reason: string | undefined;
    for (const [re, label] of SECRET_SHAPES) {
      if (re.test(literal)) {
        reason = `looks like ${label}`;
        break;
      }
    }
    const last = path[path.length - 1];
    if (!reason && typeof last === 'string' && SECRET_KEYS.has(last.toLowerCase())) {
      const trimmed = literal.trim();
      if (trimmed && trimmed !== REDACTED && !ENV_SHORTHAND.test(value.trim()) && !containsEnvReference(value)) reason = `"${last}" holds a literal value`;
    }
    if (!reason) return;
    const p = joinPath(path);
    const v = suggestedVar(path);
    out.push({
      rule: 'plaintext-secret',
      path: p,
      loc: node.loc,
      message: `plaintext secret at ${p} (${reason}; the value is not shown): secrets in a config repo leak through git history, pull requests and logs. Fix: store it as a CI secret and write "\${${v}}" or a SecretRef {source: "env", provider: "default", id: "${v}"}`,
    });
  });
  return out;
}

// ── env-ref-not-substituted ───────────────────────────────────────────────────────────────────────────

function unsubstitutedRefs(root: LNode): Array<{ rule: string; message: string; path: string; loc: Loc }> {
  const out: Array<{ rule: string; message: string; path: string; loc: Loc }> = [];
  walkLocated(root, (node, path) => {
    if (node.kind !== 'value' || typeof node.value !== 'string' || !node.value.includes('${')) return;
    const value = node.value;
    for (const m of value.matchAll(/\$\{([^}]{0,64})\}/g)) {
      const name = m[1]!;
      const escaped = m.index > 0 && value[m.index - 1] === '$';
      if (escaped || /^[A-Z_][A-Z0-9_]*$/.test(name)) continue;
      const p = joinPath(path);
      const fix = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? ` Fix: write \${${name.toUpperCase()}}` : ' Fix: use a name made of A-Z, 0-9 and _';
      out.push({
        rule: 'env-ref-not-substituted',
        path: p,
        loc: node.loc,
        message: `"\${${name}}" at ${p} stays literal: OpenClaw substitutes only names matching [A-Z_][A-Z0-9_]*, silently.${fix}`,
      });
      break;
    }
  });
  return out;
}

// ── retired-providers-key ─────────────────────────────────────────────────────────────────────────────

function retiredProvidersKey(root: LNode): Array<{ rule: string; message: string; path: string; loc: Loc }> {
  if (root.kind !== 'object') return [];
  const entry = root.entries.get('providers');
  if (!entry) return [];
  return [
    {
      rule: 'retired-providers-key',
      path: 'providers',
      loc: entry.keyLoc,
      message: 'the top-level "providers" key was retired and OpenClaw rejects it (Unrecognized key). Fix: move each provider under models.providers (e.g. models.providers.openai: {...}); a provider OpenClaw does not bundle also needs baseUrl and models',
    },
  ];
}

// ── env-in-non-string ─────────────────────────────────────────────────────────────────────────────────

const NON_STRING_TYPE = /expected (number|boolean|integer|int|bigint)\b.*received string|^must be (number|integer|boolean)\b/;

function envInNonString(root: LNode, issues: LintInput['issues']): Array<{ rule: string; message: string; path: string; loc: Loc }> {
  const out: Array<{ rule: string; message: string; path: string; loc: Loc }> = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const m = NON_STRING_TYPE.exec(issue.message);
    if (!m) continue;
    const segments = parsePath(issue.path);
    const node = getLocated(root, segments);
    if (!node || node.kind !== 'value' || typeof node.value !== 'string' || !containsEnvReference(node.value)) continue;
    const p = joinPath(segments);
    if (seen.has(p)) continue;
    seen.add(p);
    const wanted = m[1] ?? m[2] ?? 'number';
    const names = envReferenceNames(node.value).map((n) => '${' + n + '}').join(', ');
    out.push({
      rule: 'env-in-non-string',
      path: p,
      loc: node.loc,
      message: `${names} at ${p}: env substitution always yields a string, but this field needs a ${wanted === 'int' || wanted === 'integer' ? 'number' : wanted}. Fix: write the value literally (values that differ per instance belong in the inventory overlay)`,
    });
  }
  return out;
}

// ── gateway-token-env-missing ─────────────────────────────────────────────────────────────────────────

const GATEWAY_SECRETS = ['gateway.auth.token', 'gateway.auth.password'];

function gatewayTokenEnvMissing(root: LNode, refs: readonly EnvReference[], env: NodeJS.ProcessEnv): Array<{ rule: string; message: string; path: string; loc: Loc }> {
  const out: Array<{ rule: string; message: string; path: string; loc: Loc }> = [];
  const consequence = (p: string) =>
    p.endsWith('token')
      ? 'the gateway would start with a random runtime token and lock every remote caller out (its health probe still answers 200)'
      : 'the gateway could not authenticate remote callers with the intended password';
  for (const r of refs) {
    if (r.provided || !GATEWAY_SECRETS.includes(r.path)) continue;
    out.push({
      rule: 'gateway-token-env-missing',
      path: r.path,
      loc: r.loc,
      message: `${r.path} is "\${${r.name}}" but ${r.name} is not provided: ${consequence(r.path)}. Fix: provide ${r.name} in the gateway's environment at deploy time`,
    });
  }
  for (const p of GATEWAY_SECRETS) {
    const node = getLocated(root, parsePath(p));
    if (!node || node.kind !== 'object') continue;
    const source = node.entries.get('source')?.node;
    const id = node.entries.get('id')?.node;
    if (source?.kind !== 'value' || source.value !== 'env' || id?.kind !== 'value' || typeof id.value !== 'string') continue;
    const v = env[id.value];
    if (v !== undefined && v !== '') continue;
    out.push({
      rule: 'gateway-token-env-missing',
      path: p,
      loc: node.loc,
      message: `${p} is an env SecretRef to ${id.value}, which is not provided: the gateway cannot resolve its ${p.endsWith('token') ? 'token' : 'password'}, and remote callers cannot authenticate. Fix: provide ${id.value} in the gateway's environment at deploy time`,
    });
  }
  return out;
}
