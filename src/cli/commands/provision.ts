/**
 * `clawfleet provision --config F [--profiles FILE] [--mode local|remote] […]` — provision-auth-profiles
 * from a terminal: the action's inputs (its getInputs), the same engine; `--profiles` takes a FILE here
 * (the action takes the text). Keys come from the environment, never from flags.
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { SecretRegistry } from '../../common/secrets.js';
import { UsageError } from '../args.js';
import { exitCodesHelp } from '../cli.js';
import { ExitCode, type CliCommand } from '../types.js';
import { asUsage, cliLogger, parseBridged, userErrorsFail, type BridgeSpec } from './inputs-bridge.js';

const VALUES = ['config', 'profiles', 'mode', 'state-dir', 'gateway-config', 'openclaw', 'gateway-url', 'gateway-token-env', 'inventory', 'instances', 'restart', 'openclaw-version', 'legacy-auth-profiles-below', 'remote-config', 'timeout-seconds'] as const;
const BOOLEANS = ['verify', 'require-ready', 'dry-run'] as const;
const SPEC: BridgeSpec = { values: VALUES, booleans: BOOLEANS, extraFlags: ['verbose'] };

export const command: CliCommand = {
  name: 'provision',
  summary: 'Give every agent working model credentials, then verify (provision-auth-profiles)',
  help: `Usage: clawfleet provision --config <file> [--profiles <file>] [options]

Works out which providers every agent needs, maps each to an env var (--profiles YAML/JSON file: agent →
provider → VAR; conventions otherwise), fails before any write when a key is missing, provisions (local:
this host's state dir; remote: --inventory/--gateway-url over the gateway's RPC) and verifies.
Options (the action's inputs): --mode local|remote, --state-dir, --gateway-config, --openclaw, --gateway-url,
--gateway-token-env, --inventory, --instances, --restart auto|never, --openclaw-version,
--legacy-auth-profiles-below, --remote-config require|patch, --[no-]verify, --[no-]require-ready,
--dry-run, --timeout-seconds; --json prints the report.

${exitCodesHelp}
`,
  async run(argv, ctx) {
    const { args, read } = parseBridged(argv, SPEC);
    const profilesFile = read('profiles');
    let profilesText = '';
    if (profilesFile) {
      try {
        profilesText = readFileSync(resolve(ctx.cwd, profilesFile), 'utf8');
      } catch (e) {
        throw new UsageError(`cannot read --profiles '${profilesFile}': ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      }
    }
    const reader = (n: string) => (n === 'profiles' ? profilesText : read(n));
    const secrets = new SecretRegistry();
    const [{ getInputs }, { provision }, { renderSummary }] = await Promise.all([import('../../actions/provision-auth-profiles/inputs.js'), import('../../provision/provision.js'), import('../../provision/report.js')]);
    const env = { ...ctx.env, GITHUB_WORKSPACE: ctx.env['GITHUB_WORKSPACE'] ?? ctx.cwd };
    const inputs = asUsage([...VALUES, ...BOOLEANS], () => getInputs(reader, env, secrets));
    const logger = cliLogger(ctx.stderr, (s) => secrets.redact(s), args.flags.has('verbose'));
    // What the action's post step removes (the secrets-apply plan, scratch config copies) goes when the
    // command ends: a terminal has no post step.
    const staged: string[] = [];
    const removeStaged = async () => {
      const { removeScratch } = await import('../../provision/local.js');
      for (const f of staged.splice(0)) await (basename(f).startsWith('.clawfleet-apply-') ? removeScratch(f) : rm(f, { force: true })).catch(() => undefined);
    };
    return userErrorsFail('provision', ctx.stderr, (s) => secrets.redact(s), async () => {
      const report = await provision(inputs, { env: ctx.env, logger, registry: secrets, staging: { file: (f) => void staged.push(f), device: () => undefined }, clientVersion: '0.1.0' }).finally(removeStaged);
      ctx.stdout.write(secrets.redact(args.flags.has('json') ? JSON.stringify(report, null, 2) + '\n' : renderSummary(report, secrets)));
      const failed = report.instances.some((i) => i.error !== undefined) || (inputs.requireReady && inputs.verify && !report.ready && !report.dryRun);
      return failed ? ExitCode.Failed : ExitCode.Ok;
    });
  },
};
