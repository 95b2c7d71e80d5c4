// The current run: one owner of the run's settings, and every follower told of each replacement.
import { describe, expect, it } from 'vitest';
import { getPreset } from '../../../src/scenario/index.js';
import { CurrentRun, type RunSource } from '../../../src/ui/app/CurrentRun.js';

const spec = (seed: number) => ({ preset: 'baseline', scenario: getPreset('baseline').scenario, seed, days: 1 });

describe('CurrentRun', () => {
  it('holds the run and tells every listener, in order, who replaced it', () => {
    const run = new CurrentRun(spec(1));
    const seen: string[] = [];
    run.onReplace((s, from: RunSource) => seen.push(`a ${s.seed} ${from}`));
    run.onReplace((s) => seen.push(`b ${s.seed}`));
    expect(run.spec.seed).toBe(1);
    run.replace(spec(2), 'form');
    run.replace(spec(3), 'link');
    expect(run.spec.seed).toBe(3);
    expect(seen).toEqual(['a 2 form', 'b 2', 'a 3 link', 'b 3']);
  });

  it('has replaced the run before any listener runs', () => {
    const run = new CurrentRun(spec(1));
    let inside = 0;
    run.onReplace(() => (inside = run.spec.seed));
    run.replace(spec(9), 'experiment');
    expect(inside).toBe(9);
  });

  it('amends the run with changes made while it goes, telling amend listeners only', () => {
    const run = new CurrentRun(spec(1));
    const replaced: number[] = [];
    const amended: number[] = [];
    run.onReplace((s) => replaced.push(s.seed));
    run.onAmend((s) => amended.push(s.scenario.changesDuringRun?.length ?? 0));
    run.amend([{ kind: 'officers', atMinute: 400, station: 'exam', shift: 0, officers: 2 }]);
    run.amend([]);
    run.amend([{ kind: 'rule', atMinute: 500, rule: 'aed-risk', enabled: false }]);
    expect(run.spec.scenario.changesDuringRun?.map((c) => c.atMinute)).toEqual([400, 500]);
    expect(amended).toEqual([1, 2]);
    expect(replaced).toEqual([]);
    expect(getPreset('baseline').scenario.changesDuringRun).toBeUndefined();
  });
});
