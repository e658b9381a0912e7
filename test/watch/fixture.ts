/**
 * The recorded watch history (action-fixtures/watch/history, made by scripts/record-watch-history.ts from a
 * real rehearsal fleet): loaded through a DirStore exactly as `clawfleet report --state-dir` does, with the
 * page generated 5 minutes after the last sample (the records' times are real, so "now" would drift).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DirStore } from '../../src/deploy/store/dir.js';
import { loadStatusSources, type StatusSources } from '../../src/watch/report-data.js';

export const FIXTURE_DIR = fileURLToPath(new URL('../../action-fixtures/watch/history', import.meta.url));
export const FIXTURE_ENV = 'rehearsal';

/**
 * `at: 'end'` (default): the page 5 min after the last run. `at: 'incident'`: the page as it was rendered
 * right after the last watch run of the incident (west-1's last failed sample): the same records, cut at
 * that moment (samples and audit lines after it left out, the incident still open).
 */
export async function loadFixture(opts: { at?: 'end' | 'incident' } = {}): Promise<{ sources: StatusSources; generatedAt: string; since: string }> {
  const store = new DirStore(FIXTURE_DIR);
  const all = await loadStatusSources(store, { environment: FIXTURE_ENV, since: new Date(0), until: new Date('2100-01-01T00:00:00Z') });
  const last = all.samples.at(-1)?.at;
  if (!last) throw new Error(`the recorded history in ${FIXTURE_DIR} has no samples: run scripts/record-watch-history.ts`);
  let asOf = Date.parse(last) + 5 * 60_000;
  if (opts.at === 'incident') {
    const failed = all.samples.filter((s) => s.instance === 'west-1' && s.status === 'failed');
    const run = failed.at(-1)?.run;
    asOf = Math.max(...all.samples.filter((s) => s.run === run).map((s) => Date.parse(s.at))) + 1;
  }
  const generatedAt = new Date(asOf).toISOString();
  const since = new Date(asOf - 14 * 86_400_000).toISOString();
  const sources = opts.at === 'incident' ? await loadStatusSources(store, { environment: FIXTURE_ENV, since: new Date(since), until: new Date(asOf) }) : all;
  return { sources, generatedAt, since };
}

/**
 * Finds any secret of the recording in `text`: every run of 16+ token characters is cut into every
 * substring of each fingerprinted length, hashed and compared (the fingerprints are sha256 of the real
 * gateway tokens and stub key, written by the recorder), so a token anywhere — inside a URL, a JSON string,
 * next to other characters — is found without the fixture ever holding it in clear.
 */
export function findSecrets(text: string, fingerprints: ReadonlyArray<{ length: number; sha256: string }>): string[] {
  const wanted = new Map<number, Set<string>>();
  for (const f of fingerprints) wanted.set(f.length, (wanted.get(f.length) ?? new Set()).add(f.sha256));
  const hits: string[] = [];
  for (const m of text.matchAll(/[A-Za-z0-9_-]{16,}/g)) {
    const run = m[0];
    for (const [len, hashes] of wanted) {
      for (let i = 0; i + len <= run.length; i++) {
        const cand = run.slice(i, i + len);
        if (hashes.has(createHash('sha256').update(cand).digest('hex'))) hits.push(`offset ${m.index + i}, length ${len}`);
      }
    }
  }
  return hits;
}

export function readFingerprints(): Array<{ length: number; sha256: string }> {
  const file = join(FIXTURE_DIR, '..', 'secret-fingerprints.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { secrets: Array<{ length: number; sha256: string }> }).secrets;
}
