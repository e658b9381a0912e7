/**
 * The GitHub API calls of the promotion flow, over one injected `request(route, params)` — the signature of
 * Octokit's `request` (`getOctokit(token).request` from @actions/github). Tests pass a fake and check every
 * call against GitHub's OpenAPI description; nothing here imports @actions/*.
 */
import { UserError } from '../common/errors.js';
import type { Approval } from '../signoff/signoff.js';

/** Octokit's `request`: `request('GET /repos/{owner}/{repo}', {owner, repo})`. */
export type GitHubRequest = (route: string, params: Record<string, unknown>) => Promise<{ status: number; data: unknown }>;

/** The repository the calls are about. */
export interface Repo {
  owner: string;
  repo: string;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const PAGE = 100;
const MAX_PAGES = 10;

async function paginate(request: GitHubRequest, route: string, params: Obj): Promise<unknown[]> {
  const all: unknown[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await request(route, { ...params, per_page: PAGE, page });
    const items = Array.isArray(data) ? data : [];
    all.push(...items);
    if (items.length < PAGE) break;
  }
  return all;
}

/** The marker that makes the config-check comment findable again (one comment, updated in place). */
export const COMMENT_MARKER = '<!-- clawfleet:config-check -->';

/** An issue as the fleet watch's alerting reads it (pull requests are never returned as issues). */
export interface IssueInfo {
  number: number;
  /** The issue page (`html_url`). */
  url: string;
  title: string;
  state: 'open' | 'closed';
  /** Why it was closed (`completed`, `not_planned`, `duplicate`) or reopened; undefined when GitHub sent none. */
  stateReason?: string;
  body: string;
  /** Label names. */
  labels: string[];
}

function issueInfo(raw: unknown): IssueInfo {
  const i = obj(raw);
  const labels = (Array.isArray(i['labels']) ? i['labels'] : []).map((l) => (typeof l === 'string' ? l : str(obj(l)['name']))).filter((l) => l !== '');
  return {
    number: typeof i['number'] === 'number' ? i['number'] : 0,
    url: str(i['html_url']),
    title: str(i['title']),
    state: i['state'] === 'closed' ? 'closed' : 'open',
    ...(typeof i['state_reason'] === 'string' ? { stateReason: i['state_reason'] } : {}),
    body: str(i['body']),
    labels,
  };
}

/** GitHub access used by sign-off, deployments and the PR comment. */
export class GitHubPort {
  constructor(private readonly request: GitHubRequest, private readonly repo: Repo) {}

  /** Approvals given in this run's environment reviews (`approved` only), optionally for one environment. */
  async runApprovals(runId: number, environment?: string): Promise<Approval[]> {
    const { data } = await this.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', { ...this.repo, run_id: runId });
    const out: Approval[] = [];
    for (const raw of Array.isArray(data) ? data : []) {
      const a = obj(raw);
      if (a['state'] !== 'approved') continue;
      const envs = (Array.isArray(a['environments']) ? a['environments'] : []).map((e) => str(obj(e)['name']).toLowerCase());
      if (environment && !envs.includes(environment.toLowerCase())) continue;
      out.push({ login: str(obj(a['user'])['login']), source: 'environment', text: str(a['comment']) });
    }
    return out;
  }

  /** The merged pull request that brought `sha` in (author + number), if any. */
  async mergedPullFor(sha: string): Promise<{ number: number; author: string } | undefined> {
    const pulls = await paginate(this.request, 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { ...this.repo, commit_sha: sha });
    for (const raw of pulls) {
      const p = obj(raw);
      if (typeof p['merged_at'] === 'string' && p['merged_at'] !== '' && typeof p['number'] === 'number') return { number: p['number'], author: str(obj(p['user'])['login']) };
    }
    return undefined;
  }

  /** Approving reviews of a pull request, the latest review per reviewer deciding (a later "changes requested" withdraws). */
  async pullApprovals(pullNumber: number): Promise<Approval[]> {
    const reviews = await paginate(this.request, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { ...this.repo, pull_number: pullNumber });
    const latest = new Map<string, Obj>();
    for (const raw of reviews) {
      const r = obj(raw);
      const state = str(r['state']);
      if (state === 'COMMENTED' || state === 'PENDING') continue; // comments neither approve nor withdraw
      latest.set(str(obj(r['user'])['login']).toLowerCase(), r);
    }
    return [...latest.values()]
      .filter((r) => r['state'] === 'APPROVED')
      .map((r) => ({ login: str(obj(r['user'])['login']), source: 'pull-request' as const, text: str(r['body']), ...(typeof r['submitted_at'] === 'string' ? { at: r['submitted_at'] } : {}) }));
  }

  /** True when `login` is an active member of `org/team` (404 = not a member). */
  async isTeamMember(team: string, login: string): Promise<boolean> {
    const [org, slug] = team.split('/') as [string, string];
    try {
      const { data } = await this.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { org, team_slug: slug, username: login });
      return obj(data)['state'] === 'active';
    } catch (e) {
      if (obj(e)['status'] === 404) return false;
      throw e;
    }
  }

  /** Creates a deployment of `ref` to `environment` (no auto-merge, no required contexts: our own gates ran). */
  async createDeployment(opts: { ref: string; environment: string; description?: string; payload?: Obj; production?: boolean }): Promise<number> {
    const { status, data } = await this.request('POST /repos/{owner}/{repo}/deployments', {
      ...this.repo,
      ref: opts.ref,
      environment: opts.environment,
      auto_merge: false,
      required_contexts: [],
      description: (opts.description ?? '').slice(0, 140),
      payload: opts.payload ?? {},
      ...(opts.production !== undefined ? { production_environment: opts.production } : {}),
    });
    const id = obj(data)['id'];
    if (status !== 201 || typeof id !== 'number') throw new UserError(`GitHub did not create the deployment (HTTP ${status}: ${str(obj(data)['message']) || 'no id returned'}).`);
    return id;
  }

  /** Adds a status to a deployment (log and environment URLs shown on the environment page). */
  async setDeploymentStatus(deploymentId: number, opts: { state: 'in_progress' | 'success' | 'failure' | 'error' | 'inactive'; logUrl?: string; environmentUrl?: string; description?: string }): Promise<void> {
    await this.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
      ...this.repo,
      deployment_id: deploymentId,
      state: opts.state,
      ...(opts.logUrl ? { log_url: opts.logUrl } : {}),
      ...(opts.environmentUrl ? { environment_url: opts.environmentUrl } : {}),
      ...(opts.description ? { description: opts.description.slice(0, 140) } : {}),
      auto_inactive: opts.state === 'success',
    });
  }

  /** Creates or updates the one comment carrying {@link COMMENT_MARKER}; returns its URL. */
  async upsertComment(issueNumber: number, body: string): Promise<string> {
    const full = body.includes(COMMENT_MARKER) ? body : `${COMMENT_MARKER}\n${body}`;
    const comments = await paginate(this.request, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...this.repo, issue_number: issueNumber });
    const mine = comments.map(obj).find((c) => str(c['body']).includes(COMMENT_MARKER) && str(obj(c['user'])['type']) === 'Bot');
    const { data } = mine
      ? await this.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...this.repo, comment_id: mine['id'], body: full })
      : await this.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...this.repo, issue_number: issueNumber, body: full });
    return str(obj(data)['html_url']);
  }
  /**
   * Open issues carrying `label`, oldest first, pull requests left out. The list endpoint is read rather
   * than the search API because search is eventually consistent: an issue created a minute ago may not be
   * found, which is exactly the duplicate the caller is trying to avoid.
   */
  async listOpenIssues(label: string): Promise<IssueInfo[]> {
    const items = await paginate(this.request, 'GET /repos/{owner}/{repo}/issues', { ...this.repo, state: 'open', labels: label, sort: 'created', direction: 'asc' });
    return items.filter((raw) => obj(raw)['pull_request'] === undefined).map(issueInfo).filter((i) => i.number > 0);
  }

  /** One issue, or undefined when it is gone (404 deleted/transferred out of reach, 410 deleted). */
  async getIssue(issueNumber: number): Promise<IssueInfo | undefined> {
    try {
      const { data } = await this.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { ...this.repo, issue_number: issueNumber });
      return issueInfo(data);
    } catch (e) {
      const status = obj(e)['status'];
      if (status === 404 || status === 410) return undefined;
      throw e;
    }
  }

  /**
   * Opens an issue. Create its labels first ({@link ensureLabel}): GitHub drops labels it will not set
   * (a token without push access) silently, so callers check the returned `labels`.
   */
  async createIssue(opts: { title: string; body: string; labels: string[] }): Promise<IssueInfo> {
    const { status, data } = await this.request('POST /repos/{owner}/{repo}/issues', { ...this.repo, title: opts.title, body: opts.body, labels: opts.labels });
    const issue = issueInfo(data);
    if (status !== 201 || issue.number === 0) throw new UserError(`GitHub did not create the issue (HTTP ${status}: ${str(obj(data)['message']) || 'no number returned'}).`);
    return issue;
  }

  /** Adds a comment to an issue; returns the comment's URL. */
  async addIssueComment(issueNumber: number, body: string): Promise<string> {
    const { data } = await this.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...this.repo, issue_number: issueNumber, body });
    return str(obj(data)['html_url']);
  }

  /** Changes an issue's title and/or state (`state_reason` only goes with a state change, as GitHub ignores it otherwise). */
  async updateIssue(issueNumber: number, opts: { title?: string; state?: 'open' | 'closed'; stateReason?: 'completed' | 'not_planned' | 'duplicate' | 'reopened' }): Promise<IssueInfo> {
    const { data } = await this.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...this.repo,
      issue_number: issueNumber,
      ...(opts.title !== undefined ? { title: opts.title } : {}),
      ...(opts.state ? { state: opts.state } : {}),
      ...(opts.state && opts.stateReason ? { state_reason: opts.stateReason } : {}),
    });
    return issueInfo(data);
  }
  /**
   * Makes sure a label exists (404 → create it). A 422 on create means another run created it meanwhile.
   * Labels are created explicitly rather than left to `createIssue`: GitHub's implicit creation of unknown
   * labels has not been reliable for app tokens such as `GITHUB_TOKEN`, and a dropped label would hide the
   * issue from {@link listOpenIssues}.
   */
  async ensureLabel(label: { name: string; color: string; description: string }): Promise<'exists' | 'created'> {
    try {
      await this.request('GET /repos/{owner}/{repo}/labels/{name}', { ...this.repo, name: label.name });
      return 'exists';
    } catch (e) {
      if (obj(e)['status'] !== 404) throw e;
    }
    try {
      await this.request('POST /repos/{owner}/{repo}/labels', { ...this.repo, name: label.name, color: label.color, description: label.description.slice(0, 100) });
      return 'created';
    } catch (e) {
      if (obj(e)['status'] === 422) return 'exists';
      throw e;
    }
  }
}
