/**
 * Parses one config file into a located tree. Values come from the same parsers OpenClaw uses
 * (`JSON.parse`, then `json5` 2.2.3), so the config we validate is the config OpenClaw would load;
 * positions come from `@humanwhocodes/momoa` (JSON5 mode), walked in step with the value. Momoa also
 * sees what the value parsers hide: duplicate keys, NaN/Infinity, integer literals past 2^53.
 */
import { parse as momoaParse, type ValueNode, type MemberNode } from '@humanwhocodes/momoa';
import JSON5 from 'json5';
import type { LNode, Loc, LEntry } from './located.js';
import { BLOCKED_KEYS } from './located.js';
import { joinPath, type PathSegment } from './paths.js';
import type { StrictFinding } from './types.js';

export interface ParseError {
  /** json5's own message, e.g. `JSON5: invalid character ',' at 3:6`. */
  message: string;
  line: number;
  column: number;
}

export type ParseResult = { ok: true; root: LNode; findings: StrictFinding[] } | { ok: false; error: ParseError };

/**
 * Parses `text` (already decoded, BOM removed, nesting already bounded) of file `file`.
 * `prefix` is the config path where this file's content lands, used in finding messages.
 * `jsonFirst` mirrors OpenClaw: the root config is tried with `JSON.parse` first, includes go to json5.
 */
export function parseDocument(text: string, file: string, prefix: readonly PathSegment[], jsonFirst: boolean): ParseResult {
  let value: unknown;
  let parsed = false;
  if (jsonFirst) {
    try {
      value = JSON.parse(text);
      parsed = true;
    } catch {
      // not strict JSON: JSON5 decides, as in OpenClaw's parseJsonWithJson5Fallback
    }
  }
  if (!parsed) {
    try {
      value = JSON5.parse(text);
    } catch (error) {
      return { ok: false, error: toParseError(error) };
    }
  }
  let ast: ValueNode | undefined;
  try {
    ast = momoaParse(text, { mode: 'json5' }).body;
  } catch {
    // momoa disagrees with json5 on some exotic input: keep json5's value, fall back to coarse positions.
    ast = undefined;
  }
  const findings: StrictFinding[] = [];
  const root = build(value, ast, { file, line: 1, column: 1 }, [...prefix], text, file, findings);
  return { ok: true, root, findings };
}

function toParseError(error: unknown): ParseError {
  const e = error as { message?: unknown; lineNumber?: unknown; columnNumber?: unknown };
  const message = typeof e?.message === 'string' ? e.message : String(error);
  const line = typeof e?.lineNumber === 'number' ? e.lineNumber : 1;
  const column = typeof e?.columnNumber === 'number' ? e.columnNumber : 1;
  return { message, line, column };
}

function locOf(file: string, node: { loc: { start: { line: number; column: number } } } | undefined, fallback: Loc): Loc {
  return node ? { file, line: node.loc.start.line, column: node.loc.start.column } : fallback;
}

function keyName(member: MemberNode): string {
  return member.name.type === 'Identifier' ? member.name.name : member.name.value;
}

const INTEGER_LITERAL = /^[+-]?(?:0[xX][0-9a-fA-F]+|\d+)$/;

function build(
  value: unknown,
  ast: ValueNode | undefined,
  fallback: Loc,
  path: PathSegment[],
  text: string,
  file: string,
  findings: StrictFinding[],
): LNode {
  const loc = locOf(file, ast, fallback);
  if (Array.isArray(value)) {
    const elements = ast?.type === 'Array' ? ast.elements : undefined;
    const items: LNode[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      items[i] = build(value[i], elements?.[i]?.value, loc, path, text, file, findings);
      path.pop();
    }
    return { kind: 'array', loc, items };
  }
  if (value !== null && typeof value === 'object') {
    const members = ast?.type === 'Object' ? ast.members : undefined;
    // json5/JSON.parse keep the last of duplicate keys; so do we, and we remember the earlier ones.
    const lastByKey = new Map<string, MemberNode>();
    if (members) {
      for (const member of members) {
        const name = keyName(member);
        const earlier = lastByKey.get(name);
        if (earlier) {
          const first = locOf(file, earlier.name, loc);
          const again = locOf(file, member.name, loc);
          findings.push({
            rule: 'duplicate-key',
            path: joinPath([...path, name]),
            loc: again,
            message: `duplicate key "${name}" at ${joinPath(path)}: first at ${first.file}:${first.line}:${first.column}, again at ${again.file}:${again.line}:${again.column}; OpenClaw silently keeps the last value. Fix: remove one of them`,
          });
        }
        lastByKey.set(name, member);
      }
    }
    const entries = new Map<string, LEntry>();
    for (const key of Object.keys(value)) {
      const member = lastByKey.get(key);
      const keyLoc = locOf(file, member?.name, loc);
      if (BLOCKED_KEYS.has(key)) {
        findings.push({
          rule: 'forbidden-key',
          path: joinPath([...path, key]),
          loc: keyLoc,
          message:
            key === '__proto__'
              ? `forbidden key "__proto__" at ${joinPath(path)}: OpenClaw silently drops it (it becomes the object's prototype), so nothing under it takes effect, and a naive merge of it pollutes every object. Fix: remove the key`
              : `forbidden key "${key}" at ${joinPath(path)}: OpenClaw's include merge silently drops "${key}" keys. Fix: remove or rename the key`,
        });
      }
      path.push(key);
      entries.set(key, { keyLoc, node: build((value as Record<string, unknown>)[key], member?.value, keyLoc, path, text, file, findings) });
      path.pop();
    }
    return { kind: 'object', loc, entries };
  }
  if (typeof value === 'number') checkNumber(value, ast, loc, path, text, findings);
  return { kind: 'value', loc, value: value as string | number | boolean | null };
}

function checkNumber(value: number, ast: ValueNode | undefined, loc: Loc, path: PathSegment[], text: string, findings: StrictFinding[]): void {
  if (!Number.isFinite(value)) {
    const literal = Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
    findings.push({
      rule: 'non-finite-number',
      path: joinPath(path),
      loc,
      message: `non-finite number ${literal} at ${joinPath(path)}: JSON cannot carry it (it turns into null when the config is sent to a gateway). Fix: write a finite number`,
    });
    return;
  }
  if (Number.isSafeInteger(value) || !Number.isInteger(value)) return;
  // 1e300 is a float literal that happens to be integral; only flag literals written as integers.
  const raw = ast ? text.slice(ast.loc.start.offset, ast.loc.end.offset) : String(value);
  if (!INTEGER_LITERAL.test(raw.trim())) return;
  findings.push({
    rule: 'unsafe-integer',
    path: joinPath(path),
    loc,
    message: `integer at ${joinPath(path)} is beyond ±9007199254740991 (2^53-1) and silently loses precision when parsed. Fix: use a smaller number, or a string where the field accepts one`,
  });
}
