export const id = 8397;
export const ids = [8397];
export const modules = {

/***/ 80575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ reportFailed),
/* harmony export */   CI: () => (/* binding */ formatReport)
/* harmony export */ });
/* unused harmony export sanitizeText */
/** Removes C0/C1 control characters (ESC included) and bidi overrides; `\n` survives only if `keepNewlines`. */
function sanitizeText(text, keepNewlines = false) {
    // eslint-disable-next-line no-control-regex
    const controls = keepNewlines ? /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g : /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
    return text.replace(controls, keepNewlines ? '' : ' ');
}
const STYLE = { red: '\u001b[31m', yellow: '\u001b[33m', green: '\u001b[32m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' };
/** Renders a report for a terminal or a log. Ends with a newline. */
function formatReport(report, opts) {
    const paint = (style, s) => (opts.color ? `${STYLE[style]}${s}${STYLE.reset}` : s);
    const lines = [];
    let errors = 0;
    let warnings = 0;
    let lintErrors = 0;
    let lintWarnings = 0;
    let invalidFiles = 0;
    for (const file of report.files) {
        const rows = [
            ...file.issues.map((i) => issueRow(i)),
            ...file.lint.map((l) => lintRow(l)),
        ];
        errors += file.issues.filter((i) => i.severity === 'error').length;
        warnings += file.issues.filter((i) => i.severity === 'warning').length;
        lintErrors += file.lint.filter((l) => l.severity === 'error').length;
        lintWarnings += file.lint.filter((l) => l.severity === 'warning').length;
        if (!file.valid)
            invalidFiles++;
        const verdict = file.valid ? (file.lint.some((l) => l.severity === 'error') ? paint('red', 'valid, lint failed') : paint('green', 'valid')) : paint('red', 'invalid');
        lines.push(`${paint('bold', sanitizeText(file.file))}  ${verdict}`);
        const locWidth = Math.min(60, Math.max(0, ...rows.map((r) => r.loc.length)));
        for (const r of rows) {
            const sev = r.severity === 'error' ? paint('red', 'error  ') : paint('yellow', 'warning');
            const head = `  ${paint('dim', r.loc.padEnd(locWidth))}  ${sev}  ${r.path}  `;
            const [first = '', ...rest] = r.message.split('\n');
            lines.push(head + first);
            for (const more of rest)
                lines.push(`      ${more}`);
        }
    }
    const total = report.files.length;
    const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}; lint: ${lintErrors} error${lintErrors === 1 ? '' : 's'}, ${lintWarnings} warning${lintWarnings === 1 ? '' : 's'}`;
    const failed = invalidFiles > 0 || lintErrors > 0;
    const plural = total === 1 ? '' : 's';
    const head = invalidFiles > 0 ? `${invalidFiles} of ${total} config${plural} invalid` : lintErrors > 0 ? `${total} config${plural} valid, lint failed` : `${total} config${plural} valid`;
    lines.push('');
    lines.push(`${failed ? paint('red', '✖') : paint('green', '✔')} ${head} (${counts}) — engine: ${report.engine}`);
    return lines.join('\n') + '\n';
}
function issueRow(i) {
    let message = sanitizeText(i.message, true);
    if (i.allowedValues && !/allowed/i.test(message))
        message += ` (allowed: ${i.allowedValues.map((v) => JSON.stringify(v)).join(', ')})`;
    return { loc: sanitizeText(`${i.file}:${i.line}:${i.column}`), severity: i.severity, path: sanitizeText(i.path), message };
}
function lintRow(l) {
    return { loc: sanitizeText(`${l.file}:${l.line}:${l.column}`), severity: l.severity, path: sanitizeText(l.path ?? '<root>'), message: `${sanitizeText(l.message, true)} [${l.rule}]` };
}
/** True when a report should fail the check: an invalid file or a lint error. */
function reportFailed(report) {
    return !report.valid || report.files.some((f) => f.lint.some((l) => l.severity === 'error'));
}


/***/ }),

/***/ 33233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YQ: () => (/* binding */ isLintRule),
/* harmony export */   iv: () => (/* binding */ lintConfig),
/* harmony export */   wT: () => (/* binding */ LINT_RULES)
/* harmony export */ });
/* harmony import */ var _config_located_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21564);
/* harmony import */ var _config_env_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68409);
/* harmony import */ var _config_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81066);



/** Every lint rule, by stable id. */
const LINT_RULES = [
    { id: 'plaintext-secret', defaultSeverity: () => 'error', description: 'an API key, token or password written literally in the config instead of ${VAR} or a SecretRef' },
    { id: 'retired-providers-key', defaultSeverity: () => 'error', description: 'the retired top-level `providers` key (use `models.providers`)' },
    { id: 'env-in-non-string', defaultSeverity: () => 'error', description: '${VAR} where a number or boolean is required (substitution always yields a string)' },
    { id: 'gateway-token-env-missing', defaultSeverity: (m) => (m === 'error' ? 'error' : 'warning'), description: 'gateway.auth.token/password is ${VAR} (or an env SecretRef) and VAR is not provided: the gateway would start with a random token' },
    { id: 'env-ref-not-substituted', defaultSeverity: () => 'warning', description: '${…} with a name OpenClaw does not substitute (lower case, dashes…): it stays literal' },
    { id: 'forbidden-key', defaultSeverity: () => 'error', description: '`__proto__`, `constructor` or `prototype` keys (OpenClaw drops them silently)' },
    { id: 'duplicate-key', defaultSeverity: () => 'warning', description: 'a key written twice in one object (the last one silently wins)' },
    { id: 'invalid-utf8', defaultSeverity: () => 'error', description: 'bytes that are not UTF-8 (OpenClaw silently replaces them with U+FFFD)' },
    { id: 'non-finite-number', defaultSeverity: () => 'error', description: 'NaN or Infinity (JSON cannot carry them to a gateway)' },
    { id: 'unsafe-integer', defaultSeverity: () => 'error', description: 'an integer literal beyond ±2^53 that silently loses precision' },
];
const RULE_IDS = new Set(LINT_RULES.map((r) => r.id));
/** True when `id` names a lint rule. */
function isLintRule(id) {
    return RULE_IDS.has(id);
}
function lintConfig(input) {
    const raw = [];
    for (const f of input.findings)
        raw.push({ rule: f.rule, message: f.message, ...(f.path ? { path: f.path } : {}), loc: f.loc });
    if (input.authored) {
        raw.push(...plaintextSecrets(input.authored));
        raw.push(...retiredProvidersKey(input.authored));
        raw.push(...unsubstitutedRefs(input.authored));
        raw.push(...envInNonString(input.authored, input.issues));
        raw.push(...gatewayTokenEnvMissing(input.authored, input.envRefs, (0,_config_env_js__WEBPACK_IMPORTED_MODULE_1__/* .effectiveEnv */ .py)(input.authored, input.env)));
    }
    const out = [];
    for (const r of raw) {
        const info = LINT_RULES.find((x) => x.id === r.rule);
        const severity = input.severity?.[r.rule] ?? info?.defaultSeverity(input.envMode) ?? 'error';
        if (severity === 'off')
            continue;
        const finding = { rule: r.rule, severity, message: r.message, file: r.loc.file, line: r.loc.line, column: r.loc.column };
        if (r.path !== undefined)
            finding.path = r.path;
        out.push(finding);
    }
    return out;
}
// ── plaintext-secret ──────────────────────────────────────────────────────────────────────────────────
const SECRET_SHAPES = [
    [/sk-ant-[A-Za-z0-9_-]{20,}/, 'an Anthropic API key'],
    [/sk-or-v1-[A-Za-z0-9]{20,}/, 'an OpenRouter API key'],
    [/sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/, 'an OpenAI-style API key (sk-…)'],
    [/AIza[0-9A-Za-z_-]{35}/, 'a Google API key'],
    [/\bgh[pousr]_[A-Za-z0-9]{36,}/, 'a GitHub token'],
    [/\bgithub_pat_[A-Za-z0-9_]{22,}/, 'a GitHub fine-grained token'],
    [/\bxox[abprse]-[A-Za-z0-9-]{10,}/, 'a Slack token'],
    [/\bxapp-\d-[A-Za-z0-9-]{10,}/, 'a Slack app token'],
    [/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/, 'an AWS access key id'],
    [/\b\d{8,10}:[A-Za-z0-9_-]{35}\b/, 'a Telegram bot token'],
    [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'a private key'],
];
/** Keys whose string value is a credential (compared case-insensitively). */
const SECRET_KEYS = new Set(['apiKey', 'token', 'password', 'secret', 'botToken', 'appToken', 'accessToken', 'refreshToken', 'clientSecret', 'signingSecret', 'webhookSecret', 'privateKey', 'authToken', 'bearerToken', 'pushToken', 'appPassword', 'apiSecret'].map((k) => k.toLowerCase()));
const REDACTED = '__OPENCLAW_REDACTED__';
const ENV_SHORTHAND = /^\$[A-Z][A-Z0-9_]{0,127}$/;
function suggestedVar(path) {
    const joined = (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .joinPath */ .uJ)(path);
    if (joined === 'gateway.auth.token')
        return 'OPENCLAW_GATEWAY_TOKEN';
    if (joined === 'gateway.auth.password')
        return 'OPENCLAW_GATEWAY_PASSWORD';
    const named = path.filter((p) => typeof p === 'string').slice(-2);
    const name = named.join('_').replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase().replace(/^_+|_+$/g, '');
    return /^[A-Z_]/.test(name) ? name : `SECRET_${name}`;
}
function plaintextSecrets(root) {
    const out = [];
    (0,_config_located_js__WEBPACK_IMPORTED_MODULE_0__/* .walkLocated */ .ut)(root, (node, path) => {
        if (node.kind !== 'value' || typeof node.value !== 'string')
            return;
        const value = node.value;
        // What the author typed literally, with ${VAR} references (resolved at load time) taken out.
        const literal = (0,_config_env_js__WEBPACK_IMPORTED_MODULE_1__/* .containsEnvReference */ .Yh)(value) ? value.replace(/\$\{[A-Z_][A-Z0-9_]*\}/g, '') : value;
        let reason;
        for (const [re, label] of SECRET_SHAPES) {
            if (re.test(literal)) {
                reason = `looks like ${label}`;
                break;
            }
        }
        const last = path[path.length - 1];
        if (!reason && typeof last === 'string' && SECRET_KEYS.has(last.toLowerCase())) {
            const trimmed = literal.trim();
            if (trimmed && trimmed !== REDACTED && !ENV_SHORTHAND.test(value.trim()) && !(0,_config_env_js__WEBPACK_IMPORTED_MODULE_1__/* .containsEnvReference */ .Yh)(value))
                reason = `"${last}" holds a literal value`;
        }
        if (!reason)
            return;
        const p = (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .joinPath */ .uJ)(path);
        const v = suggestedVar(path);
        out.push({
            rule: 'plaintext-secret',
            path: p,
            loc: node.loc,
            message: `plaintext secret at ${p} (${reason}; the value is not shown): secrets in a config repo leak through git history, pull requests and logs. Fix: store it as a CI secret and write "\${${v}}" or a SecretRef {source: "env", provider: "default", id: "${v}"}`,
        });
    });
    return out;
}
// ── env-ref-not-substituted ───────────────────────────────────────────────────────────────────────────
function unsubstitutedRefs(root) {
    const out = [];
    (0,_config_located_js__WEBPACK_IMPORTED_MODULE_0__/* .walkLocated */ .ut)(root, (node, path) => {
        if (node.kind !== 'value' || typeof node.value !== 'string' || !node.value.includes('${'))
            return;
        const value = node.value;
        for (const m of value.matchAll(/\$\{([^}]{0,64})\}/g)) {
            const name = m[1];
            const escaped = m.index > 0 && value[m.index - 1] === '$';
            if (escaped || /^[A-Z_][A-Z0-9_]*$/.test(name))
                continue;
            const p = (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .joinPath */ .uJ)(path);
            const fix = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? ` Fix: write \${${name.toUpperCase()}}` : ' Fix: use a name made of A-Z, 0-9 and _';
            out.push({
                rule: 'env-ref-not-substituted',
                path: p,
                loc: node.loc,
                message: `"\${${name}}" at ${p} stays literal: OpenClaw substitutes only names matching [A-Z_][A-Z0-9_]*, silently.${fix}`,
            });
            break;
        }
    });
    return out;
}
// ── retired-providers-key ─────────────────────────────────────────────────────────────────────────────
function retiredProvidersKey(root) {
    if (root.kind !== 'object')
        return [];
    const entry = root.entries.get('providers');
    if (!entry)
        return [];
    return [
        {
            rule: 'retired-providers-key',
            path: 'providers',
            loc: entry.keyLoc,
            message: 'the top-level "providers" key was retired and OpenClaw rejects it (Unrecognized key). Fix: move each provider under models.providers (e.g. models.providers.openai: {...}); a provider OpenClaw does not bundle also needs baseUrl and models',
        },
    ];
}
// ── env-in-non-string ─────────────────────────────────────────────────────────────────────────────────
const NON_STRING_TYPE = /expected (number|boolean|integer|int|bigint)\b.*received string|^must be (number|integer|boolean)\b/;
function envInNonString(root, issues) {
    const out = [];
    const seen = new Set();
    for (const issue of issues) {
        const m = NON_STRING_TYPE.exec(issue.message);
        if (!m)
            continue;
        const segments = (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePath */ .Rr)(issue.path);
        const node = (0,_config_located_js__WEBPACK_IMPORTED_MODULE_0__/* .getLocated */ .hX)(root, segments);
        if (!node || node.kind !== 'value' || typeof node.value !== 'string' || !(0,_config_env_js__WEBPACK_IMPORTED_MODULE_1__/* .containsEnvReference */ .Yh)(node.value))
            continue;
        const p = (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .joinPath */ .uJ)(segments);
        if (seen.has(p))
            continue;
        seen.add(p);
        const wanted = m[1] ?? m[2] ?? 'number';
        const names = (0,_config_env_js__WEBPACK_IMPORTED_MODULE_1__/* .envReferenceNames */ .H8)(node.value).map((n) => '${' + n + '}').join(', ');
        out.push({
            rule: 'env-in-non-string',
            path: p,
            loc: node.loc,
            message: `${names} at ${p}: env substitution always yields a string, but this field needs a ${wanted === 'int' || wanted === 'integer' ? 'number' : wanted}. Fix: write the value literally (values that differ per instance belong in the inventory overlay)`,
        });
    }
    return out;
}
// ── gateway-token-env-missing ─────────────────────────────────────────────────────────────────────────
const GATEWAY_SECRETS = ['gateway.auth.token', 'gateway.auth.password'];
function gatewayTokenEnvMissing(root, refs, env) {
    const out = [];
    const consequence = (p) => p.endsWith('token')
        ? 'the gateway would start with a random runtime token and lock every remote caller out (its health probe still answers 200)'
        : 'the gateway could not authenticate remote callers with the intended password';
    for (const r of refs) {
        if (r.provided || !GATEWAY_SECRETS.includes(r.path))
            continue;
        out.push({
            rule: 'gateway-token-env-missing',
            path: r.path,
            loc: r.loc,
            message: `${r.path} is "\${${r.name}}" but ${r.name} is not provided: ${consequence(r.path)}. Fix: provide ${r.name} in the gateway's environment at deploy time`,
        });
    }
    for (const p of GATEWAY_SECRETS) {
        const node = (0,_config_located_js__WEBPACK_IMPORTED_MODULE_0__/* .getLocated */ .hX)(root, (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePath */ .Rr)(p));
        if (!node || node.kind !== 'object')
            continue;
        const source = node.entries.get('source')?.node;
        const id = node.entries.get('id')?.node;
        if (source?.kind !== 'value' || source.value !== 'env' || id?.kind !== 'value' || typeof id.value !== 'string')
            continue;
        const v = env[id.value];
        if (v !== undefined && v !== '')
            continue;
        out.push({
            rule: 'gateway-token-env-missing',
            path: p,
            loc: node.loc,
            message: `${p} is an env SecretRef to ${id.value}, which is not provided: the gateway cannot resolve its ${p.endsWith('token') ? 'token' : 'password'}, and remote callers cannot authenticate. Fix: provide ${id.value} in the gateway's environment at deploy time`,
        });
    }
    return out;
}


/***/ }),

/***/ 58107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kc: () => (/* binding */ validateFiles)
});

// UNUSED EXPORTS: locateIssue, validateExact, validateFast

// EXTERNAL MODULE: ./src/config/load.ts + 5 modules
var config_load = __webpack_require__(43807);
// EXTERNAL MODULE: ./src/config/paths.ts
var paths = __webpack_require__(81066);
// EXTERNAL MODULE: ./src/validate/lint.ts
var validate_lint = __webpack_require__(33233);
;// CONCATENATED MODULE: ./src/validate/agent-ids.ts
/**
 * Agent-id helpers with OpenClaw's semantics (`normalizeAgentId`: case-insensitive, invalid characters
 * become `-`, the empty result falls back to `main`) and small type guards shared by the rules.
 */
const VALID_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/i;
/** A plain object (not an array, not null, not a class instance). */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.prototype.toString.call(value) === '[object Object]';
}
/** OpenClaw's canonical agent id for a raw value (`Main` → `main`, `a b` → `a-b`, `` → `main`). */
function normalizeAgentId(value) {
    const trimmed = typeof value === 'string' ? value.trim() : '';
    const lower = trimmed.toLowerCase();
    if (VALID_ID.test(trimmed))
        return lower;
    const id = lower.replace(/[^a-z0-9_-]+/g, '-').replace(/^-+/, '').replace(/-+$/, '').slice(0, 64);
    return id || 'main';
}
/** The configured agents (from `agents.entries`, or a legacy `agents.list` the migration could not convert). */
function listAgentEntries(config) {
    const agents = config['agents'];
    if (!isRecord(agents))
        return [];
    const entries = agents['entries'];
    if (Object.hasOwn(agents, 'entries') && entries !== undefined) {
        if (!isRecord(entries))
            return [];
        return Object.keys(entries)
            .filter((id) => isRecord(entries[id]))
            .map((id) => ({ id, path: `agents.entries.${id}`, entry: entries[id] }));
    }
    const list = agents['list'];
    if (!Array.isArray(list))
        return [];
    return list.flatMap((entry, index) => (isRecord(entry) && typeof entry['id'] === 'string' ? [{ id: entry['id'], path: `agents.list.${index}`, entry }] : []));
}
/** Reads a nested value by plain keys (undefined when any step is missing or not an object). */
function getIn(value, keys) {
    let cur = value;
    for (const key of keys) {
        if (!isRecord(cur))
            return undefined;
        cur = cur[key];
    }
    return cur;
}

;// CONCATENATED MODULE: ./src/validate/migrate.ts
/**
 * The in-memory legacy migrations `openclaw config validate` applies before validating (2026.9.6,
 * `migratePersistedImplicitMainRoster`), reproduced for the fast engine so a legacy config gets the same
 * verdict and the same warnings:
 * - `agents.list: [{id, ...}]` (ids already canonical and unique) → `agents.entries: {id: {...}}`,
 *   warning "Moved agents.list to keyed agents.entries.";
 * - no agents / an empty roster (without `ownership: "explicit"`) → the implicit `main` agent;
 * - exactly one `default: true` marker (without explicit ownership) → markers removed, warning "Removed
 *   retired agents.entries.*.default markers."; with several agents it also names the legacy owner
 *   ("Materialized legacy per-surface agent ownership.") and validation treats ownership as explicit.
 * The migrated config is what the schema and the rules see; the source map learns where moved entries
 * were written.
 */

const MOVED = 'Moved agents.list to keyed agents.entries.';
function migrateLegacyConfig(raw) {
    const unchanged = { config: raw, warnings: [], aliases: [] };
    if (!isRecord(raw))
        return unchanged;
    if (Object.hasOwn(raw, 'agents') && !isRecord(raw['agents']))
        return unchanged;
    let agents = isRecord(raw['agents']) ? raw['agents'] : {};
    const warnings = [];
    const aliases = [];
    let converted = false;
    let legacyOrder;
    if (!(Object.hasOwn(agents, 'entries') && agents['entries'] !== undefined) && Object.hasOwn(agents, 'list') && agents['list'] !== undefined) {
        const roster = parseLegacyList(agents['list']);
        if (!roster)
            return unchanged; // not a clean legacy list: the schema reports `Unrecognized key: "list"`
        const { list: _list, ...rest } = agents;
        agents = { ...rest, entries: roster.entries };
        legacyOrder = roster.order;
        converted = true;
        roster.order.forEach((id, index) => aliases.push({ from: ['agents', 'entries', id], to: ['agents', 'list', String(index)] }));
        aliases.push({ from: ['agents', 'entries'], to: ['agents', 'list'] });
    }
    const hasEntries = Object.hasOwn(agents, 'entries') && agents['entries'] !== undefined;
    const entries = hasEntries ? agents['entries'] : undefined;
    if (!hasEntries || (isRecord(entries) && Object.keys(entries).length === 0)) {
        if (converted)
            warnings.push({ path: 'agents.entries', message: MOVED });
        if (agents['ownership'] === 'explicit')
            return { config: converted ? { ...raw, agents } : raw, warnings, aliases };
        return { config: { ...raw, agents: { ...agents, entries: { main: {} } } }, warnings, aliases };
    }
    if (!isRecord(entries))
        return unchanged;
    const ids = legacyOrder ?? Object.keys(entries).filter((id) => isRecord(entries[id]));
    if (ids.length === 0)
        return unchanged;
    if (ids.some((id) => Object.hasOwn(entries[id], 'default') && typeof entries[id]['default'] !== 'boolean'))
        return unchanged;
    const marked = ids.filter((id) => entries[id]['default'] === true);
    const validMarker = agents['ownership'] !== 'explicit' && marked.length === 1;
    const legacyDefaultAgentId = ids.length > 1 && validMarker ? normalizeAgentId(marked[0]) : undefined;
    if (converted)
        warnings.push({ path: 'agents.entries', message: MOVED });
    let nextEntries = entries;
    if (legacyOrder && !legacyDefaultAgentId && agents['ownership'] === undefined && ids.length > 1 && ids.every((id) => entries[id]['default'] !== true)) {
        const first = ids[0];
        const entry = entries[first];
        if (!Object.hasOwn(entry, 'workspace') || (typeof entry['workspace'] === 'string' && entry['workspace'].trim() === '')) {
            const defaults = isRecord(agents['defaults']) ? agents['defaults'] : undefined;
            const workspace = typeof defaults?.['workspace'] === 'string' && defaults['workspace'].trim() ? defaults['workspace'].trim() : '~/.openclaw/workspace';
            nextEntries = { ...nextEntries, [first]: { ...entry, workspace } };
            warnings.push({ path: 'agents.entries', message: "Preserved the first legacy agent's existing workspace." });
        }
    }
    if (legacyDefaultAgentId)
        warnings.push({ path: 'agents.entries', message: 'Materialized legacy per-surface agent ownership.' });
    if (validMarker) {
        nextEntries = Object.fromEntries(Object.entries(nextEntries).map(([id, entry]) => {
            if (!isRecord(entry))
                return [id, entry];
            const { default: _default, ...rest } = entry;
            return [id, rest];
        }));
        warnings.push({ path: 'agents.entries', message: 'Removed retired agents.entries.*.default markers.' });
    }
    if (!converted && !validMarker && nextEntries === entries)
        return unchanged;
    const nextAgents = { ...agents, entries: nextEntries };
    // OpenClaw validates a roster with a legacy owner as if ownership were explicit (then drops it again).
    if (legacyDefaultAgentId && nextAgents['ownership'] === undefined)
        nextAgents['ownership'] = 'explicit';
    const out = { config: { ...raw, agents: nextAgents }, warnings, aliases };
    if (legacyDefaultAgentId)
        out.legacyDefaultAgentId = legacyDefaultAgentId;
    return out;
}
function parseLegacyList(value) {
    if (!Array.isArray(value))
        return undefined;
    const entries = {};
    const order = [];
    for (const item of value) {
        if (!isRecord(item))
            return undefined;
        const { id, ...config } = item;
        if (typeof id !== 'string' || !id || id.trim() !== id || normalizeAgentId(id) !== id || order.includes(id))
            return undefined;
        order.push(id);
        entries[id] = config;
    }
    return { entries, order };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/validate/openclaw-facts.ts
/**
 * Facts about the pinned OpenClaw (2026.9.6) that the semantic rules need and the JSON schema does not
 * carry. Copied as data from the package (`dist/bundled-channel-config-metadata.generated-*.mjs`,
 * `dist/channel-catalog.json`, `dist/zod-schema.core-*.mjs`); `test/validate/openclaw-facts.test.ts`
 * re-derives them from `node_modules/openclaw` and fails when a version bump changes them.
 */
/** The OpenClaw version these facts were taken from. */
const OPENCLAW_FACTS_VERSION = '2026.9.6';
/** Channel ids `channels.<id>` may use (bundled, configurable), besides `defaults` and `modelByChannel`. */
const BUNDLED_CHANNEL_IDS = [
    'a2a', 'buzz', 'clickclack', 'discord', 'feishu', 'googlechat', 'imessage', 'irc', 'line', 'matrix', 'mattermost',
    'msteams', 'nextcloud-talk', 'nostr', 'raft', 'reef', 'signal', 'slack', 'sms', 'synology-chat', 'telegram', 'tlon',
    'twitch', 'whatsapp', 'zalo', 'zalouser',
];
/** Channel aliases accepted where a channel is named by value (heartbeat targets). */
const CHANNEL_ALIASES = {
    lark: 'feishu',
    gchat: 'googlechat',
    'google-chat': 'googlechat',
    imsg: 'imessage',
    'internet-relay-chat': 'irc',
    teams: 'msteams',
    nc: 'nextcloud-talk',
    'nc-talk': 'nextcloud-talk',
    'twitch-chat': 'twitch',
    zl: 'zalo',
    zlu: 'zalouser',
};
/** Channels whose DM policy lives under `dm.*` (doctor capability `dmAllowFromMode: "nestedOnly"`). */
const NESTED_DM_POLICY_CHANNELS = new Set(['matrix']);
/** Provider ids OpenClaw bundles: `models.providers.<id>` may overlay them without `baseUrl`/`models`. */
const BUILT_IN_MODEL_PROVIDER_IDS = new Set([
    'amazon-bedrock', 'amazon-bedrock-mantle', 'anthropic', 'anthropic-vertex', 'arcee', 'azure-openai-responses', 'byteplus',
    'byteplus-plan', 'cerebras', 'chutes', 'claude-cli', 'clawrouter', 'cloudflare-ai-gateway', 'codex', 'comfy', 'copilot-proxy',
    'dashscope', 'deepinfra', 'deepseek', 'fal', 'fireworks', 'github-copilot', 'gmi', 'gmi-cloud', 'gmicloud', 'google',
    'google-antigravity', 'google-gemini-cli', 'google-vertex', 'groq', 'huggingface', 'kilocode', 'kimi', 'kimi-coding', 'litellm',
    'lmstudio', 'meta', 'microsoft-foundry', 'minimax', 'minimax-portal', 'mistral', 'modelstudio', 'moonshot', 'moonshot-ai',
    'moonshotai', 'nvidia', 'novita', 'novita-ai', 'novitaai', 'ollama', 'ollama-cloud', 'openai', 'opencode', 'opencode-go',
    'openrouter', 'qianfan', 'qwen', 'qwen-token-plan', 'qwencloud', 'sglang', 'stepfun', 'stepfun-plan', 'synthetic',
    'tencent-tokenhub', 'tencent-tokenplan', 'together', 'venice', 'vercel-ai-gateway', 'vllm', 'volcengine', 'volcengine-plan',
    'vydra', 'x-ai', 'xai', 'xiaomi', 'xiaomi-token-plan', 'z.ai', 'z-ai', 'zai',
]);
/** Web-search provider ids bundled plugins register (`contracts.webSearchProviders` in `dist/extensions/*`). */
const BUNDLED_WEB_SEARCH_PROVIDER_IDS = new Set(['gemini', 'grok', 'minimax', 'ollama']);
/**
 * Web-search provider ids from OpenClaw's official install catalog (installable plugins). Together with
 * the bundled ids these are the `allowedValues` OpenClaw lists for an unknown provider.
 */
const INSTALLABLE_WEB_SEARCH_PROVIDER_IDS = new Set([
    'brave', 'duckduckgo', 'exa', 'firecrawl', 'firecrawl-free', 'kimi', 'parallel', 'parallel-free', 'perplexity', 'searxng', 'tavily',
]);

;// CONCATENATED MODULE: ./src/validate/rules.ts
/**
 * Semantic rules: the checks `openclaw config validate` (2026.9.6) makes that a JSON schema cannot —
 * cross-field rules, refinements and registry lookups. Each message is OpenClaw's own wording (verified by
 * running `openclaw config validate --json` on a case for each; see test/validate/rules*.test.ts).
 *
 * OpenClaw validates in stages, and so do we, so the same config gets the same issues:
 * 1. schema stage — the zod schema with its refinements. A refinement runs unless its object holds an
 *    *aborting* schema issue (a wrong type, a missing required key, a bad enum); unknown keys, range errors
 *    and other refinements do not stop it. The root refinement (unknown agent ids) therefore runs unless
 *    some aborting issue exists anywhere.
 * 2. core stage — only when stage 1 found nothing: duplicate agentDir, Tailscale bind/auth; the first
 *    failing check ends validation.
 * 3. plugin stage — only when stage 2 passed: unknown channel ids, heartbeat targets, SecretRef source
 *    mismatches, and the warnings (dmPolicy without "*", no heartbeat owner).
 */






/**
 * True for schema issues that stop zod refinements on the objects containing them (zod 4 "aborted"
 * payloads): wrong types, missing required keys, bad enums/literals/unions. Both OpenClaw's wording and
 * Ajv's are recognised, so the JSON-schema engine's issues gate the rules the way zod's do.
 */
function isAbortingIssue(message) {
    return (/^Invalid (input|option)\b/.test(message) ||
        /^must be (string|number|integer|boolean|object|array|null)\b/.test(message) ||
        /^must have required property/.test(message) ||
        /^must be equal to (one of the allowed values|constant)/.test(message) ||
        /^must match (exactly one schema|a schema in anyOf)/.test(message));
}
const POLICY_FIX = 'in the same scope (merge alsoAllow into allow, or remove allow and use profile + alsoAllow)';
/** Runs all stages; see the module comment. */
function semanticRules(input) {
    const config = input.config;
    if (!isRecord(config))
        return { issues: [], warnings: [] };
    const aborting = input.schemaIssues.filter((i) => isAbortingIssue(i.message)).map((i) => normalizeIssuePath(i.path));
    const clean = (scope) => !aborting.some((p) => p === '' || scope === '' || p === scope || p.startsWith(scope + '.'));
    // Stage 1: refinements of the schema.
    const schemaStage = [
        ...agentRosterRule(config, clean),
        ...heartbeatRules(config, clean),
        ...toolPolicyRules(config, clean),
        ...talkRules(config, clean),
        ...gatewayRefinements(config, clean),
        ...customProviderRule(config, clean),
        ...browserProfileRules(config, clean),
        ...reservedMcpServerNames(input.droppedProtoKeyPaths ?? []),
        ...egressProxyHostRules(config, clean),
        ...cloudWorkerSuspendRules(config, clean),
        ...(clean('') ? unknownAgentRefs(config) : []),
    ];
    if (input.schemaIssues.length > 0 || schemaStage.length > 0)
        return { issues: schemaStage, warnings: [] };
    // Stage 2: core checks, first failure wins.
    const env = input.env ?? process.env;
    const cwd = input.cwd ?? process.cwd();
    for (const check of [() => duplicateAgentDirs(config, env, cwd), () => identityAvatars(config, env, cwd), () => tailscaleBind(config), () => tailscaleAuth(config)]) {
        const issues = check();
        if (issues.length > 0)
            return { issues, warnings: [] };
    }
    // Stage 3: registry checks and warnings.
    const warnings = [...heartbeatOwnerWarning(config, input.legacyDefaultAgentId), ...dmPolicyWarnings(config)];
    const channels = unknownChannels(config);
    warnings.push(...channels.warnings);
    const webSearch = webSearchProvider(config);
    warnings.push(...webSearch.warnings);
    const issues = [...channels.issues, ...heartbeatTargets(config), ...secretRefSourceMismatches(config), ...webSearch.issues];
    return { issues, warnings };
}
const RESERVED_MCP_SERVER_NAME = '__proto__';
/**
 * `mcp.servers.__proto__` (and under `nodeHost.mcp.servers`): OpenClaw reserves the name. The loader
 * drops `__proto__` keys before validation, so the rule reads the dropped paths instead of the config.
 */
function reservedMcpServerNames(droppedPaths) {
    const issues = [];
    for (const scope of ['mcp.servers', 'nodeHost.mcp.servers']) {
        const path = `${scope}.${RESERVED_MCP_SERVER_NAME}`;
        if (droppedPaths.includes(path))
            issues.push({ path, message: `MCP server name "${RESERVED_MCP_SERVER_NAME}" is reserved; rename the server` });
    }
    return issues;
}
/**
 * OpenClaw's exact-host grammar for egress-proxy allow/bypass lists: one lowercase hostname or IP
 * literal; no wildcard, scheme, path or port. Returns the problem message, or undefined when valid.
 */
function exactHostProblem(raw) {
    const trimmed = raw.trim().toLowerCase().replace(/\.+$/u, '');
    if (trimmed.includes('*'))
        return `Allowed host "${raw}" cannot contain a wildcard; use one exact hostname.`;
    const bare = trimmed.startsWith('[') && trimmed.endsWith(']') ? trimmed.slice(1, -1) : trimmed;
    if ((0,external_node_net_.isIP)(bare))
        return undefined;
    if (!bare || bare.includes(':') || /[\s/?#@]/u.test(bare))
        return `Allowed host "${raw}" must be a hostname without a scheme, path, wildcard, or port.`;
    const ascii = (0,external_node_url_.domainToASCII)(bare);
    const badLabel = (label) => !label || label.length > 63 || label.startsWith('-') || label.endsWith('-') || !/^[a-z0-9-]+$/u.test(label);
    if (!ascii || ascii.length > 253 || ascii.split('.').some(badLabel))
        return `Allowed host "${raw}" is not a valid hostname.`;
    return undefined;
}
function egressProxyHostRules(config, clean) {
    const issues = [];
    for (const key of ['allowedHosts', 'bypassHosts']) {
        const list = getIn(config, ['secrets', 'egressProxy', key]);
        if (!Array.isArray(list))
            continue;
        list.forEach((host, index) => {
            const path = `secrets.egressProxy.${key}.${index}`;
            // Empty strings fail the schema's min(1) first; that issue aborts this refinement.
            if (typeof host !== 'string' || host.trim() === '' || !clean(path))
                return;
            const message = exactHostProblem(host);
            if (message)
                issues.push({ path, message });
        });
    }
    return issues;
}
/** `cloudWorkers.profiles.<id>.suspendAfter`: a duration with an explicit unit, at least one minute. */
function cloudWorkerSuspendRules(config, clean) {
    const profiles = getIn(config, ['cloudWorkers', 'profiles']);
    if (!isRecord(profiles))
        return [];
    const issues = [];
    for (const [id, profile] of Object.entries(profiles)) {
        const value = isRecord(profile) ? profile['suspendAfter'] : undefined;
        const path = `cloudWorkers.profiles.${id}.suspendAfter`;
        if (typeof value !== 'string' || !clean(path))
            continue;
        const ms = /(?:ms|s|m|h|d)$/i.test(value) ? parseDurationMs(value, 'ms') : undefined;
        if (ms === undefined || ms < 60_000)
            issues.push({ path, message: 'Worker profile suspendAfter must be a duration of at least 1m' });
    }
    return issues;
}
function normalizeIssuePath(path) {
    if (path === '<root>' || path === '')
        return '';
    return path.replace(/\[(\d+)\]/g, '.$1').replace(/\["([^"]*)"\]/g, '.$1').replace(/^\./, '');
}
// ── Stage 1 ───────────────────────────────────────────────────────────────────────────────────────────
function agentRosterRule(config, clean) {
    const agents = config['agents'];
    if (!isRecord(agents) || !clean('agents'))
        return [];
    const issues = [];
    const entries = isRecord(agents['entries']) ? Object.entries(agents['entries']) : [];
    if (entries.length === 0)
        issues.push({ path: 'agents.entries', message: 'agents.entries must contain at least one configured agent' });
    const firstKeyById = new Map();
    for (const [key] of entries) {
        const id = normalizeAgentId(key);
        const first = firstKeyById.get(id);
        if (first === undefined)
            firstKeyById.set(id, key);
        else
            issues.push({ path: `agents.entries.${key}`, message: `agents.entries keys "${first}" and "${key}" resolve to the same agent id "${id}"; rename one key so each agent has a unique id` });
    }
    const marked = entries.filter(([, entry]) => isRecord(entry) && entry['default'] === true).length;
    if (marked > 1)
        issues.push({ path: 'agents.entries', message: `agents.entries must contain at most one default=true entry (found ${marked})` });
    if (agents['ownership'] === 'explicit' && marked > 0)
        issues.push({ path: 'agents.ownership', message: 'agents.ownership=explicit cannot be combined with a legacy default=true marker' });
    if (entries.length > 1 && marked === 0 && agents['ownership'] !== 'explicit') {
        issues.push({ path: 'agents.ownership', message: 'multi-agent rosters require agents.ownership="explicit" or one legacy default=true marker; add agents.ownership="explicit" or run openclaw doctor' });
    }
    return issues;
}
/** Heartbeat blocks: `every` must be a duration, `activeHours` must be HH:MM. */
function heartbeatRules(config, clean) {
    const blocks = [['agents.defaults.heartbeat', getIn(config, ['agents', 'defaults', 'heartbeat'])]];
    for (const agent of listAgentEntries(config))
        blocks.push([`${agent.path}.heartbeat`, agent.entry['heartbeat']]);
    const issues = [];
    for (const [path, hb] of blocks) {
        if (!isRecord(hb) || !clean(path))
            continue;
        const every = hb['every'];
        if (typeof every === 'string' && every !== '' && parseDurationMs(every, 'm') === undefined) {
            issues.push({ path: `${path}.every`, message: 'invalid duration (use ms, s, m, h)' });
        }
        const active = hb['activeHours'];
        if (!isRecord(active))
            continue;
        for (const [key, allow24] of [['start', false], ['end', true]]) {
            const raw = active[key];
            if (typeof raw !== 'string' || raw === '')
                continue;
            const m = /^([01]\d|2[0-3]|24):([0-5]\d)$/.exec(raw);
            if (!m)
                issues.push({ path: `${path}.activeHours.${key}`, message: 'invalid time (use "HH:MM" 24h format)' });
            else if (m[1] === '24' && m[2] !== '00')
                issues.push({ path: `${path}.activeHours.${key}`, message: 'invalid time (24:00 is the only allowed 24:xx value)' });
            else if (m[1] === '24' && !allow24)
                issues.push({ path: `${path}.activeHours.${key}`, message: 'invalid time (start cannot be 24:00)' });
        }
    }
    return issues;
}
const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/**
 * OpenClaw's duration grammar: `30m`, `1.5h`, `1h30m` (units ms, s, m, h, d; a bare number takes
 * `defaultUnit`). Returns milliseconds, or undefined when OpenClaw would reject the value.
 */
function parseDurationMs(raw, defaultUnit) {
    const s = raw.trim().toLowerCase();
    if (!s)
        return undefined;
    const single = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(s);
    const safe = (v) => (Number.isSafeInteger(Math.round(v)) ? Math.round(v) : undefined);
    if (single)
        return safe(Number(single[1]) * DURATION_UNITS[single[2] ?? defaultUnit]);
    let total = 0;
    let consumed = 0;
    for (const m of s.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) {
        if (m.index !== consumed)
            return undefined;
        total += Number(m[1]) * DURATION_UNITS[m[2]];
        consumed += m[0].length;
    }
    if (consumed === 0 || consumed !== s.length)
        return undefined;
    return safe(total);
}
function hasBoth(policy) {
    if (!isRecord(policy))
        return false;
    const allow = policy['allow'];
    const also = policy['alsoAllow'];
    return Array.isArray(allow) && allow.length > 0 && Array.isArray(also) && also.length > 0;
}
/** `allow` and `alsoAllow` cannot both be set in one tool-policy scope. */
function toolPolicyRules(config, clean) {
    const issues = [];
    const check = (path, policy, subject) => {
        if (hasBoth(policy) && clean(path))
            issues.push({ path, message: `${subject} cannot set both allow and alsoAllow ${POLICY_FIX}` });
    };
    const scope = (base, tools, subject, withSubagents) => {
        if (!isRecord(tools))
            return;
        const byProvider = tools['byProvider'];
        if (isRecord(byProvider))
            for (const [k, v] of Object.entries(byProvider))
                check(`${base}.byProvider.${k}`, v, 'tools.byProvider policy');
        const bySender = tools['toolsBySender'];
        if (isRecord(bySender))
            for (const [k, v] of Object.entries(bySender))
                check(`${base}.toolsBySender.${k}`, v, 'tools policy');
        if (withSubagents)
            check(`${base}.subagents.tools`, getIn(tools, ['subagents', 'tools']), 'tools policy');
        check(`${base}.sandbox.tools`, getIn(tools, ['sandbox', 'tools']), 'tools policy');
        check(base, tools, subject);
    };
    scope('tools', config['tools'], 'tools', true);
    for (const agent of listAgentEntries(config))
        scope(`${agent.path}.tools`, agent.entry['tools'], 'agent tools', false);
    return issues;
}
/** `talk.provider` / `talk.realtime.provider` must name one of their `providers`. */
function talkRules(config, clean) {
    const talk = config['talk'];
    if (!isRecord(talk))
        return [];
    const issues = [];
    const check = (base, block) => {
        if (!clean(base))
            return;
        const provider = typeof block['provider'] === 'string' ? block['provider'].trim().toLowerCase() : '';
        const providers = isRecord(block['providers']) ? block['providers'] : undefined;
        const count = providers ? Object.keys(providers).length : 0;
        if (provider && count > 0 && !Object.hasOwn(providers, provider)) {
            issues.push({ path: `${base}.provider`, message: `${base}.provider must match a key in ${base}.providers (missing "${provider}")` });
        }
        if (!provider && count > 1)
            issues.push({ path: `${base}.provider`, message: `${base}.provider is required when ${base}.providers defines multiple providers` });
    };
    if (isRecord(talk['realtime']))
        check('talk.realtime', talk['realtime']);
    check('talk', talk);
    return issues;
}
const LOOPBACK_ORIGIN_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/** A bare `http(s)://host[:port]` origin: no path, query, fragment or credentials. */
function isHttpOrigin(value) {
    try {
        const url = new URL(value);
        const ok = (url.protocol === 'http:' || url.protocol === 'https:') && url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
        return ok ? url : undefined;
    }
    catch {
        return undefined;
    }
}
/** `gateway.publicOrigin` and `gateway.roles` refinements. */
function gatewayRefinements(config, clean) {
    const gateway = config['gateway'];
    if (!isRecord(gateway))
        return [];
    const issues = [];
    const origin = gateway['publicOrigin'];
    if (typeof origin === 'string') {
        const url = isHttpOrigin(origin);
        if (!url || (url.protocol !== 'https:' && !LOOPBACK_ORIGIN_HOSTS.has(url.hostname))) {
            issues.push({ path: 'gateway.publicOrigin', message: 'gateway.publicOrigin must be a bare HTTPS origin; HTTP is allowed only for localhost, 127.0.0.1, or [::1]' });
        }
    }
    const roles = gateway['roles'];
    if (isRecord(roles) && isRecord(roles['definitions'])) {
        const defs = roles['definitions'];
        if (Object.keys(defs).length === 0 && clean('gateway.roles.definitions')) {
            issues.push({ path: 'gateway.roles.definitions', message: 'gateway.roles.definitions must contain at least one role definition' });
        }
        if (typeof roles['default'] === 'string' && !Object.hasOwn(defs, roles['default']) && clean('gateway.roles')) {
            issues.push({ path: 'gateway.roles.default', message: 'gateway.roles.default must name a configured role definition' });
        }
    }
    return issues;
}
/** Providers OpenClaw does not bundle need `baseUrl` and `models`. */
function customProviderRule(config, clean) {
    const providers = getIn(config, ['models', 'providers']);
    if (!isRecord(providers) || !clean('models.providers'))
        return [];
    const issues = [];
    for (const [id, provider] of Object.entries(providers)) {
        if (!isRecord(provider) || BUILT_IN_MODEL_PROVIDER_IDS.has(id.trim().toLowerCase()))
            continue;
        if (!provider['baseUrl']) {
            issues.push({ path: `models.providers.${id}.baseUrl`, message: 'custom model providers must declare baseUrl; provider overlays without baseUrl are only supported for bundled providers' });
        }
        if (!Array.isArray(provider['models'])) {
            issues.push({ path: `models.providers.${id}.models`, message: 'custom model providers must declare models; provider overlays without models are only supported for bundled providers' });
        }
    }
    return issues;
}
/** Browser profiles need a CDP endpoint unless a driver owns it. */
function browserProfileRules(config, clean) {
    const profiles = getIn(config, ['browser', 'profiles']);
    if (!isRecord(profiles))
        return [];
    const issues = [];
    for (const [name, p] of Object.entries(profiles)) {
        const path = `browser.profiles.${name}`;
        if (!isRecord(p) || !clean(path))
            continue;
        const driver = p['driver'];
        if (driver !== 'existing-session' && driver !== 'extension' && !p['cdpPort'] && !p['cdpUrl'])
            issues.push({ path, message: 'Profile must set cdpPort or cdpUrl' });
        if (driver !== 'existing-session' && p['userDataDir'])
            issues.push({ path, message: 'Profile userDataDir is only supported with driver="existing-session"' });
        if (driver === 'extension' && p['cdpUrl'])
            issues.push({ path, message: 'Profile cdpUrl is not supported with driver="extension" (the relay owns the endpoint)' });
    }
    return issues;
}
/** References to agents that do not exist (the root refinement). */
function unknownAgentRefs(config) {
    const agents = listAgentEntries(config);
    const rawIds = new Set(agents.map((a) => a.id));
    const known = new Set(agents.map((a) => normalizeAgentId(a.id)));
    if (agents.length === 0)
        known.add('main');
    const unknown = (id) => `Unknown agent id "${id}" (not in agents.entries).`;
    const issues = [];
    for (const [path, keys] of [
        ['agents.defaults.heartbeat.agentId', ['agents', 'defaults', 'heartbeat', 'agentId']],
        ['agents.defaults.systemAgent.agentId', ['agents', 'defaults', 'systemAgent', 'agentId']],
        ['talk.agentId', ['talk', 'agentId']],
    ]) {
        const id = getIn(config, keys);
        if (typeof id === 'string' && !known.has(normalizeAgentId(id)))
            issues.push({ path, message: unknown(id) });
    }
    const bindings = config['bindings'];
    if (agents.length > 0 && Array.isArray(bindings)) {
        bindings.forEach((binding, idx) => {
            const id = isRecord(binding) ? binding['agentId'] : undefined;
            if (typeof id === 'string' && id !== 'main' && !known.has(normalizeAgentId(id)))
                issues.push({ path: `bindings.${idx}.agentId`, message: unknown(id) });
        });
    }
    const broadcast = config['broadcast'];
    if (isRecord(broadcast)) {
        for (const [peerId, entry] of Object.entries(broadcast)) {
            if (peerId === 'strategy' || typeof entry !== 'object' || entry === null)
                continue;
            if (agents.length === 0 && !/^[a-z][a-z0-9_-]*:.+$/i.test(peerId))
                continue;
            const ids = Array.isArray(entry) ? entry : isRecord(entry) && Array.isArray(entry['agents']) ? entry['agents'] : [];
            ids.forEach((id, idx) => {
                if (!rawIds.has(id))
                    issues.push({ path: `broadcast.${peerId}${Array.isArray(entry) ? '' : '.agents'}.${idx}`, message: unknown(String(id)) });
            });
        }
    }
    return issues;
}
// ── Stage 2 ───────────────────────────────────────────────────────────────────────────────────────────
function expandHome(p, env) {
    const home = env['HOME'] || (0,external_node_os_.homedir)();
    if (p === '~')
        return home;
    if (p.startsWith('~/'))
        return (0,external_node_path_.join)(home, p.slice(2));
    return p;
}
/** Two agents sharing one agentDir would share auth and session state. */
function duplicateAgentDirs(config, env, cwd) {
    const agents = listAgentEntries(config);
    const ids = new Set();
    const marked = agents.find((a) => a.entry['default']);
    if (marked)
        ids.add(normalizeAgentId(marked.id));
    for (const a of agents)
        if (a.id)
            ids.add(normalizeAgentId(a.id));
    const bindings = config['bindings'];
    if (Array.isArray(bindings)) {
        for (const b of bindings) {
            const id = isRecord(b) ? b['agentId'] : undefined;
            if (typeof id === 'string' && id.trim())
                ids.add(normalizeAgentId(id));
        }
    }
    if (ids.size < 2)
        return [];
    const stateDir = env['OPENCLAW_STATE_DIR']?.trim() ? (0,external_node_path_.resolve)(cwd, expandHome(env['OPENCLAW_STATE_DIR'].trim(), env)) : (0,external_node_path_.join)(expandHome('~', env), '.openclaw');
    const byDir = new Map();
    for (const id of ids) {
        const entry = agents.find((a) => normalizeAgentId(a.id) === id)?.entry;
        const configured = typeof entry?.['agentDir'] === 'string' ? entry['agentDir'].trim() : '';
        const dir = configured ? ((0,external_node_path_.isAbsolute)(expandHome(configured, env)) ? expandHome(configured, env) : (0,external_node_path_.resolve)(cwd, expandHome(configured, env))) : (0,external_node_path_.join)(stateDir, 'agents', id, 'agent');
        byDir.set(dir, [...(byDir.get(dir) ?? []), id]);
    }
    const dups = [...byDir].filter(([, list]) => list.length > 1);
    if (dups.length === 0)
        return [];
    const message = [
        'Duplicate agentDir detected (multi-agent config).',
        'Each agent must have a unique agentDir; sharing it causes auth/session state collisions and token invalidation.',
        '',
        'Conflicts:',
        ...dups.map(([dir, list]) => `- ${dir}: ${list.map((id) => `"${id}"`).join(', ')}`),
        '',
        'Fix: remove the shared agents.entries.*.agentDir override (or give each agent its own directory).',
        "Auth profiles live in each agent's SQLite store, so a shared agentDir is not how credentials are shared: give each agent its own directory and either leave its store empty to inherit the main agent's profiles, or log it in with `openclaw models auth login`.",
    ].join('\n');
    return [{ path: 'agents.entries', message }];
}
/**
 * `identity.avatar` must be an http(s)/data URL or a path inside the agent's workspace. Only an agent
 * with an explicit `workspace` is checked for absolute paths: the implicit workspace depends on state
 * the validator does not see, and guessing it could reject a config OpenClaw accepts.
 */
function identityAvatars(config, env, cwd) {
    const issues = [];
    for (const agent of listAgentEntries(config)) {
        const identity = agent.entry['identity'];
        const raw = isRecord(identity) ? identity['avatar'] : undefined;
        if (typeof raw !== 'string')
            continue;
        const avatar = raw.trim();
        if (!avatar || /^data:/i.test(avatar) || /^https?:\/\//i.test(avatar))
            continue;
        const path = `${agent.path}.identity.avatar`;
        if (avatar.startsWith('~') || (/^[a-z][a-z0-9+.-]*:/i.test(avatar) && !/^[a-zA-Z]:[\\/]/.test(avatar))) {
            issues.push({ path, message: 'identity.avatar must be a workspace-relative path, http(s) URL, or data URI.' });
            continue;
        }
        const configured = typeof agent.entry['workspace'] === 'string' ? agent.entry['workspace'].trim() : '';
        if (!configured && (0,external_node_path_.isAbsolute)(avatar))
            continue;
        // Relative avatars escape (or not) the same way from any deep root; a placeholder stands in when unset.
        const root = configured ? (0,external_node_path_.resolve)(cwd, expandHome(configured, env)) : (0,external_node_path_.resolve)('/__openclaw_workspace__/agent');
        const rel = (0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(root, avatar));
        if (rel === '..' || rel.startsWith('../') || (0,external_node_path_.isAbsolute)(rel))
            issues.push({ path, message: 'identity.avatar must stay within the agent workspace.' });
    }
    return issues;
}
function tailscaleMode(config) {
    return getIn(config, ['gateway', 'tailscale', 'mode']) ?? 'off';
}
/** Tailscale serve/funnel front a loopback listener. */
function tailscaleBind(config) {
    const mode = tailscaleMode(config);
    if (mode !== 'serve' && mode !== 'funnel')
        return [];
    const bind = getIn(config, ['gateway', 'bind']) ?? 'loopback';
    if (bind === 'loopback')
        return [];
    const host = getIn(config, ['gateway', 'customBindHost']);
    if (bind === 'custom' && typeof host === 'string' && /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(host) && host.split('.').every((o) => Number(o) <= 255 && String(Number(o)) === o))
        return [];
    return [{ path: 'gateway.bind', message: `gateway.bind must resolve to loopback when gateway.tailscale.mode=${String(mode)} (use gateway.bind="loopback" or gateway.bind="custom" with gateway.customBindHost="127.0.0.1")` }];
}
/** No auth behind Tailscale serve/funnel would expose the gateway. */
function tailscaleAuth(config) {
    const mode = tailscaleMode(config);
    if (getIn(config, ['gateway', 'auth', 'mode']) !== 'none' || (mode !== 'serve' && mode !== 'funnel'))
        return [];
    return [
        {
            path: 'gateway.auth.mode',
            message: mode === 'funnel'
                ? 'gateway.tailscale.mode=funnel requires gateway.auth.mode=password; auth.mode=none cannot be used when exposing the gateway through Tailscale Funnel'
                : 'gateway.auth.mode=none cannot be used with gateway.tailscale.mode=serve; configure token, password, or trusted-proxy auth before exposing the gateway through Tailscale',
        },
    ];
}
// ── Stage 3 ───────────────────────────────────────────────────────────────────────────────────────────
/** Several agents and nobody owns heartbeats: they stay off. */
function heartbeatOwnerWarning(config, legacyDefaultAgentId) {
    const agents = listAgentEntries(config);
    const ids = new Set(agents.map((a) => normalizeAgentId(a.id)));
    if (ids.size <= 1 || legacyDefaultAgentId)
        return [];
    if (agents.some((a) => a.entry['heartbeat']) || getIn(config, ['agents', 'defaults', 'heartbeat']))
        return [];
    const systemAgent = getIn(config, ['agents', 'defaults', 'systemAgent', 'agentId']);
    if (typeof systemAgent === 'string' && systemAgent.trim())
        return [];
    return [
        {
            path: 'agents.defaults.heartbeat.agentId',
            message: 'Multi-agent config has no ambient heartbeat owner; heartbeats stay disabled until agents.defaults.heartbeat.agentId or agents.defaults.systemAgent.agentId is set.',
        },
    ];
}
const DM_PSEUDO_CHANNELS = new Set(['defaults', 'modelByChannel', 'tools']);
function allowFromList(value) {
    return Array.isArray(value) ? value.map((v) => String(v).trim()).filter((v) => v !== '') : [];
}
/** A DM policy whose allowlist makes it drop every DM. */
function dmPolicyWarnings(config) {
    const channels = config['channels'];
    if (!isRecord(channels))
        return [];
    const warnings = [];
    const read = (rec, top, nested) => {
        if (!rec)
            return undefined;
        return rec[top] ?? (isRecord(rec['dm']) ? rec['dm'][nested] : undefined);
    };
    const violation = (policy, allowFrom) => {
        const allow = allowFromList(allowFrom);
        if (policy === 'open' && !allow.includes('*'))
            return 'open';
        if (policy === 'allowlist' && allow.length === 0)
            return 'allowlist';
        return undefined;
    };
    const message = (channelId, kind, accountId, inherited) => {
        const base = `channels.${channelId}`;
        const scope = accountId ? `${base}.accounts.${accountId}` : base;
        const allowFromPath = `${scope}.allowFrom`;
        const subject = inherited ? `${allowFromPath} is unset and ${base}.allowFrom` : allowFromPath;
        const inheritedTarget = inherited ? ` or ${base}.allowFrom` : '';
        const overrideFix = accountId && !inherited ? `, remove ${allowFromPath} to inherit ${base}.allowFrom,` : '';
        return {
            path: allowFromPath,
            message: kind === 'open'
                ? `${scope}.dmPolicy="open" but ${subject} does not include "*"; all DMs will be dropped. Add "*" to ${allowFromPath}${inheritedTarget}${overrideFix} or set ${scope}.dmPolicy to "pairing"/"allowlist".`
                : `${scope}.dmPolicy="allowlist" but ${subject} is empty; all DMs will be dropped. Add at least one sender ID to ${allowFromPath}${inheritedTarget}${overrideFix} or change ${scope}.dmPolicy.`,
        };
    };
    for (const [channelId, channel] of Object.entries(channels)) {
        if (DM_PSEUDO_CHANNELS.has(channelId) || !isRecord(channel) || channel['enabled'] === false || NESTED_DM_POLICY_CHANNELS.has(channelId))
            continue;
        const v = violation(read(channel, 'dmPolicy', 'policy'), read(channel, 'allowFrom', 'allowFrom'));
        if (v)
            warnings.push(message(channelId, v));
        const accounts = channel['accounts'];
        if (!isRecord(accounts))
            continue;
        for (const [accountId, account] of Object.entries(accounts)) {
            if (!isRecord(account) || account['enabled'] === false)
                continue;
            const own = read(account, 'allowFrom', 'allowFrom');
            const inherited = own === undefined;
            const av = violation(read(account, 'dmPolicy', 'policy') ?? read(channel, 'dmPolicy', 'policy'), own ?? read(channel, 'allowFrom', 'allowFrom'));
            if (av)
                warnings.push(message(channelId, av, accountId, inherited));
        }
    }
    return warnings;
}
const KNOWN_CHANNELS = new Set(['defaults', 'modelByChannel', ...BUNDLED_CHANNEL_IDS]);
function hasPluginEvidence(config, id) {
    const norm = id.trim().toLowerCase();
    const plugins = config['plugins'];
    if (!isRecord(plugins))
        return false;
    const matches = (k) => typeof k === 'string' && k.trim().toLowerCase() === norm;
    return ((Array.isArray(plugins['allow']) && plugins['allow'].some(matches)) ||
        (isRecord(plugins['entries']) && Object.keys(plugins['entries']).some(matches)) ||
        (isRecord(plugins['installs']) && Object.keys(plugins['installs']).some(matches)));
}
/** `channels.<id>` must name a channel OpenClaw knows (stale plugin config only warns). */
function unknownChannels(config) {
    const channels = config['channels'];
    const out = { issues: [], warnings: [] };
    if (!isRecord(channels))
        return out;
    for (const key of Object.keys(channels)) {
        const id = key.trim();
        if (!id || KNOWN_CHANNELS.has(id))
            continue;
        if (hasPluginEvidence(config, id)) {
            out.warnings.push({ path: `channels.${id}`, message: `unknown channel id: ${id} (stale channel plugin config ignored; run openclaw doctor --fix to remove stale config, or install the plugin)` });
        }
        else {
            out.issues.push({ path: `channels.${id}`, message: `unknown channel id: ${id}` });
        }
    }
    return out;
}
/** Heartbeat targets name a channel (or owner/last/none). */
function heartbeatTargets(config) {
    const issues = [];
    const check = (target, path) => {
        if (typeof target !== 'string')
            return;
        const t = target.trim();
        if (!t) {
            issues.push({ path, message: 'heartbeat target must not be empty' });
            return;
        }
        const n = t.toLowerCase();
        if (n === 'owner' || n === 'last' || n === 'none' || BUNDLED_CHANNEL_IDS.includes(CHANNEL_ALIASES[n] ?? n))
            return;
        issues.push({ path, message: `unknown heartbeat target: ${target}` });
    };
    check(getIn(config, ['agents', 'defaults', 'heartbeat', 'target']), 'agents.defaults.heartbeat.target');
    for (const agent of listAgentEntries(config))
        check(getIn(agent.entry, ['heartbeat', 'target']), `${agent.path}.heartbeat.target`);
    return issues;
}
const SECRET_SOURCES = new Set(['env', 'file', 'exec', 'store']);
/** A SecretRef must ask its provider for the source that provider serves. */
function secretRefSourceMismatches(config) {
    const providers = getIn(config, ['secrets', 'providers']);
    if (!isRecord(providers) || Object.keys(providers).length === 0)
        return [];
    const defaults = getIn(config, ['secrets', 'defaults']);
    const defaultAlias = (source) => {
        const d = isRecord(defaults) ? defaults[source] : undefined;
        return typeof d === 'string' && d.trim() ? d.trim() : 'default';
    };
    const issues = [];
    const visit = (value, path) => {
        if (Array.isArray(value)) {
            value.forEach((v, i) => visit(v, [...path, String(i)]));
            return;
        }
        if (!isRecord(value))
            return;
        if (path.length >= 2 && path[0] === 'secrets' && path[1] === 'providers')
            return;
        const keys = Object.keys(value);
        const source = value['source'];
        const id = value['id'];
        let ref;
        if (typeof source === 'string' && SECRET_SOURCES.has(source) && typeof id === 'string' && id.trim()) {
            if (keys.length === 3 && typeof value['provider'] === 'string' && value['provider'].trim())
                ref = { source, provider: value['provider'] };
            else if (keys.length === 2 && value['provider'] === undefined)
                ref = { source, provider: isRecord(defaults) && typeof defaults[source] === 'string' ? defaults[source] : 'default' };
        }
        if (ref) {
            const configured = getIn(providers, [ref.provider, 'source']);
            const builtInDefault = (ref.source === 'env' || ref.source === 'store') && ref.provider === defaultAlias(ref.source);
            if (typeof configured === 'string' && configured !== ref.source && !builtInDefault) {
                issues.push({ path: path.join('.'), message: `Secret provider "${ref.provider}" has source "${configured}" but ref requests "${ref.source}".` });
            }
            return;
        }
        for (const [k, v] of Object.entries(value))
            visit(v, [...path, k]);
    };
    visit(config, []);
    return issues;
}
/** OpenClaw's plugin-id normalisation, as far as matching config evidence needs it. */
function normalizePluginIdLike(id) {
    return id.trim().toLowerCase();
}
/**
 * `tools.web.search.provider` must name a web-search provider OpenClaw knows: a bundled one, or one from
 * the official install catalog (those need their plugin; the catalog's availability check needs the
 * plugin install state, which the fast engine leaves to the exact engine rather than guess). An unknown
 * id with plugin evidence in the config is a stale-config warning, not an error.
 */
function webSearchProvider(config) {
    const provider = getIn(config, ['tools', 'web', 'search', 'provider']);
    if (typeof provider !== 'string')
        return { issues: [], warnings: [] };
    const path = 'tools.web.search.provider';
    const trimmed = provider.trim();
    if (!trimmed)
        return { issues: [{ path, message: 'web_search provider must not be empty' }], warnings: [] };
    if (BUNDLED_WEB_SEARCH_PROVIDER_IDS.has(trimmed) || INSTALLABLE_WEB_SEARCH_PROVIDER_IDS.has(trimmed))
        return { issues: [], warnings: [] };
    const message = `unknown web_search provider: ${trimmed}`;
    const wanted = normalizePluginIdLike(trimmed);
    const plugins = config['plugins'];
    const matches = (id) => typeof id === 'string' && normalizePluginIdLike(id) === wanted;
    const evidence = isRecord(plugins) &&
        ((Array.isArray(plugins['allow']) && plugins['allow'].some(matches)) ||
            (isRecord(plugins['entries']) && Object.keys(plugins['entries']).some(matches)) ||
            (isRecord(plugins['installs']) && Object.keys(plugins['installs']).some(matches)));
    if (evidence)
        return { issues: [], warnings: [{ path, message: `${message} (stale web search plugin config ignored; run openclaw doctor --fix to remove stale config, or install the plugin)` }] };
    return { issues: [{ path, message }], warnings: [] };
}

// EXTERNAL MODULE: ./src/common/secrets.ts
var common_secrets = __webpack_require__(7168);
;// CONCATENATED MODULE: ./src/validate/validate.ts
/**
 * `validateFiles`: one report for many configs, from either engine (issue #2):
 * - `fast`: our loader + the JSON schema compiled ahead of time (`schema-engine.ts`) + the semantic rules;
 *   about a millisecond per config, no OpenClaw needed.
 * - `exact`: the real `openclaw config validate --json` (`exact-engine.ts`) decides; our loader still runs
 *   for the source map (OpenClaw's paths become file:line) and for lint.
 * Both fill the same {@link ValidationReport} and say which engine ran. `valid` is the verdict ("OpenClaw
 * would accept it"); lint findings sit beside it.
 */







/** Validates every file (as given) with one engine and returns one report. Throws only on internal errors. */
async function validateFiles(files, opts = {}) {
    const engine = opts.engine ?? 'fast';
    let reports;
    if (engine === 'fast') {
        const schemaIssues = opts.engines?.schemaIssues ?? (await __webpack_require__.e(/* import() */ 5115).then(__webpack_require__.bind(__webpack_require__, 35115))).schemaIssues;
        reports = files.map((file) => validateFast(file, opts, schemaIssues));
    }
    else {
        const runExact = opts.engines?.runExactValidate ?? (await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(1432)]).then(__webpack_require__.bind(__webpack_require__, 81432))).runExactValidate;
        const { default: pLimit } = await __webpack_require__.e(/* import() */ 370).then(__webpack_require__.bind(__webpack_require__, 70370));
        const limit = pLimit(Math.max(1, opts.concurrency ?? 2));
        reports = await Promise.all(files.map((file) => limit(() => validateExact(file, opts, runExact))));
    }
    return { valid: reports.every((r) => r.valid), engine, files: reports };
}
/** The fast engine for one file (synchronous). */
function validateFast(file, opts, schemaIssues) {
    const cwd = opts.cwd ?? process.cwd();
    const env = opts.env ?? process.env;
    const envMode = opts.envMode ?? 'warn';
    const load = (0,config_load/* loadConfig */.Z)(file, { env, envMode, cwd });
    const issues = [...load.issues];
    const warnings = [...load.warnings];
    const verdictIssues = [];
    if (load.config !== undefined) {
        if (!isRecord(load.config)) {
            issues.push(locateIssue(load.sourceMap, { path: paths/* ROOT_PATH */.Dl, message: `Invalid input: expected object, received ${describeType(load.config)}` }, 'error'));
        }
        else {
            const migration = migrateLegacyConfig(load.config);
            for (const a of migration.aliases)
                load.sourceMap.addAlias(a.from, a.to);
            for (const w of migration.warnings)
                warnings.push(locateIssue(load.sourceMap, w, 'warning'));
            const schema = schemaIssues(migration.config);
            const rules = semanticRules({
                config: migration.config,
                schemaIssues: schema,
                env,
                cwd,
                droppedProtoKeyPaths: load.findings.flatMap((f) => (f.rule === 'forbidden-key' && f.path?.endsWith('.__proto__') ? [f.path] : [])),
                ...(migration.legacyDefaultAgentId ? { legacyDefaultAgentId: migration.legacyDefaultAgentId } : {}),
            });
            verdictIssues.push(...schema, ...rules.issues);
            for (const i of verdictIssues)
                issues.push(locateIssue(load.sourceMap, i, 'error'));
            for (const w of rules.warnings)
                warnings.push(locateIssue(load.sourceMap, w, 'warning'));
        }
    }
    return finish(file, load, issues, warnings, verdictIssues, opts);
}
/** The exact engine for one file: OpenClaw's verdict, mapped back to file:line. */
async function validateExact(file, opts, runExact) {
    const cwd = opts.cwd ?? process.cwd();
    const env = opts.env ?? process.env;
    const envMode = opts.envMode ?? 'warn';
    const load = (0,config_load/* loadConfig */.Z)(file, { env, envMode, cwd });
    const exactOpts = { env, cwd };
    if (opts.openclawVersion)
        exactOpts.openclawVersion = opts.openclawVersion;
    const verdict = await runExact(file, exactOpts);
    const issues = [];
    const warnings = [];
    const loadError = load.issues.find((i) => i.path === paths/* ROOT_PATH */.Dl);
    for (const i of verdict.issues) {
        const path = (0,paths/* normalizePath */.Fd)(i.path);
        if (path === paths/* ROOT_PATH */.Dl && loadError) {
            // Include and parse problems: OpenClaw names no position; our loader knows the file:line and chain.
            // Keep OpenClaw's words unless ours say the same thing with more detail (file:line, chain, fix).
            const head = (i.message.split(':')[0] ?? '').trim().toLowerCase();
            const ours = head !== '' && loadError.message.toLowerCase().includes(head);
            issues.push({ ...loadError, message: ours ? loadError.message : `${i.message} (${loadError.message})` });
            continue;
        }
        issues.push(locateIssue(load.sourceMap, { ...i, path }, 'error'));
    }
    if (!verdict.valid && verdict.issues.length === 0) {
        // e.g. `{"ok":false,"error":{"message":"file not found"}}`: no issues list, still invalid.
        issues.push(loadError ?? { severity: 'error', path: paths/* ROOT_PATH */.Dl, message: 'OpenClaw rejected the config without naming an issue', file, line: 1, column: 1 });
    }
    for (const w of verdict.warnings) {
        const path = (0,paths/* normalizePath */.Fd)(w.path);
        if (envMode === 'error' && /^Missing env var "/.test(w.message))
            continue; // reported as an error below
        warnings.push(locateIssue(load.sourceMap, { path, message: w.message }, 'warning'));
    }
    // env-mode "error" is a deploy-time rule on top of OpenClaw's verdict: a missing ${VAR} fails the file.
    for (const i of load.issues)
        if (i.path !== paths/* ROOT_PATH */.Dl)
            issues.push(i);
    return finish(file, load, issues, warnings, verdict.issues, opts);
}
function finish(file, load, issues, warnings, verdictIssues, opts) {
    const lint = (0,validate_lint/* lintConfig */.iv)({
        authored: load.authored,
        findings: load.findings,
        envRefs: load.envRefs,
        issues: verdictIssues.map((i) => ({ path: i.path, message: i.message })),
        env: opts.env ?? process.env,
        envMode: opts.envMode ?? 'warn',
        ...(opts.lintSeverity ? { severity: opts.lintSeverity } : {}),
    });
    const order = (f) => {
        const i = load.files.indexOf(f);
        return i === -1 ? Number.MAX_SAFE_INTEGER : i;
    };
    const byPosition = (a, b) => order(a.file) - order(b.file) || a.line - b.line || a.column - b.column;
    const errors = issues.filter((i) => i.severity === 'error').sort(byPosition);
    const all = [...errors, ...[...warnings, ...issues.filter((i) => i.severity === 'warning')].sort(byPosition)];
    // Values substituted from the environment may be secrets, and an engine may quote a value in a message
    // (OpenClaw does for some refs): mask them in everything the report carries.
    const secrets = new common_secrets/* SecretRegistry */.k();
    const env = opts.env ?? process.env;
    for (const r of load.envRefs)
        if (r.provided)
            secrets.add(env[r.name]);
    for (const item of [...all, ...lint])
        item.message = secrets.redact(item.message);
    return { file, valid: errors.length === 0, issues: all, lint: lint.sort(byPosition) };
}
/** Places an engine issue at file:line: the value, the unknown key, or the nearest existing ancestor. */
function locateIssue(map, issue, severity) {
    const path = (0,paths/* normalizePath */.Fd)(issue.path);
    const unknownKey = /^Unrecognized keys?: "((?:[^"\\]|\\.)*)"/.exec(issue.message) ?? /additional propert(?:y|ies)[^"]*"((?:[^"\\]|\\.)*)"/.exec(issue.message);
    const key = unknownKey?.[1];
    const loc = key === undefined ? undefined : map.keyLocation(path === paths/* ROOT_PATH */.Dl ? [key] : [...(0,paths/* parsePath */.Rr)(path), key]);
    const at = loc ?? map.locate(path).loc;
    const out = { severity, path, message: issue.message, file: at.file, line: at.line, column: at.column };
    if (issue.allowedValues)
        out.allowedValues = issue.allowedValues;
    return out;
}
function describeType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    return typeof value;
}


/***/ })

};

//# sourceMappingURL=8397.index.js.map