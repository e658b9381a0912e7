/**
 * The optional revert pull request of auto-rollback: after the fleet went back, the config repo should not
 * keep pointing at the rejected config (the next deploy would roll it out again). The PR sets every config
 * file of the rolled-back version (its entry file and everything it included) back to its content at the
 * commit of the good version, on a branch `clawfleet/revert-<env>-v<N>`, built with the Git Data API (one
 * tree, one commit — no checkout needed). Idempotent: an open PR from that branch is reused, and nothing is
 * opened when the base branch already holds the good content.
 *
 * The GitHub calls go through a small port ({@link RevertPrApi}); the action adapter implements it with
 * `@actions/github`'s Octokit, typed against GitHub's OpenAPI description (`@octokit/openapi-types`).
 */
import { formatVersion } from './records.js';
import type { VersionRecord } from './types.js';

export interface TreeEntry {
  path: string;
  /** New content, or `null` to delete the file. */
  content: string | null;
}

export interface RevertPrApi {
  /** Head commit sha of a branch. */
  branchHead(branch: string): Promise<string>;
  /** Tree sha of a commit. */
  commitTree(sha: string): Promise<string>;
  /** A file's text at a commit; undefined when it does not exist there. */
  fileAt(path: string, ref: string): Promise<string | undefined>;
  createTree(baseTree: string, entries: TreeEntry[]): Promise<string>;
  createCommit(message: string, tree: string, parents: string[]): Promise<string>;
  /** Creates `refs/heads/<branch>`; false when it already exists. */
  createBranch(branch: string, sha: string): Promise<boolean>;
  /** An open PR whose head is `branch`, if any. */
  findOpenPull(branch: string): Promise<{ number: number; url: string } | undefined>;
  createPull(p: { title: string; head: string; base: string; body: string }): Promise<{ number: number; url: string }>;
}

export interface RevertPrRequest {
  environment: string;
  /** The version that was rolled back. */
  bad: VersionRecord;
  /** The version the fleet runs again. */
  good: VersionRecord;
  baseBranch: string;
  deploymentId: string;
  runUrl?: string;
}

export type RevertPrOutcome = { status: 'opened' | 'exists'; number: number; url: string; branch: string; files: string[] } | { status: 'not-needed' | 'not-possible'; reason: string };

export async function openRevertPr(api: RevertPrApi, req: RevertPrRequest): Promise<RevertPrOutcome> {
  const goodSha = req.good.source?.sha;
  if (!goodSha) return { status: 'not-possible', reason: `${formatVersion(req.good.version)} has no recorded source commit, so its files cannot be restored in the repo` };
  const files = [...new Set([...(req.bad.source?.files ?? []), ...(req.good.source?.files ?? [])])].filter((f) => !f.startsWith('/')).sort();
  if (files.length === 0) return { status: 'not-possible', reason: 'no config file names are recorded for these versions' };
  const branch = `clawfleet/revert-${req.environment}-v${req.bad.version}`;
  const existing = await api.findOpenPull(branch);
  if (existing) return { status: 'exists', ...existing, branch, files };

  const head = await api.branchHead(req.baseBranch);
  const entries: TreeEntry[] = [];
  for (const path of files) {
    const want = await api.fileAt(path, goodSha);
    const now = await api.fileAt(path, head);
    if (want === now) continue;
    entries.push({ path, content: want ?? null });
  }
  if (entries.length === 0) return { status: 'not-needed', reason: `${req.baseBranch} already holds the config of ${formatVersion(req.good.version)}` };
  const tree = await api.createTree(await api.commitTree(head), entries);
  const message = `Revert config to ${formatVersion(req.good.version)} (clawfleet rolled back ${formatVersion(req.bad.version)} on ${req.environment})`;
  const commit = await api.createCommit(message, tree, [head]);
  if (!(await api.createBranch(branch, commit))) {
    const again = await api.findOpenPull(branch);
    if (again) return { status: 'exists', ...again, branch, files: entries.map((e) => e.path) };
  }
  const body = [
    `clawfleet rolled back **${formatVersion(req.bad.version)}** on \`${req.environment}\` (deployment \`${req.deploymentId}\`) and the fleet runs **${formatVersion(req.good.version)}** again.`,
    '',
    `This PR restores the config files to their content at ${goodSha.slice(0, 12)} so the next deployment does not roll the rejected config out again:`,
    '',
    ...entries.map((e) => `- \`${e.path}\`${e.content === null ? ' (deleted)' : ''}`),
    ...(req.runUrl ? ['', `Run: ${req.runUrl}`] : []),
  ].join('\n');
  const pr = await api.createPull({ title: message, head: branch, base: req.baseBranch, body });
  return { status: 'opened', ...pr, branch, files: entries.map((e) => e.path) };
}
