import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/common/errors.js';
import { createInputs, invalidValueMessage, quoteValue } from '../../src/actions/common/inputs.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('createInputs', () => {
  it('reads the runner env by default (INPUT_<NAME> with hyphens kept, trimmed)', () => {
    process.env['INPUT_BATCH-SIZE'] = '  7 ';
    expect(createInputs().getInt('batch-size', { default: 50, min: 1 })).toBe(7);
  });

  describe('getRequired / getOptional', () => {
    it('returns the trimmed value', () => {
      expect(createInputs(reader({ config: '  a.json ' })).getRequired('config')).toBe('a.json');
    });
    it('throws a UserError naming the input when empty or blank', () => {
      const inputs = createInputs(reader({ config: '   ' }));
      expect(() => inputs.getRequired('config')).toThrow(UserError);
      expect(() => inputs.getRequired('config')).toThrow("The input 'config' is required but was empty. Fix: set it in the step's 'with:' block.");
    });
    it('getOptional gives undefined for empty', () => {
      const inputs = createInputs(reader({ a: 'x', b: '' }));
      expect(inputs.getOptional('a')).toBe('x');
      expect(inputs.getOptional('b')).toBeUndefined();
    });
  });

  describe('getBoolean', () => {
    it.each([
      ['true', true],
      ['True', true],
      ['TRUE', true],
      ['false', false],
      ['False', false],
      ['FALSE', false],
    ])('%s → %s', (v, expected) => {
      expect(createInputs(reader({ x: v })).getBoolean('x', !expected)).toBe(expected);
    });
    it('empty gives the default', () => {
      expect(createInputs(reader({})).getBoolean('dry-run', true)).toBe(true);
      expect(createInputs(reader({})).getBoolean('dry-run', false)).toBe(false);
    });
    it.each(['ture', 'yes', '1', 'on', 'tRuE', 'false!'])('a typo %s throws instead of becoming false', (v) => {
      expect(() => createInputs(reader({ 'dry-run': v })).getBoolean('dry-run', false)).toThrow(
        `The value '${v}' is not valid for 'dry-run'. Valid values are: [true, false].`,
      );
    });
  });

  describe('getEnum', () => {
    const allowed = ['rolling', 'canary', 'all-at-once'] as const;
    it('accepts an allowed value and defaults when empty', () => {
      expect(createInputs(reader({ strategy: 'canary' })).getEnum('strategy', allowed, 'rolling')).toBe('canary');
      expect(createInputs(reader({})).getEnum('strategy', allowed, 'rolling')).toBe('rolling');
    });
    it('is case-sensitive and names every allowed value', () => {
      expect(() => createInputs(reader({ strategy: 'Rolling' })).getEnum('strategy', allowed, 'rolling')).toThrow(
        "The value 'Rolling' is not valid for 'strategy'. Valid values are: [rolling, canary, all-at-once].",
      );
    });
  });

  describe('getInt', () => {
    it('parses decimal integers within bounds', () => {
      const inputs = createInputs(reader({ n: '50', neg: '-3', zero: '0' }));
      expect(inputs.getInt('n', { default: 1, min: 1, max: 100 })).toBe(50);
      expect(inputs.getInt('neg', { default: 1 })).toBe(-3);
      expect(inputs.getInt('zero', { default: 5, min: 0 })).toBe(0);
      expect(inputs.getInt('missing', { default: 5 })).toBe(5);
    });
    it.each(['1e9', '0x10', '12.0', '+3', '5 instances', '', ' '])('rejects %j (or defaults when empty)', (v) => {
      const inputs = createInputs(reader({ 'batch-size': v }));
      if (v.trim() === '') {
        expect(inputs.getInt('batch-size', { default: 50 })).toBe(50);
        return;
      }
      expect(() => inputs.getInt('batch-size', { default: 50, min: 1, max: 10000 })).toThrow(
        `The value '${v}' is not valid for 'batch-size'. Expected a whole number between 1 and 10000.`,
      );
    });
    it('rejects values out of bounds and unsafe integers', () => {
      expect(() => createInputs(reader({ n: '0' })).getInt('n', { default: 1, min: 1 })).toThrow("The value '0' is not valid for 'n'. Expected a whole number of at least 1.");
      expect(() => createInputs(reader({ n: '101' })).getInt('n', { default: 1, max: 100 })).toThrow('Expected a whole number of at most 100.');
      expect(() => createInputs(reader({ n: '99999999999999999999' })).getInt('n', { default: 1 })).toThrow('Expected a whole number.');
    });
    it('getOptionalInt is undefined when empty', () => {
      expect(createInputs(reader({})).getOptionalInt('n', { min: 1 })).toBeUndefined();
      expect(createInputs(reader({ n: '4' })).getOptionalInt('n', { min: 1 })).toBe(4);
    });
  });

  describe('getRatio', () => {
    it.each([
      ['0.9', 0.9],
      ['.9', 0.9],
      ['1', 1],
      ['0', 0],
      ['90%', 0.9],
      ['12.5%', 0.125],
    ])('%s → %s', (v, expected) => {
      expect(createInputs(reader({ r: v })).getRatio('r', { default: 0.5 })).toBeCloseTo(expected, 10);
    });
    it.each(['1.5', '150%', '-0.1', 'ninety', '0,9', '1e-1'])('rejects %s', (v) => {
      expect(() => createInputs(reader({ 'min-success-ratio': v })).getRatio('min-success-ratio', { default: 0.9 })).toThrow(
        `The value '${v}' is not valid for 'min-success-ratio'. Expected a ratio between 0 and 1 (e.g. 0.9) or a percentage (e.g. 90%).`,
      );
    });
    it('honours custom bounds', () => {
      expect(() => createInputs(reader({ r: '0' })).getRatio('r', { default: 0.5, min: 0.01 })).toThrow('between 0.01 and 1');
    });
  });

  describe('getList', () => {
    it('splits on newlines and commas, trims, drops empties and comments', () => {
      const inputs = createInputs(reader({ l: 'a, b\n\n  c\n# comment\nd,,' }));
      expect(inputs.getList('l')).toEqual(['a', 'b', 'c', 'd']);
    });
    it('newline mode keeps commas inside items', () => {
      expect(createInputs(reader({ l: 'a,b\nc' })).getList('l', { separator: 'newline' })).toEqual(['a,b', 'c']);
    });
    it('empty → []', () => {
      expect(createInputs(reader({})).getList('l')).toEqual([]);
    });
  });
});

describe('message helpers', () => {
  it('quoteValue shortens long values and shows newlines', () => {
    expect(quoteValue('a\nb')).toBe("'a\\nb'");
    const long = 'x'.repeat(500);
    expect(quoteValue(long)).toBe(`'${'x'.repeat(117)}...'`);
  });
  it('invalidValueMessage has the gradle shape', () => {
    expect(invalidValueMessage('x', 'y', 'Valid values are: [a].')).toBe("The value 'y' is not valid for 'x'. Valid values are: [a].");
  });
});
