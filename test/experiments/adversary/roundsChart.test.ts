// The rounds chart: one mark per round, shaped by stage, whiskers for the 95% interval cut at 0
// with a dagger, and the same nodes printed as standalone SVG for the memo.
import { describe, expect, it } from 'vitest';
import { roundsChartNodes, roundsSvg, type AdversaryRound, type SvgNode } from '../../../src/experiments/index.js';

const round = (index: number, stage: AdversaryRound['stage'], mean: number, halfWidth: number): AdversaryRound => ({
  round: index, stage, targeting: 'as in the scenario',
  strategy: { origin: [1], mailType: [1], declared: [1], deepByType: [] },
  interdiction: { n: 10, mean, sd: 0, halfWidth },
  seized: { n: 10, mean: 1, sd: 0, halfWidth: 0 },
  delay: { n: 10, mean: 1, sd: 0, halfWidth: 0 },
  routes: { origin: [], mailType: [], declared: [], concealment: [] },
});

const all = (nodes: readonly SvgNode[]): SvgNode[] => nodes.flatMap((n) => [n, ...all(n.children ?? [])]);
const marks = (nodes: readonly SvgNode[]) => all(nodes).filter((n) => n.attrs.class === 'round');

describe('roundsChartNodes', () => {
  const rounds = [round(0, 'static', 0.16, 0.01), round(1, 'adapting', 0.12, 0.02), round(2, 're-tuned', 0.14, 0.02), round(3, 'adapting again', 0.02, 0.03)];

  it('draws one mark per round, a square, dots and a diamond by stage, lower rounds lower', () => {
    const m = marks(roundsChartNodes(rounds));
    expect(m.map((n) => n.attrs['data-stage'])).toEqual(['static', 'adapting', 're-tuned', 'adapting again']);
    const shape = (n: SvgNode) => n.children!.find((c) => ['rect', 'circle', 'path'].includes(c.tag))!;
    expect(m.map((n) => shape(n).tag)).toEqual(['rect', 'circle', 'path', 'circle']);
    const cy = (n: SvgNode) => Number(shape(n).attrs.cy ?? Number(shape(n).attrs.y) + 5);
    expect(cy(m[1])).toBeGreaterThan(cy(m[0]));
  });

  it('cuts a whisker reaching below 0 at the axis, with a dagger', () => {
    const m = marks(roundsChartNodes(rounds));
    expect(m[3].children!.some((c) => c.tag === 'text' && c.text === '†')).toBe(true);
    expect(m[1].children!.some((c) => c.tag === 'text')).toBe(false);
  });

  it('stops the axis at 100% and cuts a whisker reaching past it, with a dagger', () => {
    const nodes = roundsChartNodes([round(0, 'static', 0.9, 0.3)]);
    const ticks = all(nodes).filter((n) => n.tag === 'text' && /%$/.test(n.text ?? '')).map((n) => n.text);
    expect(ticks[ticks.length - 1]).toBe('100%');
    expect(marks(nodes)[0].children!.some((c) => c.tag === 'text' && c.text === '†')).toBe(true);
  });

  it('keeps room for rounds still to come', () => {
    const labels = all(roundsChartNodes(rounds.slice(0, 1), 11)).filter((n) => n.tag === 'text' && /^\d+$/.test(n.text ?? ''));
    expect(labels.map((n) => n.text)).toContain('10');
  });

  it('prints standalone SVG with a title per round', () => {
    const svg = roundsSvg(rounds);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<title>/g)).toHaveLength(4);
    expect(svg).toContain('Round R (targeting re-tuned): interdiction 14% ± 2% (95% interval), 10 runs');
  });
});
