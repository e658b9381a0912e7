import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/common/errors.js';
import { SecretRegistry } from '../../src/common/secrets.js';
import { handleError, handlePostError } from '../../src/actions/common/errors.js';
import { createActionsLogger, neutralizeWorkflowCommands, sanitizeForLog, type CoreLogSink } from '../../src/actions/common/logger.js';
import { createActionSecrets } from '../../src/actions/common/secrets.js';
import { escapeCell, markdownTable, mermaidBlock, setOutputs, truncateMarkdown, writeSummary } from '../../src/actions/common/summary.js';

function recordingSink() {
  const lines: Array<[string, string, unknown?]> = [];
  const sink: CoreLogSink = {
    debug: (m) => lines.push(['debug', m]),
    info: (m) => lines.push(['info', m]),
    warning: (m, p) => lines.push(['warning', m, p]),
    error: (m, p) => lines.push(['error', m, p]),
    startGroup: (n) => lines.push(['startGroup', n]),
    endGroup: () => lines.push(['endGroup', '']),
  };
  return { lines, sink };
}

describe('neutralizeWorkflowCommands (WS-09)', () => {
  it.each(['::add-mask::x', '::error::forged', '  ::stop-commands::tok', '::set-output name=a::b', '##[set-output name=a;]b'])('makes %j inert', (line) => {
    const out = neutralizeWorkflowCommands(`before\n${line}\nafter`);
    for (const l of out.split('\n')) {
      // The runner trims leading whitespace (not U+200B) and then looks for '::' or '##['.
      expect(l.trimStart().startsWith('::')).toBe(false);
      expect(l.trimStart().startsWith('##[')).toBe(false);
    }
    expect(out.replace(/\u200B/g, '')).toBe(`before\n${line}\nafter`);
  });
  it('leaves ordinary text alone (including :: in the middle of a line)', () => {
    expect(neutralizeWorkflowCommands('a::b\nc')).toBe('a::b\nc');
  });
  it('handles CR and CRLF line ends', () => {
    const out = neutralizeWorkflowCommands('x\r\n::error::y\r::warning::z');
    expect(out.split(/\r\n|\r/).every((l) => !l.startsWith('::'))).toBe(true);
  });
});

describe('createActionsLogger', () => {
  it('redacts secrets and derived forms and neutralises commands in every level', async () => {
    const secrets = new SecretRegistry();
    secrets.add('s3cr3t-value');
    const { lines, sink } = recordingSink();
    const log = createActionsLogger({ secrets, sink });
    log.info('token s3cr3t-value');
    log.debug(`b64 ${Buffer.from('s3cr3t-value').toString('base64')}`);
    log.warning('::error::forged', { file: 'a.json', line: 3, column: 5 });
    log.error('plain');
    expect(lines[0]).toEqual(['info', 'token ***']);
    expect(lines[1]).toEqual(['debug', 'b64 ***']);
    expect(lines[2]?.[1]).toBe('\u200B::error::forged');
    expect(lines[2]?.[2]).toEqual({ file: 'a.json', startLine: 3, startColumn: 5 });
    expect(lines[3]).toEqual(['error', 'plain', undefined]);
  });
  it('groups do not nest on the runner and are closed even when fn throws', async () => {
    const { lines, sink } = recordingSink();
    const log = createActionsLogger({ sink });
    await expect(
      log.group('outer', async () => {
        await log.group('inner', async () => log.info('x'));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(lines.map((l) => l[0] + ':' + l[1])).toEqual(['startGroup:outer', 'info:── inner', 'info:x', 'endGroup:']);
  });
});

describe('handleError', () => {
  const sink = () => {
    const calls: Record<string, unknown[][]> = { setFailed: [], error: [], debug: [] };
    return {
      calls,
      sink: {
        setFailed: (m: string) => calls['setFailed']!.push([m]),
        error: (m: string, p?: unknown) => calls['error']!.push([m, p]),
        debug: (m: string) => calls['debug']!.push([m]),
      },
    };
  };
  it.each([
    [new Error('boom'), 'rolling-deploy failed: boom'],
    ['a string', 'rolling-deploy failed: a string'],
    [{ code: 42 }, 'rolling-deploy failed: {"code":42}'],
    [undefined, 'rolling-deploy failed: unknown error'],
  ])('always fails the step (%j)', (err, msg) => {
    const s = sink();
    handleError('rolling-deploy', err, { sink: s.sink });
    expect(s.calls['setFailed']).toEqual([[msg]]);
  });
  it('annotates a located UserError and redacts secrets everywhere', () => {
    const s = sink();
    const secrets = new SecretRegistry();
    secrets.add('tok-ABCDEFGH');
    handleError('x', new UserError('bad token tok-ABCDEFGH', { file: 'inv.yaml', line: 4, column: 2 }), { sink: s.sink, secrets });
    expect(s.calls['error']).toEqual([['bad token ***', { file: 'inv.yaml', startLine: 4, startColumn: 2 }]]);
    expect(s.calls['setFailed']).toEqual([['x failed: bad token ***']]);
    expect(JSON.stringify(s.calls)).not.toContain('tok-ABCDEFGH');
  });
  it('handlePostError warns instead of failing', () => {
    const warnings: string[] = [];
    handlePostError('auto-rollback', new Error('cleanup failed'), { sink: { debug: () => {}, warning: (m) => warnings.push(m) } });
    expect(warnings).toEqual(['auto-rollback post step: cleanup failed']);
  });
});

describe('summary helpers', () => {
  it('escapeCell keeps a row intact', () => {
    expect(escapeCell('a|b\nc<script>\\')).toBe('a\\|b<br>c&lt;script>\\\\');
  });
  it('markdownTable renders headers, separators and padded rows', () => {
    expect(markdownTable(['id', 'status'], [['gw|1', 'ok'], ['gw-2']])).toBe('| id | status |\n| --- | --- |\n| gw\\|1 | ok |\n| gw-2 |  |');
  });
  it('mermaidBlock fences the code', () => {
    expect(mermaidBlock('flowchart LR\n a --> b\n')).toBe('```mermaid\nflowchart LR\n a --> b\n```');
  });
  it('truncateMarkdown cuts at a line boundary and says why', () => {
    const md = Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n');
    const out = truncateMarkdown(md, 200, 'See report.json.');
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(200);
    expect(out).toContain('Truncated');
    expect(out).toContain('See report.json.');
    expect(out.split('\n')[0]).toBe('line 0');
    expect(truncateMarkdown('short', 200, 'x')).toBe('short');
  });
  it('writeSummary writes redacted text to GITHUB_STEP_SUMMARY and skips silently without it', async () => {
    const dir = join(process.env['RUNNER_TEMP']!, 'summary-test');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'summary.md');
    writeFileSync(file, '');
    delete process.env['GITHUB_STEP_SUMMARY'];
    expect(await writeSummary('nothing')).toBe(false);
    process.env['GITHUB_STEP_SUMMARY'] = file;
    const secrets = new SecretRegistry();
    secrets.add('hunter2-secret');
    expect(await writeSummary('# hi hunter2-secret', { secrets })).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('# hi ***\n');
  });
  it('setOutputs refuses a value holding a secret and skips undefined', () => {
    const set = vi.fn();
    const secrets = new SecretRegistry();
    secrets.add('tok-XYZ12345');
    setOutputs({ a: 'x', b: 3, c: true, d: undefined }, { set, secrets });
    expect(set.mock.calls).toEqual([
      ['a', 'x'],
      ['b', '3'],
      ['c', 'true'],
    ]);
    expect(() => setOutputs({ leak: `v=${encodeURIComponent('tok-XYZ12345')}` }, { set, secrets })).toThrow("refusing to set output 'leak'");
  });
  it('createActionSecrets forwards every derived form to setSecret', () => {
    const masked: string[] = [];
    const reg = createActionSecrets((v) => masked.push(v));
    reg.add('line-one\nline-two');
    expect(masked).toContain('line-one\nline-two');
    expect(masked).toContain('line-one');
    expect(masked).toContain('line-two');
    expect(masked).toContain(Buffer.from('line-one\nline-two').toString('base64'));
    expect(sanitizeForLog('x line-two y', reg)).toBe('x *** y');
  });
});
