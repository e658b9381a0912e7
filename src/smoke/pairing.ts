/**
 * Device pairing for a smoke run, through the admin HTTP RPC (`device.pair.*`, operator scopes via the
 * gateway token). A browser profile or WebSocket identity that is not on the gateway's host is a NEW device
 * every run: the gateway answers its connect with `NOT_PAIRED` (`details.code:"PAIRING_REQUIRED"`,
 * `details.requestId`, `details.deviceId`), we approve exactly that request, and remove the device when the
 * run is done — also on loopback, where the gateway pairs browsers silently (`approvedVia:"silent"`), so a
 * daily smoke test does not leave a paired-device record behind per run.
 *
 * Shapes measured on 2026.9.6 (admin HTTP RPC):
 * - `device.pair.list {}` → `{pending:[{requestId, deviceId, publicKey, clientId, clientMode, role, scopes,
 *   remoteIp, ts, …}], paired:[{deviceId, approvedVia:"silent"|"owner", …}]}`;
 * - `device.pair.approve {requestId}` → `{requestId, device:{deviceId, approvedVia:"owner", …}}`;
 * - `device.pair.remove {deviceId}` → `{deviceId}`; an unknown id → 400 `INVALID_REQUEST "unknown deviceId"`;
 * - `device.pair.reject {requestId}`; an unknown id → 400 `INVALID_REQUEST "unknown requestId"`.
 *
 * Safety: we only approve a pending request whose `deviceId` is the identity our own browser/client sent,
 * so a stranger's pending request can never be approved by a smoke run.
 */
import type { GatewayClient } from '../fleet/types.js';

export interface PairingDeps {
  client: GatewayClient;
  /** Per-call timeout (already cut to the instance's remaining budget). */
  timeoutMs: () => number;
  signal?: AbortSignal;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export interface PendingRequest {
  requestId: string;
  deviceId: string;
  clientId?: string;
  remoteIp?: string;
}

/** Parses `device.pair.list`. */
export function parsePairList(payload: unknown): { pending: PendingRequest[]; paired: string[] } {
  const p = isObj(payload) ? payload : {};
  const pending: PendingRequest[] = [];
  for (const r of Array.isArray(p['pending']) ? p['pending'] : []) {
    if (!isObj(r) || typeof r['requestId'] !== 'string' || typeof r['deviceId'] !== 'string') continue;
    pending.push({
      requestId: r['requestId'],
      deviceId: r['deviceId'],
      ...(typeof r['clientId'] === 'string' ? { clientId: r['clientId'] } : {}),
      ...(typeof r['remoteIp'] === 'string' ? { remoteIp: r['remoteIp'] } : {}),
    });
  }
  const paired = (Array.isArray(p['paired']) ? p['paired'] : [])
    .map((d) => (isObj(d) && typeof d['deviceId'] === 'string' ? d['deviceId'] : undefined))
    .filter((x): x is string => !!x);
  return { pending, paired };
}

/** Thrown when a pairing step cannot be done; the message says which and why. */
export class PairingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PairingError';
  }
}

const opts = (d: PairingDeps) => ({ timeoutMs: d.timeoutMs(), ...(d.signal ? { signal: d.signal } : {}), attempts: 1 });

/**
 * Approves the pending request `requestId` after checking it belongs to `deviceId` (ours).
 * Returns how the gateway recorded the approval.
 */
export async function approveOwnPairing(deps: PairingDeps, requestId: string, deviceId: string): Promise<{ approvedVia?: string }> {
  const list = parsePairList(await deps.client.call('device.pair.list', {}, opts(deps)));
  const req = list.pending.find((r) => r.requestId === requestId);
  if (!req) throw new PairingError(`pairing request ${requestId} is not pending on the gateway (expired or superseded)`);
  if (req.deviceId !== deviceId) {
    throw new PairingError(`pairing request ${requestId} belongs to device ${req.deviceId.slice(0, 12)}…, not to this run's device ${deviceId.slice(0, 12)}…; refusing to approve it`);
  }
  const res = await deps.client.call('device.pair.approve', { requestId }, opts(deps));
  const device = isObj(res) && isObj(res['device']) ? res['device'] : undefined;
  if (device && typeof device['deviceId'] === 'string' && device['deviceId'] !== deviceId) {
    throw new PairingError(`the gateway approved device ${String(device['deviceId']).slice(0, 12)}… instead of ${deviceId.slice(0, 12)}…`);
  }
  return device && typeof device['approvedVia'] === 'string' ? { approvedVia: device['approvedVia'] } : {};
}

/**
 * Removes a paired device; `absent` when the gateway does not know it (never paired, or already removed).
 * Removal is idempotent, so a timeout or a transient failure is tried once more (the gateway client never
 * repeats a write by itself); a second timeout is reported.
 */
export async function removeDevice(deps: PairingDeps, deviceId: string, attempts = 2): Promise<'removed' | 'absent'> {
  for (let attempt = 1; ; attempt++) {
    try {
      await deps.client.call('device.pair.remove', { deviceId }, opts(deps));
      return 'removed';
    } catch (err) {
      if (/unknown deviceId/i.test((err as Error).message)) return 'absent';
      const kind = (err as { kind?: unknown }).kind;
      const transient = kind === 'timeout' || kind === 'unreachable' || kind === 'unavailable' || kind === 'rate-limited';
      if (!transient || attempt >= attempts) throw err;
    }
  }
}

/** Rejects a pending request we created but did not approve (so it does not linger in the operator's inbox). */
export async function rejectPending(deps: PairingDeps, requestId: string): Promise<'rejected' | 'absent'> {
  try {
    await deps.client.call('device.pair.reject', { requestId }, opts(deps));
    return 'rejected';
  } catch (err) {
    if (/unknown requestId/i.test((err as Error).message)) return 'absent';
    throw err;
  }
}
