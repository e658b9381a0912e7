import { describe, expect, it } from 'vitest';
import { enumOption, parseArgs, UsageError } from '../../src/cli/args.js';

const SPEC = { engine: { value: true }, json: {}, lint: { value: true, repeatable: true }, help: { short: 'h' } } as const;

describe('parseArgs', () => {
  it('reads values, flags, repeatable options and positionals in any order', () => {
    const a = parseArgs(['a.json', '--engine', 'exact', '--json', '--lint=x=off', 'b.json', '--lint', 'y=warning', '-h'], SPEC);
    expect(a.positionals).toEqual(['a.json', 'b.json']);
    expect(a.options.get('engine')).toEqual(['exact']);
    expect(a.options.get('lint')).toEqual(['x=off', 'y=warning']);
    expect([...a.flags].sort()).toEqual(['help', 'json']);
  });

  it('treats everything after -- as files, even when it looks like an option', () => {
    expect(parseArgs(['--json', '--', '--weird.json', '-h'], SPEC).positionals).toEqual(['--weird.json', '-h']);
  });

  it.each([
    [['--nope'], "unknown option '--nope'"],
    [['-x'], "unknown option '-x'"],
    [['--engine'], "option '--engine' needs a value"],
    [['--engine', '--json'], "option '--engine' needs a value"],
    [['--json=yes'], "option '--json' takes no value"],
    [['--engine', 'a', '--engine', 'b'], "option '--engine' given more than once"],
  ])('%j → %s', (argv, message) => {
    expect(() => parseArgs(argv, SPEC)).toThrow(new UsageError(message));
  });
});

describe('enumOption', () => {
  it('returns the fallback, a valid value, or a message naming the option and the valid values', () => {
    expect(enumOption(parseArgs([], SPEC), 'engine', ['fast', 'exact'], 'fast')).toBe('fast');
    expect(enumOption(parseArgs(['--engine', 'exact'], SPEC), 'engine', ['fast', 'exact'], 'fast')).toBe('exact');
    expect(() => enumOption(parseArgs(['--engine', 'Fast'], SPEC), 'engine', ['fast', 'exact'], 'fast')).toThrow("The value 'Fast' is not valid for '--engine'. Valid values are: [fast, exact].");
  });
});
