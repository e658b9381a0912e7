/**
 * Which validator inside OpenClaw owns a part of the config.
 *
 * `openclaw config schema` exports one JSON schema, but OpenClaw validates the config in two stages with
 * two different engines (openclaw dist `validation-core`, `io.snapshot-preparation`):
 *  1. `core`: its zod schema for everything except channel bodies and plugin configs. Zod semantics
 *     (unions take the first matching branch, `oneOf` is never exclusive) and zod messages
 *     (`Unrecognized key: "x"`, `Invalid input: expected number, received string`).
 *  2. `channel` / `plugin`: each bundled channel body (`channels.<id>`) and each plugin config
 *     (`plugins.entries.<id>.config`) is checked against its own JSON schema by TypeBox, with schema
 *     defaults applied first and ajv-like messages prefixed by `invalid config: `. This stage only runs
 *     when stage 1 passed.
 * The normalizer and the issue mapper both need to know which one applies to a path.
 */
export type SchemaOrigin =
  | { kind: 'core' }
  | { kind: 'channel'; id: string }
  | { kind: 'plugin'; id: string };

/** Keys of `channels` that belong to the core schema rather than to a channel plugin. */
export const CORE_CHANNEL_KEYS: ReadonlySet<string> = new Set(['defaults', 'modelByChannel']);

/**
 * The origin of a config location given as path segments from the config root
 * (`['channels','telegram','dmPolicy']` → channel telegram).
 */
export function originOfPath(segments: readonly (string | number)[]): SchemaOrigin {
  if (segments[0] === 'channels' && typeof segments[1] === 'string' && !CORE_CHANNEL_KEYS.has(segments[1])) {
    return { kind: 'channel', id: segments[1] };
  }
  if (
    segments[0] === 'plugins' &&
    segments[1] === 'entries' &&
    typeof segments[2] === 'string' &&
    segments[3] === 'config'
  ) {
    return { kind: 'plugin', id: segments[2] };
  }
  return { kind: 'core' };
}

/** How many leading path segments make up the root of a channel/plugin sub-schema (2 or 4). */
export function originRootLength(origin: SchemaOrigin): number {
  return origin.kind === 'channel' ? 2 : origin.kind === 'plugin' ? 4 : 0;
}
