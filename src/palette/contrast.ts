/**
 * WCAG 2 contrast arithmetic for the palette's colours: the contrast ratio of two colours, and the
 * colour a faded (alpha) mark really shows on its background. Tests hold text to 4.5:1 (level AA)
 * with these; nothing draws with them.
 */
import { hexToNumber } from './palette.js';

/** WCAG relative luminance of a #RRGGBB colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const n = hexToNumber(hex);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * WCAG contrast ratio of two #RRGGBB colours, 1 to 21.
 *
 * @example
 * contrastRatio('#000000', '#FFFFFF'); // 21
 */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The colour `fg` drawn at `alpha` over `bg` shows, as #RRGGBB (blended in sRGB, as browsers and
 * WebGL blend by default).
 *
 * @example
 * blend('#FFFFFF', '#000000', 0.5); // '#808080'
 */
export function blend(fg: string, bg: string, alpha: number): string {
  const f = hexToNumber(fg);
  const b = hexToNumber(bg);
  const mix = (shift: number): number => Math.round(((f >> shift) & 255) * alpha + ((b >> shift) & 255) * (1 - alpha));
  return `#${[16, 8, 0].map((s) => mix(s).toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}
