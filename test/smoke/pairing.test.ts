import { describe, expect, it } from 'vitest';
import type { GatewayClient } from '../../src/fleet/types.js';
import { approveOwnPairing, PairingError, parsePairList, rejectPending, removeDevice } from '../../src/smoke/pairing.js';

/** `device.pair.list` as measured on OpenClaw 2026.9.6 (one pending browser, one silently paired). */
const LIST = {
  pending: [
    {
      requestId: '10096bd2-8158-4535-af56-30a8b1e9512f',
      deviceId: 'e2d6c7fbbb1a33578417f846904626eda649153a33240a5617bddd32d672c2be',
      publicKey: 'QfUMhc9jjnEGx9-mlJWTxn7n3fh71I5-OVKl5YXT1uw',
      platform: 'Linux x86_64',
      clientId: 'openclaw-control-ui',
      clientMode: 'webchat',
      role: 'operator',
      scopes: ['operator.admin'],
      remoteIp: '203.0.113.9',
      silent: false,
      isRepair: false,
      ts: 1795298768840,
    },
  ],
  paired: [{ deviceId: '5fae81f494d00b132acd6ed011c484bbe2798800a9b14dce0de7369fe2d9877d', approvedVia: 'silent' }],
};
const OURS = LIST.pending[0]!.deviceId;
const REQ = LIST.pending[0]!.requestId;

function client(handlers: Record<string, (params: Record<string, unknown>) => unknown>): GatewayClient & { calls: Array<[string, unknown]> } {
  const calls: Array<[string, unknown]> = [];
  return {
    calls,
    call: async (method: string, params: Record<string, unknown>) => {
      calls.push([method, params]);
      const h = handlers[method];
      if (!h) throw new Error(`unexpected ${method}`);
      return h(params);
    },
  } as unknown as GatewayClient & { calls: Array<[string, unknown]> };
}
const deps = (c: GatewayClient) => ({ client: c, timeoutMs: () => 1000 });

describe('pairing through the admin RPC', () => {
  it('parses the measured list', () => {
    expect(parsePairList(LIST)).toEqual({ pending: [{ requestId: REQ, deviceId: OURS, clientId: 'openclaw-control-ui', remoteIp: '203.0.113.9' }], paired: [LIST.paired[0]!.deviceId] });
    expect(parsePairList(null)).toEqual({ pending: [], paired: [] });
  });

  it('approves our own pending request', async () => {
    const c = client({ 'device.pair.list': () => LIST, 'device.pair.approve': (p) => ({ requestId: p['requestId'], device: { deviceId: OURS, approvedVia: 'owner' } }) });
    await expect(approveOwnPairing(deps(c), REQ, OURS)).resolves.toEqual({ approvedVia: 'owner' });
    expect(c.calls).toEqual([
      ['device.pair.list', {}],
      ['device.pair.approve', { requestId: REQ }],
    ]);
  });

  it('never approves a request that belongs to another device', async () => {
    const c = client({ 'device.pair.list': () => LIST });
    const err = await approveOwnPairing(deps(c), REQ, 'f'.repeat(64)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PairingError);
    expect((err as Error).message).toBe(`pairing request ${REQ} belongs to device e2d6c7fbbb1a…, not to this run's device ffffffffffff…; refusing to approve it`);
    expect(c.calls.map(([m]) => m)).toEqual(['device.pair.list']);
  });

  it('a request that is no longer pending is reported, not approved', async () => {
    const c = client({ 'device.pair.list': () => ({ pending: [], paired: [] }) });
    await expect(approveOwnPairing(deps(c), REQ, OURS)).rejects.toThrow(`pairing request ${REQ} is not pending on the gateway (expired or superseded)`);
  });

  it('the gateway approving something else is an error', async () => {
    const c = client({ 'device.pair.list': () => LIST, 'device.pair.approve': () => ({ device: { deviceId: 'a'.repeat(64) } }) });
    await expect(approveOwnPairing(deps(c), REQ, OURS)).rejects.toThrow(/the gateway approved device aaaaaaaaaaaa… instead of e2d6c7fbbb1a…/);
  });

  it('remove/reject: unknown ids (already gone) are not errors; other failures are', async () => {
    const gone = client({
      'device.pair.remove': () => {
        throw new Error('gw: device.pair.remove (h) rejected: HTTP 400 INVALID_REQUEST unknown deviceId');
      },
      'device.pair.reject': () => {
        throw new Error('gw: device.pair.reject (h) rejected: HTTP 400 INVALID_REQUEST unknown requestId');
      },
    });
    await expect(removeDevice(deps(gone), OURS)).resolves.toBe('absent');
    await expect(rejectPending(deps(gone), REQ)).resolves.toBe('absent');
    const ok = client({ 'device.pair.remove': (p) => ({ deviceId: p['deviceId'] }), 'device.pair.reject': (p) => ({ requestId: p['requestId'] }) });
    await expect(removeDevice(deps(ok), OURS)).resolves.toBe('removed');
    await expect(rejectPending(deps(ok), REQ)).resolves.toBe('rejected');
    const denied = client({
      'device.pair.remove': () => {
        throw Object.assign(new Error('forbidden'), { kind: 'unauthorized' });
      },
    });
    await expect(removeDevice(deps(denied), OURS)).rejects.toThrow('forbidden');
    expect(denied.calls).toHaveLength(1); // not transient: no second attempt
  });

  it('remove is idempotent, so a timeout is tried once more; a second timeout is reported', async () => {
    let n = 0;
    const flaky = client({
      'device.pair.remove': (p) => {
        if (++n === 1) throw Object.assign(new Error('no answer within 5000 ms'), { kind: 'timeout' });
        return { deviceId: p['deviceId'] };
      },
    });
    await expect(removeDevice(deps(flaky), OURS)).resolves.toBe('removed');
    expect(flaky.calls).toHaveLength(2);
    const down = client({
      'device.pair.remove': () => {
        throw Object.assign(new Error('no answer within 5000 ms'), { kind: 'timeout' });
      },
    });
    await expect(removeDevice(deps(down), OURS)).rejects.toThrow('no answer within 5000 ms');
    expect(down.calls).toHaveLength(2);
  });
});
