/**
 * Typed inputs of provision-auth-profiles, parsed strictly before any side effect. Every cross-field rule
 * lives here so a bad combination fails before a file is read or a gateway contacted.
 */
import { homedir, tmpdir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { UserError } from '../../common/errors.js';
import type { SecretRegistry } from '../../common/secrets.js';
import { loadInventory, resolveTokens, selectInstances } from '../../fleet/inventory.js';
import { createInputs, invalidValueMessage, type InputReader } from '../common/inputs.js';
import type { GatewayEndpoint, ProvisionInputs } from '../../provision/types.js';

/** Input names, once (kebab-case, as in action.yml). */
export const Input = {
  Config: 'config',
  Profiles: 'profiles',
  Mode: 'mode',
  StateDir: 'state-dir',
  GatewayConfig: 'gateway-config',
  Openclaw: 'openclaw',
  GatewayUrl: 'gateway-url',
  GatewayTokenEnv: 'gateway-token-env',
  Inventory: 'inventory',
  Instances: 'instances',
  Restart: 'restart',
  OpenclawVersion: 'openclaw-version',
  LegacyBelow: 'legacy-auth-profiles-below',
  RemoteConfig: 'remote-config',
  Verify: 'verify',
  RequireReady: 'require-ready',
  DryRun: 'dry-run',
  TimeoutSeconds: 'timeout-seconds',
} as const;

export const Output = {
  Ready: 'ready',
  Changed: 'changed',
  ReportFile: 'report-file',
  RestartRequired: 'restart-required',
} as const;

export const State = {
  Staged: 'staged',
} as const;

export interface ActionInputs extends ProvisionInputs {
  requireReady: boolean;
  /** Token env var per gateway id (the post step reads tokens again to unpair devices). */
  tokenEnvs: Record<string, string>;
}

const DEFAULT_TOKEN_ENV = 'OPENCLAW_GATEWAY_TOKEN';
const TOKEN_ENV = /^[A-Z_][A-Z0-9_]*$/;

function expandHome(p: string): string {
  return p === '~' ? homedir() : p.startsWith('~/') ? resolve(homedir(), p.slice(2)) : p;
}

/**
 * Reads and checks every input. Gateway tokens are registered with `registry` the moment they are read.
 * `env` is the step environment (secrets arrive there, never as inputs).
 */
export function getInputs(read: InputReader, env: NodeJS.ProcessEnv, registry: SecretRegistry): ActionInputs {
  const inputs = createInputs(read);
  const workspace = env['GITHUB_WORKSPACE'] ?? process.cwd();
  const inWorkspace = (p: string) => (isAbsolute(p) ? p : resolve(workspace, p));

  const configFile = inWorkspace(inputs.getRequired(Input.Config));
  const mode = inputs.getEnum(Input.Mode, ['local', 'remote'] as const, 'local');
  const profiles = read(Input.Profiles) ?? '';
  const stateRaw = inputs.getOptional(Input.StateDir) ?? env['OPENCLAW_STATE_DIR'] ?? '~/.openclaw';
  const stateDir = resolve(expandHome(stateRaw));
  const gatewayConfigFile = inWorkspace(expandHome(inputs.getOptional(Input.GatewayConfig) ?? configFile));
  const openclaw = inputs.getOptional(Input.Openclaw) ?? 'openclaw';
  const restart = inputs.getEnum(Input.Restart, ['auto', 'never'] as const, 'auto');
  const openclawVersion = inputs.getOptional(Input.OpenclawVersion);
  if (openclawVersion !== undefined && !/^\d{4}\.\d{1,2}\.\d{1,3}(-[0-9A-Za-z.-]+)?$/.test(openclawVersion)) {
    throw new UserError(invalidValueMessage(Input.OpenclawVersion, openclawVersion, 'Expected an OpenClaw version such as 2026.9.6.'));
  }
  const legacyBelow = inputs.getOptional(Input.LegacyBelow);
  const remoteConfig = inputs.getEnum(Input.RemoteConfig, ['require', 'patch'] as const, 'require');
  const verify = inputs.getBoolean(Input.Verify, true);
  const requireReady = inputs.getBoolean(Input.RequireReady, true);
  const dryRun = inputs.getBoolean(Input.DryRun, false);
  const timeoutMs = inputs.getInt(Input.TimeoutSeconds, { default: 180, min: 10, max: 3600 }) * 1000;

  const url = inputs.getOptional(Input.GatewayUrl);
  const inventoryFile = inputs.getOptional(Input.Inventory);
  const selector = inputs.getOptional(Input.Instances);
  const tokenEnvInput = inputs.getOptional(Input.GatewayTokenEnv);
  if (url && inventoryFile) throw new UserError(`Set either '${Input.GatewayUrl}' or '${Input.Inventory}', not both.`);
  if (selector && !inventoryFile) throw new UserError(`'${Input.Instances}' selects from an inventory; set '${Input.Inventory}' too.`);
  if (mode === 'remote' && !url && !inventoryFile) throw new UserError(`mode 'remote' needs a gateway: set '${Input.GatewayUrl}' (and '${Input.GatewayTokenEnv}') or '${Input.Inventory}'.`);
  if (tokenEnvInput && !TOKEN_ENV.test(tokenEnvInput)) throw new UserError(invalidValueMessage(Input.GatewayTokenEnv, tokenEnvInput, 'Expected the NAME of an environment variable (A-Z, 0-9, _) that holds the token.'));
  if (tokenEnvInput && !url) throw new UserError(`'${Input.GatewayTokenEnv}' goes with '${Input.GatewayUrl}'; set the URL too.`);

  const gateways: GatewayEndpoint[] = [];
  const tokenEnvs: Record<string, string> = {};
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new UserError(invalidValueMessage(Input.GatewayUrl, url, 'Expected an http(s) URL such as http://127.0.0.1:18789.'));
    }
    if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.username || parsed.password) {
      throw new UserError(invalidValueMessage(Input.GatewayUrl, url, 'Expected an http(s) URL without credentials, such as https://gw.example.com.'));
    }
    const tokenEnv = tokenEnvInput ?? DEFAULT_TOKEN_ENV;
    const token = env[tokenEnv];
    if (!token || !token.trim()) throw new UserError(`The gateway token variable ${tokenEnv} is empty or unset. Fix: pass it to this step, e.g. env: ${tokenEnv}: \${{ secrets.${tokenEnv} }} (or name another variable in '${Input.GatewayTokenEnv}').`);
    registry.add(token);
    gateways.push({ id: parsed.host, url: parsed.toString().replace(/\/$/, ''), token });
    tokenEnvs[parsed.host] = tokenEnv;
  }
  if (inventoryFile) {
    const inventory = loadInventory(inWorkspace(inventoryFile));
    const picked = selectInstances(inventory, selector);
    const tokens = resolveTokens({ ...inventory, instances: picked }, env);
    for (const inst of picked) {
      const token = tokens.get(inst.id) as string;
      registry.add(token);
      gateways.push({ id: inst.id, url: inst.url, token });
      tokenEnvs[inst.id] = inst.tokenEnv;
    }
    if (mode === 'local' && gateways.length > 1) {
      throw new UserError(`mode 'local' provisions the one gateway on this host, but the inventory selection has ${gateways.length} instances. Fix: select one with '${Input.Instances}', or use mode: remote`);
    }
  }

  const tempDir = env['RUNNER_TEMP'] && isAbsolute(env['RUNNER_TEMP']) ? env['RUNNER_TEMP'] : tmpdir();
  return {
    configFile,
    profiles,
    mode,
    stateDir,
    gatewayConfigFile,
    openclaw,
    gateways,
    restart,
    openclawVersion,
    legacyBelow,
    remoteConfig,
    verify,
    dryRun,
    tempDir,
    timeoutMs,
    requireReady,
    tokenEnvs,
  };
}
