export const id = 4135;
export const ids = [4135];
export const modules = {

/***/ 30238:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {


module.exports = writeFile
module.exports.sync = writeFileSync
module.exports._getTmpname = getTmpname // for testing
module.exports._cleanupOnExit = cleanupOnExit

const fs = __webpack_require__(79896)
const crypto = __webpack_require__(77598)
const { onExit } = __webpack_require__(80132)
const path = __webpack_require__(16928)
const { promisify } = __webpack_require__(39023)
const activeFiles = {}

// if we run inside of a worker_thread, `process.pid` is not unique
/* istanbul ignore next */
const threadId = (function getId () {
  try {
    const workerThreads = __webpack_require__(28167)

    /// if we are in main thread, this is set to `0`
    return workerThreads.threadId
  } catch (e) {
    // worker_threads are not available, fallback to 0
    return 0
  }
})()

let invocations = 0
function getTmpname (filename) {
  return filename + '.' +
    crypto.createHash('sha1')
      .update(__filename)
      .update(String(process.pid))
      .update(String(threadId))
      .update(String(++invocations))
      .digest()
      .readUInt32BE(0)
}

function cleanupOnExit (tmpfile) {
  return () => {
    try {
      fs.unlinkSync(typeof tmpfile === 'function' ? tmpfile() : tmpfile)
    } catch {
      // ignore errors
    }
  }
}

function serializeActiveFile (absoluteName) {
  return new Promise(resolve => {
    // make a queue if it doesn't already exist
    if (!activeFiles[absoluteName]) {
      activeFiles[absoluteName] = []
    }

    activeFiles[absoluteName].push(resolve) // add this job to the queue
    if (activeFiles[absoluteName].length === 1) {
      resolve()
    } // kick off the first one
  })
}

// https://github.com/isaacs/node-graceful-fs/blob/master/polyfills.js#L315-L342
function isChownErrOk (err) {
  if (err.code === 'ENOSYS') {
    return true
  }

  const nonroot = !process.getuid || process.getuid() !== 0
  if (nonroot) {
    if (err.code === 'EINVAL' || err.code === 'EPERM') {
      return true
    }
  }

  return false
}

async function writeFileAsync (filename, data, options = {}) {
  if (typeof options === 'string') {
    options = { encoding: options }
  }

  let fd
  let tmpfile
  /* istanbul ignore next -- The closure only gets called when onExit triggers */
  const removeOnExitHandler = onExit(cleanupOnExit(() => tmpfile))
  const absoluteName = path.resolve(filename)

  try {
    await serializeActiveFile(absoluteName)
    const truename = await promisify(fs.realpath)(filename).catch(() => filename)
    tmpfile = getTmpname(truename)

    if (!options.mode || !options.chown) {
      // Either mode or chown is not explicitly set
      // Default behavior is to copy it from original file
      const stats = await promisify(fs.stat)(truename).catch(() => {})
      if (stats) {
        if (options.mode == null) {
          options.mode = stats.mode
        }

        if (options.chown == null && process.getuid) {
          options.chown = { uid: stats.uid, gid: stats.gid }
        }
      }
    }

    fd = await promisify(fs.open)(tmpfile, 'w', options.mode)
    if (options.tmpfileCreated) {
      await options.tmpfileCreated(tmpfile)
    }
    if (ArrayBuffer.isView(data)) {
      await promisify(fs.write)(fd, data, 0, data.length, 0)
    } else if (data != null) {
      await promisify(fs.write)(fd, String(data), 0, String(options.encoding || 'utf8'))
    }

    if (options.fsync !== false) {
      await promisify(fs.fsync)(fd)
    }

    await promisify(fs.close)(fd)
    fd = null

    if (options.chown) {
      await promisify(fs.chown)(tmpfile, options.chown.uid, options.chown.gid).catch(err => {
        if (!isChownErrOk(err)) {
          throw err
        }
      })
    }

    if (options.mode) {
      await promisify(fs.chmod)(tmpfile, options.mode).catch(err => {
        if (!isChownErrOk(err)) {
          throw err
        }
      })
    }

    await promisify(fs.rename)(tmpfile, truename)
  } finally {
    if (fd) {
      await promisify(fs.close)(fd).catch(
        /* istanbul ignore next */
        () => {}
      )
    }
    removeOnExitHandler()
    await promisify(fs.unlink)(tmpfile).catch(() => {})
    activeFiles[absoluteName].shift() // remove the element added by serializeSameFile
    if (activeFiles[absoluteName].length > 0) {
      activeFiles[absoluteName][0]() // start next job if one is pending
    } else {
      delete activeFiles[absoluteName]
    }
  }
}

async function writeFile (filename, data, options, callback) {
  if (options instanceof Function) {
    callback = options
    options = {}
  }

  const promise = writeFileAsync(filename, data, options)
  if (callback) {
    try {
      const result = await promise
      return callback(result)
    } catch (err) {
      return callback(err)
    }
  }

  return promise
}

function writeFileSync (filename, data, options) {
  if (typeof options === 'string') {
    options = { encoding: options }
  } else if (!options) {
    options = {}
  }
  try {
    filename = fs.realpathSync(filename)
  } catch (ex) {
    // it's ok, it'll happen on a not yet existing file
  }
  const tmpfile = getTmpname(filename)

  if (!options.mode || !options.chown) {
    // Either mode or chown is not explicitly set
    // Default behavior is to copy it from original file
    try {
      const stats = fs.statSync(filename)
      options = Object.assign({}, options)
      if (!options.mode) {
        options.mode = stats.mode
      }
      if (!options.chown && process.getuid) {
        options.chown = { uid: stats.uid, gid: stats.gid }
      }
    } catch (ex) {
      // ignore stat errors
    }
  }

  let fd
  const cleanup = cleanupOnExit(tmpfile)
  const removeOnExitHandler = onExit(cleanup)

  let threw = true
  try {
    fd = fs.openSync(tmpfile, 'w', options.mode || 0o666)
    if (options.tmpfileCreated) {
      options.tmpfileCreated(tmpfile)
    }
    if (ArrayBuffer.isView(data)) {
      fs.writeSync(fd, data, 0, data.length, 0)
    } else if (data != null) {
      fs.writeSync(fd, String(data), 0, String(options.encoding || 'utf8'))
    }
    if (options.fsync !== false) {
      fs.fsyncSync(fd)
    }

    fs.closeSync(fd)
    fd = null

    if (options.chown) {
      try {
        fs.chownSync(tmpfile, options.chown.uid, options.chown.gid)
      } catch (err) {
        if (!isChownErrOk(err)) {
          throw err
        }
      }
    }

    if (options.mode) {
      try {
        fs.chmodSync(tmpfile, options.mode)
      } catch (err) {
        if (!isChownErrOk(err)) {
          throw err
        }
      }
    }

    fs.renameSync(tmpfile, filename)
    threw = false
  } finally {
    if (fd) {
      try {
        fs.closeSync(fd)
      } catch (ex) {
        // ignore close errors at this stage, error may have closed fd already.
      }
    }
    removeOnExitHandler()
    if (threw) {
      cleanup()
    }
  }
}


/***/ }),

/***/ 74135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_CHARTS: () => (/* binding */ MAX_CHARTS),
  renderStatusPage: () => (/* binding */ renderStatusPage),
  writeStatusPage: () => (/* binding */ writeStatusPage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/write-file-atomic/lib/index.js
var lib = __webpack_require__(30238);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./src/watch/report-model.ts
const RANK = { 'never-probed': 0, healthy: 1, degraded: 2, failed: 3 };
/** Builds the model. */
function buildStatusModel(src, opts) {
    const redact = (s) => (opts.secrets ? opts.secrets.redact(s) : s);
    const bySample = new Map();
    for (const s of src.samples) {
        const list = bySample.get(s.instance) ?? [];
        list.push(s);
        bySample.set(s.instance, list);
    }
    const ids = [...new Set([...(opts.inventory ?? []), ...bySample.keys(), ...Object.keys(src.state?.instances ?? {}).filter((id) => bySample.has(id))])];
    // The page shows the fleet as of `generatedAt`: records written after it (a page rendered for a past
    // moment, or a clock skew between runners) are left out.
    const asOf = Date.parse(opts.generatedAt);
    const audit = src.audit.filter((a) => !(Date.parse(a.ts) > asOf));
    const deployments = deploymentRows(audit, opts.since, opts.maxDeployments ?? 20);
    const instances = ids.map((id) => instanceRow(id, bySample.get(id) ?? [], src.state, src.current, audit, asOf));
    // Worst first, then by id: the rows that need attention are at the top.
    instances.sort((a, b) => RANK[b.status] - RANK[a.status] || a.id.localeCompare(b.id));
    const count = (st) => instances.filter((r) => r.status === st).length;
    const lastProbedAt = src.samples.at(-1)?.at;
    const probed = instances.filter((r) => r.status !== 'never-probed');
    const overall = probed.length === 0 ? 'never-probed' : probed.reduce((w, r) => (RANK[r.status] > RANK[w] ? r.status : w), 'healthy');
    const model = {
        schema: 1,
        tool: 'clawfleet/report',
        environment: src.environment,
        generatedAt: opts.generatedAt,
        window: { since: opts.since, until: opts.generatedAt },
        summary: {
            instances: instances.length,
            healthy: count('healthy'),
            degraded: count('degraded'),
            failed: count('failed'),
            neverProbed: count('never-probed'),
            ...(lastProbedAt ? { lastProbedAt } : {}),
            ...staleness(src.samples, opts.generatedAt),
            overall,
            ...(src.current ? { currentVersion: src.current.version } : {}),
            samples: src.samples.length,
            runs: new Set(src.samples.map((s) => s.run)).size,
        },
        incidents: instances.flatMap((r) => (r.incident ? [r.incident] : [])),
        instances,
        deployments,
        problems: src.problems,
    };
    return redactDeep(model, redact);
}
/** Minimum silence before a page is called stale (a watch on a 15-minute schedule is often late by minutes). */
const STALE_MIN_MS = 30 * 60_000;
function staleness(samples, generatedAt) {
    const last = samples.at(-1)?.at;
    if (!last)
        return {};
    const firstOfRun = new Map();
    for (const s of samples)
        if (!firstOfRun.has(s.run))
            firstOfRun.set(s.run, Date.parse(s.at));
    const runTimes = [...firstOfRun.values()].sort((a, b) => a - b);
    const gaps = runTimes.slice(1).map((t, i) => t - runTimes[i]).sort((a, b) => a - b);
    const median = gaps.length ? gaps[Math.floor(gaps.length / 2)] : 0;
    const silence = Date.parse(generatedAt) - Date.parse(last);
    return silence > Math.max(STALE_MIN_MS, 3 * median) ? { stale: { since: last, minutes: Math.round(silence / 60_000) } } : {};
}
function instanceRow(id, samples, state, current, audit, asOf) {
    const last = samples.at(-1);
    const ws = state?.instances[id];
    const versionState = last?.version && last.expectedVersion ? (last.version === last.expectedVersion ? 'match' : 'mismatch') : 'unknown';
    // current.json is the authority; the watch also records what it expected (when the page reads an older store copy).
    const latest = current?.version ?? last?.expectedConfigVersion;
    const configState = last?.configVersion === undefined || latest === undefined ? 'unknown' : last.configVersion === latest ? 'latest' : 'behind';
    let lastChange;
    for (let i = samples.length - 1; i > 0; i--) {
        if (samples[i].status !== samples[i - 1].status) {
            lastChange = { at: samples[i].at, from: samples[i - 1].status, to: samples[i].status };
            break;
        }
    }
    // Incidents as of `asOf`: one opened later did not exist yet; one closed later was still open.
    const opened = (i) => i !== undefined && !(Date.parse(i.openedAt) > asOf);
    const closedLater = opened(ws?.lastIncident) && Date.parse(ws.lastIncident.closedAt) > asOf;
    const incident = opened(ws?.incident) ? incidentView(id, ws.incident) : closedLater ? incidentView(id, ws.lastIncident) : undefined;
    const lastIncident = opened(ws?.lastIncident) && !closedLater ? { ...incidentView(id, ws.lastIncident), closedAt: ws.lastIncident.closedAt } : undefined;
    const lastDeploy = lastDeployOf(id, audit);
    const points = samples.map((s) => ({ at: s.at, score: clampScore(s.score), status: s.status }));
    const timeline = downsample(points);
    return {
        id,
        status: last?.status ?? 'never-probed',
        ...(last ? { score: clampScore(last.score), lastProbedAt: last.at } : {}),
        ...(last?.version ? { version: last.version } : {}),
        ...(last?.expectedVersion ? { expectedVersion: last.expectedVersion } : {}),
        versionState,
        ...(last?.configVersion !== undefined ? { configVersion: last.configVersion } : {}),
        ...(latest !== undefined ? { latestConfigVersion: latest } : {}),
        configState,
        ...(lastDeploy ? { lastDeploy } : {}),
        ...(lastChange ? { lastChange } : {}),
        reasons: last?.status === 'healthy' ? [] : (last?.reasons ?? []).slice(0, 5),
        ...(last?.latencyMs !== undefined ? { latencyMs: last.latencyMs } : {}),
        ...(last?.duringDeployment ? { duringDeployment: last.duringDeployment } : {}),
        ...(incident ? { incident } : {}),
        ...(lastIncident ? { lastIncident } : {}),
        timeline,
        samples: samples.length,
        // From every sample, not the buckets: the text alternative names exact times and scores.
        timelineSummary: describeTimeline(points),
    };
}
function clampScore(n) {
    return Math.max(0, Math.min(100, Math.round(n)));
}
function incidentView(instance, inc) {
    const url = safeUrl(inc.url);
    return { instance, issue: inc.issue, ...(url ? { url } : {}), openedAt: inc.openedAt, status: inc.status };
}
/** A URL kept as a link: absolute http(s) only, no credentials in it. */
function safeUrl(u) {
    if (!u)
        return undefined;
    try {
        const p = new URL(u);
        if ((p.protocol === 'https:' || p.protocol === 'http:') && !p.username && !p.password)
            return p.toString();
    }
    catch {
        // not a URL: shown as text (or not at all)
    }
    return undefined;
}
/** The newest deploy-end / rollback-end that names this instance (or names no instances at all). */
function lastDeployOf(id, audit) {
    for (let i = audit.length - 1; i >= 0; i--) {
        const a = audit[i];
        if (a.event !== 'deploy-end' && a.event !== 'rollback-end')
            continue;
        const entry = a.instances?.find((x) => x.id === id);
        if (a.instances && a.instances.length > 0 && !entry)
            continue;
        if (entry && (entry.status === 'untouched' || entry.status === 'unchanged' || entry.status === 'not-attempted'))
            continue;
        const kind = a.event === 'deploy-end' ? 'deploy' : 'rollback';
        // runAutoRollback's rollback-end names no version: its rollback-start does.
        const version = a.toVersion ?? (kind === 'rollback' ? audit.slice(0, i).reverse().find((x) => x.event === 'rollback-start' && x.deploymentId === a.deploymentId)?.toVersion : undefined);
        return { at: a.ts, kind, ...(version !== undefined ? { version } : {}), outcome: entry ? `${a.outcome ?? ''}${entry.status ? ` (${entry.status})` : ''}`.trim() : (a.outcome ?? ''), deploymentId: a.deploymentId };
    }
    return undefined;
}
/** Deploy and rollback rows (newest first) from the audit log, started or finished inside the window. */
function deploymentRows(audit, since, max) {
    const rows = new Map();
    const deployTo = new Map();
    for (const a of audit) {
        const kind = a.event === 'deploy-start' || a.event === 'deploy-end' ? 'deploy' : a.event === 'rollback-start' || a.event === 'rollback-end' ? 'rollback' : a.event === 'interrupted' ? 'deploy' : undefined;
        if (!kind)
            continue;
        if (a.event === 'deploy-start' && a.toVersion !== undefined)
            deployTo.set(a.deploymentId, a.toVersion);
        const key = `${kind}\u0000${a.deploymentId}\u0000${a.attempt}`;
        let row = rows.get(key);
        if (!row) {
            row = { kind, deploymentId: a.deploymentId, attempt: a.attempt, outcome: 'in progress', notable: [] };
            rows.set(key, row);
        }
        if (a.actor && !row.actor)
            row.actor = a.actor;
        if (a.ticket && !row.ticket)
            row.ticket = a.ticket;
        const run = safeUrl(a.runUrl);
        if (run && !row.runUrl)
            row.runUrl = run;
        if (a.event === 'deploy-start' || a.event === 'rollback-start') {
            row.startedAt = a.ts;
            if (kind === 'deploy') {
                if (a.fromVersion !== undefined)
                    row.fromVersion = a.fromVersion;
                if (a.toVersion !== undefined)
                    row.toVersion = a.toVersion;
            }
            else {
                // A rollback goes from what the deployment deployed back to what ran before it.
                const from = deployTo.get(a.deploymentId);
                if (from !== undefined)
                    row.fromVersion = from;
                if (a.toVersion !== undefined)
                    row.toVersion = a.toVersion;
                const trig = /trigger: ([\w-]+)/.exec(a.detail ?? '');
                if (trig)
                    row.trigger = trig[1];
            }
        }
        else if (a.event === 'interrupted') {
            row.outcome = 'interrupted';
            row.finishedAt = a.ts;
        }
        else {
            row.finishedAt = a.ts;
            row.outcome = a.outcome ?? 'finished';
            if (kind === 'deploy') {
                if (a.fromVersion !== undefined)
                    row.fromVersion = a.fromVersion;
                if (a.toVersion !== undefined)
                    row.toVersion = a.toVersion;
            }
            row.notable = (a.instances ?? []).filter((i) => !['applied', 'unchanged', 'restored', 'untouched'].includes(i.status)).map((i) => `${i.id}: ${i.status}`).slice(0, 10);
            if (a.detail)
                row.detail = a.detail.slice(0, 500);
        }
    }
    const from = Date.parse(since);
    return [...rows.values()]
        .filter((r) => Date.parse(r.finishedAt ?? r.startedAt ?? '') >= from)
        .sort((a, b) => Date.parse(b.startedAt ?? b.finishedAt ?? '') - Date.parse(a.startedAt ?? a.finishedAt ?? ''))
        .slice(0, max);
}
/** Most points per instance timeline (chart marks, status.json); longer histories are bucketed. */
const MAX_MARKS = 240;
const STATUS_RANK = { healthy: 1, degraded: 2, failed: 3 };
/**
 * Buckets a long timeline so the chart and status.json stay small (14 days of 15-minute runs = 1 344
 * samples per instance): each bucket keeps its first time, lowest score and worst status, so an incident
 * never disappears in the averaging.
 */
function downsample(points, max = MAX_MARKS) {
    if (points.length <= max)
        return [...points];
    const size = Math.ceil(points.length / max);
    const out = [];
    for (let i = 0; i < points.length; i += size) {
        const b = points.slice(i, i + size);
        const worst = b.reduce((w, p) => (STATUS_RANK[p.status] > STATUS_RANK[w.status] ? p : w), b[0]);
        out.push({ at: b[0].at, score: Math.min(...b.map((p) => p.score)), status: worst.status });
    }
    return out;
}
/** "hh:mm" in UTC, with the date when the points span more than one UTC day. */
function shortTime(iso, withDate) {
    const d = new Date(iso);
    const hm = d.toISOString().slice(11, 16);
    return withDate ? `${d.toISOString().slice(5, 10)} ${hm}` : hm;
}
/**
 * The chart's text alternative: where the score started, every status change with its score and time, and
 * where it stands — "score 100 (healthy) at 00:59; failed, score 0 at 01:05; recovered, score 100 at 01:07".
 */
function describeTimeline(points) {
    if (points.length === 0)
        return 'No samples in this window.';
    const first = points[0];
    const lastP = points.at(-1);
    const multiDay = first.at.slice(0, 10) !== lastP.at.slice(0, 10);
    const t = (p) => shortTime(p.at, multiDay);
    const parts = [`score ${first.score} (${first.status}) at ${t(first)} UTC`];
    for (let i = 1; i < points.length; i++) {
        const p = points[i];
        const prev = points[i - 1];
        if (p.status === prev.status)
            continue;
        parts.push(p.status === 'healthy' ? `recovered, score ${p.score} at ${t(p)}` : `${p.status}, score ${prev.score} → ${p.score} at ${t(p)}`);
    }
    const low = Math.min(...points.map((p) => p.score));
    parts.push(`${points.length} sample${points.length === 1 ? '' : 's'}, lowest score ${low}, now ${lastP.status} (score ${lastP.score}).`);
    return parts.join('; ');
}
function redactDeep(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((v) => redactDeep(v, redact));
    if (value && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[redact(k)] = redactDeep(v, redact);
        return out;
    }
    return value;
}

;// CONCATENATED MODULE: ./src/watch/report-theme.ts
const LIGHT = Object.freeze({
    bg: '#ffffff',
    text: '#1f2328',
    muted: '#59636e',
    link: '#0550ae',
    surface: '#f6f8fa',
    border: '#d1d9e0',
    healthyBg: '#dafbe1',
    healthyFg: '#116329',
    degradedBg: '#fff8c5',
    degradedFg: '#7a4b00',
    failedBg: '#ffebe9',
    failedFg: '#a40e26',
    neverBg: '#eaeef2',
    neverFg: '#3d444d',
    healthyMark: '#1a7f37',
    degradedMark: '#9a6700',
    failedMark: '#cf222e',
    line: '#59636e',
    grid: '#d1d9e0',
    degradedBand: '#fff3b8',
    failedBand: '#ffdcd8',
});
const DARK = Object.freeze({
    bg: '#0d1117',
    text: '#e6edf3',
    muted: '#9198a1',
    link: '#58a6ff',
    surface: '#161b22',
    border: '#3d444d',
    healthyBg: '#0f3a1e',
    healthyFg: '#7ee787',
    degradedBg: '#3b2a00',
    degradedFg: '#f2cc60',
    failedBg: '#4a0e14',
    failedFg: '#ffa198',
    neverBg: '#262c36',
    neverFg: '#d1d7e0',
    healthyMark: '#3fb950',
    degradedMark: '#d29922',
    failedMark: '#f85149',
    line: '#9198a1',
    grid: '#3d444d',
    degradedBand: '#2e2400',
    failedBand: '#3d1216',
});
const TEXT = 4.5;
const NON_TEXT = 3;
/** Every foreground/background combination the CSS and SVG use (the test checks each in both palettes). */
const CONTRAST_PAIRS = [
    { fg: 'text', bg: 'bg', min: TEXT, what: 'body text' },
    { fg: 'muted', bg: 'bg', min: TEXT, what: 'secondary text' },
    { fg: 'link', bg: 'bg', min: TEXT, what: 'links' },
    { fg: 'text', bg: 'surface', min: TEXT, what: 'table header and cards' },
    { fg: 'muted', bg: 'surface', min: TEXT, what: 'secondary text on cards' },
    { fg: 'link', bg: 'surface', min: TEXT, what: 'links on cards' },
    { fg: 'healthyFg', bg: 'healthyBg', min: TEXT, what: 'healthy badge' },
    { fg: 'degradedFg', bg: 'degradedBg', min: TEXT, what: 'degraded badge' },
    { fg: 'failedFg', bg: 'failedBg', min: TEXT, what: 'failed badge' },
    { fg: 'neverFg', bg: 'neverBg', min: TEXT, what: 'never-probed badge' },
    { fg: 'healthyMark', bg: 'bg', min: NON_TEXT, what: 'healthy chart mark' },
    { fg: 'degradedMark', bg: 'bg', min: NON_TEXT, what: 'degraded chart mark' },
    { fg: 'failedMark', bg: 'bg', min: NON_TEXT, what: 'failed chart mark' },
    { fg: 'degradedMark', bg: 'degradedBand', min: NON_TEXT, what: 'degraded mark on its band' },
    { fg: 'failedMark', bg: 'failedBand', min: NON_TEXT, what: 'failed mark on its band' },
    { fg: 'line', bg: 'bg', min: NON_TEXT, what: 'score line' },
    { fg: 'healthyMark', bg: 'healthyBg', min: NON_TEXT, what: 'healthy icon in its badge' },
    { fg: 'degradedMark', bg: 'degradedBg', min: NON_TEXT, what: 'degraded icon in its badge' },
    { fg: 'failedMark', bg: 'failedBg', min: NON_TEXT, what: 'failed icon in its badge' },
    { fg: 'line', bg: 'neverBg', min: NON_TEXT, what: 'never-probed icon in its badge' },
    { fg: 'bg', bg: 'healthyMark', min: NON_TEXT, what: 'check stroke inside the healthy icon' },
    { fg: 'bg', bg: 'degradedMark', min: NON_TEXT, what: 'exclamation stroke inside the degraded icon' },
    { fg: 'bg', bg: 'failedMark', min: NON_TEXT, what: 'cross stroke inside the failed icon' },
    { fg: 'muted', bg: 'degradedBand', min: TEXT, what: 'axis labels over a degraded band' },
    { fg: 'muted', bg: 'failedBand', min: TEXT, what: 'axis labels over a failed band' },
];
/** WCAG 2.x relative luminance of `#rrggbb`. */
function relativeLuminance(hex) {
    const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
    if (!m)
        throw new Error(`not a #rrggbb colour: ${hex}`);
    const lin = (h) => {
        const c = parseInt(h, 16) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(m[1]) + 0.7152 * lin(m[2]) + 0.0722 * lin(m[3]);
}
/** WCAG contrast ratio (1–21) of two `#rrggbb` colours. */
function contrastRatio(a, b) {
    const la = relativeLuminance(a);
    const lb = relativeLuminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
/** CSS custom property name of a palette key (`healthyBg` → `--healthy-bg`). */
function cssVar(key) {
    return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}
/** `:root{--bg:#fff;…}` for a palette. */
function paletteCss(p) {
    return Object.keys(p).map((k) => `${cssVar(k)}:${p[k]}`).join(';');
}
/** Words and palette keys per status (the word is always shown; colour and shape only add to it). */
const STATUS_STYLE = {
    healthy: { label: 'Healthy', fg: 'healthyFg', bg: 'healthyBg', mark: 'healthyMark' },
    degraded: { label: 'Degraded', fg: 'degradedFg', bg: 'degradedBg', mark: 'degradedMark' },
    failed: { label: 'Failed', fg: 'failedFg', bg: 'failedBg', mark: 'failedMark' },
    'never-probed': { label: 'Never probed', fg: 'neverFg', bg: 'neverBg', mark: 'line' },
};

;// CONCATENATED MODULE: ./src/watch/report-svg.ts
/**
 * Inline SVG for the status page: the status icons (a shape per status, so status never depends on colour:
 * circle+check = healthy, triangle = degraded, square+cross = failed, hollow circle = never probed) and the
 * per-instance health timeline (score over time, a status-shaped mark per sample, tinted bands behind the
 * unhealthy periods, the push threshold at 60). Colours come from CSS custom properties (report-theme.ts), so
 * the dark scheme recolours the charts too. Everything interpolated is escaped or a number.
 */


/** Escapes text for HTML/SVG text and double- or single-quoted attributes. */
function esc(s) {
    return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
const v = (k) => `var(${cssVar(k)})`;
/** A shape for a status centred on (x, y) with radius r, filled with the status's mark colour. */
function mark(status, x, y, r) {
    const c = v(STATUS_STYLE[status].mark);
    const n = (k) => Number(k.toFixed(1));
    switch (status) {
        case 'healthy':
            return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${c}"/>`;
        case 'degraded':
            return `<path d="M${n(x)} ${n(y - r * 1.15)}L${n(x + r * 1.15)} ${n(y + r * 0.9)}L${n(x - r * 1.15)} ${n(y + r * 0.9)}Z" fill="${c}"/>`;
        case 'failed':
            return `<rect x="${n(x - r)}" y="${n(y - r)}" width="${n(2 * r)}" height="${n(2 * r)}" fill="${c}"/>`;
        case 'never-probed':
            return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r * 0.8)}" fill="none" stroke="${c}" stroke-width="${n(r * 0.4)}"/>`;
    }
}
/** A 1em status icon for a badge (decorative: the status word is next to it). */
function statusIcon(status) {
    const inner = status === 'healthy'
        ? `${mark(status, 8, 8, 7)}<path d="M4.5 8.3l2.3 2.3 4.7-4.9" fill="none" stroke="${v('bg')}" stroke-width="1.8"/>`
        : status === 'failed'
            ? `${mark(status, 8, 8, 6.5)}<path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" stroke="${v('bg')}" stroke-width="1.8"/>`
            : status === 'degraded'
                ? `${mark(status, 8, 8.6, 6.4)}<path d="M8 5.6v3.6M8 10.6v1.4" stroke="${v('bg')}" stroke-width="1.7"/>`
                : mark(status, 8, 8, 6.5);
    return `<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${inner}</svg>`;
}
// Small viewBox on purpose: the chart is drawn 300–450 px wide, so 1 unit ≈ 1 px and the labels stay legible.
const W = 400;
const H = 130;
const PAD = { l: 38, r: 8, t: 12, b: 8 };
/**
 * The health timeline of one instance: an `<svg role="img">` named by its `<title>` and described by a
 * visually-hidden summary (the caller places `summaryId`'s element; see report-html.ts).
 */
function timelineChart(points, opts) {
    const pts = downsample(points);
    const t0 = Math.min(Date.parse(opts.from), ...pts.map((p) => Date.parse(p.at)));
    const t1 = Math.max(Date.parse(opts.to), ...pts.map((p) => Date.parse(p.at)), t0 + 60_000);
    const x = (iso) => PAD.l + ((Date.parse(iso) - t0) / (t1 - t0)) * (W - PAD.l - PAD.r);
    const y = (score) => PAD.t + (1 - score / 100) * (H - PAD.t - PAD.b);
    const n = (k) => Number(k.toFixed(1));
    const titleId = `chart-${opts.key}-title`;
    const parts = [];
    parts.push(`<title id="${titleId}">Health score of ${esc(opts.instance)} over time (0–100)</title>`);
    // Bands: from an unhealthy sample to the next sample (the status holds until the next probe says
    // otherwise); consecutive samples of one status make one band.
    for (let i = 0; i < pts.length; i++) {
        const p = pts[i];
        if (p.status === 'healthy')
            continue;
        let j = i;
        while (j + 1 < pts.length && pts[j + 1].status === p.status)
            j++;
        const x0 = x(p.at);
        const x1 = j + 1 < pts.length ? x(pts[j + 1].at) : x(pts[j].at) + 4;
        parts.push(`<rect x="${n(x0)}" y="${PAD.t}" width="${n(Math.max(2, x1 - x0))}" height="${H - PAD.t - PAD.b}" fill="${v(p.status === 'failed' ? 'failedBand' : 'degradedBand')}"/>`);
        i = j;
    }
    for (const s of [0, 60, 100]) {
        parts.push(`<line x1="${PAD.l}" x2="${W - PAD.r}" y1="${n(y(s))}" y2="${n(y(s))}" stroke="${v('grid')}" stroke-width="1"${s === 60 ? ' stroke-dasharray="4 4"' : ''}/>`);
        parts.push(`<text x="${PAD.l - 6}" y="${n(y(s) + 6)}" text-anchor="end" font-size="16" fill="${v('muted')}">${s}</text>`);
    }
    if (pts.length > 1)
        parts.push(`<polyline points="${pts.map((p) => `${n(x(p.at))},${n(y(p.score))}`).join(' ')}" fill="none" stroke="${v('line')}" stroke-width="2" stroke-linejoin="round"/>`);
    const r = pts.length > 120 ? 2.5 : 4;
    for (const p of pts)
        parts.push(mark(p.status, x(p.at), y(p.score), r));
    return `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${titleId}" aria-describedby="chart-${opts.key}-desc" preserveAspectRatio="xMidYMid meet">${parts.join('')}</svg>`;
}
/** The axis text under a chart: the window's start and end times (HTML, so it stays readable on a phone). */
function chartAxis(points, from, to) {
    const first = points[0]?.at ?? from;
    const last = to;
    const multiDay = first.slice(0, 10) !== last.slice(0, 10);
    return { start: `${multiDay ? first.slice(0, 10) + ' ' : ''}${shortTime(first, false)} UTC`, end: `${multiDay ? last.slice(0, 10) + ' ' : ''}${shortTime(last, false)} UTC` };
}


;// CONCATENATED MODULE: ./src/watch/report-html.ts
/**
 * The fleet status page (issue #8): ONE self-contained `index.html` — inline CSS and SVG, no script, no
 * font, no image, no CDN — that works offline from file:// and on GitHub Pages, plus `status.json` (the
 * same model for machines).
 *
 * Why no script at all: the page must be complete without it, and a page that runs nothing cannot be made
 * to run something by a hostile instance id or reason. A Content-Security-Policy meta (`default-src 'none'`)
 * makes that a second line of defence, and also guarantees the page fetches nothing. The only URLs in the
 * page are the links to GitHub issues and workflow runs found in the records (http(s) only).
 *
 * Accessibility: one h1, h2 per section, h3 per chart; tables with captions and `th scope`; status as a
 * word + a shape + a colour; every colour pair checked (report-theme.ts); tables reflow into labelled
 * blocks on narrow screens (no horizontal page scroll at 320 px); `prefers-color-scheme: dark` supported.
 */






/** Renders the page and its JSON twin. Pure. */
function renderStatusPage(input) {
    const model = buildStatusModel(input.sources, input);
    const html = renderHtml(model, input.title ?? 'OpenClaw fleet status');
    const json = JSON.stringify(model, null, 2) + '\n';
    // Belt and braces: the model is already redacted field by field; the final texts are checked again.
    const guard = (s) => (input.secrets ? input.secrets.redact(s) : s);
    return { model, files: { 'index.html': guard(html), 'status.json': guard(json) } };
}
/** Renders and writes the files into `dir` (created), each atomically. Returns the written paths. */
async function writeStatusPage(dir, input) {
    const page = renderStatusPage(input);
    const out = (0,external_node_path_.resolve)(dir);
    (0,external_node_fs_.mkdirSync)(out, { recursive: true });
    const paths = [];
    for (const [name, content] of Object.entries(page.files)) {
        const p = (0,external_node_path_.join)(out, name);
        await lib_default()(p, content, { mode: 0o644 });
        paths.push(p);
    }
    return { model: page.model, paths };
}
// ---------------------------------------------------------------------------------------------------------
const CSS = `
:root{${paletteCss(LIGHT)};color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{${paletteCss(DARK)}}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--text);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;overflow-wrap:break-word}
main{max-width:80rem;margin:0 auto;padding:1rem}
header{border-bottom:1px solid var(--border)}
header .in{max-width:80rem;margin:0 auto;padding:.5rem 1rem 0}
h1{font-size:1.6rem;margin:.5rem 0}
h2{font-size:1.3rem;margin:2rem 0 .75rem}
h3{font-size:1.05rem;margin:0 0 .25rem}
a{color:var(--link)}
a:focus-visible,.scroll:focus-visible{outline:3px solid var(--link);outline-offset:2px}
.muted{color:var(--muted)}
.vh{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.badge{display:inline-flex;align-items:center;gap:.35em;padding:.1em .55em;border-radius:1em;font-weight:600;white-space:nowrap}
.icon{width:1em;height:1em;flex:none}
${Object.keys(STATUS_STYLE).map((s) => `.s-${s}{color:var(--${kebab(STATUS_STYLE[s].fg)});background:var(--${kebab(STATUS_STYLE[s].bg)})}`).join('\n')}
.overall{font-size:1.1rem;margin:.5rem 0 1rem}
.stale{color:var(--degraded-fg);background:var(--degraded-bg);border-radius:.5rem;padding:.5rem .75rem;margin:0 0 1rem}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(9.5rem,1fr));gap:.75rem;margin:0;padding:0;list-style:none}
.cards li{background:var(--surface);border:1px solid var(--border);border-radius:.5rem;padding:.6rem .8rem}
.cards .n{display:block;font-size:1.6rem;font-weight:700}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:1rem 0}
dl.meta dt{font-weight:600}
dl.meta dd{margin:0}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:.95rem}
caption{text-align:left;font-weight:600;padding:.25rem 0 .5rem}
th,td{text-align:left;vertical-align:top;padding:.45rem .6rem;border-bottom:1px solid var(--border)}
thead th{background:var(--surface)}
tbody th{font-weight:600}
tbody th,td ul,.id{overflow-wrap:anywhere;min-width:6rem}
td ul{margin:0;padding-left:1.1rem}
td p{margin:.25rem 0 0}
.d{white-space:nowrap}
td.why{min-width:14rem}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,26rem),1fr));gap:1rem}
figure{margin:0;background:var(--bg);border:1px solid var(--border);border-radius:.5rem;padding:.75rem}
.chart{display:block;width:100%;height:auto}
.axis{display:flex;justify-content:space-between;font-size:.85rem}
.legend{display:flex;flex-wrap:wrap;gap:.5rem 1rem;margin:.5rem 0 1rem;padding:0;list-style:none}
footer{margin:2rem 0 1rem;font-size:.9rem}
@media (max-width:40rem){
  main{padding:.75rem}
  table.reflow thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}
  table.reflow,table.reflow tbody,table.reflow tr,table.reflow th,table.reflow td{display:block;width:100%}
  table.reflow tr{border:1px solid var(--border);border-radius:.5rem;margin-bottom:.75rem;padding:.25rem .5rem}
  table.reflow td,table.reflow tbody th{border:0;padding:.25rem 0}
  table.reflow caption{display:block;width:100%}
  table.reflow td[data-label]::before{content:attr(data-label) ": ";font-weight:600}
  dl.meta{grid-template-columns:1fr;gap:0}
  dl.meta dd{margin-bottom:.5rem}
}
`;
function kebab(k) {
    return k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
/** `2026-11-22 01:05 UTC` in a `<time>` element. */
function time(iso) {
    if (!iso || !Number.isFinite(Date.parse(iso)))
        return '<span class="muted">—</span>';
    const d = new Date(iso).toISOString();
    // The date never breaks at its hyphens; the line may break between date and time.
    return `<time datetime="${esc(d)}"><span class="d">${esc(d.slice(0, 10))}</span> ${esc(d.slice(11, 16))} UTC</time>`;
}
function badge(status) {
    return `<span class="badge s-${status}">${statusIcon(status)}${esc(STATUS_STYLE[status].label)}</span>`;
}
function ver(n) {
    return n === undefined ? '—' : `v${n}`;
}
function report_html_link(url, text) {
    return url ? `<a href="${esc(url)}">${esc(text)}</a>` : esc(text);
}
function formatMinutes(min) {
    if (min < 120)
        return `${min} min`;
    const h = Math.round(min / 60);
    return h < 48 ? `${h} h` : `${Math.round(h / 24)} days`;
}
function ago(fromIso, toIso) {
    if (!fromIso)
        return '';
    const min = Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 60_000);
    if (min < 1)
        return 'just before this page was generated';
    if (min < 120)
        return `${min} min before this page was generated`;
    const h = Math.round(min / 60);
    return h < 48 ? `${h} h before this page was generated` : `${Math.round(h / 24)} days before this page was generated`;
}
function renderHtml(m, titlePrefix) {
    const title = `${titlePrefix} — ${m.environment}`;
    const s = m.summary;
    const overallText = s.overall === 'never-probed'
        ? 'No instance has been probed in this window.'
        : s.failed > 0
            ? `${s.failed} of ${s.instances} instance${s.instances === 1 ? '' : 's'} failed.`
            : s.degraded > 0
                ? `${s.degraded} of ${s.instances} instance${s.instances === 1 ? '' : 's'} degraded.`
                : `All ${s.healthy} probed instance${s.healthy === 1 ? ' is' : 's are'} healthy.`;
    const body = [
        `<header><div class="in"><h1>${esc(title)}</h1>`,
        `<p class="overall">${badge(s.overall)} ${esc(overallText)}</p>${s.stale ? `<p class="stale" role="status"><strong>Out of date:</strong> the watch has not probed since ${time(s.stale.since)} (${esc(formatMinutes(s.stale.minutes))} before this page was generated); the statuses below may no longer hold.</p>` : ''}</div></header>`,
        '<main>',
        summarySection(m),
        incidentsSection(m),
        instancesSection(m),
        chartsSection(m),
        deploymentsSection(m),
        `<footer class="muted"><p>Generated by clawfleet at ${time(m.generatedAt)} from the watch history and the deployment records (audit log) of environment <strong>${esc(m.environment)}</strong>, window ${time(m.window.since)} to ${time(m.window.until)}. Times are UTC. Machine-readable: <a href="status.json">status.json</a>.</p>${m.problems.length ? `<p>${m.problems.length} record line(s) could not be read and were skipped.</p>` : ''}</footer>`,
        '</main>',
    ];
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="clawfleet report">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
function summarySection(m) {
    const s = m.summary;
    const card = (n, label, status) => `<li>${status ? badge(status) : ''}<span class="n">${n}</span>${esc(label)}</li>`;
    return `<section aria-labelledby="h-summary"><h2 id="h-summary">Summary</h2>
<ul class="cards">${card(s.instances, 'instances')}${card(s.healthy, 'healthy', 'healthy')}${card(s.degraded, 'degraded', 'degraded')}${card(s.failed, 'failed', 'failed')}${s.neverProbed ? card(s.neverProbed, 'never probed', 'never-probed') : ''}</ul>
<dl class="meta">
<dt>Environment</dt><dd>${esc(m.environment)}</dd>
<dt>Last probed</dt><dd>${s.lastProbedAt ? `${time(s.lastProbedAt)} <span class="muted">(${esc(ago(s.lastProbedAt, m.generatedAt))})</span>` : '<span class="muted">never in this window</span>'}</dd>
<dt>Latest recorded config</dt><dd>${s.currentVersion !== undefined ? esc(ver(s.currentVersion)) : '<span class="muted">none recorded</span>'}</dd>
<dt>Watch runs</dt><dd>${s.runs} run${s.runs === 1 ? '' : 's'}, ${s.samples} sample${s.samples === 1 ? '' : 's'} since ${time(m.window.since)}</dd>
</dl></section>`;
}
function incidentsSection(m) {
    const items = m.incidents.map((i) => `<li>${badge(i.status)} <strong>${esc(i.instance)}</strong> since ${time(i.openedAt)} — ${i.issue > 0 ? report_html_link(i.url, `issue #${i.issue}`) : '<span class="muted">no issue (alerts off)</span>'}</li>`);
    const recovered = m.instances.flatMap((r) => (r.lastIncident ? [r] : []));
    return `<section aria-labelledby="h-incidents"><h2 id="h-incidents">Open incidents</h2>
${items.length ? `<ul>${items.join('')}</ul>` : '<p>No open incident.</p>'}
${recovered.length ? `<p class="muted">Last closed: ${recovered.map((r) => `${esc(r.id)} ${esc(r.lastIncident.status)} from ${time(r.lastIncident.openedAt)} to ${time(r.lastIncident.closedAt)}${r.lastIncident.issue > 0 ? ` (${report_html_link(r.lastIncident.url, `issue #${r.lastIncident.issue}`)})` : ''}`).join('; ')}.</p>` : ''}</section>`;
}
function instanceCells(r) {
    const version = r.version === undefined
        ? '<span class="muted">not reported</span>'
        : r.versionState === 'match'
            ? `${esc(r.version)} <span class="muted">(= pinned)</span>`
            : r.versionState === 'mismatch'
                ? `<strong>${esc(r.version)}</strong> <span class="muted">(pinned ${esc(r.expectedVersion ?? '')})</span>`
                : `${esc(r.version)} <span class="muted">(no pin)</span>`;
    const config = r.configVersion === undefined
        ? `<span class="muted">unknown${r.latestConfigVersion !== undefined ? `; latest ${esc(ver(r.latestConfigVersion))}` : ''}</span>`
        : r.configState === 'latest'
            ? `${esc(ver(r.configVersion))} <span class="muted">(latest)</span>`
            : r.configState === 'behind'
                ? `<strong>${esc(ver(r.configVersion))}</strong> <span class="muted">(latest ${esc(ver(r.latestConfigVersion))})</span>`
                : esc(ver(r.configVersion));
    const deploy = r.lastDeploy ? `${esc(r.lastDeploy.kind === 'rollback' ? 'rollback to' : 'deploy of')} ${esc(ver(r.lastDeploy.version))}: ${esc(r.lastDeploy.outcome)}<br>${time(r.lastDeploy.at)}` : '<span class="muted">none recorded</span>';
    const change = r.lastChange ? `${esc(r.lastChange.from)} → ${esc(r.lastChange.to)}<br>${time(r.lastChange.at)}` : r.status === 'never-probed' ? '<span class="muted">—</span>' : '<span class="muted">no change in this window</span>';
    const during = r.duringDeployment ? `<p class="muted">Probed while ${esc(r.duringDeployment)} held the deployment lock.</p>` : '';
    const why = (r.reasons.length ? `<ul>${r.reasons.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : r.status === 'never-probed' ? '<span class="muted">no sample in this window</span>' : during ? '' : '<span class="muted">—</span>') + during;
    return [
        `<th scope="row">${esc(r.id)}</th>`,
        `<td data-label="Status">${badge(r.status)}</td>`,
        `<td data-label="Score">${r.score === undefined ? '<span class="muted">—</span>' : String(r.score)}</td>`,
        `<td data-label="OpenClaw version">${version}</td>`,
        `<td data-label="Config version">${config}</td>`,
        `<td data-label="Last deploy">${deploy}</td>`,
        `<td data-label="Last status change">${change}</td>`,
        `<td data-label="Last probed">${time(r.lastProbedAt)}</td>`,
        `<td data-label="Why" class="why">${why}</td>`,
    ].join('');
}
function instancesSection(m) {
    const rows = m.instances.map((r) => `<tr>${instanceCells(r)}</tr>`).join('\n');
    return `<section aria-labelledby="h-instances"><h2 id="h-instances">Instances</h2>
<div class="scroll" role="region" aria-labelledby="cap-instances" tabindex="0"><table class="reflow">
<caption id="cap-instances">${m.instances.length} instance${m.instances.length === 1 ? '' : 's'}, worst first: status of the last probe, OpenClaw version against the pin, config version against the latest recorded</caption>
<thead><tr><th scope="col">Instance</th><th scope="col">Status</th><th scope="col">Score</th><th scope="col">OpenClaw version</th><th scope="col">Config version</th><th scope="col">Last deploy</th><th scope="col">Last status change</th><th scope="col">Last probed</th><th scope="col">Why</th></tr></thead>
<tbody>
${rows || '<tr><td colspan="9">No instance in the watch history or the inventory.</td></tr>'}
</tbody></table></div></section>`;
}
/** Most charts on one page (each is ~5–20 KB of SVG). */
const MAX_CHARTS = 60;
function chartsSection(m) {
    const all = m.instances.flatMap((r) => r.timeline);
    const from = all.reduce((a, p) => (!a || p.at < a ? p.at : a), undefined) ?? m.window.since;
    const to = all.reduce((a, p) => (!a || p.at > a ? p.at : a), undefined) ?? m.window.until;
    const legend = `<ul class="legend" aria-label="Legend">${['healthy', 'degraded', 'failed'].map((s) => `<li>${badge(s)}</li>`).join('')}<li class="muted">Dashed line: score 60, below which no deployment pushes.</li></ul>`;
    // A chart per instance is what people read for a handful of gateways; for a large fleet the charts that
    // matter are the ones with something to see. Instances are already worst first; those that were not
    // healthy at some point in the window come next; the rest fill what is left of the cap.
    const eventful = (r) => r.status !== 'healthy' || r.timeline.some((p) => p.status !== 'healthy');
    const ordered = [...m.instances.filter(eventful), ...m.instances.filter((r) => !eventful(r))];
    const shown = ordered.slice(0, MAX_CHARTS);
    const left = ordered.length - shown.length;
    const figures = shown.map((r) => {
        const i = m.instances.indexOf(r);
        if (r.timeline.length === 0)
            return `<figure><h3>${esc(r.id)}</h3><p class="muted">No samples in this window (never probed).</p></figure>`;
        const key = String(i + 1);
        const axis = chartAxis(r.timeline, from, to);
        return `<figure><h3>${esc(r.id)} ${badge(r.status)}</h3>${timelineChart(r.timeline, { key, instance: r.id, from, to })}<div class="axis muted" aria-hidden="true"><span>${esc(axis.start)}</span><span>${esc(axis.end)}</span></div><p class="vh" id="chart-${key}-desc">${esc(r.timelineSummary)}</p></figure>`;
    });
    return `<section aria-labelledby="h-timeline"><h2 id="h-timeline">Health timeline</h2>
<p class="muted">Health score (0–100) of each probe; the shape and the tinted band show the status.</p>${legend}
<div class="charts">${figures.join('\n') || '<p>No samples.</p>'}</div>${left > 0 ? `<p>${left} more instance${left === 1 ? '' : 's'} that stayed healthy throughout the window ${left === 1 ? 'has' : 'have'} no chart here (the page shows at most ${MAX_CHARTS}); status.json holds every timeline.</p>` : ''}</section>`;
}
function deploymentCells(d) {
    const versions = d.kind === 'rollback' ? `${esc(ver(d.fromVersion))} → ${esc(ver(d.toVersion))}` : `${esc(ver(d.fromVersion))} → ${esc(ver(d.toVersion))}`;
    const what = d.kind === 'rollback' ? `Rollback${d.trigger ? ` <span class="muted">(trigger: ${esc(d.trigger)})</span>` : ''}` : 'Deploy';
    const notes = [...d.notable.map((n) => esc(n)), ...(d.detail ? [esc(d.detail)] : [])];
    return [
        `<th scope="row">${what}</th>`,
        `<td data-label="Started">${time(d.startedAt)}</td>`,
        `<td data-label="Outcome">${esc(d.outcome)}</td>`,
        `<td data-label="Versions">${versions}</td>`,
        `<td data-label="Actor">${d.actor ? esc(d.actor) : '<span class="muted">—</span>'}</td>`,
        `<td data-label="Ticket">${d.ticket ? esc(d.ticket) : '<span class="muted">—</span>'}</td>`,
        `<td data-label="Run">${d.runUrl ? report_html_link(d.runUrl, 'workflow run') : '<span class="muted">—</span>'}</td>`,
        `<td data-label="Deployment" class="id">${esc(d.deploymentId)}${d.attempt > 1 ? ` <span class="muted">(attempt ${d.attempt})</span>` : ''}</td>`,
        `<td data-label="Notes">${notes.length ? `<ul>${notes.map((n) => `<li>${n}</li>`).join('')}</ul>` : '<span class="muted">—</span>'}</td>`,
    ].join('');
}
function deploymentsSection(m) {
    const rows = m.deployments.map((d) => `<tr>${deploymentCells(d)}</tr>`).join('\n');
    return `<section aria-labelledby="h-deployments"><h2 id="h-deployments">Deployments and rollbacks</h2>
<div class="scroll" role="region" aria-labelledby="cap-deployments" tabindex="0"><table class="reflow">
<caption id="cap-deployments">${m.deployments.length > 1 ? `The ${m.deployments.length} most recent deployments and rollbacks in the window, newest first (from the audit log)` : m.deployments.length === 1 ? 'The only deployment or rollback in the window (from the audit log)' : 'Deployments and rollbacks in the window'}</caption>
<thead><tr><th scope="col">Kind</th><th scope="col">Started</th><th scope="col">Outcome</th><th scope="col">Versions</th><th scope="col">Actor</th><th scope="col">Ticket</th><th scope="col">Run</th><th scope="col">Deployment</th><th scope="col">Notes</th></tr></thead>
<tbody>
${rows || '<tr><td colspan="9">No deployment or rollback recorded in this window.</td></tr>'}
</tbody></table></div></section>`;
}


/***/ }),

/***/ 80132:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


var _a;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.unload = exports.load = exports.onExit = exports.signals = void 0;
// Note: since nyc uses this module to output coverage, any lines
// that are in the direct sync flow of nyc's outputCoverage are
// ignored, since we can never get coverage for them.
// grab a reference to node's real process object right away
const signals_js_1 = __webpack_require__(48189);
Object.defineProperty(exports, "signals", ({ enumerable: true, get: function () { return signals_js_1.signals; } }));
const processOk = (process) => !!process &&
    typeof process === 'object' &&
    typeof process.removeListener === 'function' &&
    typeof process.emit === 'function' &&
    typeof process.reallyExit === 'function' &&
    typeof process.listeners === 'function' &&
    typeof process.kill === 'function' &&
    typeof process.pid === 'number' &&
    typeof process.on === 'function';
const kExitEmitter = Symbol.for('signal-exit emitter');
const global = globalThis;
const ObjectDefineProperty = Object.defineProperty.bind(Object);
// teeny special purpose ee
class Emitter {
    emitted = {
        afterExit: false,
        exit: false,
    };
    listeners = {
        afterExit: [],
        exit: [],
    };
    count = 0;
    id = Math.random();
    constructor() {
        if (global[kExitEmitter]) {
            return global[kExitEmitter];
        }
        ObjectDefineProperty(global, kExitEmitter, {
            value: this,
            writable: false,
            enumerable: false,
            configurable: false,
        });
    }
    on(ev, fn) {
        this.listeners[ev].push(fn);
    }
    removeListener(ev, fn) {
        const list = this.listeners[ev];
        const i = list.indexOf(fn);
        /* c8 ignore start */
        if (i === -1) {
            return;
        }
        /* c8 ignore stop */
        if (i === 0 && list.length === 1) {
            list.length = 0;
        }
        else {
            list.splice(i, 1);
        }
    }
    emit(ev, code, signal) {
        if (this.emitted[ev]) {
            return false;
        }
        this.emitted[ev] = true;
        let ret = false;
        for (const fn of this.listeners[ev]) {
            ret = fn(code, signal) === true || ret;
        }
        if (ev === 'exit') {
            ret = this.emit('afterExit', code, signal) || ret;
        }
        return ret;
    }
}
class SignalExitBase {
}
const signalExitWrap = (handler) => {
    return {
        onExit(cb, opts) {
            return handler.onExit(cb, opts);
        },
        load() {
            return handler.load();
        },
        unload() {
            return handler.unload();
        },
    };
};
class SignalExitFallback extends SignalExitBase {
    onExit() {
        return () => { };
    }
    load() { }
    unload() { }
}
class SignalExit extends SignalExitBase {
    // "SIGHUP" throws an `ENOSYS` error on Windows,
    // so use a supported signal instead
    /* c8 ignore start */
    #hupSig = process.platform === 'win32' ? 'SIGINT' : 'SIGHUP';
    /* c8 ignore stop */
    #emitter = new Emitter();
    #process;
    #originalProcessEmit;
    #originalProcessReallyExit;
    #sigListeners = {};
    #loaded = false;
    constructor(process) {
        super();
        this.#process = process;
        // { <signal>: <listener fn>, ... }
        this.#sigListeners = {};
        for (const sig of signals_js_1.signals) {
            this.#sigListeners[sig] = () => {
                // If there are no other listeners, an exit is coming!
                // Simplest way: remove us and then re-send the signal.
                // We know that this will kill the process, so we can
                // safely emit now.
                const listeners = this.#process.listeners(sig);
                let { count } = this.#emitter;
                // This is a workaround for the fact that signal-exit v3 and signal
                // exit v4 are not aware of each other, and each will attempt to let
                // the other handle it, so neither of them do. To correct this, we
                // detect if we're the only handler *except* for previous versions
                // of signal-exit, and increment by the count of listeners it has
                // created.
                /* c8 ignore start */
                const p = process;
                if (typeof p.__signal_exit_emitter__ === 'object' &&
                    typeof p.__signal_exit_emitter__.count === 'number') {
                    count += p.__signal_exit_emitter__.count;
                }
                /* c8 ignore stop */
                if (listeners.length === count) {
                    this.unload();
                    const ret = this.#emitter.emit('exit', null, sig);
                    /* c8 ignore start */
                    const s = sig === 'SIGHUP' ? this.#hupSig : sig;
                    if (!ret)
                        process.kill(process.pid, s);
                    /* c8 ignore stop */
                }
            };
        }
        this.#originalProcessReallyExit = process.reallyExit;
        this.#originalProcessEmit = process.emit;
    }
    onExit(cb, opts) {
        /* c8 ignore start */
        if (!processOk(this.#process)) {
            return () => { };
        }
        /* c8 ignore stop */
        if (this.#loaded === false) {
            this.load();
        }
        const ev = opts?.alwaysLast ? 'afterExit' : 'exit';
        this.#emitter.on(ev, cb);
        return () => {
            this.#emitter.removeListener(ev, cb);
            if (this.#emitter.listeners['exit'].length === 0 &&
                this.#emitter.listeners['afterExit'].length === 0) {
                this.unload();
            }
        };
    }
    load() {
        if (this.#loaded) {
            return;
        }
        this.#loaded = true;
        // This is the number of onSignalExit's that are in play.
        // It's important so that we can count the correct number of
        // listeners on signals, and don't wait for the other one to
        // handle it instead of us.
        this.#emitter.count += 1;
        for (const sig of signals_js_1.signals) {
            try {
                const fn = this.#sigListeners[sig];
                if (fn)
                    this.#process.on(sig, fn);
            }
            catch (_) { }
        }
        this.#process.emit = (ev, ...a) => {
            return this.#processEmit(ev, ...a);
        };
        this.#process.reallyExit = (code) => {
            return this.#processReallyExit(code);
        };
    }
    unload() {
        if (!this.#loaded) {
            return;
        }
        this.#loaded = false;
        signals_js_1.signals.forEach(sig => {
            const listener = this.#sigListeners[sig];
            /* c8 ignore start */
            if (!listener) {
                throw new Error('Listener not defined for signal: ' + sig);
            }
            /* c8 ignore stop */
            try {
                this.#process.removeListener(sig, listener);
                /* c8 ignore start */
            }
            catch (_) { }
            /* c8 ignore stop */
        });
        this.#process.emit = this.#originalProcessEmit;
        this.#process.reallyExit = this.#originalProcessReallyExit;
        this.#emitter.count -= 1;
    }
    #processReallyExit(code) {
        /* c8 ignore start */
        if (!processOk(this.#process)) {
            return 0;
        }
        this.#process.exitCode = code || 0;
        /* c8 ignore stop */
        this.#emitter.emit('exit', this.#process.exitCode, null);
        return this.#originalProcessReallyExit.call(this.#process, this.#process.exitCode);
    }
    #processEmit(ev, ...args) {
        const og = this.#originalProcessEmit;
        if (ev === 'exit' && processOk(this.#process)) {
            if (typeof args[0] === 'number') {
                this.#process.exitCode = args[0];
                /* c8 ignore start */
            }
            /* c8 ignore start */
            const ret = og.call(this.#process, ev, ...args);
            /* c8 ignore start */
            this.#emitter.emit('exit', this.#process.exitCode, null);
            /* c8 ignore stop */
            return ret;
        }
        else {
            return og.call(this.#process, ev, ...args);
        }
    }
}
const process = globalThis.process;
// wrap so that we call the method on the actual handler, without
// exporting it directly.
_a = signalExitWrap(processOk(process) ? new SignalExit(process) : new SignalExitFallback()), 
/**
 * Called when the process is exiting, whether via signal, explicit
 * exit, or running out of stuff to do.
 *
 * If the global process object is not suitable for instrumentation,
 * then this will be a no-op.
 *
 * Returns a function that may be used to unload signal-exit.
 */
exports.onExit = _a.onExit, 
/**
 * Load the listeners.  Likely you never need to call this, unless
 * doing a rather deep integration with signal-exit functionality.
 * Mostly exposed for the benefit of testing.
 *
 * @internal
 */
exports.load = _a.load, 
/**
 * Unload the listeners.  Likely you never need to call this, unless
 * doing a rather deep integration with signal-exit functionality.
 * Mostly exposed for the benefit of testing.
 *
 * @internal
 */
exports.unload = _a.unload;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 48189:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.signals = void 0;
/**
 * This is not the set of all possible signals.
 *
 * It IS, however, the set of all signals that trigger
 * an exit on either Linux or BSD systems.  Linux is a
 * superset of the signal names supported on BSD, and
 * the unknown signals just fail to register, so we can
 * catch that easily enough.
 *
 * Windows signals are a different set, since there are
 * signals that terminate Windows processes, but don't
 * terminate (or don't even exist) on Posix systems.
 *
 * Don't bother with SIGKILL.  It's uncatchable, which
 * means that we can't fire any callbacks anyway.
 *
 * If a user does happen to register a handler on a non-
 * fatal signal like SIGWINCH or something, and then
 * exit, it'll end up firing `process.emit('exit')`, so
 * the handler will be fired anyway.
 *
 * SIGBUS, SIGFPE, SIGSEGV and SIGILL, when not raised
 * artificially, inherently leave the process in a
 * state from which it is not safe to try and enter JS
 * listeners.
 */
exports.signals = [];
exports.signals.push('SIGHUP', 'SIGINT', 'SIGTERM');
if (process.platform !== 'win32') {
    exports.signals.push('SIGALRM', 'SIGABRT', 'SIGVTALRM', 'SIGXCPU', 'SIGXFSZ', 'SIGUSR2', 'SIGTRAP', 'SIGSYS', 'SIGQUIT', 'SIGIOT'
    // should detect profiler and enable/disable accordingly.
    // see #21
    // 'SIGPROF'
    );
}
if (process.platform === 'linux') {
    exports.signals.push('SIGIO', 'SIGPOLL', 'SIGPWR', 'SIGSTKFLT');
}
//# sourceMappingURL=signals.js.map

/***/ })

};

//# sourceMappingURL=4135.index.js.map