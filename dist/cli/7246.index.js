export const id = 7246;
export const ids = [7246];
export const modules = {

/***/ 49353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ createStderrLogger),
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
/** A logger that drops everything: for library calls where the caller collects results instead. */
const silentLogger = {
    debug() { },
    info() { },
    warning() { },
    error() { },
    group: (_title, fn) => fn(),
};
/** Writes to stderr, one line per message; used by the CLI when not in --json mode. */
function createStderrLogger(opts = {}) {
    const write = (s) => process.stderr.write(s + '\n');
    const where = (l) => (l ? `${l.file}:${l.line}:${l.column}: ` : '');
    return {
        debug: (m) => {
            if (opts.verbose)
                write(`debug: ${m}`);
        },
        info: (m) => write(m),
        warning: (m, l) => write(`warning: ${where(l)}${m}`),
        error: (m, l) => write(`error: ${where(l)}${m}`),
        group: async (title, fn) => {
            write(`── ${title}`);
            return fn();
        },
    };
}


/***/ }),

/***/ 50139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sk: () => (/* binding */ appendSamples),
/* harmony export */   aM: () => (/* binding */ readSamples),
/* harmony export */   bj: () => (/* binding */ readWatchState),
/* harmony export */   dX: () => (/* binding */ applyRetention),
/* harmony export */   uk: () => (/* binding */ writeWatchState)
/* harmony export */ });
/* unused harmony exports DAY_FILE_PATTERN, listDays, historyReader */
/* harmony import */ var _common_logger_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49353);
/* harmony import */ var _deploy_records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70453);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10634);



/** A day file's name: `2026-11-22.jsonl` (the UTC day of the samples in it). */
const DAY_FILE_PATTERN = /^(\d{4}-\d{2}-\d{2})\.jsonl$/;
const DAY_MS = 86_400_000;
const STATUSES = new Set(['healthy', 'degraded', 'failed']);
/** Refuses text that holds a registered secret; the message names the path, never the value. */
function guard(path, text, secrets) {
    if (secrets && secrets.redact(text) !== text) {
        throw new Error(`refusing to record ${path}: it contains a secret (a token or credential). Nothing was written.`);
    }
    return text;
}
function toTime(v, name) {
    if (v === undefined)
        return undefined;
    const t = v instanceof Date ? v.getTime() : Date.parse(v);
    if (!Number.isFinite(t))
        throw new Error(`readSamples: '${name}' is not a valid time: ${JSON.stringify(String(v))}`);
    return t;
}
const utcDay = (ms) => new Date(ms).toISOString().slice(0, 10);
/** Checks one sample before it is written: a bad `at` would file it under a nonsense day. */
function checkSample(s) {
    if (!s || typeof s !== 'object')
        throw new Error('appendSamples: a sample is not an object');
    if (typeof s.at !== 'string' || !Number.isFinite(Date.parse(s.at)) || !/^\d{4}-\d{2}-\d{2}T/.test(s.at)) {
        throw new Error(`appendSamples: sample of ${JSON.stringify(s.instance)} has no valid ISO time 'at' (${JSON.stringify(s.at)})`);
    }
    if (typeof s.instance !== 'string' || s.instance === '')
        throw new Error('appendSamples: a sample has no instance id');
    if (!STATUSES.has(s.status))
        throw new Error(`appendSamples: sample of ${s.instance} has an unknown status ${JSON.stringify(s.status)}`);
}
/**
 * Appends samples to their UTC day files (one append per day file). All lines are checked first — a secret
 * in any one of them means nothing at all is written. Returns the day files touched.
 */
async function appendSamples(store, environment, samples, opts = {}) {
    const env = (0,_deploy_records_js__WEBPACK_IMPORTED_MODULE_1__.normalizeEnvironment)(environment);
    const byFile = new Map();
    for (const s of samples) {
        checkSample(s);
        // Normalise to the canonical ISO form, so the day file is the UTC day even for `+02:00` offsets.
        const at = new Date(Date.parse(s.at)).toISOString();
        const line = JSON.stringify({ ...s, at });
        const file = _types_js__WEBPACK_IMPORTED_MODULE_2__/* .watchPaths */ .I.dayFile(env, at);
        guard(file, line, opts.secrets);
        const lines = byFile.get(file) ?? [];
        lines.push(line);
        byFile.set(file, lines);
    }
    for (const [file, lines] of byFile) {
        const existing = await store.read(file);
        // A torn last line (no newline at the end): start on a fresh line so the fragment stays one bad line.
        const prefix = existing !== undefined && existing !== '' && !existing.endsWith('\n') ? '\n' : '';
        await store.append(file, prefix + lines.join('\n') + '\n');
    }
    return [...byFile.keys()];
}
/** Parses one day file; bad lines are skipped and reported (never thrown). */
function parseDayFile(path, text, logger) {
    const out = [];
    const lines = text.split('\n');
    lines.forEach((raw, i) => {
        const line = raw.trim();
        if (line === '')
            return;
        const last = i === lines.length - 1; // no newline after it: an interrupted append
        let v;
        try {
            v = JSON.parse(line);
        }
        catch {
            logger.warning(`${path}:${i + 1}: skipped ${last ? 'a torn last line (an interrupted append)' : 'a line that is not valid JSON'}`);
            return;
        }
        const s = v;
        if (!v || typeof v !== 'object' || typeof s.at !== 'string' || !Number.isFinite(Date.parse(s.at)) || typeof s.instance !== 'string' || !STATUSES.has(String(s.status))) {
            logger.warning(`${path}:${i + 1}: skipped a line that is not a watch sample (needs at, instance, status)`);
            return;
        }
        out.push(v);
    });
    return out;
}
/** The day files of an environment (`YYYY-MM-DD`, ascending). Other files in the folder are ignored. */
async function listDays(store, environment) {
    const env = (0,_deploy_records_js__WEBPACK_IMPORTED_MODULE_1__.normalizeEnvironment)(environment);
    return (await store.list(_types_js__WEBPACK_IMPORTED_MODULE_2__/* .watchPaths */ .I.samplesDir(env)))
        .map((n) => DAY_FILE_PATTERN.exec(n)?.[1])
        .filter((d) => d !== undefined && Number.isFinite(Date.parse(`${d}T00:00:00Z`)))
        .sort();
}
/**
 * Reads samples within `[since, until]`, oldest first. Only the day files that can hold such samples are
 * read. A torn or invalid line is skipped with a warning through `opts.logger`; it never fails the read.
 */
async function readSamples(store, environment, query = {}, opts = {}) {
    const env = (0,_deploy_records_js__WEBPACK_IMPORTED_MODULE_1__.normalizeEnvironment)(environment);
    const logger = opts.logger ?? _common_logger_js__WEBPACK_IMPORTED_MODULE_0__/* .silentLogger */ .q;
    const since = toTime(query.since, 'since');
    const until = toTime(query.until, 'until');
    const days = (await listDays(store, env)).filter((d) => (since === undefined || d >= utcDay(since)) && (until === undefined || d <= utcDay(until)));
    const out = [];
    for (const day of days) {
        const path = _types_js__WEBPACK_IMPORTED_MODULE_2__/* .watchPaths */ .I.dayFile(env, day);
        const text = await store.read(path);
        if (text === undefined)
            continue;
        for (const s of parseDayFile(path, text, logger)) {
            const t = Date.parse(s.at);
            if (since !== undefined && t < since)
                continue;
            if (until !== undefined && t > until)
                continue;
            if (query.instance !== undefined && s.instance !== query.instance)
                continue;
            out.push(s);
        }
    }
    // Stable: runs append in time order, but a clock step on a runner must not scramble a timeline.
    return out.map((s, i) => ({ s, i, t: Date.parse(s.at) })).sort((a, b) => a.t - b.t || a.i - b.i).map((x) => x.s);
}
/**
 * The watch state, or `undefined` when there is none yet. An unreadable state (invalid JSON, another
 * schema) is reported and treated as absent: the watch keeps probing and recording instead of stopping
 * for good, and the next write replaces it.
 */
async function readWatchState(store, environment, opts = {}) {
    const path = _types_js__WEBPACK_IMPORTED_MODULE_2__/* .watchPaths */ .I.state((0,_deploy_records_js__WEBPACK_IMPORTED_MODULE_1__.normalizeEnvironment)(environment));
    const text = await store.read(path);
    if (text === undefined)
        return undefined;
    const logger = opts.logger ?? _common_logger_js__WEBPACK_IMPORTED_MODULE_0__/* .silentLogger */ .q;
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        logger.warning(`${path} in ${store.description} is not valid JSON; starting from an empty watch state (it is replaced at the end of this run)`);
        return undefined;
    }
    const st = v;
    if (!v || typeof v !== 'object' || st.schema !== 1 || !st.instances || typeof st.instances !== 'object' || Array.isArray(st.instances)) {
        logger.warning(`${path} in ${store.description} is not a schema-1 watch state; starting from an empty watch state`);
        return undefined;
    }
    return st;
}
/** Writes the watch state (pretty JSON), refused when it holds a registered secret. */
async function writeWatchState(store, environment, state, opts = {}) {
    const path = _types_js__WEBPACK_IMPORTED_MODULE_2__/* .watchPaths */ .I.state((0,_deploy_records_js__WEBPACK_IMPORTED_MODULE_1__.normalizeEnvironment)(environment));
    if (state.schema !== 1 || !state.instances || typeof state.instances !== 'object')
        throw new Error('writeWatchState: not a schema-1 watch state');
    await store.write(path, guard(path, JSON.stringify(state, null, 2) + '\n', opts.secrets));
}
/**
 * Deletes the day files whose every possible sample is older than `days` days: a file for day D goes once
 * `now ≥ D + 1 day + days` (UTC). So at least `days` full days of history are always kept and at most one
 * day more. Only names matching {@link DAY_FILE_PATTERN} are touched. Returns the removed days.
 */
async function applyRetention(store, environment, opts) {
    const env = (0,_deploy_records_js__WEBPACK_IMPORTED_MODULE_1__.normalizeEnvironment)(environment);
    if (!Number.isInteger(opts.days) || opts.days < 1)
        throw new Error(`applyRetention: days must be a whole number ≥ 1, got ${String(opts.days)}`);
    const now = typeof opts.now === 'number' ? opts.now : opts.now.getTime();
    if (!Number.isFinite(now))
        throw new Error('applyRetention: now is not a valid time');
    const removed = [];
    for (const day of await listDays(store, env)) {
        const end = Date.parse(`${day}T00:00:00Z`) + DAY_MS;
        if (end + opts.days * DAY_MS <= now) {
            await store.remove(_types_js__WEBPACK_IMPORTED_MODULE_2__/* .watchPaths */ .I.dayFile(env, day));
            removed.push(day);
        }
    }
    return removed;
}
/** A {@link HistoryReader} over a store (read-only: it never writes). */
function historyReader(store, environment, opts = {}) {
    const env = normalizeEnvironment(environment);
    return {
        environment: env,
        samples: (query = {}) => readSamples(store, env, query, opts),
        state: () => readWatchState(store, env, opts),
        days: () => listDays(store, env),
        async latest(query = {}) {
            const out = new Map();
            for (const s of await readSamples(store, env, query, opts))
                out.set(s.instance, s);
            return out;
        },
    };
}


/***/ }),

/***/ 77246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadStatusSources: () => (/* binding */ loadStatusSources),
/* harmony export */   parseSince: () => (/* binding */ parseSince)
/* harmony export */ });
/* harmony import */ var _deploy_records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70453);
/* harmony import */ var _common_logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49353);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50139);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10634);




/** Reads the page's sources for one environment. Throws only for a store that cannot be read at all. */
async function loadStatusSources(store, opts) {
    const env = (0,_deploy_records_js__WEBPACK_IMPORTED_MODULE_0__.normalizeEnvironment)(opts.environment);
    const until = opts.until ?? new Date();
    const problems = [];
    // The watch's own reader (history.ts) skips torn and invalid lines; its warnings become `problems`.
    const collect = { ..._common_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .silentLogger */ .q, warning: (m) => void problems.push(m) };
    const base = `environments/${env}`;
    const environmentExists = (await store.list(base)).length > 0;
    const read = await (0,_history_js__WEBPACK_IMPORTED_MODULE_2__/* .readSamples */ .aM)(store, env, { since: opts.since, until }, { logger: collect });
    const samples = read.filter((s) => {
        if (typeof s.score === 'number' && Number.isFinite(s.score))
            return true;
        problems.push(`${_types_js__WEBPACK_IMPORTED_MODULE_3__/* .watchPaths */ .I.dayFile(env, s.at)}: a sample of ${s.instance} at ${s.at} has no numeric score; skipped`);
        return false;
    });
    const state = await (0,_history_js__WEBPACK_IMPORTED_MODULE_2__/* .readWatchState */ .bj)(store, env, { logger: collect });
    const current = await readJson(store, `${base}/current.json`, problems, (v) => isObject(v) && (typeof v['version'] === 'number' || isObject(v['baseline'])));
    const audit = parseAudit((await store.read(`${base}/audit.jsonl`)) ?? '', `${base}/audit.jsonl`, problems);
    return { environment: env, samples, ...(state ? { state } : {}), audit, ...(current ? { current } : {}), problems, environmentExists };
}
function parseAudit(text, path, problems) {
    const out = [];
    const lines = text.split('\n');
    lines.forEach((line, i) => {
        if (!line.trim())
            return;
        try {
            const v = JSON.parse(line);
            if (isObject(v) && typeof v['event'] === 'string' && typeof v['ts'] === 'string' && typeof v['deploymentId'] === 'string')
                out.push(v);
            else
                problems.push(`${path}:${i + 1}: not an audit line; skipped`);
        }
        catch {
            problems.push(`${path}:${i + 1}: not valid JSON; skipped`);
        }
    });
    return out;
}
async function readJson(store, path, problems, ok) {
    const text = await store.read(path);
    if (text === undefined)
        return undefined;
    try {
        const v = JSON.parse(text);
        if (isObject(v) && ok(v))
            return v;
        problems.push(`${path}: unexpected content; ignored`);
    }
    catch {
        problems.push(`${path}: not valid JSON; ignored`);
    }
    return undefined;
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/**
 * Parses a window start: a duration back from `now` (`14d`, `36h`, `90m`, `2w`) or an ISO date/time
 * (`2026-11-01`, `2026-11-01T12:00:00Z`). Throws a message naming the accepted forms.
 */
function parseSince(value, now, name = 'since') {
    const v = value.trim();
    const m = /^(\d{1,5})\s*(m|min|h|d|w)$/i.exec(v);
    if (m) {
        const n = Number(m[1]);
        const unit = m[2].toLowerCase();
        const ms = unit === 'w' ? n * 7 * 86_400_000 : unit === 'd' ? n * 86_400_000 : unit === 'h' ? n * 3_600_000 : n * 60_000;
        if (n > 0)
            return new Date(now.getTime() - ms);
    }
    if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) {
        // A date alone is midnight UTC; a time without a zone is UTC too (the page shows UTC).
        const iso = v.length === 10 ? `${v}T00:00:00Z` : /Z|[+-]\d{2}:?\d{2}$/.test(v) ? v.replace(' ', 'T') : `${v.replace(' ', 'T')}Z`;
        const d = new Date(iso);
        if (Number.isFinite(d.getTime())) {
            if (d.getTime() > now.getTime())
                throw new Error(`The value '${value}' is not valid for '${name}': it is in the future. Expected a past date or a duration such as 14d.`);
            return d;
        }
    }
    throw new Error(`The value '${value}' is not valid for '${name}'. Expected a duration back from now such as 14d, 36h, 90m or 2w, or an ISO date such as 2026-11-01.`);
}


/***/ }),

/***/ 10634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ watchPaths)
/* harmony export */ });
/** Store paths of the watch, relative to the store root. */
const watchPaths = {
    dir: (env) => `environments/${env}/watch`,
    samplesDir: (env) => `environments/${env}/watch/samples`,
    /** Day file for an ISO time (UTC day). */
    dayFile: (env, iso) => `environments/${env}/watch/samples/${iso.slice(0, 10)}.jsonl`,
    state: (env) => `environments/${env}/watch/state.json`,
};


/***/ })

};

//# sourceMappingURL=7246.index.js.map