// Lint rules: what OpenClaw accepts but a release gate should not. Each rule fires on a bad config, stays
// quiet on the good one, honours severity overrides, and never echoes a secret.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateFiles, type ValidateOptions } from '../../src/validate/validate.js';
import { LINT_RULES } from '../../src/validate/lint.js';
import type { LintFinding } from '../../src/validate/types.js';
import { removeTemp, tempConfigDir } from '../helpers/configs.js';

const dir = tempConfigDir();
afterAll(() => removeTemp(dir));
let n = 0;

async function lint(files: Record<string, string>, opts: ValidateOptions = {}) {
  const caseDir = join(dir, String(n++));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(caseDir, rel, '..'), { recursive: true });
    writeFileSync(join(caseDir, rel), content);
  }
  const report = await validateFiles(['openclaw.json5'], { env: {}, ...opts, cwd: caseDir });
  return report.files[0]!;
}
const rules = (l: LintFinding[]) => l.map((f) => f.rule);

// Canary secrets: none of these may appear in any message.
const CANARIES = {
  anthropic: 'sk-ant-api03-CANARYcanaryCANARYcanary0123456789',
  openai: 'sk-proj-CANARYcanaryCANARYcanary01234567',
  google: 'AIzaSyCANARYcanaryCANARYcanary012345678',
  github: 'ghp_CANARYcanaryCANARYcanaryCANARY012345',
  slack: 'xoxb-1234567890-CANARYcanary',
  aws: 'AKIACANARYCANARY1234',
  telegram: '123456789:AAHCANARYcanaryCANARYcanaryCANARY12',
  pem: '-----BEGIN RSA PRIVATE KEY-----\\nMIIEcanary\\n-----END RSA PRIVATE KEY-----',
};

describe('plaintext-secret', () => {
  it.each(Object.entries(CANARIES))('flags a literal %s key without echoing it', async (_kind, secret) => {
    const f = await lint({ 'openclaw.json5': `{ env: { vars: { SOME_VALUE: "${secret}" } } }` });
    expect(rules(f.lint)).toEqual(['plaintext-secret']);
    expect(f.lint[0]!.path).toBe('env.vars.SOME_VALUE');
    const all = JSON.stringify(f);
    for (const piece of [secret, secret.slice(0, 24), Buffer.from(secret).toString('base64')]) expect(all).not.toContain(piece);
  });

  it('flags literal credentials in credential fields (gateway token, apiKey, botToken) and suggests a variable', async () => {
    const f = await lint({
      'openclaw.json5': '{ gateway: { auth: { mode: "token", token: "hunter2hunter2" } }, models: { providers: { openai: { apiKey: "short" } } }, channels: { telegram: { enabled: false, botToken: "1:x" } } }',
    });
    expect(f.lint.map((l) => [l.rule, l.path, l.severity])).toEqual([
      ['plaintext-secret', 'gateway.auth.token', 'error'],
      ['plaintext-secret', 'models.providers.openai.apiKey', 'error'],
      ['plaintext-secret', 'channels.telegram.botToken', 'error'],
    ]);
    expect(f.lint[0]!.message).toBe(
      'plaintext secret at gateway.auth.token ("token" holds a literal value; the value is not shown): secrets in a config repo leak through git history, pull requests and logs. Fix: store it as a CI secret and write "${OPENCLAW_GATEWAY_TOKEN}" or a SecretRef {source: "env", provider: "default", id: "OPENCLAW_GATEWAY_TOKEN"}',
    );
    expect(f.lint[1]!.message).toContain('"${OPENAI_API_KEY}"');
    expect(JSON.stringify(f)).not.toContain('hunter2');
  });

  it('accepts ${VAR}, $VAR shorthand, SecretRefs, the redaction marker and non-secret fields', async () => {
    const f = await lint({
      'openclaw.json5':
        '{ gateway: { auth: { mode: "token", token: "${GW_TOKEN}" } }, models: { providers: { openai: { apiKey: "$OPENAI_API_KEY", maxTokens: 1000 }, anthropic: { apiKey: { source: "env", provider: "default", id: "ANTHROPIC_API_KEY" } }, google: { apiKey: "__OPENCLAW_REDACTED__" } } } }',
    }, { env: { GW_TOKEN: 'set-in-ci' } });
    expect(f.lint).toEqual([]);
  });

  it('points at the included file that holds the secret', async () => {
    const f = await lint({ 'openclaw.json5': '{ models: { $include: "./models.json5" } }', 'models.json5': `{\n  providers: {\n    anthropic: { apiKey: "${CANARIES.anthropic}" },\n  },\n}` });
    expect(f.lint.map((l) => [l.rule, l.file, l.line, l.column])).toEqual([['plaintext-secret', 'models.json5', 3, 26]]);
  });

  it('a secret substituted from the environment is fine, and masked if an engine ever quotes it', async () => {
    const f = await lint({ 'openclaw.json5': '{ models: { providers: { openai: { apiKey: "${OPENAI_API_KEY}" } } }, gateway: { port: "${OPENAI_API_KEY}" } }' }, { env: { OPENAI_API_KEY: CANARIES.openai } });
    expect(rules(f.lint)).toEqual(['env-in-non-string']);
    expect(JSON.stringify(f)).not.toContain(CANARIES.openai);
  });
});

describe('retired-providers-key', () => {
  it('explains the retired top-level providers key, beside the schema error', async () => {
    const f = await lint({ 'openclaw.json5': '{\n  providers: { openai: {} },\n}' });
    expect(f.valid).toBe(false);
    expect(f.issues.map((i) => i.message)).toContain('Unrecognized key: "providers"');
    expect(f.lint).toEqual([
      {
        rule: 'retired-providers-key',
        severity: 'error',
        path: 'providers',
        file: 'openclaw.json5',
        line: 2,
        column: 3,
        message: 'the top-level "providers" key was retired and OpenClaw rejects it (Unrecognized key). Fix: move each provider under models.providers (e.g. models.providers.openai: {...}); a provider OpenClaw does not bundle also needs baseUrl and models',
      },
    ]);
  });

  it('stays quiet for models.providers', async () => {
    expect((await lint({ 'openclaw.json5': '{ models: { providers: { openai: {} } } }' })).lint).toEqual([]);
  });
});

describe('env-in-non-string', () => {
  it('explains ${VAR} in number and boolean fields (substitution yields strings)', async () => {
    const f = await lint({ 'openclaw.json5': '{\n  gateway: { port: "${OCF_PORT}" },\n  update: { checkOnStart: "${CHECK}" },\n}' }, { env: { OCF_PORT: '19301', CHECK: 'false' } });
    expect(f.valid).toBe(false);
    expect(f.lint.map((l) => [l.rule, l.path, l.line, l.message])).toEqual([
      ['env-in-non-string', 'gateway.port', 2, '${OCF_PORT} at gateway.port: env substitution always yields a string, but this field needs a number. Fix: write the value literally (values that differ per instance belong in the inventory overlay)'],
      ['env-in-non-string', 'update.checkOnStart', 3, '${CHECK} at update.checkOnStart: env substitution always yields a string, but this field needs a boolean. Fix: write the value literally (values that differ per instance belong in the inventory overlay)'],
    ]);
  });

  it('stays quiet for ${VAR} in string fields and for literal numbers', async () => {
    expect((await lint({ 'openclaw.json5': '{ gateway: { port: 19301, customBindHost: "${HOST}" } }' }, { env: { HOST: '127.0.0.1' } })).lint).toEqual([]);
  });
});

describe('gateway-token-env-missing', () => {
  const config = { 'openclaw.json5': '{ gateway: { auth: { mode: "token", token: "${OPENCLAW_GATEWAY_TOKEN}" } } }' };
  const message =
    'gateway.auth.token is "${OPENCLAW_GATEWAY_TOKEN}" but OPENCLAW_GATEWAY_TOKEN is not provided: the gateway would start with a random runtime token and lock every remote caller out (its health probe still answers 200). Fix: provide OPENCLAW_GATEWAY_TOKEN in the gateway\'s environment at deploy time';

  it('warns in env-mode warn (a PR check has no deploy secrets)', async () => {
    const f = await lint(config);
    expect(f.valid).toBe(true);
    expect(f.lint.map((l) => [l.rule, l.severity, l.message])).toEqual([['gateway-token-env-missing', 'warning', message]]);
  });

  it('is an error at deploy time (env-mode error), beside the missing-variable error', async () => {
    const f = await lint(config, { envMode: 'error' });
    expect(f.valid).toBe(false);
    expect(f.lint.map((l) => [l.rule, l.severity])).toEqual([['gateway-token-env-missing', 'error']]);
  });

  it('stays quiet when the token is provided, by the environment or env.vars', async () => {
    expect((await lint(config, { env: { OPENCLAW_GATEWAY_TOKEN: 'x' } })).lint).toEqual([]);
  });

  it('also checks an env SecretRef token', async () => {
    const f = await lint({ 'openclaw.json5': '{ gateway: { auth: { mode: "token", token: { source: "env", provider: "default", id: "GW_TOKEN" } } } }' });
    expect(f.lint.map((l) => l.message)).toEqual([
      'gateway.auth.token is an env SecretRef to GW_TOKEN, which is not provided: the gateway cannot resolve its token, and remote callers cannot authenticate. Fix: provide GW_TOKEN in the gateway\'s environment at deploy time',
    ]);
    expect((await lint({ 'openclaw.json5': '{ gateway: { auth: { mode: "token", token: { source: "env", provider: "default", id: "GW_TOKEN" } } } }' }, { env: { GW_TOKEN: 't' } })).lint).toEqual([]);
  });
});

describe('env-ref-not-substituted', () => {
  it('warns about ${lower_case} names OpenClaw silently leaves literal', async () => {
    const f = await lint({ 'openclaw.json5': '{ gateway: { customBindHost: "${gateway_host}" }, a: { b: "$${escaped}" } }' });
    expect(f.lint.map((l) => [l.rule, l.severity, l.message])).toEqual([
      ['env-ref-not-substituted', 'warning', '"${gateway_host}" at gateway.customBindHost stays literal: OpenClaw substitutes only names matching [A-Z_][A-Z0-9_]*, silently. Fix: write ${GATEWAY_HOST}'],
    ]);
  });
});

describe('strict-load findings become lint', () => {
  it('forbidden-key, duplicate-key, non-finite-number, unsafe-integer and invalid-utf8 with their default severities', async () => {
    const f = await lint({ 'openclaw.json5': '{ "__proto__": {}, gateway: { port: 1, port: 2 }, a: NaN, b: 123456789012345678901 }' });
    expect(f.lint.map((l) => [l.rule, l.severity])).toEqual([
      ['forbidden-key', 'error'],
      ['duplicate-key', 'warning'],
      ['non-finite-number', 'error'],
      ['unsafe-integer', 'error'],
    ]);
  });
});

describe('severity overrides', () => {
  it('off drops a rule, warning/error change it; the verdict never changes', async () => {
    const files = { 'openclaw.json5': '{ gateway: { auth: { mode: "token", token: "hunter2hunter2" }, port: 1, port: 2 } }' };
    const base = await lint(files);
    expect(base.lint.map((l) => [l.rule, l.severity])).toEqual([
      ['plaintext-secret', 'error'],
      ['duplicate-key', 'warning'],
    ]);
    const changed = await lint(files, { lintSeverity: { 'plaintext-secret': 'warning', 'duplicate-key': 'off' } });
    expect(changed.lint.map((l) => [l.rule, l.severity])).toEqual([['plaintext-secret', 'warning']]);
    expect(changed.valid).toBe(base.valid);
  });

  it('every rule has an id, a default and a description', () => {
    for (const r of LINT_RULES) {
      expect(r.id).toMatch(/^[a-z0-9-]+$/);
      expect(['error', 'warning']).toContain(r.defaultSeverity('warn'));
      expect(r.description.length).toBeGreaterThan(10);
    }
  });
});
