/**
 * Helpers for the fleet tests: a recording logger, and a leak scanner that collects every error message
 * (and log line) a test file produces and checks none of them holds a secret in any derived form.
 */
import { inspect } from 'node:util';
import { expect } from 'vitest';
import type { Logger } from '../../src/common/logger.js';
import { derivedForms } from '../../src/common/secrets.js';
import { GatewayError } from '../../src/fleet/client.js';

export interface RecordingLogger extends Logger {
  lines: string[];
}

export function recordingLogger(): RecordingLogger {
  const lines: string[] = [];
  return {
    lines,
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(`info: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    group: async (t, fn) => {
      lines.push(`group: ${t}`);
      return fn();
    },
  };
}

/** Collects text that must stay secret-free; `assertClean` checks it against every registered secret. */
export class LeakScanner {
  private readonly texts: string[] = [];
  private readonly secrets = new Set<string>();

  addSecret(...values: string[]): void {
    for (const v of values) this.secrets.add(v);
  }

  /** Records an error's message, its inspect() dump (what a console.log would print) and its JSON. */
  record(e: unknown): void {
    if (e instanceof Error) {
      this.texts.push(e.message, inspect(e, { depth: 5 }), JSON.stringify(e));
      if (e instanceof GatewayError && e.issues) this.texts.push(JSON.stringify(e.issues));
    } else {
      this.texts.push(String(e));
    }
  }

  recordText(...texts: string[]): void {
    this.texts.push(...texts);
  }

  get count(): number {
    return this.texts.length;
  }

  /** Fails when any recorded text contains a secret or one of its derived forms. */
  assertClean(): void {
    expect(this.secrets.size, 'leak scanner has no secrets registered').toBeGreaterThan(0);
    for (const secret of this.secrets) {
      for (const form of derivedForms(secret)) {
        for (const t of this.texts) {
          if (t.includes(form)) throw new Error(`secret form ${JSON.stringify(form.slice(0, 4))}… leaked into: ${t.slice(0, 300)}`);
        }
      }
    }
  }
}

/** Awaits a promise that must reject with a GatewayError; records it in the scanner and returns it. */
export async function gatewayError(p: Promise<unknown>, scanner?: LeakScanner): Promise<GatewayError> {
  try {
    await p;
  } catch (e) {
    scanner?.record(e);
    if (e instanceof GatewayError) return e;
    throw new Error(`expected a GatewayError, got ${inspect(e)}`);
  }
  throw new Error('expected the call to fail, it succeeded');
}
