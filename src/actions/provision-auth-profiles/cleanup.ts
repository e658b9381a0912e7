/**
 * The post step (`post-if: always()`): removes what the main step staged — the secrets-apply plan and any
 * scratch config copy in RUNNER_TEMP / next to the config — and unpairs the temporary device a remote run
 * paired, even when the main step failed or was cancelled. Problems become warnings: the main step already
 * decided the outcome.
 */
import * as core from '@actions/core';
import { rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { handlePostError } from '../common/errors.js';
import { createActionSecrets } from '../common/secrets.js';
import { createGatewayClient } from '../../fleet/client.js';
import { removeScratch } from '../../provision/local.js';
import { ACTION_NAME, type StagedState } from './run.js';
import { State } from './inputs.js';

export interface PostOptions {
  env?: NodeJS.ProcessEnv;
  state?: (name: string) => string;
  info?: (message: string) => void;
}

/** Parses the saved state; anything malformed is ignored (nothing to clean). */
export function parseStaged(text: string): StagedState {
  try {
    const v = JSON.parse(text) as Partial<StagedState>;
    return {
      files: Array.isArray(v.files) ? v.files.filter((f): f is string => typeof f === 'string') : [],
      devices: Array.isArray(v.devices) ? v.devices.filter((d) => d && typeof d.deviceId === 'string' && typeof d.url === 'string') : [],
    };
  } catch {
    return { files: [], devices: [] };
  }
}

export async function runPost(opts: PostOptions = {}): Promise<{ removedFiles: string[]; unpaired: string[] }> {
  const env = opts.env ?? process.env;
  const registry = createActionSecrets();
  const info = opts.info ?? ((m: string) => core.info(m));
  const removedFiles: string[] = [];
  const unpaired: string[] = [];
  try {
    const staged = parseStaged((opts.state ?? ((n: string) => core.getState(n)))(State.Staged) || '{}');
    for (const file of staged.files) {
      // Only files this action names: the plan, and scratch config copies (with their .bak siblings).
      const name = basename(file);
      if (!/^clawfleet-secrets-plan-[0-9a-f]+\.json$/.test(name) && !/^\.clawfleet-apply-[0-9a-f]+\.json$/.test(name)) continue;
      if (name.startsWith('.clawfleet-apply-')) await removeScratch(file);
      else await rm(file, { force: true });
      removedFiles.push(file);
    }
    for (const d of staged.devices) {
      const token = env[d.tokenEnv];
      if (!token) {
        core.warning(`${ACTION_NAME} post step: cannot unpair temporary device on ${d.instanceId}: ${d.tokenEnv} is not set in the post step`);
        continue;
      }
      registry.add(token);
      const client = createGatewayClient({ id: d.instanceId, url: d.url, token }, { secrets: registry, timeoutMs: 10_000 });
      try {
        await client.call('device.pair.remove', { deviceId: d.deviceId });
        unpaired.push(d.deviceId);
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        if (!/not found|unknown device|NOT_FOUND|INVALID_REQUEST/i.test(msg)) throw e;
      }
    }
    if (removedFiles.length || unpaired.length) info(`removed ${removedFiles.length} staged file(s) and ${unpaired.length} temporary device pairing(s)`);
  } catch (e) {
    handlePostError(ACTION_NAME, e, { secrets: registry });
  }
  return { removedFiles, unpaired };
}
