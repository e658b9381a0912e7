/**
 * Strict input parsers shared by every action adapter (codeql `getRequiredInput`, aws `getBooleanInput`,
 * gradle's enum message). Every parser throws a {@link UserError} that names the input, quotes the value and
 * says what is expected, so a typo fails the step before anything happens instead of quietly becoming a
 * default (`ture` is not `false`).
 *
 * Inputs are read through a {@link InputReader} so the parsers are testable without the runner; the default
 * reader is `@actions/core`'s `getInput` (which trims and maps `name` to `INPUT_NAME`).
 */
import * as core from '@actions/core';
import { UserError } from '../../common/errors.js';

/** Where input values come from: `(name) => value` with `''` for "not set". */
export type InputReader = (name: string) => string;

/** The runner's inputs (`INPUT_<NAME>` env vars, trimmed). */
export const actionsInputReader: InputReader = (name) => core.getInput(name);

/** Quotes a value for an error message, shortened so a pasted blob cannot flood the log. */
export function quoteValue(value: string): string {
  const oneLine = value.replace(/\r?\n/g, '\\n');
  return oneLine.length > 120 ? `'${oneLine.slice(0, 117)}...'` : `'${oneLine}'`;
}

/** The one message shape for a bad value: `The value 'x' is not valid for 'name'. <expected>` */
export function invalidValueMessage(name: string, value: string, expected: string): string {
  return `The value ${quoteValue(value)} is not valid for '${name}'. ${expected}`;
}

const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];

/** Strict parsers over one reader. Create with {@link createInputs}. */
export interface Inputs {
  /** A non-empty string; throws naming the input when empty. */
  getRequired(name: string): string;
  /** The value, or `undefined` when empty. */
  getOptional(name: string): string | undefined;
  /** YAML 1.2 booleans (`true|True|TRUE|false|False|FALSE`); empty → `defaultValue`; anything else throws. */
  getBoolean(name: string, defaultValue: boolean): boolean;
  /** One of `allowed` (exact, case-sensitive); empty → `defaultValue`. */
  getEnum<T extends string>(name: string, allowed: readonly T[], defaultValue: T): T;
  /** A decimal integer within bounds (no `1e9`, `0x10`, `12.0` or `+3`); empty → `defaultValue`. */
  getInt(name: string, opts: { default: number; min?: number; max?: number }): number;
  /** Like getInt but `undefined` when empty. */
  getOptionalInt(name: string, opts: { min?: number; max?: number }): number | undefined;
  /**
   * A ratio in [0, 1]: `0.9`, `.9`, `1`, or a percentage `90%`; empty → `defaultValue`.
   * `min`/`max` bound the ratio (as a fraction).
   */
  getRatio(name: string, opts: { default: number; min?: number; max?: number }): number;
  /**
   * A list: items separated by newlines or commas, trimmed, empty items and `# comments` dropped
   * (docker `getInputList`). Empty → `[]`.
   */
  getList(name: string, opts?: { separator?: 'comma-or-newline' | 'newline' }): string[];
}

/** Builds the strict parsers over `read` (default: the runner's inputs). */
export function createInputs(read: InputReader = actionsInputReader): Inputs {
  const raw = (name: string) => (read(name) ?? '').trim();
  const intPattern = /^-?\d+$/;
  const parseIntStrict = (name: string, value: string, min: number | undefined, max: number | undefined): number => {
    const bounds = describeBounds(min, max);
    if (!intPattern.test(value)) throw new UserError(invalidValueMessage(name, value, `Expected a whole number${bounds}.`));
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new UserError(invalidValueMessage(name, value, `Expected a whole number${bounds}.`));
    if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
      throw new UserError(invalidValueMessage(name, value, `Expected a whole number${bounds}.`));
    }
    return n;
  };
  return {
    getRequired(name) {
      const v = raw(name);
      if (!v) throw new UserError(`The input '${name}' is required but was empty. Fix: set it in the step's 'with:' block.`);
      return v;
    },
    getOptional(name) {
      const v = raw(name);
      return v === '' ? undefined : v;
    },
    getBoolean(name, defaultValue) {
      const v = raw(name);
      if (v === '') return defaultValue;
      if (TRUE_VALUES.includes(v)) return true;
      if (FALSE_VALUES.includes(v)) return false;
      throw new UserError(invalidValueMessage(name, v, 'Valid values are: [true, false].'));
    },
    getEnum(name, allowed, defaultValue) {
      const v = raw(name);
      if (v === '') return defaultValue;
      if ((allowed as readonly string[]).includes(v)) return v as (typeof allowed)[number];
      throw new UserError(invalidValueMessage(name, v, `Valid values are: [${allowed.join(', ')}].`));
    },
    getInt(name, opts) {
      const v = raw(name);
      if (v === '') return opts.default;
      return parseIntStrict(name, v, opts.min, opts.max);
    },
    getOptionalInt(name, opts) {
      const v = raw(name);
      if (v === '') return undefined;
      return parseIntStrict(name, v, opts.min, opts.max);
    },
    getRatio(name, opts) {
      const v = raw(name);
      if (v === '') return opts.default;
      const min = opts.min ?? 0;
      const max = opts.max ?? 1;
      const expected = `Expected a ratio between ${min} and ${max} (e.g. 0.9) or a percentage (e.g. 90%).`;
      const m = /^(\d+(?:\.\d+)?|\.\d+)(%?)$/.exec(v);
      if (!m) throw new UserError(invalidValueMessage(name, v, expected));
      const n = Number(m[1]) / (m[2] ? 100 : 1);
      if (!Number.isFinite(n) || n < min || n > max) throw new UserError(invalidValueMessage(name, v, expected));
      return n;
    },
    getList(name, opts) {
      const v = read(name) ?? '';
      const sep = opts?.separator === 'newline' ? /\r?\n/ : /\r?\n|,/;
      return v
        .split(sep)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
    },
  };
}

function describeBounds(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return ` between ${min} and ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return '';
}
