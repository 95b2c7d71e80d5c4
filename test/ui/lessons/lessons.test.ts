// The lessons: each one's change is a valid scenario, its figures are real result metrics, and the
// verdict sets the result against the prediction by the 95% interval.
import { describe, expect, it } from 'vitest';
import { metricNames } from '../../../src/experiments/index.js';
import { getPreset, parseScenario } from '../../../src/scenario/index.js';
import { LESSONS, lessonById } from '../../../src/ui/lessons/lessons.js';
import { lessonVerdict } from '../../../src/ui/lessons/lessonVerdict.js';
import { applyChanges } from '../../../src/ui/share/scenarioChanges.js';

describe('the lessons', () => {
  it('are at least four, with unique ids', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(4);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    expect(lessonById('dogs')?.title).toBe('What a dog is worth');
  });

  it.each(LESSONS.map((l) => [l.id, l] as const))('%s changes its preset into a valid scenario and is judged on real metrics', (_, l) => {
    const base = getPreset(l.preset).scenario;
    const applied = applyChanges(base, l.changes);
    expect(applied.ok).toBe(true);
    const parsed = parseScenario(applied.ok ? applied.value : null);
    expect(parsed.ok).toBe(true);
    const names = metricNames(base);
    for (const m of [l.metric, ...l.alsoShow.map((x) => x.metric)]) expect(names).toContain(m);
    expect(l.replications).toBeGreaterThanOrEqual(2);
  });
});

describe('the verdict', () => {
  it('calls a change whose interval is below zero a fall, and says by how much', () => {
    const v = lessonVerdict('down', { mean: -6, low: -8, high: -4, baseline: 12 }, 'seizures in a week', 'parcels');
    expect(v).toEqual({ outcome: 'down', right: true, words: 'Your prediction was right. The seizures in a week went down: −6.00 parcels (−50%), 95% interval −8.00 to −4.00.' });
  });

  it('calls an interval that straddles zero "about the same", whatever the mean', () => {
    const v = lessonVerdict('up', { mean: 0.5, low: -0.3, high: 1.3, baseline: 2 }, 'precursor seizures in a week', 'parcels');
    expect(v.outcome).toBe('same');
    expect(v.right).toBe(false);
    expect(v.words).toBe('You predicted it would go up. The precursor seizures in a week stayed about the same: +0.50 parcels, but the 95% interval −0.30 to +1.30 includes no change at all.');
  });

  it('calls a change whose whole interval is under the negligible size "about the same", even beyond chance', () => {
    const v = lessonVerdict('up', { mean: 0.3, low: 0.1, high: 0.5, baseline: 120, negligible: 1.2 }, 'seizures in a week', 'parcels');
    expect(v.outcome).toBe('same');
    expect(v.words).toBe('You predicted it would go up. The seizures in a week stayed about the same: +0.30 parcels, 95% interval +0.10 to +0.50, a change too small to matter (all of it within ±1.20 parcels).');
    expect(lessonVerdict('up', { mean: 3, low: 1, high: 5, baseline: 120, negligible: 1.2 }, 'x', 'parcels').outcome).toBe('up');
  });

  it('calls an interval above zero a rise', () => {
    expect(lessonVerdict('same', { mean: 3, low: 1, high: 5, baseline: 10 }, 'x', 'parcels').outcome).toBe('up');
  });
});
