/**
 * Where a chart's point labels go so that none covers another or a dot: each label tries the spots
 * around its dot and takes the first that stays in the plot and clears every dot and every label
 * placed before it. Beside the dot (right, then left) reads best, and in a column of dots it is
 * the only unambiguous place; but where a horizontal whisker runs through the dot's sides the
 * label goes above or below instead (above right, below right, above left, below left, then one
 * line further out). In a crowd where no spot is free, the label slides down (or, near the
 * bottom, up) from beside its dot until it is clear, and a thin leader line joins it to its dot.
 *
 * Text is not measured (there is no DOM in Node or a worker): each chart gives its font's average
 * character width and heights, which overestimate a little so labels keep a gap.
 */

/** A rectangle in user units. */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The plot area labels must stay in. */
export interface PlotBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Approximate size of a chart's label text, user units: width = characters × charWidth + pad. */
export interface LabelFont {
  charWidth: number;
  pad: number;
  /** Height above and below the baseline. */
  ascent: number;
  descent: number;
}

/** A label to place: its text and its dot's centre and radius (the clearance it keeps). */
export interface LabelRequest {
  x: number;
  y: number;
  radius: number;
  text: string;
  /** Nothing (no whisker) runs through the dot's sides, so the label may sit beside it. */
  beside?: boolean;
}

/** A placed label: its baseline anchor, box, and the leader back to its dot when it slid away. */
export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'end';
  box: Box;
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (b: Box, plot: PlotBox): boolean => b.x0 >= plot.left && b.x1 <= plot.right && b.y0 >= plot.top && b.y1 <= plot.bottom;
/** Gap between a dot's edge and its label, user units. */
const GAP = 3;
/** Labels slid further than this from beside their dot get a leader line. */
const LEADER_AFTER = 6;

/**
 * The box a dot of `radius` at (x, y) keeps clear.
 *
 * @example
 * dotBox(100, 50, 6); // { x0: 94, x1: 106, y0: 44, y1: 56 }
 */
export function dotBox(x: number, y: number, radius: number): Box {
  return { x0: x - radius, x1: x + radius, y0: y - radius, y1: y + radius };
}

/**
 * Places `requests` in order (earlier ones get the better spots), around `obstacles` (the dots)
 * and inside `plot`.
 *
 * @example
 * const [a] = placeLabels([{ x: 100, y: 100, radius: 6, text: 'P3' }], [], plot, { charWidth: 8, pad: 2, ascent: 11, descent: 3 });
 * [a.x, a.y, a.anchor]; // [109, 91, 'start']: above right of the dot
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Box[], plot: PlotBox, font: LabelFont): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  return requests.map((r) => {
    const placed = placeOne(r, taken, plot, font);
    taken.push(placed.box);
    return placed;
  });
}

function placeOne(r: LabelRequest, taken: readonly Box[], plot: PlotBox, font: LabelFont): PlacedLabel {
  const w = r.text.length * font.charWidth + font.pad;
  const dx = r.radius + GAP;
  const line = font.ascent + font.descent + 2;
  const above = r.y - r.radius - font.descent;
  const below = r.y + r.radius + 2 + font.ascent;
  const at = (x: number, y: number, anchor: 'start' | 'end'): PlacedLabel => {
    const x0 = anchor === 'start' ? x : x - w;
    return { x, y, anchor, box: { x0, x1: x0 + w, y0: y - font.ascent, y1: y + font.descent }, leader: null };
  };
  const right = (y: number): PlacedLabel => at(r.x + dx, y, 'start');
  const left = (y: number): PlacedLabel => at(r.x - dx, y, 'end');
  const middle = r.y + (font.ascent - font.descent) / 2;
  const around = [right(above), right(below), left(above), left(below), right(above - line), left(above - line), right(below + line), left(below + line)];
  const spots = r.beside ? [right(middle), left(middle), ...around] : around;
  const clear = (p: PlacedLabel): boolean => inside(p.box, plot) && !taken.some((t) => overlaps(t, p.box));
  return spots.find(clear) ?? slide(r, w, dx, taken, plot, font, at, clear) ?? spots.find((p) => inside(p.box, plot)) ?? spots[0];
}

/** Beside the dot, moved down past whatever is in the way (or up, near the bottom); null when stuck. */
function slide(
  r: LabelRequest, w: number, dx: number, taken: readonly Box[], plot: PlotBox, font: LabelFont,
  at: (x: number, y: number, anchor: 'start' | 'end') => PlacedLabel, clear: (p: PlacedLabel) => boolean,
): PlacedLabel | null {
  const anchor = r.x + dx + w > plot.right ? 'end' : 'start';
  const x = anchor === 'start' ? r.x + dx : r.x - dx;
  const wanted = r.y + (font.ascent - font.descent) / 2;
  const blocker = (y: number): Box | undefined => taken.find((t) => overlaps(t, at(x, y, anchor).box));
  const walk = (next: (b: Box) => number): PlacedLabel => {
    let y = wanted;
    for (let b = blocker(y), tries = 0; b && tries < 40; b = blocker(y), tries++) y = next(b);
    return at(x, y, anchor);
  };
  let p = walk((b) => b.y1 + font.ascent + 1);
  if (!clear(p)) p = walk((b) => b.y0 - font.descent - 1);
  if (!clear(p)) return null;
  const leader = Math.abs(p.y - wanted) > LEADER_AFTER
    ? { x1: r.x, y1: r.y, x2: anchor === 'start' ? x - GAP : x + GAP, y2: p.y - (font.ascent - font.descent) / 2 }
    : null;
  return { ...p, leader };
}
