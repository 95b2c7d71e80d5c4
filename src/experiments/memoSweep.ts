/**
 * The sections of a sweep's memo: what was varied over which base scenario, the frontier (chart
 * and table), and every point's key results with their intervals. See `memoDocument.ts`.
 */
import { FRONTIER_X, FRONTIER_Y, axisMetricLabel, type Axis } from './frontierAxes.js';
import { pointLabel, type GridParameter } from './grid.js';
import { formatBoundedEstimate, isClipped, metricBounds } from './metricBounds.js';
import { metricLabel } from './metricLabels.js';
import { clippedNote, readingSection, runLength, type MemoSection } from './memoBlocks.js';
import type { SweepResult } from './sweep.js';

/** Key metrics in the table of points: the frontier's candidates, and their cost in flow, delay, staff time and money. */
const POINT_METRICS = [
  'contraband.interdictionRate', 'contraband.seized', 'throughput.releasedPerHour', 'throughput.screeningDelayParcelHours',
  'interdiction.officerHours', 'cost.dollars',
];

/**
 * The memo sections of a sweep result.
 *
 * @example
 * sweepSections(result)[1].heading; // 'The frontier'
 */
export function sweepSections(r: SweepResult): MemoSection[] {
  const g = r.grid;
  const base = g.base.scenario;
  const R = g.replications;
  const assumptions = [
    `Base scenario: ${base.name}. ${base.description}`,
    ...g.parameters.map(describeParameter),
    `Points: ${r.points.length} (every combination of the values above).`,
    `Replications: ${R} per point, seeds ${g.seed} to ${g.seed + R - 1}: the same seeds at every point (common random numbers), so points differ by their parameters, not by the luck of the draw.`,
    runLength(g.days, g.warmupDays),
  ];
  const ax: Axis = FRONTIER_X[r.frontier.x];
  const ay: Axis = FRONTIER_Y[r.frontier.y];
  const names = g.parameters.map((p) => p.name);
  const value = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  const frontierRows = r.frontier.points.map((fp) => {
    const point = r.points[fp.point];
    return [`P${fp.point}`, ...names.map((n) => value(point.parameters[n])), formatBoundedEstimate(fp.x.mean, fp.x.halfWidth, axisMetricLabel(ax)), formatBoundedEstimate(fp.y.mean, fp.y.halfWidth, axisMetricLabel(ay)), fp.pareto ? 'yes' : ''];
  });
  const labels = POINT_METRICS.map(metricLabel);
  const pointRows = r.points.map((p) => [
    `P${p.index}`,
    ...names.map((n) => value(p.parameters[n])),
    ...labels.map((m) => (p.metrics[m.metric] ? formatBoundedEstimate(p.metrics[m.metric].mean, p.metrics[m.metric].halfWidth, m) : '–')),
  ]);
  const cut = (metric: string) => r.points.some((p) => p.metrics[metric] !== undefined && isClipped(p.metrics[metric].mean, p.metrics[metric].halfWidth, metricBounds(metric)));
  const right = (k: number) => Array<'right'>(k).fill('right');
  return [
    {
      heading: 'What was run',
      blocks: [...(g.description ? [{ kind: 'paragraph' as const, text: g.description }] : []), { kind: 'list', items: assumptions }],
    },
    {
      heading: 'The frontier',
      blocks: [
        {
          kind: 'paragraph',
          text: `${ay.label} (${ay.better} is better) against ${ax.label.toLowerCase()} (${ax.better} is better). A point is Pareto-optimal ` +
            'when no other point beats it beyond the 95% intervals: better on one axis with the two intervals apart, and not ' +
            'worse that way on the other. A lead smaller than the intervals does not make a point optimal, and points these ' +
            'runs cannot tell apart are all kept; those are the only sensible choices, and choosing among them is a policy ' +
            'decision. Whiskers and ± show 95% intervals.',
        },
        { kind: 'frontier', frontier: r.frontier, describe: (i) => pointLabel(g, { index: i, values: g.parameters.map((p) => r.points[i].parameters[p.name]) }) },
        { kind: 'table', header: ['Point', ...names, ax.label, ay.label, 'Pareto-optimal'], rows: frontierRows, align: ['left', ...right(names.length + 2), 'left'] },
        ...clippedNote(cut(ax.metric) || cut(ay.metric)),
      ],
    },
    {
      heading: 'Every point',
      blocks: [
        { kind: 'table', header: ['Point', ...names, ...labels.map((m) => m.label)], rows: pointRows, align: ['left', ...right(names.length + labels.length)] },
        ...clippedNote(POINT_METRICS.some(cut)),
      ],
    },
    readingSection(R),
  ];
}

/** "Varied: name (path): values." for a memo's list of assumptions. */
export function describeParameter(p: GridParameter): string {
  const list = 'scale' in p ? p.scale : p.values;
  const shown = list.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
  return 'scale' in p
    ? `Varied: ${p.name}: ${p.path} multiplied by ${shown}.`
    : `Varied: ${p.name}${p.name === p.path ? '' : ` (${p.path})`}: ${shown}.`;
}
