/**
 * zod refinements of single string values that `openclaw config schema` cannot export (a refine is
 * code, not JSON schema). The normalizer attaches them to their schema nodes as `x-refine: <name>`; the
 * compiler inlines `check` into the generated validator; the issue mapper prints `message` — OpenClaw's
 * own words (openclaw dist zod-schema*.mjs, ref-contract).
 *
 * Only refinements of one value live here. Cross-field rules, registry lookups and refinements that need
 * the environment (workspace paths, …) belong to the semantic rules layer (src/validate/rules.ts).
 * Paths are checked with POSIX semantics: gateways run on Linux or macOS.
 */
export interface Refine {
  /** JS source of `(value: string) => boolean` (inlined into the generated module; no imports). */
  check: string;
  /** OpenClaw's message when the check fails. */
  message: string;
}

export const REFINES: Readonly<Record<string, Refine>> = {
  // zod: worktreeRoot: string().trim().min(1).refine(abs || "~" || "~/…")
  'worktree-root': {
    check: '(v) => { const t = v.trim(); return t.startsWith("/") || t === "~" || t.startsWith("~/"); }',
    message: 'worktreeRoot must be an absolute path or a path starting with ~',
  },
  // ref-contract isValidFileSecretRefId: "value", or an absolute JSON pointer with valid ~ escapes.
  'file-secret-ref-id': {
    check: '(v) => v === "value" || (v.startsWith("/") && v.slice(1).split("/").every((s) => /^(?:[^~]|~0|~1)*$/.test(s)))',
    message: 'File secret reference id must be an absolute JSON pointer (example: "/providers/openai/apiKey"), or "value" for singleValue mode.',
  },
  // ref-contract isValidExecSecretRefId: the id grammar, and no "." / ".." path segments.
  'exec-secret-ref-id': {
    check: '(v) => /^[A-Za-z0-9][A-Za-z0-9._:/#-]{0,255}$/.test(v) && v.split("/").every((s) => s !== "." && s !== "..")',
    message:
      'Exec secret reference id must match /^[A-Za-z0-9][A-Za-z0-9._:/#-]{0,255}$/ and must not include "." or ".." path segments (example: "vault/openai/api-key" or "aws/secret#json_key").',
  },
  // zod: mcp.apps.sandboxOrigin: string().url().refine(validateHttpOrigin)
  'http-origin': {
    check:
      '(v) => { let u; try { u = new URL(v.trim()); } catch { return false; } return (u.protocol === "http:" || u.protocol === "https:") && u.pathname === "/" && !u.search && !u.hash && !u.username && !u.password; }',
    message: 'sandboxOrigin must be an HTTP(S) origin without a path, query, or credentials',
  },
  // zod: proxy.proxyUrl: url().refine(isHttpUrl)
  'proxy-http-url': {
    check: '(v) => { let u; try { u = new URL(v.trim()); } catch { return false; } return u.protocol === "http:" || u.protocol === "https:"; }',
    message: 'proxyUrl must use http:// or https://',
  },
};

/** Where each refine applies: exact JSON pointers in the normalized schema (structural ones in normalize.ts). */
export const REFINE_AT: ReadonlyArray<{ refine: keyof typeof REFINES; at: string }> = [
  { refine: 'worktree-root', at: '#/properties/worktreeRoot' },
  { refine: 'http-origin', at: '#/properties/mcp/properties/apps/properties/sandboxOrigin' },
  { refine: 'proxy-http-url', at: '#/properties/proxy/properties/proxyUrl' },
];
