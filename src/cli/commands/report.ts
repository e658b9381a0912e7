/**
 * `clawfleet report --html <dir> [--json]` — the fleet status page (issue #8): renders the watch history,
 * the open incidents and the recent deployments and rollbacks of one environment from the state store the
 * deployments use, into a self-contained `index.html` + `status.json` (publishable with GitHub Pages).
 *
 * The store is chosen like `clawfleet deploy`/`rollback`: a folder by default (`.clawfleet-state`), or the
 * git state branch with `--state-store git`. Nothing is written to the store.
 */
import { SecretRegistry } from '../../common/secrets.js';
import { UsageError } from '../args.js';
import { exitCodesHelp } from '../cli.js';
import { ExitCode, type CliCommand } from '../types.js';
import { asUsage, cliLogger, parseBridged, userErrorsFail, type BridgeSpec } from './inputs-bridge.js';

const VALUES = ['environment', 'state-store', 'state-branch', 'state-remote', 'state-dir', 'since', 'inventory', 'html', 'title'] as const;
const SPEC: BridgeSpec = { values: VALUES, booleans: [], extraFlags: ['verbose'] };
/** Default window of the page. */
export const DEFAULT_SINCE = '14d';

export const command: CliCommand = {
  name: 'report',
  summary: 'Render the fleet status page (watch history, incidents, deployments) as static HTML + JSON',
  help: `Usage: clawfleet report --html <dir> [--json] [options]

Renders the status page of one environment from the state store: fleet summary, one row per instance
(status, version vs pinned, config version vs latest, last deploy, last status change), a health timeline
per instance and the recent deployments and rollbacks. Writes <dir>/index.html (self-contained: works from
file:// and on GitHub Pages) and <dir>/status.json. Reads the store, never writes to it.

Options:
  --html <dir>            write index.html and status.json into <dir> (created)
  --json                  print status.json on stdout (with or without --html)
  --environment <name>    environment of the records (default: default)
  --since <when>          window start: a duration (14d, 36h, 90m, 2w) or an ISO date (default: ${DEFAULT_SINCE})
  --inventory <file>      list every instance of this inventory (those without samples: "never probed")
  --title <text>          page title (default: OpenClaw fleet status)
  --state-store <kind>    dir (default) or git
  --state-dir <dir>       folder of a dir store (default: .clawfleet-state)
  --state-branch <name>   git state branch (default: clawfleet-state); --state-remote <remote> (default: origin)
  --verbose               progress on stderr

${exitCodesHelp}
`,
  async run(argv, ctx) {
    const { args, read } = parseBridged(argv, SPEC);
    const html = read('html');
    const json = args.flags.has('json');
    if (!html && !json) throw new UsageError("nothing to do: give '--html <dir>' (write the page) and/or '--json' (print status.json)");
    const withDefaults = (n: string) => {
      const v = read(n);
      if (v !== '') return v;
      if (n === 'state-store') return 'dir';
      if (n === 'state-dir' && (read('state-store') === '' || read('state-store') === 'dir')) return '.clawfleet-state';
      return '';
    };
    const [{ createInputs }, shared, data, page, { normalizeEnvironment }] = await Promise.all([
      import('../../actions/common/inputs.js'),
      import('../../actions/rolling-deploy/shared.js'),
      import('../../watch/report-data.js'),
      import('../../watch/report-html.js'),
      import('../../deploy/records.js'),
    ]);
    const now = new Date();
    const storeInputs = asUsage([...VALUES], () => {
      const s = shared.parseStoreInputs(createInputs(withDefaults));
      if (s.store.kind === 'none') throw new UsageError("'--state-store none' has no records to report on: use dir or git");
      return { ...s, environment: normalizeEnvironment(s.environment) };
    });
    let since: Date;
    try {
      since = data.parseSince(read('since') || DEFAULT_SINCE, now, '--since');
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const secrets = new SecretRegistry();
    // Tokens this shell holds are never printed or published, even if a record somehow carried one.
    for (const k of ['OPENCLAW_GATEWAY_TOKEN', 'GITHUB_TOKEN', 'GH_TOKEN']) secrets.add(ctx.env[k]);
    const logger = cliLogger(ctx.stderr, (s) => secrets.redact(s), args.flags.has('verbose'));
    return userErrorsFail('report', ctx.stderr, (s) => secrets.redact(s), async () => {
      const { resolve } = await import('node:path');
      let inventoryIds: string[] | undefined;
      const inventoryFile = read('inventory');
      if (inventoryFile) {
        const inv = await import('../../fleet/inventory.js');
        const inventory = inv.loadInventory(resolve(ctx.cwd, inventoryFile));
        inventoryIds = inventory.instances.map((i) => i.id);
        for (const i of inventory.instances) if (i.tokenEnv) secrets.add(ctx.env[i.tokenEnv]);
      }
      const store = shared.openStore(storeInputs.store, ctx.cwd);
      try {
        logger.info(`reading ${storeInputs.environment} from ${store.description}`);
        const sources = await data.loadStatusSources(store, { environment: storeInputs.environment, since, until: now });
        if (!sources.environmentExists) {
          const known = await store.list('environments');
          ctx.stderr.write(
            secrets.redact(
              `clawfleet report: ${store.description} has no records for environment '${storeInputs.environment}'${known.length ? ` (it has: ${known.join(', ')})` : ' (it has no environment at all)'}. Fix: pass --environment <name> and the store the watch and the deployments write to (--state-dir or --state-store git).\n`,
            ),
          );
          return ExitCode.Failed;
        }
        for (const p of sources.problems) logger.warning(p);
        const input = { sources, generatedAt: now.toISOString(), since: since.toISOString(), secrets, ...(inventoryIds ? { inventory: inventoryIds } : {}), ...(read('title') ? { title: read('title') } : {}) };
        if (html) {
          const out = await page.writeStatusPage(resolve(ctx.cwd, html), input);
          const s = out.model.summary;
          ctx.stderr.write(secrets.redact(`clawfleet report: ${out.paths.join(', ')} — ${s.instances} instance(s): ${s.healthy} healthy, ${s.degraded} degraded, ${s.failed} failed${s.neverProbed ? `, ${s.neverProbed} never probed` : ''}; ${out.model.deployments.length} deployment(s)/rollback(s)\n`));
        }
        if (json) ctx.stdout.write(String(page.renderStatusPage(input).files['status.json']));
        return ExitCode.Ok;
      } finally {
        await store.close?.();
      }
    });
  },
};
