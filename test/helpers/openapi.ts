/**
 * GitHub's published OpenAPI description (@octokit/openapi) as a test oracle for every REST call clawfleet
 * makes: the route exists with that method, every path parameter and required body field is sent, no
 * parameter is invented, enums (body and query) are respected, and the response fields we read are
 * documented. Plus a fake Octokit-style `request` that records calls and answers like GitHub (no network).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { GitHubRequest } from '../../src/github/port.js';

const require = createRequire(import.meta.url);
export type Obj = Record<string, any>;

/** The whole description (api.github.com), parsed once per test file. */
export const spec: Obj = JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'));

/** Follows `$ref`s (`#/components/...`) to the node they name. */
export function resolveRef(node: Obj): Obj {
  let n = node;
  while (n && typeof n['$ref'] === 'string') {
    n = (n['$ref'] as string).slice(2).split('/').reduce((o: Obj, k: string) => o[k.replace(/~1/g, '/')], spec);
  }
  return n;
}

/** The operation of `METHOD /path`, or undefined when GitHub has no such route. */
export function operation(route: string): Obj | undefined {
  const [method, path] = route.split(' ') as [string, string];
  return spec['paths'][path]?.[method.toLowerCase()];
}

/** Asserts one recorded call matches the OpenAPI operation; returns the operation. */
export function assertCall(route: string, params: Obj): Obj {
  const op = operation(route);
  expect(op, `${route} is not in GitHub's OpenAPI description`).toBeDefined();
  const declared: Obj[] = (op!['parameters'] ?? []).map(resolveRef);
  const byName = new Map<string, Obj>(declared.map((p) => [p['name'] as string, p]));
  for (const p of declared) if (p['in'] === 'path') expect(params, `${route}: path parameter ${p['name']}`).toHaveProperty(p['name']);
  const body = op!['requestBody'] ? resolveRef(resolveRef(op!['requestBody'])['content']['application/json']['schema']) : undefined;
  const bodyProps = new Set(Object.keys(body?.['properties'] ?? {}));
  for (const r of body?.['required'] ?? []) expect(params, `${route}: required body field ${r}`).toHaveProperty(r);
  for (const k of Object.keys(params)) expect(byName.has(k) || bodyProps.has(k), `${route}: '${k}' is not a parameter of this operation`).toBe(true);
  for (const [k, v] of Object.entries(params)) {
    const bodySchema = body?.['properties']?.[k] ? resolveRef(body['properties'][k]) : undefined;
    const paramSchema = byName.get(k)?.['schema'] ? resolveRef(byName.get(k)!['schema']) : undefined;
    const s = bodySchema ?? paramSchema;
    if (s?.['enum']) expect(s['enum'], `${route}: ${k}=${String(v)}`).toContain(v);
  }
  return op!;
}

/** The documented fields of a response (array items or object) for one status. */
export function responseFields(route: string, status = '200'): Set<string> {
  const op = operation(route);
  expect(op, `${route} is not in GitHub's OpenAPI description`).toBeDefined();
  const res = op!['responses'][status];
  expect(res, `${route} documents no ${status} response`).toBeDefined();
  let s = resolveRef(resolveRef(res)['content']['application/json']['schema']);
  if (s['type'] === 'array') s = resolveRef(s['items']);
  return propertiesOf(s);
}

/** Property names of a schema, through `allOf` (every part holds) — not `oneOf`/`anyOf`, which may not. */
function propertiesOf(schema: Obj): Set<string> {
  const s = resolveRef(schema);
  const out = new Set(Object.keys(s['properties'] ?? {}));
  for (const part of s['allOf'] ?? []) for (const k of propertiesOf(part)) out.add(k);
  return out;
}

/** True when `status` is a documented response of the route (so a fake does not answer with an invented one). */
export function documentsStatus(route: string, status: number): boolean {
  return Object.prototype.hasOwnProperty.call(operation(route)?.['responses'] ?? {}, String(status));
}

/** A recorded call. */
export type Call = [route: string, params: Obj];

/** An error shaped like Octokit's RequestError (status + response headers + message). */
export function httpError(status: number, message: string, headers: Record<string, string> = {}): Error {
  return Object.assign(new Error(message), { status, response: { status, headers, data: { message } } });
}

/**
 * A fake `request`: answers each route with its handler (which may throw an {@link httpError}); a route
 * without a handler is a 500 so an unexpected call fails the test loudly.
 */
export function fakeGitHub(responses: Record<string, (p: Obj) => { status?: number; data: unknown }>): { request: GitHubRequest; calls: Call[] } {
  const calls: Call[] = [];
  const request: GitHubRequest = async (route, params) => {
    calls.push([route, params]);
    const h = responses[route];
    if (!h) throw httpError(500, `unexpected ${route}`);
    const r = h(params);
    return { status: r.status ?? 200, data: r.data };
  };
  return { request, calls };
}
