/**
 * smoke-and-browser-test action: inputs → smoke run → report file (with digest), outputs, job summary,
 * one annotation per instance that is not healthy, and the step's verdict (`fail-on`).
 *
 * Tokens are registered with the runner (`core.setSecret`, every derived form) while the inputs are read,
 * before anything is printed; the report and summary are redacted again on their way out, and outputs
 * that would hold a secret are refused.
 */
import { handleError } from '../common/errors.js';
import { actionsInputReader, type InputReader } from '../common/inputs.js';
import { createActionsLogger } from '../common/logger.js';
import { createActionSecrets } from '../common/secrets.js';
import { setOutputs, writeSummary } from '../common/summary.js';
import type { Logger } from '../../common/logger.js';
import type { SecretRegistry } from '../../common/secrets.js';
import { renderSummary, writeReport } from '../../smoke/report.js';
import { runSmoke, type SmokeOptions } from '../../smoke/run-smoke.js';
import type { DigestedReport } from '../../smoke/types.js';
import { getInputs, Output } from './inputs.js';

export const ACTION_NAME = 'smoke-and-browser-test';

export interface RunOptions {
  read?: InputReader;
  env?: NodeJS.ProcessEnv;
  /** Test seam: the runner's secret registry and logger. */
  secrets?: SecretRegistry;
  logger?: Logger;
  /** Test seam: extra smoke options (e.g. headers that make loopback look remote). */
  smoke?: Partial<Pick<SmokeOptions, 'extraHeaders' | 'callTimeoutMs' | 'uiConnectTimeoutMs'>>;
}

/**
 * Runs the action; never throws (failures go through handleError). Returns the report when one was written
 * (also when the step then fails because of it).
 */
export async function run(opts: RunOptions = {}): Promise<DigestedReport | undefined> {
  const env = opts.env ?? process.env;
  const secrets = opts.secrets ?? createActionSecrets();
  const logger = opts.logger ?? createActionsLogger({ secrets });
  let digested: DigestedReport | undefined;
  try {
    const inputs = getInputs(opts.read ?? actionsInputReader, env, secrets);
    logger.info(
      `smoke: ${inputs.targets.length} instance(s) from ${inputs.inventoryFile}; ` +
        `browser ${inputs.browser ? `${inputs.browser.path} (${inputs.browser.source})` : 'off'}; ` +
        `version pin ${inputs.expectedVersion ? `${inputs.expectedVersion.version} (${inputs.expectedVersion.source})` : 'none'}; ` +
        `chat ${inputs.chat ? `via ${inputs.chat.via}` : 'off'}`,
    );
    const report = await runSmoke({
      targets: inputs.targets,
      ...(inputs.expectedVersion ? { expectedVersion: inputs.expectedVersion } : {}),
      ...(inputs.browser ? { browserPath: inputs.browser.path, screenshotsDir: inputs.screenshotsDir } : {}),
      ...(inputs.chat ? { chat: inputs.chat } : {}),
      wsConnections: inputs.wsConnections,
      timeoutMs: inputs.timeoutMs,
      concurrency: inputs.concurrency,
      pairDevices: inputs.pairDevices,
      ignoreConsole: inputs.ignoreConsole,
      secrets,
      logger,
      ...(opts.smoke ?? {}),
    });
    digested = writeReport(inputs.reportFile, report);

    for (const i of digested.instances) {
      if (i.status === 'failed') logger.error(`${i.id} failed: ${i.reasons.join(' | ')}`);
      else if (i.status === 'degraded') logger.warning(`${i.id} degraded: ${i.reasons.join(' | ')}`);
    }
    setOutputs(
      {
        [Output.Result]: digested.result,
        [Output.ReportFile]: inputs.reportFile,
        [Output.ReportDigest]: digested.digest,
        [Output.ScreenshotsDir]: inputs.browser ? inputs.screenshotsDir : '',
        [Output.FailedInstances]: digested.instances.filter((i) => i.status === 'failed').map((i) => i.id).join(','),
        [Output.DegradedInstances]: digested.instances.filter((i) => i.status === 'degraded').map((i) => i.id).join(','),
      },
      { secrets },
    );
    await writeSummary(
      renderSummary(digested, { ...(inputs.browser ? { screenshotsDir: inputs.screenshotsDir } : {}), reportFile: inputs.reportFile, digest: digested.digest }),
      { secrets, note: `The full report is ${inputs.reportFile}.` },
    );

    const failing = digested.instances.filter((i) => i.status === 'failed' || (inputs.failOn === 'degraded' && i.status === 'degraded'));
    if (inputs.failOn !== 'never' && failing.length) {
      throw new Error(
        `${failing.length} of ${digested.instances.length} instance(s) ${inputs.failOn === 'degraded' ? 'not healthy' : 'failed'}: ` +
          failing.map((i) => `${i.id} (${i.reasons[0] ?? i.status})`).join('; '),
      );
    }
    return digested;
  } catch (e) {
    handleError(ACTION_NAME, e, { secrets });
    return digested;
  }
}
