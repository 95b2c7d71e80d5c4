// What the page shows of a running simulation: every frame to the fast parts, the numbers panel and
// the live point at a readable pace (and always when paused), the results at the end.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/model/index.js';
import { getPreset } from '../../../src/scenario/index.js';
import { LiveRunView, type LiveParts } from '../../../src/ui/app/LiveRunView.js';
import type { Frame } from '../../../src/ui/run/SimClient.js';

function parts() {
  const log: string[] = [];
  const spans: Array<[number, number]> = [];
  let clock = 1000;
  const p = {
    clock: { show: (s: { time: number }) => log.push(`clock ${s.time}`) },
    facility: { update: () => log.push('facility') },
    charts: {
      append: (rows: unknown[]) => log.push(`charts +${rows.length}`), reset: () => log.push('charts reset'),
      setSpan: (start: number, end: number) => spans.push([start, end]),
    },
    story: { update: () => log.push('story'), reset: () => log.push('story reset') },
    metrics: {
      update: (_s: unknown, rows: unknown[]) => log.push(`metrics ${rows.length} rows`), reset: () => log.push('metrics reset'),
      point: () => ({ name: 'This run' }), finish: () => log.push('metrics finish'),
    },
    frontier: { setCurrent: (p: unknown) => log.push(`point ${p === null ? 'none' : (p as { name: string }).name}`) },
    results: { show: () => log.push('results'), clear: () => log.push('results clear') },
    kpis: { show: (p: unknown, rows: unknown[]) => log.push(`kpis ${p === null ? 'none' : (p as { name: string }).name}${rows.length > 0 ? ` ${rows.length} rows` : ''}`) },
    status: { show: () => log.push('status'), clear: () => {} },
    now: () => clock,
  } as unknown as LiveParts;
  return { p, log, spans, advance: (ms: number) => (clock += ms) };
}

const frame = (time: number, rows: number, running: boolean) =>
  ({ snapshot: { time, endTime: 86_400, statsStart: 0, events: time }, newRows: Array.from({ length: rows }, () => ({})), running }) as unknown as Frame;

describe('LiveRunView', () => {
  it('sends every frame to the clock, the facility, the charts and the story, and paces the numbers and the point', () => {
    const t = parts();
    const view = new LiveRunView(t.p);
    view.frame(frame(60, 1, true));
    expect(t.log).toEqual(['clock 60', 'facility', 'charts +1', 'story', 'metrics 1 rows', 'kpis This run 1 rows', 'point This run']);
    expect(t.spans[0]).toEqual([0, 86_400]); // the charts learn where the run opens and ends
    t.log.length = 0;
    t.advance(100);
    view.frame(frame(120, 1, true));
    expect(t.log).toEqual(['clock 120', 'facility', 'charts +1', 'story']); // too soon for the numbers
    t.log.length = 0;
    view.frame(frame(180, 0, false)); // paused: always shown
    expect(t.log).toContain('metrics 2 rows');
    expect(t.log).toContain('point This run');
  });

  it('empties every part for a new run, and shows the results at the end', () => {
    const t = parts();
    const view = new LiveRunView(t.p);
    view.frame(frame(60, 3, true));
    view.load();
    view.frame(frame(0, 0, false));
    expect(t.log).toContain('metrics 0 rows');
    expect(t.log.slice(7, 13)).toEqual(['metrics reset', 'results clear', 'charts reset', 'story reset', 'point none', 'kpis none']);
    t.log.length = 0;
    view.frame(frame(3600, 1, true));
    t.log.length = 0;
    // The results hold the warm-up's rows too; the key numbers count only the rows since the opening.
    view.finished(runScenario(getPreset('single-queue').scenario, { seed: 1, days: 1 }));
    expect(t.log).toEqual(['metrics finish', 'results', 'kpis This run 1 rows', 'point This run']);
  });
});
