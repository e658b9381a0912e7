/**
 * The status page's colours, in one place so that every foreground/background pair the CSS uses is listed
 * in {@link CONTRAST_PAIRS} and checked against WCAG 2.x (the unit test computes every ratio): 4.5:1 for
 * text, 3:1 for the chart's marks and the status icons (non-text contrast, SC 1.4.11). Status is never shown
 * by colour alone: every status has a word and a shape (see report-svg.ts).
 */
import type { RowStatus } from './report-model.js';

export interface Palette {
  bg: string;
  text: string;
  muted: string;
  link: string;
  surface: string;
  border: string;
  healthyBg: string;
  healthyFg: string;
  degradedBg: string;
  degradedFg: string;
  failedBg: string;
  failedFg: string;
  neverBg: string;
  neverFg: string;
  /** Chart marks (points, line) on `bg`. */
  healthyMark: string;
  degradedMark: string;
  failedMark: string;
  line: string;
  grid: string;
  /** Tinted bands behind the chart's unhealthy periods (decorative: the marks carry the meaning). */
  degradedBand: string;
  failedBand: string;
}

export const LIGHT: Readonly<Palette> = Object.freeze({
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

export const DARK: Readonly<Palette> = Object.freeze({
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

/** A pair the page draws: `fg` on `bg` must reach `min`. */
export interface ContrastPair {
  fg: keyof Palette;
  bg: keyof Palette;
  min: number;
  what: string;
}

const TEXT = 4.5;
const NON_TEXT = 3;

/** Every foreground/background combination the CSS and SVG use (the test checks each in both palettes). */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
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
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const lin = (h: string) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(m[1]!) + 0.7152 * lin(m[2]!) + 0.0722 * lin(m[3]!);
}

/** WCAG contrast ratio (1–21) of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** CSS custom property name of a palette key (`healthyBg` → `--healthy-bg`). */
export function cssVar(key: keyof Palette): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** `:root{--bg:#fff;…}` for a palette. */
export function paletteCss(p: Palette): string {
  return (Object.keys(p) as Array<keyof Palette>).map((k) => `${cssVar(k)}:${p[k]}`).join(';');
}

/** Words and palette keys per status (the word is always shown; colour and shape only add to it). */
export const STATUS_STYLE: Readonly<Record<RowStatus, { label: string; fg: keyof Palette; bg: keyof Palette; mark: keyof Palette }>> = {
  healthy: { label: 'Healthy', fg: 'healthyFg', bg: 'healthyBg', mark: 'healthyMark' },
  degraded: { label: 'Degraded', fg: 'degradedFg', bg: 'degradedBg', mark: 'degradedMark' },
  failed: { label: 'Failed', fg: 'failedFg', bg: 'failedBg', mark: 'failedMark' },
  'never-probed': { label: 'Never probed', fg: 'neverFg', bg: 'neverBg', mark: 'line' },
};
