export const id = 2711;
export const ids = [2711];
export const modules = {

/***/ 22711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   canonicalJson: () => (/* binding */ canonicalJson),
/* harmony export */   renderSummary: () => (/* binding */ renderSummary),
/* harmony export */   renderText: () => (/* binding */ renderText),
/* harmony export */   reportDigest: () => (/* binding */ reportDigest),
/* harmony export */   verifyDigest: () => (/* binding */ verifyDigest),
/* harmony export */   withDigest: () => (/* binding */ withDigest),
/* harmony export */   writeReport: () => (/* binding */ writeReport)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34876);
/**
 * The smoke report as it leaves the run: the JSON file (with a sha256 digest of its canonical form, for the
 * audit line of a deployment), and the Markdown for the job summary — one row per instance with its checks,
 * the reasons of every instance that is not healthy, and the screenshots.
 */




/** JSON with object keys sorted at every level: the same report always hashes the same. */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    if (Array.isArray(value))
        return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
/** `sha256:<hex>` of the canonical JSON of the report without its `digest` field. */
function reportDigest(report) {
    const { digest: _ignored, ...rest } = report;
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalJson(rest)).digest('hex')}`;
}
/** Adds the digest. */
function withDigest(report) {
    return { ...report, digest: reportDigest(report) };
}
/** Whether a written report still matches its digest (for readers such as the audit trail). */
function verifyDigest(report) {
    return report.digest === reportDigest(report);
}
/** Writes the report (pretty JSON, 0644, folders created) and returns the digested report. */
function writeReport(file, report) {
    const digested = withDigest(report);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(file, JSON.stringify(digested, null, 2) + '\n');
    return digested;
}
const STATUS_ICON = { healthy: '✅ healthy', degraded: '⚠️ degraded', failed: '❌ failed' };
const CHECK_ICON = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' };
/** Escapes text for one Markdown table cell (a `|` or newline in a gateway message must not break the row). */
function cell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n|\r/g, '<br>');
}
function table(headers, rows) {
    return [`| ${headers.map(cell).join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}
/** The job summary Markdown. */
function renderSummary(report, opts = {}) {
    const c = report.counts;
    const lines = [];
    lines.push(`## Smoke test: ${STATUS_ICON[report.result]}`);
    lines.push('');
    const facts = [
        `${report.instances.length} instance(s): ${c.healthy} healthy, ${c.degraded} degraded, ${c.failed} failed`,
        report.expectedVersion ? `expected OpenClaw ${report.expectedVersion.version} (${report.expectedVersion.source})` : 'no version pinned',
        `browser ${report.settings.browser ? 'on' : 'off'}`,
        `chat ${report.settings.chat === 'off' ? 'off' : `via ${report.settings.chat}`}`,
        ...(report.settings.wsLoadConnections ? [`WebSocket load ${report.settings.wsLoadConnections} connections`] : []),
        `${(report.durationMs / 1000).toFixed(1)} s`,
    ];
    lines.push(facts.join(' · '));
    lines.push('');
    // Columns: the checks that ran for at least one instance, in the canonical order.
    const present = new Set();
    for (const i of report.instances)
        for (const ch of i.checks)
            present.add(ch.name);
    const cols = _types_js__WEBPACK_IMPORTED_MODULE_3__/* .CHECK_NAMES */ .c.filter((n) => present.has(n));
    const max = opts.maxRows ?? 200;
    const rows = report.instances.slice(0, max).map((i) => {
        const byName = new Map(i.checks.map((ch) => [ch.name, ch]));
        return [i.id, STATUS_ICON[i.status], i.version ?? '—', ...cols.map((n) => (byName.get(n) ? CHECK_ICON[byName.get(n).status] : '—')), i.reasons[0] ?? ''];
    });
    lines.push(table(['instance', 'status', 'OpenClaw', ...cols, 'first reason'], rows));
    if (report.instances.length > max)
        lines.push('', `…and ${report.instances.length - max} more instance(s) in the report file.`);
    const bad = report.instances.filter((i) => i.status !== 'healthy');
    if (bad.length) {
        lines.push('', '### Why');
        for (const i of bad.slice(0, max)) {
            lines.push('', `**${cell(i.id)}** — ${STATUS_ICON[i.status]}`);
            for (const r of i.reasons.slice(0, 12))
                lines.push(`- ${r.replace(/\r?\n/g, ' ')}`);
        }
    }
    const shots = report.instances.filter((i) => i.screenshot);
    if (shots.length) {
        lines.push('', '### Screenshots', '');
        lines.push(`In \`${opts.screenshotsDir ?? 'screenshots-dir'}\` (upload the folder as an artifact to keep them):`);
        lines.push('');
        for (const i of shots.slice(0, max))
            lines.push(`- \`${i.screenshot}\` — ${cell(i.id)} (${i.status})`);
    }
    lines.push('');
    if (opts.reportFile)
        lines.push(`Report: \`${opts.reportFile}\`${opts.digest ? ` (${opts.digest})` : ''}`);
    return lines.join('\n') + '\n';
}
/** A few plain lines for a terminal (the CLI's human mode). */
function renderText(report) {
    const out = [`smoke: ${report.result} (${report.counts.healthy} healthy, ${report.counts.degraded} degraded, ${report.counts.failed} failed)`];
    for (const i of report.instances) {
        out.push(`  ${i.id}: ${i.status}${i.version ? ` (${i.version})` : ''}`);
        for (const r of i.reasons)
            out.push(`    - ${r}`);
    }
    return out.join('\n') + '\n';
}


/***/ }),

/***/ 34876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ CHECK_NAMES)
/* harmony export */ });
/**
 * Shapes of the smoke test (issue #5): what one check, one instance and the whole run report.
 *
 * Every string in these shapes is meant to be shown to people and written to artifacts, so it must never
 * carry a token: the orchestrator passes the whole report through the run's `SecretRegistry` before it
 * leaves `runSmoke()`.
 */
/** The checks, in the order they run and are shown. */
const CHECK_NAMES = [
    'smoke', // the smoke test itself could not check the instance (an unexpected error)
    'healthz',
    'readyz',
    'startupz',
    'health-rpc',
    'config',
    'version',
    'credentials',
    'ui-http',
    'cache-headers',
    'control-ui',
    'chat',
    'ws-load',
];


/***/ })

};

//# sourceMappingURL=2711.index.js.map