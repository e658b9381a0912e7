/**
 * The `profiles` input and how it maps every needed (agent, provider) to the env var that holds its key.
 *
 * Shape (YAML or JSON): agent id (or `*` for every agent) → provider id → env var name, or `false` to
 * leave that provider alone:
 *
 * ```yaml
 * "*":
 *   anthropic: ANTHROPIC_API_KEY
 * ops:
 *   anthropic: OPS_ANTHROPIC_KEY   # this agent gets its own key
 *   openrouter: false              # not provisioned here
 * ```
 *
 * Lookup per need: the agent's own entry, then `*`, then the conventional names (`<PROVIDER>_API_KEY`, then
 * the provider's documented env vars). Every problem is collected (not just the first) and reported with
 * the agent, the provider and the env var name expected — never a value.
 */
import { LineCounter, parseDocument, isMap, isScalar, type Node as YamlNode, type Pair } from 'yaml';
import type { SecretRegistry } from '../common/secrets.js';
import { checkAgentId, checkEnvName, checkProviderId, quoteId } from './ids.js';
import type { AgentNeeds } from './needs.js';
import { PROVIDER_AUTH_ALIASES } from './providers.js';
import { byCodeUnit } from './util.js';

/** `profiles` after parsing: agent (or `*`) → provider → env var name or `false`. */
export interface ProfilesMap {
  entries: Map<string, Map<string, { env: string | false; line: number }>>;
  /** Line of each agent key, for messages. */
  agentLines: Map<string, number>;
}

export class ProfilesInputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ProfilesInputError';
  }
}

const INPUT = 'profiles';

/** Parses the `profiles` input; throws ProfilesInputError listing every problem with its line. */
export function parseProfiles(text: string): ProfilesMap {
  const entries: ProfilesMap['entries'] = new Map();
  const agentLines = new Map<string, number>();
  if (!text.trim()) return { entries, agentLines };
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  const lineOf = (node: YamlNode | null | undefined): number => (node?.range ? lc.linePos(node.range[0]).line : 1);
  const problems: string[] = [];
  const at = (line: number, msg: string) => problems.push(`${INPUT} (input) line ${line}: ${msg}`);
  for (const e of doc.errors) at(e.linePos?.[0]?.line ?? 1, `not valid YAML/JSON: ${e.message.split('\n')[0]}`);
  if (problems.length) throw new ProfilesInputError(problems);
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { entries, agentLines };
  if (!isMap(root)) {
    at(lineOf(root as YamlNode), 'expected a mapping of agent id (or "*") → provider → env var name, e.g. {"*": {"anthropic": "ANTHROPIC_API_KEY"}}');
    throw new ProfilesInputError(problems);
  }
  for (const pair of root.items as Array<Pair<YamlNode, YamlNode>>) {
    const keyNode = pair.key;
    const line = lineOf(keyNode);
    const rawAgent = isScalar(keyNode) ? keyNode.value : undefined;
    let agent: string;
    if (rawAgent === '*') agent = '*';
    else {
      const check = checkAgentId(rawAgent === undefined || rawAgent === null ? '' : String(rawAgent));
      if (!check.ok) {
        at(line, check.message);
        continue;
      }
      agent = check.id;
    }
    if (entries.has(agent)) {
      at(line, `agent ${quoteId(agent)} appears twice (first at line ${agentLines.get(agent)})`);
      continue;
    }
    agentLines.set(agent, line);
    const providers = new Map<string, { env: string | false; line: number }>();
    entries.set(agent, providers);
    const value = pair.value;
    if (!isMap(value)) {
      at(lineOf(value) || line, `the value of ${quoteId(agent)} must map provider ids to env var names, e.g. {anthropic: ANTHROPIC_API_KEY}`);
      continue;
    }
    for (const p of value.items as Array<Pair<YamlNode, YamlNode>>) {
      const pLine = lineOf(p.key);
      const rawProvider = isScalar(p.key) ? p.key.value : undefined;
      const pc = checkProviderId(rawProvider === undefined || rawProvider === null ? '' : String(rawProvider));
      if (!pc.ok) {
        at(pLine, pc.message);
        continue;
      }
      const provider = PROVIDER_AUTH_ALIASES[pc.id] ?? pc.id;
      if (providers.has(provider)) {
        at(pLine, `provider ${quoteId(provider)} appears twice under ${quoteId(agent)}`);
        continue;
      }
      const v = isScalar(p.value) ? p.value.value : undefined;
      if (v === false) {
        providers.set(provider, { env: false, line: pLine });
        continue;
      }
      const ec = checkEnvName(v);
      if (!ec.ok) {
        // The value is not echoed: a pasted key is the likeliest wrong value here, and it is not registered yet.
        at(pLine, `${agent} → ${provider}: expected the NAME of the env var that holds the key (upper case letters, digits and "_", starting with a letter, at most 110 characters) or false; the value given is not one. Pass the secret itself through the step's env:`);
        continue;
      }
      providers.set(provider, { env: ec.id, line: pLine });
    }
  }
  if (problems.length) throw new ProfilesInputError(problems);
  return { entries, agentLines };
}

/** One credential to provision: an agent's provider, fed from one runner env var. */
export interface Assignment {
  agentId: string;
  provider: string;
  /** The runner env var holding the key. */
  sourceEnv: string;
  /** How the name was chosen. */
  origin: 'agent' | 'all-agents' | 'convention';
}

/** A need this action leaves alone, with the reason (shown in the report). */
export interface Skipped {
  agentId: string;
  provider: string;
  reason: string;
}

export interface ResolvedProfiles {
  assignments: Assignment[];
  skipped: Skipped[];
  /** Source env var → its value. Every value was registered with the SecretRegistry before being stored. */
  values: Map<string, string>;
  /** Non-fatal remarks (unused agent-specific entries). */
  warnings: string[];
}

/**
 * Maps every needed (agent, provider) to a non-empty secret from `env`. Throws a UserError-worthy
 * ProfilesInputError listing every missing or unusable one; never includes a value in a message.
 */
export function resolveProfiles(needs: AgentNeeds[], profiles: ProfilesMap, env: NodeJS.ProcessEnv, registry: SecretRegistry): ResolvedProfiles {
  const problems: string[] = [];
  const warnings: string[] = [];
  const assignments: Assignment[] = [];
  const skipped: Skipped[] = [];
  const values = new Map<string, string>();
  const agentIds = new Set(needs.map((n) => n.agentId));

  for (const [agent, line] of profiles.agentLines) {
    if (agent !== '*' && !agentIds.has(agent)) {
      const known = [...agentIds].sort(byCodeUnit).join(', ') || 'none';
      problems.push(`${INPUT} (input) line ${line}: agent ${quoteId(agent)} is not in the config (agents: ${known}). Fix: correct the agent id or remove the entry`);
    }
  }

  const read = (name: string): string | undefined => {
    const v = env[name];
    if (v === undefined || v === '') return undefined;
    registry.add(v); // before anything else can see it
    values.set(name, v);
    return v;
  };

  for (const agent of needs) {
    const own = profiles.entries.get(agent.agentId);
    const all = profiles.entries.get('*');
    for (const need of agent.providers) {
      const { provider, auth } = need;
      const explicit = own?.get(provider) ?? all?.get(provider);
      const origin: Assignment['origin'] = own?.has(provider) ? 'agent' : 'all-agents';
      if (explicit?.env === false) {
        skipped.push({ agentId: agent.agentId, provider, reason: `skipped by the profiles input (line ${explicit.line})` });
        continue;
      }
      if (auth.cls === 'login' || auth.cls === 'aws-sdk') {
        if (explicit) {
          problems.push(`${INPUT} (input) line ${explicit.line}: agent "${agent.agentId}" provider "${provider}" ${auth.reason}; this action provisions API keys only. Fix: remove the entry (or set it to false) and sign the agent in on the gateway`);
        } else skipped.push({ agentId: agent.agentId, provider, reason: `${auth.reason} (not an API key)` });
        continue;
      }
      if ((auth.cls === 'local' || auth.cls === 'config') && !explicit) {
        skipped.push({ agentId: agent.agentId, provider, reason: auth.reason });
        continue;
      }
      if (explicit) {
        if (read(explicit.env) === undefined) {
          problems.push(
            `agent "${agent.agentId}" needs a key for provider "${provider}": the env var ${explicit.env} (profiles line ${explicit.line}) is empty or unset. Fix: pass the secret to this step, e.g. env: ${explicit.env}: \${{ secrets.${explicit.env} }}`,
          );
          continue;
        }
        assignments.push({ agentId: agent.agentId, provider, sourceEnv: explicit.env, origin });
        continue;
      }
      const found = auth.envCandidates.find((name) => read(name) !== undefined);
      if (found === undefined) {
        const names = auth.envCandidates;
        problems.push(
          `agent "${agent.agentId}" needs a key for provider "${provider}" (${need.uses.map((u) => u.slot).join(', ')}), but ${names.length > 1 ? `none of ${names.join(', ')} is set` : `${names[0]} is empty or unset`}. Fix: pass the secret as ${names[0]} in the step's env:, or name its variable in the profiles input ({"${agent.agentId}": {"${provider}": "MY_VAR"}}), or set it to false to skip`,
        );
        continue;
      }
      assignments.push({ agentId: agent.agentId, provider, sourceEnv: found, origin: 'convention' });
    }
    if (own) {
      for (const [provider, v] of own) {
        if (!agent.providers.some((p) => p.provider === provider)) {
          warnings.push(`profiles (input) line ${v.line}: agent "${agent.agentId}" does not use provider "${provider}"; the entry is ignored`);
        }
      }
    }
  }
  if (problems.length) throw new ProfilesInputError(problems);
  assignments.sort((a, b) => byCodeUnit(a.agentId, b.agentId) || byCodeUnit(a.provider, b.provider));
  return { assignments, skipped, values, warnings };
}
