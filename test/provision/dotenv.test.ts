// The real parser OpenClaw 2026.9.6 uses for `.env` files (dotenv 17, installed with the pinned openclaw).
import { parse as dotenvParse } from 'dotenv';
import { describe, expect, test } from 'vitest';
import { BLOCK_END, BLOCK_START, DotenvError, encodeDotenvValue, parseDotenv, planManaged, renderDotenv } from '../../src/provision/dotenv.js';

const PEM = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7=\n-----END PRIVATE KEY-----';
const CANARIES = [
  'sk-plain-0123456789abcdef',
  PEM,
  `${PEM}\n`,
  PEM.replace(/\n/g, '\r\n'),
  'with "double" quotes',
  "with 'single' quotes",
  'back\\slash \\n not a newline',
  'mixed \' and " and ` all three',
  '{"type":"service_account","private_key":"-----BEGIN-----\\nabc\\n-----END-----\\n"}',
  '  leading and trailing spaces  ',
  'hash # inside = and $VAR and ${VAR}',
  'ünïcödé ✓ 秘密',
  'export NOT_A_KEY=1',
];

describe('encodeDotenvValue round-trips through dotenv.parse', () => {
  test.each(CANARIES.map((c) => [JSON.stringify(c).slice(0, 50), c]))('%s', (_label, value) => {
    const quoted = encodeDotenvValue(value);
    expect(quoted).toBeDefined();
    expect(dotenvParse(`CLAWFLEET_X_G1=${quoted}\n`)).toEqual({ CLAWFLEET_X_G1: value });
  });

  test('values no quoting style can carry are refused', () => {
    expect(encodeDotenvValue('a\'b"c`d\re')).toBeUndefined();
    expect(encodeDotenvValue('a\'b"c`d\\n\n')).toBeUndefined();
    expect(encodeDotenvValue('a\'b"c` #d')).toBeUndefined();
  });

  test('property: any value is either refused or read back exactly (5000 random values)', () => {
    const alphabet = ['a', 'Z', '0', ' ', '\t', "'", '"', '`', '#', '\\', 'n', 'r', '\n', '\r', '=', '$', '{', '}', 'ü'];
    let seed = 42;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let refused = 0;
    for (let i = 0; i < 5000; i++) {
      const len = 1 + rnd(24);
      let v = '';
      for (let j = 0; j < len; j++) v += alphabet[rnd(alphabet.length)];
      const quoted = encodeDotenvValue(v);
      if (quoted === undefined) {
        refused++;
        continue;
      }
      expect(dotenvParse(`CLAWFLEET_X_G1=${quoted}\n`), JSON.stringify(v)).toEqual({ CLAWFLEET_X_G1: v });
      // …and our own reader of the block agrees with dotenv.
      const text = renderDotenv(parseDotenv('A=1\n'), [{ name: 'CLAWFLEET_X_G1', value: v }, { name: 'CLAWFLEET_Y_G1', value: 'y' }]);
      expect(parseDotenv(text).managed, JSON.stringify(v)).toEqual([{ name: 'CLAWFLEET_X_G1', value: v }, { name: 'CLAWFLEET_Y_G1', value: 'y' }]);
    }
    expect(refused).toBeLessThan(2500);
  });
});

describe('the managed block', () => {
  const operator = '# my settings\nOPENAI_API_KEY=sk-operator\nexport FOO="bar baz"\n\nMULTI=\'line1\nline2\'\n';

  test('appends a block, keeps the operator lines byte for byte, sorts entries, parses back', () => {
    const doc = parseDotenv(operator);
    const text = renderDotenv(doc, [
      { name: 'CLAWFLEET_B_G1', value: PEM },
      { name: 'CLAWFLEET_A_G2', value: 'with "quotes"' },
    ]);
    expect(text.startsWith(operator)).toBe(true);
    expect(text.slice(operator.length)).toBe(`${BLOCK_START}\nCLAWFLEET_A_G2='with "quotes"'\nCLAWFLEET_B_G1='${PEM}'\n${BLOCK_END}\n`);
    expect(dotenvParse(text)).toEqual({ OPENAI_API_KEY: 'sk-operator', FOO: 'bar baz', MULTI: 'line1\nline2', CLAWFLEET_A_G2: 'with "quotes"', CLAWFLEET_B_G1: PEM });
    const again = parseDotenv(text);
    expect(again.managed).toEqual([
      { name: 'CLAWFLEET_A_G2', value: 'with "quotes"' },
      { name: 'CLAWFLEET_B_G1', value: PEM },
    ]);
    expect(renderDotenv(again, again.managed)).toBe(text);
  });

  test('a block in the middle stays in place; lines after it are kept', () => {
    const text = `A=1\n${BLOCK_START}\nCLAWFLEET_X_G1='v'\n${BLOCK_END}\nB=2\n`;
    const doc = parseDotenv(text);
    expect(renderDotenv(doc, [{ name: 'CLAWFLEET_X_G1', value: 'w' }])).toBe(`A=1\n${BLOCK_START}\nCLAWFLEET_X_G1='w'\n${BLOCK_END}\nB=2\n`);
    expect(renderDotenv(doc, [])).toBe('A=1\nB=2\n');
  });

  test('a file without a final newline gets one before the block; an empty file is just the block', () => {
    expect(renderDotenv(parseDotenv('A=1'), [{ name: 'CLAWFLEET_X_G1', value: 'v' }])).toBe(`A=1\n${BLOCK_START}\nCLAWFLEET_X_G1='v'\n${BLOCK_END}\n`);
    expect(renderDotenv(parseDotenv(''), [])).toBe('');
  });

  test('CRLF files are understood', () => {
    const doc = parseDotenv(`A=1\r\n${BLOCK_START}\r\nCLAWFLEET_X_G1='v'\r\n${BLOCK_END}\r\n`);
    expect(doc.managed).toEqual([{ name: 'CLAWFLEET_X_G1', value: 'v' }]);
  });

  test.each([
    [`${BLOCK_START}\nCLAWFLEET_X_G1='v'\n`, /no end marker/],
    [`${BLOCK_END}\n`, /end marker .* but not its start/],
    [`${BLOCK_START}\n${BLOCK_END}\n${BLOCK_START}\n${BLOCK_END}\n`, /two clawfleet managed blocks/],
    [`${BLOCK_START}\ngarbage\n${BLOCK_END}\n`, /damaged/],
    [`CLAWFLEET_X_G1=sneaky\n`, /outside clawfleet's managed block/],
  ])('refuses a damaged file %#', (text, want) => {
    expect(() => parseDotenv(text)).toThrow(DotenvError);
    expect(() => parseDotenv(text)).toThrow(want);
  });

  test('refuses to grow past the 1 MiB OpenClaw reads', () => {
    expect(() => renderDotenv(parseDotenv(''), [{ name: 'CLAWFLEET_X_G1', value: 'x'.repeat(1_048_576) }])).toThrow(/ignores .env files over/);
  });
});

describe('planManaged: generations', () => {
  test('new sources start at G1; the same value keeps its name (no change)', () => {
    const p1 = planManaged([], new Map([['ALPHA', 'a1'], ['BETA', 'b1']]));
    expect([...p1.names]).toEqual([['ALPHA', 'CLAWFLEET_ALPHA_G1'], ['BETA', 'CLAWFLEET_BETA_G1']]);
    expect(p1.added).toEqual(['CLAWFLEET_ALPHA_G1', 'CLAWFLEET_BETA_G1']);
    const p2 = planManaged(p1.finalEntries, new Map([['ALPHA', 'a1'], ['BETA', 'b1']]));
    expect(p2.added).toEqual([]);
    expect(p2.rotated).toEqual([]);
    expect(p2.entries).toEqual(p1.finalEntries);
  });

  test('a changed value gets the next generation; the old one is kept until the refs moved', () => {
    const existing = [{ name: 'CLAWFLEET_ALPHA_G1', value: 'a1' }, { name: 'CLAWFLEET_OTHER_G3', value: 'o' }];
    const p = planManaged(existing, new Map([['ALPHA', 'a2']]));
    expect(p.names.get('ALPHA')).toBe('CLAWFLEET_ALPHA_G2');
    expect(p.rotated).toEqual(['CLAWFLEET_ALPHA_G2']);
    expect(p.entries.map((e) => e.name).sort()).toEqual(['CLAWFLEET_ALPHA_G1', 'CLAWFLEET_ALPHA_G2', 'CLAWFLEET_OTHER_G3']);
    expect(p.finalEntries.map((e) => e.name).sort()).toEqual(['CLAWFLEET_ALPHA_G2', 'CLAWFLEET_OTHER_G3']);
  });

  test('rotating back to an older value reuses its generation while it is still present', () => {
    const p = planManaged([{ name: 'CLAWFLEET_A_G1', value: 'old' }, { name: 'CLAWFLEET_A_G2', value: 'new' }], new Map([['A', 'old']]));
    expect(p.names.get('A')).toBe('CLAWFLEET_A_G1');
    expect(p.added).toEqual([]);
  });
});
