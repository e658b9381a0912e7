import { describe, expect, it } from 'vitest';
import { decodeConfigBytes, findExcessiveNesting, firstInvalidUtf8Byte, lineColumnAt, MAX_NESTING_DEPTH } from '../../src/config/text.js';

describe('decodeConfigBytes', () => {
  it('decodes UTF-8 and strips a BOM', () => {
    const r = decodeConfigBytes(Buffer.from('\uFEFF{a:"é"}', 'utf8'));
    expect(r).toEqual({ ok: true, text: '{a:"é"}', bom: true });
  });

  it('reports the first invalid UTF-8 byte with its line and column, keeping a U+FFFD text like OpenClaw', () => {
    const bytes = Buffer.concat([Buffer.from('{\n  a: "x'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    const r = decodeConfigBytes(bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.invalidUtf8).toEqual({ byte: 9, line: 2, column: 8 });
    expect(r.text).toBe('{\n  a: "x\uFFFD\uFFFD"}');
  });

  it('rejects UTF-16 with and without a byte-order mark', () => {
    const le = decodeConfigBytes(Buffer.from('\uFEFF{"a":1}', 'utf16le'));
    expect(le).toMatchObject({ ok: false, reason: 'utf16' });
    const noBom = decodeConfigBytes(Buffer.from('{"gateway":{}}', 'utf16le'));
    expect(noBom).toMatchObject({ ok: false, reason: 'utf16' });
  });

  it('counts columns in characters, not bytes', () => {
    const bytes = Buffer.concat([Buffer.from('"ééé'), Buffer.from([0xc3])]);
    const r = decodeConfigBytes(bytes);
    expect(r.ok && r.invalidUtf8).toEqual({ byte: 7, line: 1, column: 5 });
  });
});

describe('firstInvalidUtf8Byte', () => {
  it.each([
    ['valid ascii and multibyte', Buffer.from('aé€😀'), -1],
    ['lone continuation byte', Buffer.from([0x61, 0x80]), 1],
    ['overlong encoding', Buffer.from([0xc0, 0xaf]), 0],
    ['truncated sequence', Buffer.from([0x61, 0xe2, 0x82]), 1],
    ['surrogate half', Buffer.from([0xed, 0xa0, 0x80]), 0],
    ['beyond U+10FFFF', Buffer.from([0xf4, 0x90, 0x80, 0x80]), 0],
  ])('%s', (_name, bytes, expected) => {
    expect(firstInvalidUtf8Byte(bytes)).toBe(expected);
  });
});

describe('findExcessiveNesting', () => {
  it('finds the bracket that crosses the limit, without recursion, on 100 000 levels', () => {
    const text = '{a:' + '['.repeat(100_000) + ']'.repeat(100_000) + '}';
    expect(findExcessiveNesting(text)).toBe(3 + MAX_NESTING_DEPTH - 1);
  });

  it('accepts exactly the limit', () => {
    expect(findExcessiveNesting('['.repeat(MAX_NESTING_DEPTH) + ']'.repeat(MAX_NESTING_DEPTH))).toBe(-1);
  });

  it('ignores brackets inside strings and comments', () => {
    const inner = '['.repeat(500);
    expect(findExcessiveNesting(`{a:"${inner}", b:'${inner}', // ${inner}\n /* ${inner} */ c: 1}`)).toBe(-1);
  });

  it('handles escaped quotes inside strings', () => {
    expect(findExcessiveNesting(`{a:"\\"${'['.repeat(300)}"}`)).toBe(-1);
  });
});

describe('lineColumnAt', () => {
  it('gives 1-based positions', () => {
    expect(lineColumnAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
