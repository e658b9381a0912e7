/**
 * provision-auth-profiles action: inputs → provision → outputs, job summary, report file.
 *
 * Secrets are registered (and `core.setSecret`-ed with every derived form) the moment they are read: gateway
 * tokens in getInputs, provider keys in the engine's preflight — before anything is printed. Staged files
 * and temporary device pairings are recorded with `core.saveState` as they are created, so the post step
 * (`post-if: always()`) cleans up even after a failure or a cancel.
 */
import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { handleError } from '../common/errors.js';
import { actionsInputReader, type InputReader } from '../common/inputs.js';
import { createActionsLogger } from '../common/logger.js';
import { createActionSecrets } from '../common/secrets.js';
import { setOutputs, writeSummary } from '../common/summary.js';
import { provision } from '../../provision/provision.js';
import { renderSummary } from '../../provision/report.js';
import { writeSecureFile } from '../../provision/secure-file.js';
import type { ProvisionReport, Staging } from '../../provision/types.js';
import { getInputs, Output, State } from './inputs.js';

export const ACTION_NAME = 'provision-auth-profiles';

/** What the post step needs to undo (paths and ids only — tokens are read again from the env). */
export interface StagedState {
  files: string[];
  devices: Array<{ instanceId: string; url: string; deviceId: string; tokenEnv: string }>;
}

export interface RunOptions {
  read?: InputReader;
  env?: NodeJS.ProcessEnv;
}

/** Runs the action; never throws (failures go through handleError). Returns the report when there is one. */
export async function run(opts: RunOptions = {}): Promise<ProvisionReport | undefined> {
  const env = opts.env ?? process.env;
  const registry = createActionSecrets();
  const logger = createActionsLogger({ secrets: registry });
  const staged: StagedState = { files: [], devices: [] };
  const save = () => core.saveState(State.Staged, JSON.stringify(staged));
  try {
    const inputs = getInputs(opts.read ?? actionsInputReader, env, registry);
    const staging: Staging = {
      file: (path) => {
        if (!staged.files.includes(path)) staged.files.push(path);
        save();
      },
      device: (d) => {
        staged.devices.push({ ...d, tokenEnv: inputs.tokenEnvs[d.instanceId] ?? 'OPENCLAW_GATEWAY_TOKEN' });
        save();
      },
    };
    const report = await provision(inputs, { env, logger, registry, staging, clientVersion: '0.1.0' });
    const reportFile = join(inputs.tempDir, `clawfleet-${ACTION_NAME}-${randomBytes(4).toString('hex')}.json`);
    await writeSecureFile(reportFile, registry.redact(`${JSON.stringify(report, null, 2)}\n`), { parent: 'existing' });
    for (const a of report.actions) logger.info(a);
    setOutputs(
      {
        [Output.Ready]: report.ready,
        [Output.Changed]: report.changed,
        [Output.ReportFile]: reportFile,
        [Output.RestartRequired]: report.restart.required,
      },
      { secrets: registry },
    );
    await writeSummary(renderSummary(report, registry), { secrets: registry, note: `The full report is ${reportFile}.` });
    const failed = report.instances.filter((i) => i.error !== undefined);
    if (failed.length) throw new Error(failed.map((i) => `${i.id}: ${i.error}`).join('; '));
    if (inputs.requireReady && inputs.verify && !report.ready && !report.dryRun) {
      const missing = report.agents.flatMap((a) => a.providers.filter((p) => p.status === 'missing' || p.status === 'unverified').map((p) => `${a.agentId}/${p.provider} (${p.status})`));
      throw new Error(`not every agent has working credentials: ${missing.join(', ') || 'verification did not run'}. See the job summary and ${reportFile}`);
    }
    return report;
  } catch (e) {
    handleError(ACTION_NAME, e, { secrets: registry });
    return undefined;
  }
}
