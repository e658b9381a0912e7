/**
 * `clawfleet validate [--engine fast|exact] [--json] [--env-mode warn|error] <paths...>` — the same check
 * as the validate-config action, for an operator's terminal or any CI.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatReport, reportFailed } from '../../validate/format.js';
import { LINT_RULES, isLintRule } from '../../validate/lint.js';
import type { LintSeverity } from '../../validate/types.js';
import { validateFiles } from '../../validate/validate.js';
import { UsageError, enumOption, parseArgs } from '../args.js';
import { exitCodesHelp } from '../cli.js';
import { ExitCode, useColor, type CliCommand } from '../types.js';

const SPEC = {
  engine: { value: true },
  json: {},
  'env-mode': { value: true },
  'openclaw-version': { value: true },
  lint: { value: true, repeatable: true },
  help: { short: 'h' },
} as const;

const help = `Usage: clawfleet validate [options] <config files...>

Validates OpenClaw configs exactly as OpenClaw loads them (JSON5, $include, \${VAR}) and reports every
issue as file:line:col — the included file that holds the value, not just the root.

Options:
  --engine fast|exact        fast (default): the pinned OpenClaw's JSON schema plus its cross-field rules,
                             about a millisecond per config; exact: runs \`openclaw config validate --json\`
  --json                     print the report as JSON:
                             {"valid","engine","files":[{"file","valid","issues":[…],"lint":[…]}]}
  --env-mode warn|error      a missing or empty \${VAR}: warn (default, like OpenClaw) or error (deploy time)
  --openclaw-version <v>     OpenClaw version for --engine exact (default: the pinned one)
  --lint <rule>=<severity>   change a lint rule's severity (error|warning|off); repeatable
  -h, --help                 show this help

Lint rules (reported beside the verdict; an error fails the check):
${LINT_RULES.map((r) => `  ${r.id.padEnd(26)} ${r.description}`).join('\n')}

${exitCodesHelp}
`;

export const command: CliCommand = {
  name: 'validate',
  summary: 'Validate OpenClaw configs (JSON5, $include, ${VAR}) with file:line issues',
  help,
  async run(argv, ctx) {
    const args = parseArgs(argv, SPEC);
    const engine = enumOption(args, 'engine', ['fast', 'exact'] as const, 'fast');
    const envMode = enumOption(args, 'env-mode', ['warn', 'error'] as const, 'warn');
    const lintSeverity: Record<string, LintSeverity> = {};
    for (const spec of args.options.get('lint') ?? []) {
      const m = /^([a-z0-9-]+)=(error|warning|off)$/.exec(spec);
      if (!m) throw new UsageError(`The value '${spec}' is not valid for '--lint'. Expected <rule>=<error|warning|off>, e.g. plaintext-secret=warning.`);
      if (!isLintRule(m[1]!)) throw new UsageError(`unknown lint rule '${m[1]}'. Valid rules are: [${LINT_RULES.map((r) => r.id).join(', ')}].`);
      lintSeverity[m[1]!] = m[2] as LintSeverity;
    }
    if (args.positionals.length === 0) throw new UsageError('no config files given. Example: clawfleet validate configs/prod/openclaw.json5');
    for (const file of args.positionals) {
      const st = await stat(resolve(ctx.cwd, file)).catch(() => undefined);
      if (st?.isDirectory()) throw new UsageError(`'${file}' is a directory. Pass the entry config file, e.g. ${file.replace(/\/$/, '')}/openclaw.json`);
    }
    const openclawVersion = args.options.get('openclaw-version')?.[0];
    const report = await validateFiles(args.positionals, {
      engine,
      envMode,
      env: ctx.env,
      cwd: ctx.cwd,
      lintSeverity,
      ...(openclawVersion ? { openclawVersion } : {}),
    });
    if (args.flags.has('json')) ctx.stdout.write(JSON.stringify(report) + '\n');
    else ctx.stdout.write(formatReport(report, { color: useColor(ctx.stdout, ctx.env) }));
    return reportFailed(report) ? ExitCode.Failed : ExitCode.Ok;
  },
};
