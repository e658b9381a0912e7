/**
 * Option helpers for clawfleet commands with their own flags (not action inputs): a bad value is a usage
 * error that names the flag and the value.
 */
import { UsageError, type ParsedArgs } from '../args.js';

/** An optional whole number within [min, max]. */
export function intOption(args: ParsedArgs, name: string, range: { min: number; max: number }): number | undefined {
  const v = args.options.get(name)?.[0];
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < range.min || Number(v) > range.max) {
    throw new UsageError(`The value '${v}' is not valid for '--${name}'. Expected a whole number from ${range.min} to ${range.max}.`);
  }
  return Number(v);
}
