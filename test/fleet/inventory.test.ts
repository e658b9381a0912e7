import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/common/errors.js';
import { InventoryError, loadInventory, resolveTokens, selectInstances } from '../../src/fleet/inventory.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clawfleet-inv-'));
});

function write(name: string, text: string): string {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
}

/** Loads and returns the InventoryError's issue lines as `line:col: path: message`. */
function problems(file: string, opts = {}): string[] {
  try {
    loadInventory(file, opts);
  } catch (e) {
    if (e instanceof InventoryError) return e.issues.map((i) => `${i.location.line}:${i.location.column}: ${i.path}: ${i.message}`);
    throw e;
  }
  throw new Error('expected the inventory to be invalid');
}

const ISSUE_EXAMPLE = `{
  defaults: { tokenEnv: "OPENCLAW_GATEWAY_TOKEN" },   // env var holding the bearer token
  instances: [
    { id: "gw-a1", url: "http://10.0.0.5:18789", tier: "primary", zone: "az-a", labels: { tenant: "acme" } },
    { id: "gw-a2", url: "http://10.0.0.6:18789", tier: "standby", zone: "az-a", tokenEnv: "GW_A2_TOKEN",
      overlay: { gateway: { controlUi: { allowedOrigins: ["https://a2.example.com"] } } } },
  ],
}
`;

describe('loadInventory — valid files', () => {
  it('the issue example (JSON5) loads with defaults applied', () => {
    const inv = loadInventory(write('example.json5', ISSUE_EXAMPLE));
    expect(inv.instances).toEqual([
      { id: 'gw-a1', url: 'http://10.0.0.5:18789', tier: 'primary', zone: 'az-a', labels: { tenant: 'acme' }, tokenEnv: 'OPENCLAW_GATEWAY_TOKEN', source: { file: inv.file, line: 4, column: 5 } },
      {
        id: 'gw-a2',
        url: 'http://10.0.0.6:18789',
        tier: 'standby',
        zone: 'az-a',
        labels: {},
        tokenEnv: 'GW_A2_TOKEN',
        overlay: { gateway: { controlUi: { allowedOrigins: ['https://a2.example.com'] } } },
        source: { file: inv.file, line: 5, column: 5 },
      },
    ]);
  });

  it('the same inventory in YAML gives the same instances', () => {
    const yaml = `defaults:
  tokenEnv: OPENCLAW_GATEWAY_TOKEN
instances:
  - { id: gw-a1, url: "http://10.0.0.5:18789", tier: primary, zone: az-a, labels: { tenant: acme } }
  - id: gw-a2
    url: http://10.0.0.6:18789
    tier: standby
    zone: az-a
    tokenEnv: GW_A2_TOKEN
    overlay:
      gateway: { controlUi: { allowedOrigins: ["https://a2.example.com"] } }
`;
    const a = loadInventory(write('example.yaml', yaml)).instances.map(({ source: _s, ...rest }) => rest);
    const b = loadInventory(write('example2.json5', ISSUE_EXAMPLE)).instances.map(({ source: _s, ...rest }) => rest);
    expect(a).toEqual(b);
  });

  it('defaults: tier primary, tokenEnv OPENCLAW_GATEWAY_TOKEN, zone/labels from defaults, overlay merge (objects merge, arrays replace)', () => {
    const inv = loadInventory(
      write(
        'defaults.json5',
        `{ defaults: { zone: "az-z", labels: { team: "ops", tenant: "x" },
           overlay: { gateway: { trustedProxies: ["10.0.0.1", "10.0.0.2"], controlUi: { allowedOrigins: ["https://a"] } }, ui: { seamColor: "#000" } } },
           instances: [ { id: "a", url: "https://a.example.com/" },
                        { id: "b", url: "http://b:1", zone: "az-b", labels: { tenant: "acme" }, overlay: { gateway: { trustedProxies: ["10.9.9.9"], port: 1 } } } ] }`,
      ),
    );
    const [a, b] = inv.instances;
    expect(a).toMatchObject({ tier: 'primary', tokenEnv: 'OPENCLAW_GATEWAY_TOKEN', zone: 'az-z', labels: { team: 'ops', tenant: 'x' }, url: 'https://a.example.com' });
    expect(b?.labels).toEqual({ team: 'ops', tenant: 'acme' });
    expect(b?.overlay).toEqual({ gateway: { trustedProxies: ['10.9.9.9'], controlUi: { allowedOrigins: ['https://a'] }, port: 1 }, ui: { seamColor: '#000' } });
    expect(a?.overlay).toEqual({ gateway: { trustedProxies: ['10.0.0.1', '10.0.0.2'], controlUi: { allowedOrigins: ['https://a'] } }, ui: { seamColor: '#000' } });
    expect(b?.overlay?.['gateway']).not.toBe(a?.overlay?.['gateway']);
  });

  it('a host allowlist with exact hosts and *.domain patterns', () => {
    const f = write('allow.json5', `{ instances: [ { id: "a", url: "https://gw1.corp.example.com" }, { id: "b", url: "http://10.0.0.5:1" } ] }`);
    expect(loadInventory(f, { hostAllowlist: ['*.corp.example.com', '10.0.0.5'] }).instances).toHaveLength(2);
    expect(problems(f, { hostAllowlist: ['*.corp.example.com'] })).toEqual(['1:82: instances[1].url: host "10.0.0.5" is not in the host allowlist (*.corp.example.com)']);
    // *.domain matches subdomains only, not the apex
    const apex = write('apex.json5', `{ instances: [ { id: "a", url: "https://corp.example.com" } ] }`);
    expect(problems(apex, { hostAllowlist: ['*.corp.example.com'] })).toEqual(['1:32: instances[0].url: host "corp.example.com" is not in the host allowlist (*.corp.example.com)']);
    // an allowlisted metadata address is accepted (explicit opt-in)
    const meta = write('meta-ok.json5', `{ instances: [ { id: "a", url: "http://169.254.169.254" } ] }`);
    expect(loadInventory(meta, { hostAllowlist: ['169.254.169.254'] }).instances).toHaveLength(1);
  });
});

describe('loadInventory — every bad input, with exact messages and positions', () => {
  it('duplicate ids name both lines', () => {
    const f = write('dup.json5', `{
  instances: [
    { id: "gw-1", url: "http://a:1" },
    { id: "gw-2", url: "http://b:1" },
    { id: "gw-1", url: "http://c:1" },
  ],
}`);
    expect(problems(f)).toEqual([`5:11: instances[2].id: "gw-1" is a duplicate: first used at ${f}:3:11 (instances[0])`]);
    const e = (() => {
      try {
        loadInventory(f);
      } catch (x) {
        return x as InventoryError;
      }
      return undefined;
    })();
    expect(e).toBeInstanceOf(UserError);
    expect(e?.location).toEqual({ file: f, line: 5, column: 11 });
    expect(e?.message).toBe(`inventory ${f} is invalid (1 problem):\n  ${f}:5:11: instances[2].id: "gw-1" is a duplicate: first used at ${f}:3:11 (instances[0])`);
  });

  it.each([
    ['bad id', `{ instances: [ { id: "Gw_1", url: "http://a:1" } ] }`, '1:22: instances[0].id: "Gw_1" must match ^[a-z0-9][a-z0-9_-]{0,63}$ (lowercase letters, digits, "-" and "_"; starts with a letter or digit; at most 64 characters)'],
    ['id too long', `{ instances: [ { id: "${'a'.repeat(65)}", url: "http://a:1" } ] }`, `1:22: instances[0].id: "${'a'.repeat(65)}" must match ^[a-z0-9][a-z0-9_-]{0,63}$ (lowercase letters, digits, "-" and "_"; starts with a letter or digit; at most 64 characters)`],
    ['ftp url', `{ instances: [ { id: "a", url: "ftp://h/x" } ] }`, '1:32: instances[0].url: must be an http:// or https:// URL, got ftp:'],
    ['not a url', `{ instances: [ { id: "a", url: "http//h:1" } ] }`, '1:32: instances[0].url: is not a valid URL: use http://host:port or https://host'],
    ['credentials in url', `{ instances: [ { id: "a", url: "https://admin:hunter2@h" } ] }`, '1:32: instances[0].url: must not contain credentials (user:password@ in https://…@h); put the token in the env var named by tokenEnv'],
    ['query in url', `{ instances: [ { id: "a", url: "https://h/?token=abc" } ] }`, '1:32: instances[0].url: must not have a query string (https://h…?…); the token belongs in tokenEnv'],
    ['fragment in url', `{ instances: [ { id: "a", url: "https://h/#token=abc" } ] }`, '1:32: instances[0].url: must not have a fragment (https://h…#…)'],
    ['metadata address', `{ instances: [ { id: "a", url: "http://169.254.169.254/latest" } ] }`, '1:32: instances[0].url: host "169.254.169.254" is a cloud metadata or link-local address; refused unless it is in the host allowlist'],
    ['gcp metadata name', `{ instances: [ { id: "a", url: "http://metadata.google.internal" } ] }`, '1:32: instances[0].url: host "metadata.google.internal" is a cloud metadata or link-local address; refused unless it is in the host allowlist'],
    ['ipv6 link-local', `{ instances: [ { id: "a", url: "http://[fe80::1]:80" } ] }`, '1:32: instances[0].url: host "[fe80::1]" is a cloud metadata or link-local address; refused unless it is in the host allowlist'],
    ['bad tier', `{ instances: [ { id: "a", url: "http://h", tier: "gold" } ] }`, '1:50: instances[0].tier: "gold" must be one of: primary, standby'],
    ['bad tokenEnv', `{ instances: [ { id: "a", url: "http://h", tokenEnv: "gw-token" } ] }`, '1:54: instances[0].tokenEnv: "gw-token" must match ^[A-Z_][A-Z0-9_]*$ (an environment variable name such as GW_A1_TOKEN)'],
    ['bad defaults.tokenEnv', `{ defaults: { tokenEnv: "1X" }, instances: [ { id: "a", url: "http://h" } ] }`, '1:25: defaults.tokenEnv: "1X" must match ^[A-Z_][A-Z0-9_]*$ (an environment variable name such as GW_A1_TOKEN)'],
    ['unknown instance key', `{ instances: [ { id: "a", url: "http://h", tokn: "X" } ] }`, '1:44: instances[0].tokn: unknown key "tokn" (allowed: id, url, tier, zone, labels, tokenEnv, overlay)'],
    ['unknown root key', `{ instances: [ { id: "a", url: "http://h" } ], defaultz: {} }`, '1:48: defaultz: unknown key "defaultz" (allowed: $schema, defaults, instances)'],
    ['unknown defaults key', `{ defaults: { url: "x" }, instances: [ { id: "a", url: "http://h" } ] }`, '1:15: defaults.url: unknown key "url" (allowed: tier, zone, labels, tokenEnv, overlay)'],
    ['missing url', `{ instances: [ { id: "a" } ] }`, '1:16: instances[0]: missing required key "url"'],
    ['missing instances', `{ defaults: {} }`, '1:1: <root>: missing required key "instances"'],
    ['empty instances', `{ instances: [] }`, '1:14: instances: is empty: list at least one gateway'],
    ['instances not a list', `{ instances: { id: "a" } }`, '1:14: instances: must be a list, got an object'],
    ['label value not a string', `{ instances: [ { id: "a", url: "http://h", labels: { n: 3 } } ] }`, '1:57: instances[0].labels.n: must be a string, got number 3'],
    ['bad label name', `{ instances: [ { id: "a", url: "http://h", labels: { "a=b": "x" } } ] }`, '1:54: instances[0].labels["a=b"]: label name "a=b" must match ^[A-Za-z0-9][A-Za-z0-9._/-]{0,62}$'],
    ['overlay not an object', `{ instances: [ { id: "a", url: "http://h", overlay: [1] } ] }`, '1:53: instances[0].overlay: must be an object (a config fragment), got a list'],
    ['__proto__ in an overlay', `{ instances: [ { id: "a", url: "http://h", overlay: { gateway: { __proto__: { x: 1 } } } } ] }`, '1:66: instances[0].overlay.gateway.__proto__: key "__proto__" is not allowed in an overlay'],
    ['empty zone', `{ instances: [ { id: "a", url: "http://h", zone: "" } ] }`, '1:50: instances[0].zone: must not be empty'],
    ['duplicate key', `{ instances: [ { id: "a", url: "http://h", url: "http://i" } ] }`, '1:44: instances[0].url: duplicate key "url" (first at FILE:1:27); each key may appear once'],
    ['NaN', `{ instances: [ { id: "a", url: "http://h" } ], $schema: NaN }`, '1:57: $schema: NaN is not allowed here'],
    ['syntax error', `{ instances: [ { id: "a", url: "http://h" }, ,] }`, '1:46: <root>: invalid JSON5: Unexpected token Comma found.'],
    ['empty file', ``, '1:1: <root>: file is empty: expected an object with "instances"'],
    ['not an object', `[1, 2]`, '1:1: <root>: the file must hold an object with an "instances" list'],
  ])('%s', (name, text, expected) => {
    const f = write(`${name.replace(/\W+/g, '-')}.json5`, text);
    expect(problems(f)).toContain(expected.replace('FILE', f));
  });

  it('every problem of a file is reported in one run, in file order', () => {
    const f = write('many.json5', `{
  instances: [
    { id: "a", url: "http://h" },
    { id: "a", url: "ftp://x", tier: "gold" },
    { id: "B", url: "http://169.254.169.254" },
  ],
}`);
    expect(problems(f)).toEqual([
      `4:11: instances[1].id: "a" is a duplicate: first used at ${f}:3:11 (instances[0])`,
      '4:21: instances[1].url: must be an http:// or https:// URL, got ftp:',
      '4:38: instances[1].tier: "gold" must be one of: primary, standby',
      '5:11: instances[2].id: "B" must match ^[a-z0-9][a-z0-9_-]{0,63}$ (lowercase letters, digits, "-" and "_"; starts with a letter or digit; at most 64 characters)',
      '5:21: instances[2].url: host "169.254.169.254" is a cloud metadata or link-local address; refused unless it is in the host allowlist',
    ]);
  });

  it('YAML: positions, duplicate keys (both lines), syntax errors, aliases bomb', () => {
    const dup = write('dup.yaml', 'instances:\n  - id: a\n    url: http://h\n  - id: a\n    url: http://i\n');
    expect(problems(dup)).toEqual([`4:9: instances[1].id: "a" is a duplicate: first used at ${dup}:2:9 (instances[0])`]);
    const dupKey = write('dupkey.yaml', 'instances:\n  - id: a\n    id: b\n    url: http://h\n');
    expect(problems(dupKey)).toEqual([`3:5: instances[0].id: duplicate key "id" (first at ${dupKey}:2:5); each key may appear once`]);
    const bad = write('bad.yaml', 'instances:\n  - id: a\n   url: [\n');
    expect(problems(bad)[0]).toMatch(/^\d+:\d+: <root>: invalid YAML: /);
    const tier = write('tier.yaml', 'instances:\n  - id: a\n    url: http://h\n    tier: gold\n');
    expect(problems(tier)).toEqual(['4:11: instances[0].tier: "gold" must be one of: primary, standby']);
    const bomb = write('bomb.yaml', `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\ninstances: []\n`);
    expect(problems(bomb)[0]).toMatch(/^1:1: <root>: invalid YAML: .*alias/i);
  });

  it('unreadable inputs: missing file, a folder, unknown extension, invalid UTF-8, too large', () => {
    expect(() => loadInventory(join(dir, 'nope.json5'))).toThrow(`inventory ${join(dir, 'nope.json5')} cannot be read (no such file); pass the path of your fleet file`);
    const sub = join(dir, 'folder.json5');
    mkdirSync(sub);
    expect(() => loadInventory(sub)).toThrow(`inventory ${sub} is not a regular file`);
    expect(() => loadInventory(write('inv.txt', '{}'))).toThrow('unknown file type ".txt"; use .json5, .json, .yaml or .yml');
    const bin = join(dir, 'bin.json5');
    writeFileSync(bin, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(() => loadInventory(bin)).toThrow(`inventory ${bin} is not valid UTF-8`);
    const big = join(dir, 'big.json5');
    writeFileSync(big, `{ instances: [], x: "${'a'.repeat(5 * 1024 * 1024)}" }`);
    expect(() => loadInventory(big)).toThrow(/bytes; the limit is 4194304/);
  });

  it('deep nesting in an overlay is a clear error, not a stack overflow', () => {
    const deep = `{ instances: [ { id: "a", url: "http://h", overlay: ${'{a:'.repeat(5000)}1${'}'.repeat(5000)} } ] }`;
    const f = write('deep.json5', deep);
    expect(problems(f).some((p) => /nesting (deeper than 64 levels|is too deep)/.test(p))).toBe(true);
  });

  it('a bad host allowlist entry names the entry', () => {
    const f = write('ok.json5', `{ instances: [ { id: "a", url: "http://h" } ] }`);
    expect(() => loadInventory(f, { hostAllowlist: ['*bad*'] })).toThrow('host allowlist entry "*bad*" is not valid: use a host name, an IP address or *.domain');
  });

  it('no prototype pollution through any key of the file', () => {
    const f = write('proto.json5', `{ "__proto__": { "polluted": true }, instances: [ { id: "a", url: "http://h", labels: { "constructor": "x" } } ] }`);
    expect(() => loadInventory(f)).toThrow(InventoryError);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('resolveTokens', () => {
  const inv = () =>
    loadInventory(
      write(
        'tokens.json5',
        `{ instances: [ { id: "a", url: "http://h" }, { id: "b", url: "http://h", tokenEnv: "B_TOKEN" }, { id: "c", url: "http://h" }, { id: "d", url: "http://h", tokenEnv: "D_TOKEN" } ] }`,
      ),
    );

  it('maps every instance to its token', () => {
    const m = resolveTokens(inv(), { OPENCLAW_GATEWAY_TOKEN: 'shared-token', B_TOKEN: 'b-token', D_TOKEN: 'd-token' });
    expect([...m.entries()]).toEqual([
      ['a', 'shared-token'],
      ['b', 'b-token'],
      ['c', 'shared-token'],
      ['d', 'd-token'],
    ]);
  });

  it('lists every missing or empty token env var with its instances, before any network call, never a value', () => {
    expect(() => resolveTokens(inv(), { B_TOKEN: '   ', D_TOKEN: 'present-secret-value' })).toThrow(
      'gateway token(s) not set: OPENCLAW_GATEWAY_TOKEN (missing) for a, c; B_TOKEN (empty) for b. Set these environment variables (e.g. from repository secrets) before running; nothing was contacted.',
    );
    try {
      resolveTokens(inv(), { B_TOKEN: '', D_TOKEN: 'present-secret-value' });
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as Error).message).not.toContain('present-secret-value');
    }
  });
});

describe('selectInstances', () => {
  const inv = () =>
    loadInventory(
      write(
        'select.json5',
        `{ instances: [
  { id: "p1", url: "http://h", tier: "primary", zone: "az-a", labels: { tenant: "acme" } },
  { id: "p2", url: "http://h", tier: "primary", zone: "az-b", labels: { tenant: "globex" } },
  { id: "s1", url: "http://h", tier: "standby", zone: "az-a", labels: { tenant: "acme" } },
  { id: "s2", url: "http://h", tier: "standby", zone: "az-b" },
] }`,
      ),
    );
  const ids = (sel: string | undefined) => selectInstances(inv(), sel).map((i) => i.id);

  it.each<[string | undefined, string[]]>([
    [undefined, ['p1', 'p2', 's1', 's2']],
    ['', ['p1', 'p2', 's1', 's2']],
    ['*', ['p1', 'p2', 's1', 's2']],
    ['tier=primary', ['p1', 'p2']],
    ['tier!=primary', ['s1', 's2']],
    ['zone=az-a', ['p1', 's1']],
    ['zone=az-a|az-b, tier=standby', ['s1', 's2']],
    ['label.tenant=acme', ['p1', 's1']],
    ['label.tenant!=acme', ['p2', 's2']],
    ['tier=primary,label.tenant=acme', ['p1']],
    ['p2,s2', ['p2', 's2']],
    ['p2, s2, tier=standby', ['s2']],
    ['id=p1|s2', ['p1', 's2']],
  ])('%j → %j', (sel, expected) => {
    expect(ids(sel)).toEqual(expected);
  });

  it.each([
    ['zone=az-q', 'selector "zone=az-q" matches no instance (zones: az-a, az-b)'],
    ['p9', 'selector "p9": no instance has id p9'],
    ['id=p1|zz', 'selector "id=p1|zz": no instance has id zz'],
    ['region=eu', 'selector term "region=eu": unknown key "region" (use id, tier, zone or label.<name>)'],
    ['tier=gold', 'selector term "tier=gold": tier must be primary or standby, got "gold"'],
    ['p1,,p2', 'selector "p1,,p2" has an empty term (two commas in a row?)'],
    ['P1!', 'selector term "P1!" is neither an instance id nor key=value (keys: id, tier, zone, label.<name>)'],
  ])('%j is an error: %s', (sel, message) => {
    expect(() => ids(sel)).toThrow(message);
  });
});

describe('action-fixtures/inventories', () => {
  const fixtures = join(process.cwd(), 'action-fixtures', 'inventories');
  it('example.json5 and example.yaml describe the same fleet', () => {
    const strip = (f: string) => loadInventory(join(fixtures, f)).instances.map(({ source: _s, ...rest }) => rest);
    const a = strip('example.json5');
    expect(a.map((i) => i.id)).toEqual(['gw-a1', 'gw-a2', 'gw-b1']);
    expect(a[1]?.overlay).toEqual({ gateway: { reload: { mode: 'hybrid' }, controlUi: { allowedOrigins: ['https://a2.example.com'] } } });
    expect(strip('example.yaml')).toEqual(a);
  });

  it('invalid.json5 reports all of its problems', () => {
    const f = join(fixtures, 'invalid.json5');
    expect(problems(f).map((p) => p.replace(/ \(.*$/, ''))).toEqual([
      `5:11: instances[1].id: "gw-1" is a duplicate: first used at ${f}:4:11`,
      '6:11: instances[2].id: "GW_2" must match ^[a-z0-9][a-z0-9_-]{0,63}$',
      '6:24: instances[2].url: must be an http:// or https:// URL, got ftp:',
      '7:24: instances[3].url: host "169.254.169.254" is a cloud metadata or link-local address; refused unless it is in the host allowlist',
      '8:43: instances[4].tier: "gold" must be one of: primary, standby',
    ]);
  });
});
