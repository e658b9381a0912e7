/**
 * An operator WebSocket session on a gateway through a temporary paired device: paired (approved through the
 * admin RPC) for the duration of one piece of work, then unpaired again whatever happened — the gateway's
 * device list ends as it started. Shared by the local path (a `secrets.reload`) and the remote path (the
 * team secret store).
 */
import type { GatewayClient } from '../fleet/types.js';
import { OperatorSession } from './operator-session.js';
import type { GatewayEndpoint, ProvisionDeps } from './types.js';

/** Unpairs a temporary device; a failure becomes a warning (the post step retries). */
export async function removeDevice(admin: GatewayClient, deviceId: string, instanceId: string, warnings: string[]): Promise<void> {
  try {
    await admin.call('device.pair.remove', { deviceId });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (!/not found|unknown device|NOT_FOUND/i.test(msg)) warnings.push(`${instanceId}: could not remove the temporary paired device ${deviceId.slice(0, 12)}…: ${msg} (the post step retries)`);
  }
}

/**
 * Opens the session (recording the device in the staging file before it exists on the gateway, so the post
 * step can unpair it after a crash), runs `work`, then closes the session and unpairs the device. A failure
 * to unpair is a warning; a failure to connect or of `work` propagates after the clean-up.
 */
export async function withTemporarySession<T>(
  admin: GatewayClient,
  endpoint: GatewayEndpoint,
  deps: Pick<ProvisionDeps, 'registry' | 'staging' | 'clientVersion' | 'logger'>,
  timeoutMs: number,
  warnings: string[],
  work: (session: OperatorSession) => Promise<T>,
  opts: { announceApproval?: boolean } = {},
): Promise<T> {
  let deviceId: string | undefined;
  const session = await OperatorSession.open({
    instanceId: endpoint.id,
    url: endpoint.url,
    token: endpoint.token,
    registry: deps.registry,
    timeoutMs: Math.min(timeoutMs, 30_000),
    version: deps.clientVersion,
    onDevice: (id) => {
      deviceId = id;
      deps.staging.device({ instanceId: endpoint.id, url: endpoint.url, deviceId: id });
    },
    approve: async (requestId) => {
      await admin.call('device.pair.approve', { requestId });
      if (opts.announceApproval) deps.logger.info(`${endpoint.id}: approved the pairing of a temporary device (removed again at the end)`);
    },
  }).catch(async (e: unknown) => {
    if (deviceId) await removeDevice(admin, deviceId, endpoint.id, warnings);
    throw e;
  });
  try {
    return await work(session);
  } finally {
    session.close();
    if (deviceId) await removeDevice(admin, deviceId, endpoint.id, warnings);
  }
}
