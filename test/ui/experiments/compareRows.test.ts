// The comparison table's rows: glossary words and explanations, display units (shares as %,
// waits in minutes), signed differences with their signed intervals, the verdict (beyond chance,
// within chance, negligible), and intervals cut at what a metric can be.
import { describe, expect, it } from 'vitest';
import { compareRows, displayLabel } from '../../../src/ui/experiments/compareRows.js';
import { compareResult } from './fixtures.js';

describe('comparison rows', () => {
  it('shows key measures in words and units, with A, B and B − A', () => {
    const rows = compareRows(compareResult(), 'key');
    expect(rows.map((r) => r.metric)).toEqual(['contraband.interdictionRate', 'interdiction.officerHours', 'stations.exam.meanWaitSeconds']);
    const wait = rows[2];
    expect(wait.label).toBe('Exam: mean wait');
    expect(wait.explain).toMatch(/^The average time a piece waited/);
    // 600, 660, 720, 780 s: mean 690 s = 11.5 min, 95% half-width 3.182 × 77.5 s / 2 = 123 s = 2.1 min.
    expect(wait.a).toBe('11.5 ± 2.1 min');
    // Paired differences 600, 606, 612, 618 s: mean 609 s, half-width 12.3 s, much narrower than A's or B's own.
    expect(wait.difference).toBe('+10.15 min');
    expect(wait.interval).toBe('+9.94 to +10.36');
    expect(wait.verdict).toBe('beyond chance');
    const staff = rows[1];
    expect(staff.difference).toBe('−48.00 officer-h');
    // 48 of 240 officer-hours: far beyond 1% of A.
    expect(staff.verdict).toBe('beyond chance');
    const rate = rows[0];
    expect(rate.a).toMatch(/ %$/);
    // ±0.2 points around 0, all within half a percentage point: negligible.
    expect(rate.verdict).toBe('negligible');
    expect(rows.some((r) => r.clipped)).toBe(false);
  });

  it('lists every measure on request, including those without a key label', () => {
    const rows = compareRows(compareResult(), 'all');
    expect(rows.map((r) => r.metric)).toEqual(['contraband.interdictionRate', 'stations.exam.meanWaitSeconds', 'interdiction.officerHours', 'parcels.inside']);
    expect(rows[3]).toMatchObject({ label: 'Parcels inside', difference: '0', verdict: 'negligible' });
  });

  it('says when there is no interval', () => {
    const rows = compareRows(compareResult((j) => j < 2), 'key');
    expect(rows[0].interval).toBe('');
    expect(rows[0].verdict).toBe('no interval');
  });

  it('cuts an interval at what the metric can be and marks it', () => {
    const r = compareResult();
    r.a.metrics['contraband.interdictionRate'] = { n: 4, mean: 0.09, sd: 0.3, halfWidth: 0.48 };
    const [rate] = compareRows(r, 'key');
    expect(rate.a).toBe('9 % (0† to 57 %)');
    expect(rate.clipped).toBe(true);
  });

  it('falls back to the metric path for a metric the glossary lacks', () => {
    expect(displayLabel('made.up')).toEqual({ metric: 'made.up', label: 'made.up', unit: '', scale: 1, explain: '' });
    expect(displayLabel('throughput.releasedPerHour').unit).toBe('/h');
  });

  it('shows screening delay, cost, prevalence and seized weight in their units', () => {
    expect(displayLabel('throughput.screeningDelayParcelHours')).toMatchObject({ label: 'Screening delay', unit: 'parcel-hours', scale: 1 });
    expect(displayLabel('cost.dollars')).toMatchObject({ label: 'Cost', unit: 'US dollars', scale: 1 });
    expect(displayLabel('cost.overtimeHours')).toMatchObject({ label: 'Overtime', unit: 'officer-h' });
    expect(displayLabel('interdiction.compliance.prevalencePerMillion')).toMatchObject({ unit: 'per million', scale: 1 });
    expect(displayLabel('interdiction.rules.aed-risk.hitsPerThousandPulled')).toMatchObject({ unit: 'per 1,000 pulled' });
    expect(displayLabel('contraband.seizedGramsByType.fentanyl')).toMatchObject({ unit: 'lb', scale: 1 / 453.59237 });
    expect(displayLabel('throughput.pulledDwell.p95Hours')).toMatchObject({ unit: 'h', scale: 1 });
  });
});
