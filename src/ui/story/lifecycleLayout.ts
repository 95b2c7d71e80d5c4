/**
 * A layered drawing of a lifecycle machine, as plain geometry (no DOM), for the parcel story's
 * diagram: the machine read from its compiled table (`edges()`), so the picture is exactly what
 * the engine runs.
 *
 * The layout is the classic one for state charts, kept simple: transitions that go back to a
 * state already on the way (HANDOVER, from a service back to its queue) are found by a
 * depth-first walk from the initial state; every other transition points down; each state sits
 * one layer below its deepest predecessor (longest path), and final states share the last layer.
 * The final state most transitions lead to (`released`: almost every state can end in it) is
 * drawn as a bar down the left side instead, so its arrows are short and horizontal rather than
 * a fan across the whole drawing. Transitions between adjacent layers are short curves; longer
 * ones drop into the gap below their state and run down a channel beside the states (left or
 * right), so no arrow passes through a state; back transitions loop on the right.
 *
 * @example
 * const layout = layoutLifecycle(parcelLifecycle);
 * layout.nodes.find((n) => n.id === 'released')?.final; // true
 */

/** The parts of a compiled machine the layout reads. */
export interface LayoutSource {
  readonly states: readonly string[];
  readonly initial: number;
  readonly isFinal: ArrayLike<number>;
  readonly descriptions: Readonly<Record<string, string | undefined>>;
  edges(): Array<{ from: string; event: string; to: string }>;
}

export interface DiagramNode {
  id: string;
  layer: number;
  /** Top-left corner and size, in diagram units. */
  x: number;
  y: number;
  w: number;
  h: number;
  initial: boolean;
  final: boolean;
  /** True for the final state drawn as a bar down the side. */
  bar: boolean;
  description: string;
}

export interface DiagramEdge {
  from: string;
  to: string;
  /** The events of every transition between these two states. */
  events: string[];
  /** True for a transition back up (to a state already on the way). */
  back: boolean;
  /** SVG path data. */
  d: string;
}

export interface DiagramLayout {
  width: number;
  height: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

const NODE_W = 150;
const NODE_H = 26;
const GAP_X = 18;
const GAP_Y = 22;
const TOP = 12;
const BAR_X = 8;
const BAR_W = 26;
const LANE_STEP = 8;
/** Room on the right of the states for the back loops. */
const LOOP_ROOM = 30;
/** The fewest arrows into a final state for it to be drawn as a bar. */
const BAR_MIN_IN = 4;

export function layoutLifecycle(machine: LayoutSource): DiagramLayout {
  const states = machine.states;
  const merged = new Map<string, { from: string; to: string; events: string[] }>();
  for (const e of machine.edges()) {
    const key = `${e.from}\u0000${e.to}`;
    const m = merged.get(key);
    if (m) m.events.push(e.event);
    else merged.set(key, { from: e.from, to: e.to, events: [e.event] });
  }
  const edges = [...merged.values()];
  const out = new Map<string, string[]>(states.map((s) => [s, []]));
  for (const e of edges) out.get(e.from)!.push(e.to);

  // Back edges: to a state on the depth-first stack.
  const back = new Set<string>();
  const seen = new Set<string>();
  const onStack = new Set<string>();
  const visit = (s: string): void => {
    seen.add(s);
    onStack.add(s);
    for (const t of out.get(s)!) {
      if (onStack.has(t)) back.add(`${s}\u0000${t}`);
      else if (!seen.has(t)) visit(t);
    }
    onStack.delete(s);
  };
  visit(states[machine.initial]);
  states.forEach((s) => seen.has(s) || visit(s));
  const isBack = (e: { from: string; to: string }): boolean => back.has(`${e.from}\u0000${e.to}`);

  // Longest-path layers over forward edges (they form a DAG), finals on the last layer.
  const layer = new Map<string, number>();
  const depth = (s: string, trail: Set<string>): number => {
    const known = layer.get(s);
    if (known !== undefined) return known;
    trail.add(s);
    let d = 0;
    for (const e of edges) if (e.to === s && !isBack(e) && !trail.has(e.from)) d = Math.max(d, depth(e.from, trail) + 1);
    trail.delete(s);
    layer.set(s, d);
    return d;
  };
  states.forEach((s) => depth(s, new Set()));
  const finalIndex = (s: string): boolean => machine.isFinal[states.indexOf(s)] === 1;
  const last = Math.max(...states.map((s) => (finalIndex(s) ? 0 : layer.get(s)!))) + 1;
  states.forEach((s) => finalIndex(s) && layer.set(s, last));

  // The bar: the final state with the most arrows in, if it has enough to be worth it.
  const inDegree = (s: string): number => edges.filter((e) => e.to === s).length;
  const finals = states.filter(finalIndex).sort((a, b) => inDegree(b) - inDegree(a));
  const bar = finals.length > 0 && inDegree(finals[0]) >= BAR_MIN_IN ? finals[0] : null;

  // Channel lanes are counted first, so the states can be placed to the right of the left ones.
  const rows: string[][] = Array.from({ length: last + 1 }, () => []);
  for (const s of states) if (s !== bar) rows[layer.get(s)!].push(s);
  const widest = Math.max(...rows.map((r) => r.length));
  const contentW = widest * NODE_W + (widest - 1) * GAP_X;
  const longEdges = edges.filter((e) => !isBack(e) && e.to !== bar && layer.get(e.to)! - layer.get(e.from)! > 1);
  const side = new Map<string, 'left' | 'right'>();
  let leftLanes = 0;
  let rightLanes = 0;
  const rowPos = (s: string): number => {
    const row = rows[layer.get(s)!];
    return row.length === 1 ? 0 : row.indexOf(s) / (row.length - 1) - 0.5;
  };
  for (const e of longEdges) {
    const pos = rowPos(e.to) !== 0 ? rowPos(e.to) : rowPos(e.from);
    const left = pos < 0 || (pos === 0 && leftLanes <= rightLanes);
    side.set(`${e.from}>${e.to}`, left ? 'left' : 'right');
    if (left) leftLanes++;
    else rightLanes++;
  }
  const laneX0 = (bar ? BAR_X + BAR_W : 0) + 14;
  const contentX = laneX0 + leftLanes * LANE_STEP + 10;
  const rightLaneX0 = contentX + contentW + LOOP_ROOM;
  const width = rightLaneX0 + rightLanes * LANE_STEP + 8;
  const height = TOP * 2 + rows.length * (NODE_H + GAP_Y) - GAP_Y;

  const nodes: DiagramNode[] = [];
  rows.forEach((row, l) => {
    const rowWidth = row.length * NODE_W + (row.length - 1) * GAP_X;
    row.forEach((s, k) => nodes.push(node(s, l, contentX + (contentW - rowWidth) / 2 + k * (NODE_W + GAP_X), TOP + l * (NODE_H + GAP_Y), NODE_W, NODE_H, false)));
  });
  if (bar) nodes.push(node(bar, last, BAR_X, TOP, BAR_W, height - 2 * TOP, true));
  function node(id: string, l: number, x: number, y: number, w: number, h: number, isBar: boolean): DiagramNode {
    const i = states.indexOf(id);
    return { id, layer: l, x, y, w, h, initial: i === machine.initial, final: finalIndex(id), bar: isBar, description: machine.descriptions[id] ?? '' };
  }
  const at = new Map(nodes.map((n) => [n.id, n]));

  let nextLeft = 0;
  let nextRight = 0;
  const exits = new Map<string, number>();
  const drawn: DiagramEdge[] = edges.map((e) => {
    const a = at.get(e.from)!;
    const b = at.get(e.to)!;
    const midA = a.y + a.h / 2;
    const gapY = a.y + a.h + GAP_Y / 2;
    let d: string;
    if (isBack(e)) {
      const x1 = a.x + a.w, x2 = b.x + b.w, y2 = b.y + b.h / 2;
      d = `M${x1},${midA} C${x1 + 24},${midA} ${x2 + 24},${y2} ${x2},${y2}`;
    } else if (e.to === bar) {
      // Straight left when nothing stands between the state and the bar, else through the gap below it.
      const blocked = rows[a.layer].indexOf(a.id) > 0;
      const x = b.x + b.w;
      d = blocked ? orthogonal([[a.x + 16, a.y + a.h], [a.x + 16, gapY], [x, gapY]]) : `M${a.x},${midA} L${x},${midA}`;
    } else if (b.layer - a.layer <= 1) {
      const x1 = a.x + a.w / 2, y1 = a.y + a.h, x2 = b.x + b.w / 2, y2 = b.y;
      const dy = (y2 - y1) / 2;
      d = `M${x1},${y1} C${x1},${y1 + dy} ${x2},${y2 - dy} ${x2},${y2}`;
    } else {
      const left = side.get(`${e.from}>${e.to}`) === 'left';
      const k = exits.get(`${a.id}/${left}`) ?? 0;
      exits.set(`${a.id}/${left}`, k + 1);
      const lane = left ? laneX0 + (leftLanes - 1 - nextLeft++) * LANE_STEP : rightLaneX0 + nextRight++ * LANE_STEP;
      const x1 = left ? a.x + 30 + 10 * k : a.x + a.w - 30 - 10 * k;
      const y2 = b.y + b.h / 2;
      d = orthogonal([[x1, a.y + a.h], [x1, gapY + 3 * k], [lane, gapY + 3 * k], [lane, y2], [left ? b.x : b.x + b.w, y2]]);
    }
    return { from: e.from, to: e.to, events: e.events, back: isBack(e), d };
  });
  return { width, height, nodes, edges: drawn };
}

/** SVG path through `points` with straight segments and small rounded corners. */
function orthogonal(points: Array<[number, number]>, radius = 5): string {
  let d = `M${points[0][0]},${points[0][1]}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [px, py] = points[i - 1];
    const [x, y] = points[i];
    const [nx, ny] = points[i + 1];
    const r = Math.min(radius, Math.hypot(x - px, y - py) / 2, Math.hypot(nx - x, ny - y) / 2);
    const inX = x - Math.sign(x - px) * r, inY = y - Math.sign(y - py) * r;
    const outX = x + Math.sign(nx - x) * r, outY = y + Math.sign(ny - y) * r;
    d += ` L${inX},${inY} Q${x},${y} ${outX},${outY}`;
  }
  const [lx, ly] = points[points.length - 1];
  return `${d} L${lx},${ly}`;
}
