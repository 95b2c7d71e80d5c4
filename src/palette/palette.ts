/**
 * Every colour the app, the renderer, the charts and the memo draw with, in one place, so the
 * facility view, the time charts, both frontier charts and the printed memo speak one colour
 * language and no file hard-codes its own blue.
 *
 * Hues come from the Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008,
 * https://jfly.uni-koeln.de/color/): eight colours that stay apart for the common kinds of colour
 * blindness. The rest are neutrals, one set for white paper (charts, memo) and one for the dark
 * facility floor. Nothing here is drawn without a second cue where it matters (a dash pattern, a
 * fill, a shape, a label): see the users.
 */

/** The eight Okabe–Ito colours, by their names in the paper. */
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

/**
 * Colours dark enough for 2-3 px lines on white (contrast at least about 3:1), in order of use.
 * On white, yellow, sky blue and orange fall below 3:1, so they are kept for fills and the floor.
 */
export const LINE_COLOURS: readonly string[] = [OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.bluishGreen, OKABE_ITO.reddishPurple, OKABE_ITO.black];

/** Dash patterns in CSS pixels, paired with LINE_COLOURS so no series depends on colour alone. */
export const LINE_DASHES: readonly (readonly number[])[] = [[], [10, 5], [3, 3], [12, 4, 3, 4], [6, 6]];

/**
 * Neutrals for white backgrounds: the charts' text, grid and frame, and the memo's page. Greys,
 * so the Okabe–Ito hues carry the meaning.
 */
export const PAPER = {
  background: '#FFFFFF',
  /** Body text and titles. */
  ink: '#1B1B1B',
  /** Tick labels and axis lines. */
  axis: '#333333',
  /** Secondary text: hints, captions. */
  muted: '#555555',
  grid: '#E4E4E4',
  frame: '#888888',
  /** A label's thin line back to its dot. */
  leader: '#999999',
  /** Text naming the current run: Okabe–Ito vermillion darkened to 4.5:1 on white. */
  currentText: '#A34400',
  /** Text naming run B beside the current run: Okabe–Ito reddish purple darkened to 7:1 on white (app.css uses it too). */
  companionText: '#8A3F6D',
  /** Points that are not Pareto-optimal: dark enough for a hollow dot (contrast above 5:1). */
  other: '#5F6B77',
  /** Table rules and headers of the memo. */
  rule: '#CCCCCC',
  tableHead: '#F3F3F3',
  /** Behind a warning box outlined in vermillion. */
  warningFill: '#FFF4EC',
} as const;

/**
 * Neutrals of the facility floor: dark, so the status colours carry the attention. Okabe–Ito's
 * black and blue are not used on it; the hues left differ in lightness as well as hue (yellow >
 * sky blue > green > vermillion), which is what survives deuteranopia and protanopia.
 */
export const FLOOR = {
  background: '#161B21',
  region: '#222A33',
  regionBorder: '#3A4654',
  lane: '#2E3944',
  laneBusy: '#3B4A58',
  belt: '#33404D',
  beltEdge: '#4B5A69',
  text: '#E8EDF2',
  textMuted: '#A9B5C2',
  highlight: '#FFFFFF',
  /** "Not yet screened": carries no alarm, so a neutral grey. */
  unscreened: '#9A9A9A',
  /** Officers and dog teams off duty. */
  offDuty: '#5E6A78',
  /** A closed station's chip. */
  closed: '#8C97A3',
  /** A receptacle (sack or tray of mail) and its tie line. */
  receptacle: '#8A7A5C',
  receptacleEdge: '#B4A27E',
} as const;

/**
 * A colour with transparency, for area fills.
 *
 * @example
 * withAlpha('#0072B2', 0.15); // 'rgba(0, 114, 178, 0.15)'
 */
export function withAlpha(hex: string, alpha: number): string {
  const n = hexToNumber(hex);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/**
 * A CSS hex colour as the 0xRRGGBB number Pixi's tints take.
 *
 * @example
 * hexToNumber('#E69F00'); // 0xe69f00
 */
export function hexToNumber(css: string): number {
  return Number.parseInt(css.slice(1), 16);
}
