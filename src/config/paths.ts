/**
 * Config paths. clawfleet reports every path dot-joined with numeric array indices (`bindings.0.agentId`),
 * the form OpenClaw uses in `issues[].path`; `<root>` stands for the whole file. OpenClaw's warnings use a
 * bracketed form (`gateway.trustedProxies[2]`, `a["odd.key"]`), so the parser accepts both.
 */
export type PathSegment = string | number;

/** The path of the whole document. */
export const ROOT_PATH = '<root>';

/** Dot-joins segments; the empty path is `<root>`. */
export function joinPath(segments: readonly PathSegment[]): string {
  return segments.length === 0 ? ROOT_PATH : segments.join('.');
}

/**
 * Splits a path in either form into segments: `a.b.0`, `a.b[0]`, `a["x.y"].z`, `<root>` or `` (root).
 * Dots inside bracketed quoted keys are kept; a dot-joined key that itself contains dots cannot be told
 * apart here — {@link SourceMap} resolves that ambiguity against the real tree.
 */
export function parsePath(path: string): string[] {
  if (path === '' || path === ROOT_PATH) return [];
  const out: string[] = [];
  let cur = '';
  let i = 0;
  const n = path.length;
  while (i < n) {
    const c = path[i]!;
    if (c === '.') {
      if (cur !== '') out.push(cur);
      cur = '';
      i++;
      continue;
    }
    if (c === '[') {
      if (cur !== '') out.push(cur);
      cur = '';
      const close = findBracketEnd(path, i);
      const inner = path.slice(i + 1, close);
      if (inner.startsWith('"')) {
        try {
          out.push(String(JSON.parse(inner)));
        } catch {
          out.push(inner);
        }
      } else {
        out.push(inner);
      }
      i = close + 1;
      continue;
    }
    cur += c;
    i++;
  }
  if (cur !== '') out.push(cur);
  return out;
}

function findBracketEnd(path: string, open: number): number {
  if (path[open + 1] === '"') {
    // Quoted key: skip to the closing quote (honouring escapes), then the bracket.
    let i = open + 2;
    while (i < path.length) {
      if (path[i] === '\\') {
        i += 2;
        continue;
      }
      if (path[i] === '"') break;
      i++;
    }
    const close = path.indexOf(']', i);
    return close === -1 ? path.length : close;
  }
  const close = path.indexOf(']', open);
  return close === -1 ? path.length : close;
}

/** Converts any accepted path form to the dot-joined report form. */
export function normalizePath(path: string): string {
  return joinPath(parsePath(path));
}
