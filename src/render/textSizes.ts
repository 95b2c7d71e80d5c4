/**
 * The sizes of the words on the facility floor, in plan units, and the room a line of each takes.
 * Kept apart from the code that draws them (Labels.ts) so the floor plan can leave room for them
 * and tests can check that it does, without a canvas.
 *
 * Why these sizes: the plan is 1600 units wide and is shown about 812 CSS pixels wide at
 * 1280x720 beside the side panel (half a pixel per unit), so the smallest, 22 units, is 11 CSS
 * pixels there; in presentation mode the canvas is about 1100 pixels wide at 1280x720, and the
 * same 22 units are at least 14 pixels (checked by test/e2e/presentation.test.ts).
 */

/** Font size of each text style, plan units. */
export const TEXT_SIZE = {
  /** An area's name. */
  title: 24,
  /** A count that matters (queue length, parcels held). */
  info: 22,
  /** A second line that explains. */
  muted: 22,
  /** The word in a station's state badge (CLOSED, IDLE, SERVING). */
  tag: 22,
  /** A "+N more" count. */
  count: 22,
} as const;

/** A style name. */
export type TextStyleName = keyof typeof TEXT_SIZE;

/** The smallest font size on the floor, plan units. */
export const SMALLEST_TEXT = Math.min(...Object.values(TEXT_SIZE));

/**
 * Height of one line of a style, plan units: the cell a label is drawn in.
 *
 * @example
 * lineHeight('title'); // 32
 */
export function lineHeight(style: TextStyleName): number {
  return Math.ceil(TEXT_SIZE[style] * 1.3);
}
