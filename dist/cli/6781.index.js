export const id = 6781;
export const ids = [6781];
export const modules = {

/***/ 46781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cell: () => (/* binding */ cell),
/* harmony export */   renderSummary: () => (/* binding */ renderSummary)
/* harmony export */ });
const ICON = { ready: '✅ ready', missing: '❌ missing', expiring: '⚠️ expiring', skipped: '➖ skipped', unverified: '❔ unverified' };
/** Escapes text for a Markdown table cell (pipes, newlines, HTML). */
function cell(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function renderSummary(report, registry) {
    const out = [];
    const verdict = report.dryRun ? '🔍 dry run' : report.ready ? '✅ every agent has working credentials' : report.verified ? '❌ some agents lack credentials' : '❔ not verified';
    out.push(`### provision-auth-profiles: ${verdict}`, '');
    out.push(`mode **${report.mode}** · OpenClaw ${cell(report.openclawVersion ?? 'version not detected')} · store **${report.storeFormat}** · changed **${report.changed}**` +
        (report.restart.requested ? ' · gateway restarted' : report.restart.required ? ' · **gateway restart required**' : ''), '');
    out.push('| agent | provider | status | key from | used by | detail |', '| --- | --- | --- | --- | --- | --- |');
    for (const a of report.agents) {
        for (const p of a.providers) {
            const slots = p.slots.length > 3 ? `${p.slots.slice(0, 3).join(', ')} (+${p.slots.length - 3})` : p.slots.join(', ');
            out.push(`| ${cell(a.agentId)} | ${cell(p.provider)} | ${ICON[p.status] ?? p.status} | ${p.source ? `\`${cell(p.source)}\`` : ''} | ${cell(slots)} | ${cell(p.detail)} |`);
        }
    }
    if (report.agents.length === 0)
        out.push('| (no agents) | | | | | |');
    if (report.mode === 'remote') {
        out.push('', '| gateway | changed | ready | detail |', '| --- | --- | --- | --- |');
        for (const i of report.instances) {
            const missing = i.cells.filter((c) => c.status === 'missing').map((c) => `${c.agentId}/${c.provider}`);
            out.push(`| ${cell(i.id)} | ${i.changed} | ${i.error ? '❌' : i.ready ? '✅' : '❌'} | ${cell(i.error ?? (missing.length ? `missing: ${missing.join(', ')}` : i.actions.join('; ') || 'no change'))} |`);
        }
    }
    if (report.actions.length)
        out.push('', '<details><summary>What changed</summary>', '', ...report.actions.map((a) => `- ${cell(a)}`), '', '</details>');
    if (report.warnings.length)
        out.push('', '**Warnings**', '', ...report.warnings.map((w) => `- ${cell(w)}`));
    out.push('');
    return registry.redact(out.join('\n'));
}


/***/ })

};

//# sourceMappingURL=6781.index.js.map