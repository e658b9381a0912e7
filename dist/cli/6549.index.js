export const id = 6549;
export const ids = [6549];
export const modules = {

/***/ 16549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SUMMARY_LIMIT_BYTES: () => (/* binding */ SUMMARY_LIMIT_BYTES),
/* harmony export */   escapeCell: () => (/* binding */ escapeCell),
/* harmony export */   markdownTable: () => (/* binding */ markdownTable),
/* harmony export */   mermaidBlock: () => (/* binding */ mermaidBlock),
/* harmony export */   setOutputs: () => (/* binding */ setOutputs),
/* harmony export */   truncateMarkdown: () => (/* binding */ truncateMarkdown),
/* harmony export */   writeSummary: () => (/* binding */ writeSummary)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/**
 * Job-summary and output helpers. The domain core renders Markdown (pure, testable); these helpers only
 * make it safe to hand to the runner:
 * - table cells are escaped (a `|` or newline in an instance id or a gateway message cannot break a row);
 * - the summary is capped below the runner's 1 MiB per-step limit, with a note saying where the full
 *   report is, instead of the upload failing and losing everything;
 * - everything is redacted through the SecretRegistry and outputs are refused when they would carry a
 *   registered secret (an output is copied verbatim into later steps and logs).
 */

/** The runner rejects a step summary over 1 MiB; keep a margin for the truncation note. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
/** Escapes text for one Markdown table cell. */
function escapeCell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n|\r/g, '<br>');
}
/** A GitHub-flavoured Markdown table; cells are escaped. */
function markdownTable(headers, rows) {
    const head = `| ${headers.map(escapeCell).join(' | ')} |`;
    const sep = `| ${headers.map(() => '---').join(' | ')} |`;
    const body = rows.map((r) => `| ${headers.map((_, i) => escapeCell(r[i] ?? '')).join(' | ')} |`);
    return [head, sep, ...body].join('\n');
}
/** A fenced Mermaid block (rendered by GitHub in summaries, issues and READMEs). */
function mermaidBlock(code) {
    return '```mermaid\n' + code.trimEnd() + '\n```';
}
/**
 * Truncates Markdown to `limitBytes` (UTF-8) at a line boundary and appends `note` (e.g. "see report-file").
 * Returns the text unchanged when it fits.
 */
function truncateMarkdown(markdown, limitBytes, note) {
    if (Buffer.byteLength(markdown, 'utf8') <= limitBytes)
        return markdown;
    const suffix = `\n\n> **Truncated:** the summary is over the runner's limit. ${note}\n`;
    const budget = Math.max(0, limitBytes - Buffer.byteLength(suffix, 'utf8'));
    let cut = Buffer.from(markdown, 'utf8').subarray(0, budget).toString('utf8');
    if (cut.endsWith('\uFFFD'))
        cut = cut.slice(0, -1);
    const nl = cut.lastIndexOf('\n');
    if (nl > 0)
        cut = cut.slice(0, nl);
    return cut + suffix;
}
/**
 * Appends `markdown` to the job summary, redacted and capped. Does nothing (and does not fail) when the
 * runner gives no summary file (local runs): the summary is a convenience, the report file is the record.
 */
async function writeSummary(markdown, opts = {}) {
    if (!opts.sink && !process.env['GITHUB_STEP_SUMMARY'])
        return false;
    const sink = opts.sink ?? _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary;
    const text = truncateMarkdown(opts.secrets ? opts.secrets.redact(markdown) : markdown, opts.limitBytes ?? SUMMARY_LIMIT_BYTES, opts.note ?? 'See the report file for everything.');
    await sink.addRaw(text, true).write();
    return true;
}
/**
 * Sets outputs, refusing any value that holds a registered secret (in any derived form): a leaked output
 * cannot be unmasked later, so this throws instead of redacting silently.
 */
function setOutputs(outputs, opts = {}) {
    const set = opts.set ?? ((n, v) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(n, v));
    for (const [name, value] of Object.entries(outputs)) {
        if (value === undefined)
            continue;
        const text = String(value);
        if (opts.secrets && opts.secrets.redact(text) !== text) {
            throw new Error(`refusing to set output '${name}': its value contains a secret`);
        }
        set(name, text);
    }
}


/***/ })

};

//# sourceMappingURL=6549.index.js.map