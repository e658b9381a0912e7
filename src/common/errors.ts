/**
 * Error kinds shared by every part of clawfleet.
 *
 * `UserError` is bad input the operator can fix (a config file, an input, an inventory): its message is
 * shown as is and names the file:line or the input and its value plus the fix. Everything else is an
 * internal error. Keep messages free of secrets: callers pass only names, never values.
 */
export interface SourceLocation {
  /** Path as the user gave it or relative to the working directory. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}

export class UserError extends Error {
  readonly location: SourceLocation | undefined;
  constructor(message: string, location?: SourceLocation, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UserError';
    this.location = location;
  }
}

/** Formats `file:line:col` for a location (the form editors and terminals link). */
export function formatLocation(loc: SourceLocation | undefined): string {
  return loc ? `${loc.file}:${loc.line}:${loc.column}` : '';
}

/** The message of anything thrown, never `undefined`; non-Error values are stringified. */
export function getErrorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}
