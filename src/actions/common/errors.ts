/**
 * The single failure path of every action (codeql `wrapError`, google `errorMessage`): whatever was thrown —
 * an Error, a string, an object — the step FAILS with `<action> failed: <message>`. A {@link UserError}
 * with a location also becomes an annotation on that file:line. The stack goes to the debug log only (it
 * can hold paths but never values; still, everything is passed through the secret registry first).
 */
import * as core from '@actions/core';
import { UserError, getErrorMessage } from '../../common/errors.js';
import type { SecretRegistry } from '../../common/secrets.js';
import { annotationFor, sanitizeForLog } from './logger.js';

/** The parts of `@actions/core` handleError uses (injectable for tests). */
export interface CoreFailSink {
  setFailed(message: string): void;
  error(message: string, props?: core.AnnotationProperties): void;
  debug(message: string): void;
}

/**
 * Fails the step for `error`. Never throws; safe to call from `run().catch(...)` and from a post step's
 * own wrapper when the post step is meant to fail.
 */
export function handleError(actionName: string, error: unknown, opts: { secrets?: SecretRegistry; sink?: CoreFailSink } = {}): void {
  const sink: CoreFailSink = opts.sink ?? core;
  const clean = (s: string) => sanitizeForLog(s, opts.secrets);
  const message = clean(error === undefined || error === null ? 'unknown error' : getErrorMessage(error) || 'unknown error');
  if (error instanceof UserError && error.location) {
    sink.error(message, annotationFor(error.location));
  }
  if (error instanceof Error && error.stack) sink.debug(clean(error.stack));
  sink.setFailed(`${actionName} failed: ${message}`);
}

/**
 * For post steps (checkout `cleanup()`, gradle `handlePostActionError`): a cleanup problem is a warning,
 * not a failed job, because the main step already decided the outcome.
 */
export function handlePostError(actionName: string, error: unknown, opts: { secrets?: SecretRegistry; sink?: Pick<CoreFailSink, 'debug'> & { warning(m: string): void } } = {}): void {
  const sink = opts.sink ?? core;
  const clean = (s: string) => sanitizeForLog(s, opts.secrets);
  if (error instanceof Error && error.stack) sink.debug(clean(error.stack));
  sink.warning(`${actionName} post step: ${clean(getErrorMessage(error) || 'unknown error')}`);
}
