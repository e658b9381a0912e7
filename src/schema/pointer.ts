/**
 * Schema paths as Ajv reports them: URI-fragment JSON pointers (`#/properties/%24schema/type`), each
 * reference token percent-encoded and RFC 6901-escaped (`~0`, `~1`).
 */
export function schemaPathSegments(schemaPath: string): string[] {
  const body = schemaPath.replace(/^#\/?/, '');
  if (body === '') return [];
  return body.split('/').map((raw) => decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Walks `root` along `segments`; undefined when a step is missing. */
export function resolveSegments(root: unknown, segments: readonly string[]): unknown {
  let cur: unknown = root;
  for (const seg of segments) {
    if (Array.isArray(cur)) cur = cur[Number(seg)];
    else if (cur !== null && typeof cur === 'object') cur = Object.hasOwn(cur, seg) ? (cur as Record<string, unknown>)[seg] : undefined;
    else return undefined;
  }
  return cur;
}
