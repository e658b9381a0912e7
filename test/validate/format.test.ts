import { describe, expect, it } from 'vitest';
import { formatReport, reportFailed, sanitizeText } from '../../src/validate/format.js';
import type { ValidationReport } from '../../src/validate/types.js';

const report: ValidationReport = {
  valid: false,
  engine: 'fast',
  files: [
    {
      file: 'configs/prod/openclaw.json5',
      valid: false,
      issues: [
        { severity: 'error', path: '<root>', message: "Failed to parse include file: ./agents/a.json5 (resolved: configs/prod/agents/a.json5): JSON5: invalid character ',' at 3:6", file: 'configs/prod/agents/a.json5', line: 3, column: 6 },
        { severity: 'warning', path: 'gateway.trustedProxies.2', message: 'Missing env var "X" - feature using this value will be unavailable', file: 'configs/prod/openclaw.json5', line: 12, column: 5 },
      ],
      lint: [{ rule: 'plaintext-secret', severity: 'error', path: 'models.providers.openai.apiKey', message: 'plaintext secret at models.providers.openai.apiKey', file: 'configs/prod/models.json5', line: 4, column: 17 }],
    },
    { file: 'configs/dev/openclaw.json5', valid: true, issues: [], lint: [] },
  ],
};

describe('formatReport', () => {
  it('prints file:line:col  severity  path  message per finding, grouped by config, with a summary', () => {
    expect(formatReport(report, { color: false })).toBe(
      [
        'configs/prod/openclaw.json5  invalid',
        "  configs/prod/agents/a.json5:3:6   error    <root>  Failed to parse include file: ./agents/a.json5 (resolved: configs/prod/agents/a.json5): JSON5: invalid character ',' at 3:6",
        '  configs/prod/openclaw.json5:12:5  warning  gateway.trustedProxies.2  Missing env var "X" - feature using this value will be unavailable',
        '  configs/prod/models.json5:4:17    error    models.providers.openai.apiKey  plaintext secret at models.providers.openai.apiKey [plaintext-secret]',
        'configs/dev/openclaw.json5  valid',
        '',
        '✖ 1 of 2 configs invalid (1 error, 1 warning; lint: 1 error, 0 warnings) — engine: fast',
        '',
      ].join('\n'),
    );
  });

  it('colours only when asked', () => {
    expect(formatReport(report, { color: false })).not.toContain('\u001b[');
    const colored = formatReport(report, { color: true });
    expect(colored).toContain('\u001b[31merror  \u001b[0m');
    expect(colored).toContain('\u001b[33mwarning\u001b[0m');
  });

  it('says "valid, lint failed" when only lint fails', () => {
    const r: ValidationReport = { valid: true, engine: 'exact', files: [{ file: 'a.json', valid: true, issues: [], lint: [{ rule: 'forbidden-key', severity: 'error', message: 'm', file: 'a.json', line: 1, column: 1 }] }] };
    const out = formatReport(r, { color: false });
    expect(out).toContain('a.json  valid, lint failed');
    expect(out).toContain('✖ 1 config valid, lint failed (0 errors, 0 warnings; lint: 1 error, 0 warnings) — engine: exact');
    expect(reportFailed(r)).toBe(true);
  });

  it('indents the lines of multi-line messages', () => {
    const r: ValidationReport = { valid: false, engine: 'fast', files: [{ file: 'a.json', valid: false, issues: [{ severity: 'error', path: 'agents.entries', message: 'first\nsecond', file: 'a.json', line: 1, column: 1 }], lint: [] }] };
    expect(formatReport(r, { color: false }).split('\n').slice(1, 3)).toEqual(['  a.json:1:1  error    agents.entries  first', '      second']);
  });

  it('never lets config text or engine messages drive the terminal', () => {
    const evil = 'Unrecognized key: "\u001b[2J\u001b[1;1Hfake\rline\u0007\u009b31m\u202egnp.exe"';
    const r: ValidationReport = {
      valid: false,
      engine: 'fast',
      files: [{ file: 'x\u001b]0;title\u0007.json', valid: false, issues: [{ severity: 'error', path: 'a\u001b[31m', message: evil, file: 'x.json', line: 1, column: 1 }], lint: [] }],
    };
    const out = formatReport(r, { color: false });
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(out).toContain('[2J');
  });
});

describe('workflow commands', () => {
  it('no line of the human output can start with "::" (a forged GitHub Actions command), whatever a message holds', () => {
    const r: ValidationReport = {
      valid: false,
      engine: 'fast',
      files: [{ file: 'a.json', valid: false, issues: [{ severity: 'error', path: 'p', message: 'x\n::add-mask::value\r\n::error file=a::forged', file: 'a.json', line: 1, column: 1 }], lint: [] }],
    };
    const lines = formatReport(r, { color: false }).split('\n');
    expect(lines.some((l) => l.startsWith('::'))).toBe(false);
    expect(lines).toContain('      ::add-mask::value');
  });
});

describe('sanitizeText', () => {
  it('keeps newlines only when asked', () => {
    expect(sanitizeText('a\nb\u001b[0m', true)).toBe('a\nb[0m');
    expect(sanitizeText('a\nb', false)).toBe('a b');
  });
});

describe('reportFailed', () => {
  it('fails on an invalid file or a lint error, not on warnings', () => {
    expect(reportFailed(report)).toBe(true);
    expect(reportFailed({ valid: true, engine: 'fast', files: [{ file: 'a', valid: true, issues: [{ severity: 'warning', path: 'p', message: 'm', file: 'a', line: 1, column: 1 }], lint: [{ rule: 'duplicate-key', severity: 'warning', message: 'm', file: 'a', line: 1, column: 1 }] }] })).toBe(false);
  });
});
