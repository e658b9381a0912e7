/**
 * validate-config: inputs → validateFiles → annotations on the exact lines, a job summary table, outputs.
 * Everything printed passes through the actions logger, which neutralises workflow commands hidden in
 * config text or OpenClaw's messages.
 */
import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../../common/logger.js';
import { validateFiles } from '../../validate/validate.js';
import { reportFailed } from '../../validate/format.js';
import type { ValidationReport } from '../../validate/types.js';
import { handleError } from '../common/errors.js';
import type { InputReader } from '../common/inputs.js';
import { createActionsLogger } from '../common/logger.js';
import { escapeCell, markdownTable, setOutputs, writeSummary } from '../common/summary.js';
import { getInputs, type ValidateConfigInputs } from './inputs.js';

const ACTION = 'validate-config';

export interface Counts {
  errors: number;
  warnings: number;
}

/** Emits one annotation per issue and lint finding; in `warn` mode errors are shown as warnings. */
export function annotate(report: ValidationReport, mode: ValidateConfigInputs['mode'], logger: Logger): Counts {
  let errors = 0;
  let warnings = 0;
  for (const f of report.files) {
    for (const i of f.issues) {
      const loc = { file: i.file, line: i.line, column: i.column };
      const text = `${i.path}: ${i.message}${i.includeChain && i.includeChain.length > 1 ? ` (include chain: ${i.includeChain.join(' -> ')})` : ''}`;
      if (i.severity === 'error') errors++;
      else warnings++;
      if (i.severity === 'error' && mode === 'fail') logger.error(text, loc);
      else logger.warning(text, loc);
    }
    for (const l of f.lint) {
      const loc = { file: l.file, line: l.line, column: l.column };
      const text = `[${l.rule}] ${l.path ? `${l.path}: ` : ''}${l.message}`;
      if (l.severity === 'error') errors++;
      else warnings++;
      if (l.severity === 'error' && mode === 'fail') logger.error(text, loc);
      else logger.warning(text, loc);
    }
  }
  return { errors, warnings };
}

/** The job summary: a verdict line and one row per finding. */
export function summaryMarkdown(report: ValidationReport, counts: Counts): string {
  const rows: string[][] = [];
  for (const f of report.files) {
    if (f.issues.length === 0 && f.lint.length === 0) rows.push([escapeCell(f.file), '', 'ok', '', '']);
    for (const i of f.issues) rows.push([escapeCell(`${i.file}:${i.line}:${i.column}`), escapeCell(i.path), i.severity, 'openclaw', escapeCell(i.message)]);
    for (const l of f.lint) rows.push([escapeCell(`${l.file}:${l.line}:${l.column}`), escapeCell(l.path ?? ''), l.severity, `lint: ${l.rule}`, escapeCell(l.message)]);
  }
  const verdict = report.valid ? '✅ OpenClaw would accept every file' : '❌ OpenClaw would refuse at least one file';
  return [
    `### clawfleet validate-config (${report.engine} engine)`,
    '',
    `${verdict} — ${report.files.length} file(s), ${counts.errors} error(s), ${counts.warnings} warning(s).`,
    '',
    markdownTable(['where', 'path', 'severity', 'source', 'message'], rows),
  ].join('\n');
}

export async function run(read?: InputReader): Promise<void> {
  try {
    const inputs = getInputs(read);
    const logger = createActionsLogger();
    const report = await validateFiles(inputs.files, {
      engine: inputs.engine,
      envMode: inputs.envMode,
      cwd: inputs.workspace,
      lintSeverity: inputs.lintSeverity,
      ...(inputs.openclawVersion ? { openclawVersion: inputs.openclawVersion } : {}),
    });
    const counts = annotate(report, inputs.mode, logger);
    const dir = join(process.env['RUNNER_TEMP'] || inputs.workspace, 'clawfleet');
    mkdirSync(dir, { recursive: true });
    const reportFile = join(dir, 'validate-config-report.json');
    writeFileSync(reportFile, JSON.stringify(report, null, 2) + '\n');
    setOutputs({ valid: report.valid, 'error-count': counts.errors, 'warning-count': counts.warnings, 'report-file': reportFile });
    await writeSummary(summaryMarkdown(report, counts));
    if (reportFailed(report)) {
      const msg = `${counts.errors} error(s) in ${report.files.filter((f) => !f.valid || f.lint.some((l) => l.severity === 'error')).length} file(s); see the annotations and the job summary.`;
      if (inputs.mode === 'fail') core.setFailed(`${ACTION} failed: ${msg}`);
      else logger.warning(`${msg} (mode: warn, so the step passes)`);
    } else {
      logger.info(`${ACTION}: ${report.files.length} file(s) valid (${report.engine} engine), ${counts.warnings} warning(s).`);
    }
  } catch (error) {
    handleError(ACTION, error);
  }
}
