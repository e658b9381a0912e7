import { describe, expect, test } from 'vitest';
import { cellsFromAuthStatus, cellsFromModelsStatus, unresolvedFromStatus, worse } from '../../src/provision/verify.js';

/** Shaped like `openclaw models status --check --json --agent <id>` output (2026.9.6). */
function statusJson(auth: Record<string, unknown>) {
  return { agentId: 'ops', auth: { missingProvidersInUse: [], modelRouteIssues: [], providers: [], oauth: { providers: [] }, ...auth } };
}

describe('cellsFromModelsStatus', () => {
  test.each([
    ['ready from a profile', 0, statusJson({ providers: [{ provider: 'alpha', effective: { kind: 'profiles', detail: 'alpha:clawfleet' } }] }), 'ready', /credential from profiles/],
    ['missing provider in use', 1, statusJson({ missingProvidersInUse: ['Alpha'] }), 'missing', /missingProvidersInUse/],
    ['route issue', 1, statusJson({ modelRouteIssues: [{ kind: 'indeterminate', provider: 'alpha', message: 'Auth readiness could not be confirmed' }] }), 'missing', /indeterminate \(Auth readiness/],
    ['expiring oauth', 2, statusJson({ oauth: { providers: [{ provider: 'alpha', status: 'expiring' }] } }), 'expiring', /OAuth expiring/],
    ['expired oauth', 1, statusJson({ oauth: { providers: [{ provider: 'alpha', status: 'expired' }] } }), 'missing', /OAuth expired/],
    ['effective missing', 1, statusJson({ providers: [{ provider: 'alpha', effective: { kind: 'missing' } }] }), 'missing', /no usable credential/],
    ['not listed, exit 0', 0, statusJson({}), 'ready', /not listed/],
    ['not listed, exit 1', 1, statusJson({}), 'missing', /not listed/],
    ['no JSON', 1, undefined, 'missing', /no JSON output/],
  ])('%s', (_name, code, json, status, detail) => {
    const [cell] = cellsFromModelsStatus('ops', ['alpha'], code, json);
    expect(cell).toMatchObject({ agentId: 'ops', provider: 'alpha', status });
    expect(cell?.detail).toMatch(detail);
  });
});

describe('cellsFromAuthStatus (models.authStatus RPC)', () => {
  test.each([
    ['static', 'ready'],
    ['ok', 'ready'],
    ['expiring', 'expiring'],
    ['expired', 'missing'],
    ['missing', 'missing'],
  ])('status %s → %s', (status, want) => {
    expect(cellsFromAuthStatus('main', ['alpha'], { providers: [{ provider: 'alpha', status }] })[0]?.status).toBe(want);
  });
  test('an absent provider is missing; authProvider aliases match', () => {
    expect(cellsFromAuthStatus('main', ['alpha'], { providers: [] })[0]?.status).toBe('missing');
    expect(cellsFromAuthStatus('main', ['xai'], { providers: [{ provider: 'x-ai', authProvider: 'xai', status: 'static' }] })[0]?.status).toBe('ready');
    expect(cellsFromAuthStatus('main', ['alpha'], null)[0]?.status).toBe('missing');
  });
});

test('worse() keeps the worse verdict', () => {
  const c = (status: 'ready' | 'missing' | 'expiring') => ({ agentId: 'a', provider: 'p', status, detail: status });
  expect(worse(c('ready'), c('missing')).status).toBe('missing');
  expect(worse(c('expiring'), c('ready')).status).toBe('expiring');
  expect(worse(c('missing'), c('expiring')).status).toBe('missing');
});

test('unresolvedFromStatus reads status.degradedSecretOwners (shape measured on 2026.9.6)', () => {
  const status = {
    degradedSecretOwners: [
      { ownerKind: 'account', ownerId: '["/s/state/agents/main/agent/openclaw-agent.sqlite","alpha:clawfleet"]', state: 'unavailable', reason: 'secret reference was not found' },
      { ownerKind: 'account', ownerId: '["/s/state/agents/ops/agent/openclaw-agent.sqlite","beta:manual"]', state: 'unavailable' },
      { ownerKind: 'provider', ownerId: 'models.providers.gamma' },
      { ownerKind: 'account', ownerId: 'not json' },
    ],
  };
  expect([...unresolvedFromStatus(status)]).toEqual(['main\0alpha']);
  expect(unresolvedFromStatus({}).size).toBe(0);
  expect(unresolvedFromStatus(null).size).toBe(0);
});
