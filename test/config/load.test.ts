// The loader's bad-input cases: issue #2 "Bad input" and reliability-cases §3.1 (BI-01..BI-13), each its own
// test with the exact message. Verdicts that OpenClaw gives for the same input are noted per test.
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { prototypeKeys, removeTemp, tempConfigDir } from '../helpers/configs.js';

const temps: string[] = [];
afterEach(() => {
  while (temps.length) removeTemp(temps.pop()!);
});
function temp(files: Record<string, string | Uint8Array>): string {
  const dir = tempConfigDir(files);
  temps.push(dir);
  return dir;
}
const loadIn = (dir: string, opts: { env?: NodeJS.ProcessEnv; envMode?: 'warn' | 'error' } = {}, entry = 'openclaw.json5') => loadConfig(entry, { cwd: dir, env: opts.env ?? {}, ...(opts.envMode ? { envMode: opts.envMode } : {}) });

describe('root file', () => {
  it('loads JSON5: comments, trailing commas, unquoted keys, hex, single quotes', () => {
    const dir = temp({ 'openclaw.json5': "// c\n{ gateway: { mode: 'local', port: 0x4B65, /* c */ }, }" });
    const r = loadIn(dir);
    expect(r.issues).toEqual([]);
    expect(r.config).toEqual({ gateway: { mode: 'local', port: 19301 } });
  });

  it('missing file: a clear error naming the path (OpenClaw: "file not found")', () => {
    const dir = temp({});
    expect(loadIn(dir).issues).toEqual([
      { severity: 'error', path: '<root>', message: `Config file not found: openclaw.json5. Fix: check the path (it is resolved from ${dir})`, file: 'openclaw.json5', line: 1, column: 1 },
    ]);
  });

  it('empty file: a clear error (OpenClaw: "JSON5: invalid end of input at 1:1")', () => {
    for (const content of ['', '  \n\n']) {
      const dir = temp({ 'openclaw.json5': content });
      expect(loadIn(dir).issues[0]).toMatchObject({ message: 'JSON5 parse failed: the file is empty (JSON5: invalid end of input). Fix: write a config object, at least {}', line: 1, column: 1 });
    }
  });

  it('a parse error in the root names file:line:col with OpenClaw\'s message', () => {
    const dir = temp({ 'openclaw.json5': '{\n  gateway: {\n    mode: ,\n  },\n}\n' });
    expect(loadIn(dir).issues).toEqual([
      { severity: 'error', path: '<root>', message: "JSON5 parse failed: SyntaxError: JSON5: invalid character ',' at 3:11", file: 'openclaw.json5', line: 3, column: 11 },
    ]);
  });

  it('a directory is refused with the fix', () => {
    const dir = temp({ 'cfg/openclaw.json': '{}' });
    expect(loadIn(dir, {}, 'cfg').issues[0]!.message).toBe('Config path cfg is a directory. Fix: pass the config file itself (e.g. cfg/openclaw.json)');
  });

  it('a 500 MiB root is refused by stat, before reading (BI-08)', () => {
    const dir = temp({ 'openclaw.json5': '' });
    truncateSync(join(dir, 'openclaw.json5'), 500 * 1024 * 1024); // sparse: no disk or memory used
    const before = process.memoryUsage().rss;
    const r = loadIn(dir);
    expect(r.issues[0]!.message).toBe("Config file openclaw.json5 is 524288000 bytes, over clawfleet's 16 MiB limit; it was not read. Fix: split it with $include");
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });
});

describe('BI-02 duplicate keys', () => {
  it('keeps the last value (as OpenClaw) and reports a warning naming both lines', () => {
    const dir = temp({ 'openclaw.json5': '{\n  agents: {\n    defaults: {\n      model: "a",\n      model: "b",\n    },\n  },\n}' });
    const r = loadIn(dir);
    expect(r.config).toEqual({ agents: { defaults: { model: 'b' } } });
    expect(r.findings).toEqual([
      {
        rule: 'duplicate-key',
        path: 'agents.defaults.model',
        loc: { file: 'openclaw.json5', line: 5, column: 7 },
        message: 'duplicate key "model" at agents.defaults: first at openclaw.json5:4:7, again at openclaw.json5:5:7; OpenClaw silently keeps the last value. Fix: remove one of them',
      },
    ]);
  });

  it('also in strict JSON (read with JSON.parse first, like OpenClaw)', () => {
    const dir = temp({ 'openclaw.json': '{"gateway":{"port":1,"port":2}}' });
    const r = loadIn(dir, {}, 'openclaw.json');
    expect(r.config).toEqual({ gateway: { port: 2 } });
    expect(r.findings.map((f) => f.message)).toEqual(['duplicate key "port" at gateway: first at openclaw.json:1:13, again at openclaw.json:1:22; OpenClaw silently keeps the last value. Fix: remove one of them']);
  });
});

describe('BI-03 prototype keys', () => {
  it('reports __proto__ and constructor.prototype as forbidden keys and pollutes nothing', () => {
    const before = prototypeKeys();
    const dir = temp({
      'openclaw.json5': '{ "__proto__": { gateway: { auth: { mode: "none" } } }, gateway: { $include: "./gw.json5" } }',
      'gw.json5': '{ mode: "local", constructor: { prototype: { isAdmin: true } } }',
    });
    const r = loadIn(dir);
    expect(r.findings.map((f) => [f.rule, f.path, `${f.loc.file}:${f.loc.line}:${f.loc.column}`])).toEqual([
      ['forbidden-key', '__proto__', 'openclaw.json5:1:3'],
      ['forbidden-key', 'gateway.constructor', 'gw.json5:1:18'],
      ['forbidden-key', 'gateway.constructor.prototype', 'gw.json5:1:33'],
    ]);
    expect(r.findings[0]!.message).toBe(
      'forbidden key "__proto__" at <root>: OpenClaw silently drops it (it becomes the object\'s prototype), so nothing under it takes effect, and a naive merge of it pollutes every object. Fix: remove the key',
    );
    // The __proto__ content is gone (OpenClaw drops it too); constructor stays an own key for the schema to reject.
    expect(r.config).toEqual({ gateway: { mode: 'local', constructor: { prototype: { isAdmin: true } } } });
    expect(Object.getPrototypeOf(r.config)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['gateway']).toBeUndefined();
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    expect(prototypeKeys()).toEqual(before);
  });
});

describe('BI-09 deep nesting', () => {
  it('100 000 nested [ in an included file: a clear error, never a stack overflow', () => {
    const dir = temp({ 'openclaw.json5': '{ gateway: { $include: "./deep.json5" } }', 'deep.json5': '{\n a: ' + '['.repeat(100_000) + ']'.repeat(100_000) + '\n}' });
    const r = loadIn(dir);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      message: 'nesting depth > 128 at deep.json5:2:132: clawfleet refuses configs nested this deeply (OpenClaw fails on them with a stack overflow). Fix: flatten the structure',
      file: 'deep.json5',
      line: 2,
      column: 132,
      includeChain: ['openclaw.json5', 'deep.json5'],
    });
    expect(JSON.stringify(r)).not.toMatch(/RangeError|Maximum call stack/);
  });

  it('100 000 nested {a: objects', () => {
    const dir = temp({ 'openclaw.json5': '{a:'.repeat(100_000) + '1' + '}'.repeat(100_000) });
    expect(loadIn(dir).issues[0]!.message).toMatch(/^nesting depth > 128 at openclaw\.json5:1:385:/);
  });
});

describe('BI-10 encodings', () => {
  it('invalid UTF-8 inside a string: reported with the byte offset (OpenClaw silently reads U+FFFD)', () => {
    const dir = temp({ 'openclaw.json5': Buffer.concat([Buffer.from('{ gateway: { customBindHost: "a'), Buffer.from([0xff, 0xfe]), Buffer.from('" } }')]) });
    const r = loadIn(dir);
    expect(r.issues).toEqual([]);
    expect(r.findings).toEqual([
      {
        rule: 'invalid-utf8',
        loc: { file: 'openclaw.json5', line: 1, column: 32 },
        message: 'invalid UTF-8 at byte 31 in openclaw.json5: OpenClaw reads it as U+FFFD (�), silently changing the value. Fix: save the file as UTF-8',
      },
    ]);
  });

  it('a UTF-16LE file is refused (OpenClaw: "JSON5: invalid character")', () => {
    const dir = temp({ 'openclaw.json5': Buffer.from('\uFEFF{ gateway: {} }', 'utf16le') });
    expect(loadIn(dir).issues[0]!.message).toBe('JSON5 parse failed: the file is UTF-16 encoded (byte-order mark FF FE / FE FF); OpenClaw reads configs as UTF-8. Fix: save it as UTF-8');
  });

  it('a UTF-8 BOM is accepted and stripped, in the root and in included files alike', () => {
    const dir = temp({ 'openclaw.json5': '\uFEFF{ gateway: { $include: "./gw.json5" } }', 'gw.json5': '\uFEFF{ mode: "local" }', 'openclaw.json': '\uFEFF{"gateway":{"mode":"local"}}' });
    expect(loadIn(dir).config).toEqual({ gateway: { mode: 'local' } });
    expect(loadIn(dir, {}, 'openclaw.json').config).toEqual({ gateway: { mode: 'local' } });
    expect(loadIn(dir).sourceMap.locate('gateway.mode').loc).toEqual({ file: 'gw.json5', line: 1, column: 9 });
  });
});

describe('BI-11 numbers', () => {
  it('NaN, Infinity and unsafe integers are reported with their path; hex is fine', () => {
    const dir = temp({ 'openclaw.json5': '{\n  a: NaN,\n  b: -Infinity,\n  c: 0x1F,\n  d: 12345678901234567890,\n  e: 1e300,\n  f: 9007199254740991,\n}' });
    const r = loadIn(dir);
    expect(r.findings.map((f) => [f.rule, f.path, f.loc.line])).toEqual([
      ['non-finite-number', 'a', 2],
      ['non-finite-number', 'b', 3],
      ['unsafe-integer', 'd', 5],
    ]);
    expect(r.findings[0]!.message).toBe('non-finite number NaN at a: JSON cannot carry it (it turns into null when the config is sent to a gateway). Fix: write a finite number');
    expect(r.findings[2]!.message).toBe('integer at d is beyond ±9007199254740991 (2^53-1) and silently loses precision when parsed. Fix: use a smaller number, or a string where the field accepts one');
    expect((r.config as Record<string, unknown>)['c']).toBe(31);
  });
});

describe('BI-12 ${VAR} references', () => {
  const files = { 'openclaw.json5': '{\n  models: { providers: { x: {\n    apiKey: "${OPENAI_KEY}",\n  } } },\n}' };

  it('unset, in env-mode "error": an error naming the variable, path and file:line, no value', () => {
    const r = loadIn(temp(files), { envMode: 'error' });
    expect(r.issues).toEqual([
      {
        severity: 'error',
        path: 'models.providers.x.apiKey',
        message: 'Missing env var "OPENAI_KEY" (unset or empty) at models.providers.x.apiKey. env-mode is "error": every ${VAR} must be provided at deploy time. Fix: set OPENAI_KEY in the job\'s environment',
        file: 'openclaw.json5',
        line: 3,
        column: 13,
      },
    ]);
  });

  it('set to "": the same as unset (OpenClaw treats empty as missing)', () => {
    const r = loadIn(temp(files), { envMode: 'error', env: { OPENAI_KEY: '' } });
    expect(r.issues.map((i) => i.message)).toEqual([expect.stringMatching(/^Missing env var "OPENAI_KEY" \(unset or empty\)/)]);
  });

  it('unset, in env-mode "warn" (default): OpenClaw\'s warning, value left literal', () => {
    const r = loadIn(temp(files));
    expect(r.issues).toEqual([]);
    expect(r.warnings).toEqual([
      { severity: 'warning', path: 'models.providers.x.apiKey', message: 'Missing env var "OPENAI_KEY" - feature using this value will be unavailable', file: 'openclaw.json5', line: 3, column: 13 },
    ]);
    expect(r.config).toEqual({ models: { providers: { x: { apiKey: '${OPENAI_KEY}' } } } });
  });

  it('lower-case names stay literal without a warning (as OpenClaw); $${VAR} is the literal ${VAR}', () => {
    const dir = temp({ 'openclaw.json5': '{ a: "${openai_key}", b: "$${OPENAI_KEY}", c: "pre-${X}-${X}", d: "$X", e: "${" }' });
    const r = loadIn(dir, { env: { X: 'v', OPENAI_KEY: 'k', openai_key: 'k' } });
    expect(r.config).toEqual({ a: '${openai_key}', b: '${OPENAI_KEY}', c: 'pre-v-v', d: '$X', e: '${' });
    expect(r.warnings).toEqual([]);
  });

  it('substitutes in included files too, after the includes are merged', () => {
    const dir = temp({ 'openclaw.json5': '{ gateway: { $include: "./gw.json5" } }', 'gw.json5': '{ auth: { token: "${GW_TOKEN}" } }' });
    expect(loadIn(dir, { env: { GW_TOKEN: 'tok' } }).config).toEqual({ gateway: { auth: { token: 'tok' } } });
  });

  it('env.vars of the config fill variables the process env lacks; the process env wins', () => {
    const dir = temp({ 'openclaw.json5': '{ env: { vars: { A: "from-config", B: "from-config", C: "${A}" } }, x: ["${A}", "${B}", "${C}"] }' });
    const r = loadIn(dir, { env: { B: 'from-process' } });
    expect((r.config as { x: string[] }).x).toEqual(['from-config', 'from-process', '${C}']);
    expect(r.warnings.map((w) => w.message)).toEqual(['Missing env var "C" - feature using this value will be unavailable']);
  });
});

describe('BI-13 env values are data, never syntax', () => {
  it('a value with JSON5 syntax, a ${OTHER} reference or a newline is inserted verbatim', () => {
    const evil = 'x", gateway: {auth: {mode: "none"}}, y: "';
    const dir = temp({ 'openclaw.json5': '{ gateway: { auth: { mode: "token", token: "${T1}" } }, a: "${T2}", b: "${T3}" }' });
    const r = loadIn(dir, { env: { T1: evil, T2: '${OTHER}', T3: 'line1\nline2', OTHER: 'nope' } });
    expect(r.config).toEqual({ gateway: { auth: { mode: 'token', token: evil } }, a: '${OTHER}', b: 'line1\nline2' });
    const withoutLeaves = JSON.parse(JSON.stringify(r.config)) as { gateway: { auth: { token?: string } }; a?: string; b?: string };
    delete withoutLeaves.gateway.auth.token;
    delete withoutLeaves.a;
    delete withoutLeaves.b;
    expect(withoutLeaves).toEqual({ gateway: { auth: { mode: 'token' } } });
  });
});
