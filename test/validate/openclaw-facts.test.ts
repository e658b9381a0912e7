// The facts the semantic rules carry (src/validate/openclaw-facts.ts) must match the pinned OpenClaw in
// node_modules: this fails after a version bump until the facts are updated.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_MODEL_PROVIDER_IDS, BUNDLED_CHANNEL_IDS, CHANNEL_ALIASES, NESTED_DM_POLICY_CHANNELS, OPENCLAW_FACTS_VERSION } from '../../src/validate/openclaw-facts.js';
import { REPO_ROOT } from '../helpers/configs.js';

const OC = join(REPO_ROOT, 'node_modules', 'openclaw');
const dist = join(OC, 'dist');
const findDist = (prefix: string) => {
  const name = readdirSync(dist).find((f) => f.startsWith(prefix) && f.endsWith('.mjs'));
  if (!name) throw new Error(`no ${prefix}*.mjs in ${dist}`);
  return join(dist, name);
};

interface ChannelMeta {
  channelId: string;
  configurable?: boolean;
  aliases?: string[];
}

async function channelMetadata(): Promise<ChannelMeta[]> {
  const mod = (await import(pathToFileURL(findDist('bundled-channel-config-metadata.generated-')).href)) as Record<string, unknown>;
  const list = Object.values(mod).find((v) => Array.isArray(v)) as ChannelMeta[] | undefined;
  if (!list) throw new Error('channel metadata export not found');
  return list;
}

describe('openclaw facts match node_modules/openclaw', () => {
  it('were taken from the installed, pinned version', () => {
    const installed = (JSON.parse(readFileSync(join(OC, 'package.json'), 'utf8')) as { version: string }).version;
    const pinned = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies['openclaw'];
    expect(OPENCLAW_FACTS_VERSION).toBe(installed);
    expect(OPENCLAW_FACTS_VERSION).toBe(pinned);
  });

  it('bundled, configurable channel ids', async () => {
    const meta = await channelMetadata();
    const ids = meta.filter((e) => e.configurable !== false).map((e) => e.channelId.toLowerCase());
    expect([...BUNDLED_CHANNEL_IDS].sort()).toEqual(ids.sort());
  });

  it('channel aliases', async () => {
    const meta = await channelMetadata();
    const aliases = Object.fromEntries(meta.filter((e) => e.configurable !== false).flatMap((e) => (e.aliases ?? []).map((a) => [a.toLowerCase(), e.channelId.toLowerCase()])));
    expect(CHANNEL_ALIASES).toEqual(aliases);
  });

  it('channels whose DM policy is nested (dm.policy)', () => {
    const catalog = JSON.parse(readFileSync(join(dist, 'channel-catalog.json'), 'utf8')) as { entries: Array<{ openclaw?: { channel?: { id?: string; doctorCapabilities?: { dmAllowFromMode?: string } } } }> };
    const nested = catalog.entries.flatMap((e) => (e.openclaw?.channel?.doctorCapabilities?.dmAllowFromMode === 'nestedOnly' && e.openclaw.channel.id ? [e.openclaw.channel.id] : []));
    expect([...NESTED_DM_POLICY_CHANNELS].sort()).toEqual(nested.filter((id) => BUNDLED_CHANNEL_IDS.includes(id)).sort());
  });

  it('bundled model provider ids', () => {
    const src = readFileSync(findDist('zod-schema.core-'), 'utf8');
    const m = /BUILT_IN_MODEL_PROVIDER_OVERLAY_IDS = \/\* @__PURE__ \*\/ new Set\(\[([^\]]*)\]\)/.exec(src);
    expect(m).not.toBeNull();
    const ids = [...m![1]!.matchAll(/"([^"]+)"/g)].map((x) => x[1]!);
    expect([...BUILT_IN_MODEL_PROVIDER_IDS].sort()).toEqual(ids.sort());
  });
});
