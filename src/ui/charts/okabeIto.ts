/**
 * The Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"): eight colours that stay
 * distinct for the common forms of colour blindness. On a white background, yellow, sky blue and
 * orange are too pale for thin lines (contrast below 3:1), so lines use the darker five and the
 * pale ones are kept for fills; series that share a chart also differ by dash pattern.
 */

/** The eight Okabe–Ito colours. */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Colours dark enough for 2-3 px lines on white (contrast at least about 3:1), in order of use. */
export const LINE_COLOURS: readonly string[] = [OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.bluishGreen, OKABE_ITO.reddishPurple, OKABE_ITO.black];

/** Dash patterns in CSS pixels, paired with LINE_COLOURS so no series depends on colour alone. */
export const LINE_DASHES: readonly (readonly number[])[] = [[], [10, 5], [3, 3], [12, 4, 3, 4], [6, 6]];

/**
 * A colour with transparency, for area fills.
 *
 * @example
 * withAlpha('#0072B2', 0.15); // 'rgba(0, 114, 178, 0.15)'
 */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
