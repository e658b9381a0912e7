/**
 * Fake gateways for the watch tests on this engineer's ports (25050–25089). A port may be taken — another
 * vitest process may be running these same files (`vitest run test/watch` from a colleague) — so the next
 * free port of the range is used instead of failing the suite.
 */
import { startFakeGateway, type FakeGateway, type FakeKnobs } from '../smoke/fake-gateway.js';

const FIRST = 25050;
const LAST = 25089;
let next = FIRST + Math.floor(Math.random() * (LAST - FIRST + 1));

export async function startWatchFake(knobs: FakeKnobs = {}): Promise<FakeGateway> {
  let lastError: unknown;
  for (let i = 0; i <= LAST - FIRST; i++) {
    const port = next;
    next = next >= LAST ? FIRST : next + 1;
    try {
      return await startFakeGateway({ port, knobs });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
      lastError = e;
    }
  }
  throw lastError;
}
