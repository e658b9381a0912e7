/**
 * SecretRegistry at fleet scale: a rollout of 10 000 gateways registers every token with its derived forms
 * (~70 000 strings). Redaction runs on every log line, error message and record, so it must not cost
 * O(forms × text). These tests pin the behaviour (every form of every secret goes, longest first) and the
 * cost (a large text against 10 000 tokens in well under a second).
 */
import { describe, expect, it } from 'vitest';
import { derivedForms, SecretRegistry } from '../../src/common/secrets.js';

describe('SecretRegistry redaction', () => {
  it('redacts every derived form, everywhere in the text, and leaves the rest alone', () => {
    const r = new SecretRegistry();
    const secret = 'tok"en\\with-quotes';
    r.add(secret);
    for (const form of derivedForms(secret)) expect(r.redact(`a ${form} b ${form}`)).toBe('a *** b ***');
    expect(r.redact('nothing here')).toBe('nothing here');
    expect(r.containsSecret(`x${Buffer.from(secret).toString('base64')}y`)).toBe(true);
    expect(r.containsSecret('clean')).toBe(false);
  });

  it('a multi-line key is removed whole, not line by line (longest match first)', () => {
    const pem = '-----BEGIN KEY-----\nAAAABBBBCCCC\n-----END KEY-----';
    const r = new SecretRegistry();
    r.add(pem);
    expect(r.redact(`key=${pem};`)).toBe('key=***;');
    expect(r.redact('line AAAABBBBCCCC alone')).toBe('line *** alone');
  });

  it('overlapping secrets: nothing of either survives when one contains the other', () => {
    const r = new SecretRegistry();
    r.add('abcd1234');
    r.add('xxabcd1234yy');
    expect(r.redact('[xxabcd1234yy] [abcd1234]')).toBe('[***] [***]');
  });

  it('scales: 10 000 tokens, a 1 MB text, redacted in well under a second', () => {
    const r = new SecretRegistry();
    const tokens = Array.from({ length: 10_000 }, (_, i) => `tok-${i.toString(36).padStart(6, '0')}-${'k'.repeat(20)}`);
    for (const t of tokens) r.add(t);
    expect(r.size).toBeGreaterThan(25_000);
    const text = Array.from({ length: 20_000 }, (_, i) => `[${i}/10000] gw-${i}: applied — v48 (1 path(s), hot)`).join('\n') + `\nleak ${tokens[4242]}`;
    const t0 = performance.now();
    const out = r.redact(text);
    const ms = performance.now() - t0;
    expect(out.endsWith('leak ***')).toBe(true);
    expect(out).not.toContain(tokens[4242]!);
    expect(ms).toBeLessThan(2_000); // a generous bound for a loaded CI machine; ~100 ms locally
  });
});
