/**
 * The revert-PR port implemented with `@actions/github`'s Octokit. Every request body is typed with
 * GitHub's OpenAPI description (`@octokit/openapi-types`, the generated types of api.github.com's
 * published spec), so a field GitHub does not define, a wrong enum (file mode, object type) or a missing
 * required field fails `tsc`; the tests run these calls against a recording server to check the wire
 * (method, path, body).
 */
import * as github from '@actions/github';
import type { operations } from '@octokit/openapi-types';
import type { RevertPrApi, TreeEntry } from '../../deploy/revert-pr.js';

type Body<K extends keyof operations> = operations[K] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type Octokit = ReturnType<typeof github.getOctokit>;

export function githubRevertApi(octokit: Octokit, repo: { owner: string; repo: string }): RevertPrApi {
  const { owner, repo: name } = repo;
  const status = (e: unknown) => (e as { status?: number }).status;
  return {
    async branchHead(branch) {
      const r = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner, repo: name, ref: `heads/${branch}` });
      return r.data.object.sha;
    },
    async commitTree(sha) {
      const r = await octokit.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { owner, repo: name, commit_sha: sha });
      return r.data.tree.sha;
    },
    async fileAt(path, ref) {
      try {
        const r = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { owner, repo: name, path, ref });
        const d = r.data as { type?: string; content?: string; encoding?: string };
        if (Array.isArray(r.data) || d.type !== 'file' || typeof d.content !== 'string') return undefined;
        return Buffer.from(d.content, (d.encoding as BufferEncoding | undefined) === 'base64' ? 'base64' : 'utf8').toString('utf8');
      } catch (e) {
        if (status(e) === 404) return undefined;
        throw e;
      }
    },
    async createTree(baseTree, entries: TreeEntry[]) {
      const body: Body<'git/create-tree'> = {
        base_tree: baseTree,
        tree: entries.map((e) => (e.content === null ? { path: e.path, mode: '100644', type: 'blob', sha: null } : { path: e.path, mode: '100644', type: 'blob', content: e.content })),
      };
      const r = await octokit.request('POST /repos/{owner}/{repo}/git/trees', { owner, repo: name, ...body });
      return r.data.sha;
    },
    async createCommit(message, tree, parents) {
      const body: Body<'git/create-commit'> = { message, tree, parents };
      const r = await octokit.request('POST /repos/{owner}/{repo}/git/commits', { owner, repo: name, ...body });
      return r.data.sha;
    },
    async createBranch(branch, sha) {
      const body: Body<'git/create-ref'> = { ref: `refs/heads/${branch}`, sha };
      try {
        await octokit.request('POST /repos/{owner}/{repo}/git/refs', { owner, repo: name, ...body });
        return true;
      } catch (e) {
        if (status(e) === 422) return false; // "Reference already exists"
        throw e;
      }
    },
    async findOpenPull(branch) {
      const r = await octokit.request('GET /repos/{owner}/{repo}/pulls', { owner, repo: name, state: 'open', head: `${owner}:${branch}`, per_page: 10 });
      const pr = r.data[0];
      return pr ? { number: pr.number, url: pr.html_url } : undefined;
    },
    async createPull(p) {
      const body: Body<'pulls/create'> = { title: p.title, head: p.head, base: p.base, body: p.body, maintainer_can_modify: true };
      const r = await octokit.request('POST /repos/{owner}/{repo}/pulls', { owner, repo: name, ...body });
      return { number: r.data.number, url: r.data.html_url };
    },
  };
}
