/** Small helpers shared by the provisioning modules. */

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a nested value by plain keys (undefined when a step is missing or not an object). */
export function getIn(value: unknown, keys: readonly string[]): unknown {
  let cur = value;
  for (const key of keys) {
    if (!isRecord(cur) || !Object.hasOwn(cur, key)) return undefined;
    cur = cur[key];
  }
  return cur;
}

/** Compares strings by code unit, so output order never depends on the runner's locale. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
