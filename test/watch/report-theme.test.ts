/**
 * The status page's colours: every foreground/background pair it draws reaches WCAG AA (4.5:1 text, 3:1
 * marks) in both schemes, the contrast maths matches WCAG's reference values, and the page's CSS uses no
 * colour outside the checked palettes.
 */
import { describe, expect, test } from 'vitest';
import { renderStatusPage } from '../../src/watch/report-html.js';
import { CONTRAST_PAIRS, DARK, LIGHT, contrastRatio, relativeLuminance, type Palette } from '../../src/watch/report-theme.js';

describe('contrast maths', () => {
  test('known WCAG values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 on white is the classic "just passes 4.5:1" grey.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2158605, 5);
  });

  test('refuses what is not #rrggbb', () => {
    expect(() => relativeLuminance('red')).toThrow(/#rrggbb/);
    expect(() => relativeLuminance('#fff')).toThrow(/#rrggbb/);
  });
});

describe.each([
  ['light', LIGHT],
  ['dark', DARK],
] as Array<[string, Palette]>)('%s scheme', (_name, palette) => {
  test.each(CONTRAST_PAIRS.map((p) => [p.what, p] as const))('%s reaches its minimum', (_what, pair) => {
    const ratio = contrastRatio(palette[pair.fg], palette[pair.bg]);
    expect(ratio, `${pair.fg} ${palette[pair.fg]} on ${pair.bg} ${palette[pair.bg]} = ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(pair.min);
  });
});

test('every pair the CSS draws is in the checked list, and no colour outside the palettes is used', () => {
  const html = String(
    renderStatusPage({ sources: { environment: 'x', samples: [], audit: [], problems: [], environmentExists: true }, generatedAt: '2026-11-22T00:00:00.000Z', since: '2026-11-08T00:00:00.000Z' }).files['index.html'],
  );
  const allowed = new Set([...Object.values(LIGHT), ...Object.values(DARK)].map((c) => c.toLowerCase()));
  const used = [...html.matchAll(/#[0-9a-fA-F]{3,8}\b/g)].map((m) => m[0].toLowerCase());
  expect(used.length).toBeGreaterThan(10);
  expect(used.filter((c) => !allowed.has(c))).toEqual([]);
  // No named colours or rgb() either (they would escape the contrast check).
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
  expect(style).not.toMatch(/rgb\(|hsl\(|:\s*(red|green|orange|yellow|black|white|gr[ae]y)\b/i);
  // The badge classes pair exactly the palette keys the contrast list names.
  for (const s of ['healthy', 'degraded', 'failed', 'never-probed']) expect(style).toContain(`.s-${s}{color:var(--`);
  for (const pair of CONTRAST_PAIRS.filter((p) => p.fg.endsWith('Fg'))) expect(style).toContain(`color:var(--${pair.fg.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)});background:var(--${pair.bg.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)})`);
});
