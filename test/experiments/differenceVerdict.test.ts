// A difference is read with its size: its mean in the metric's unit, its 95% interval, and a verdict
// of beyond chance, within chance or negligible (whole interval under the stated negligible size).
import { describe, expect, it } from 'vitest';
import {
  NEGLIGIBLE, differenceParts, differenceText, differenceVerdict, metricVerdict, negligibleSize, negligibleWords,
} from '../../src/experiments/differenceVerdict.js';
import { metricLabel, type MetricLabel } from '../../src/experiments/metricLabels.js';

const minutes: MetricLabel = { metric: 'stations.exam.meanWaitSeconds', label: 'Exam mean wait', unit: 'min', scale: 1 / 60 };
const diff = (mean: number, halfWidth: number) => ({ mean, halfWidth, low: mean - halfWidth, high: mean + halfWidth });

describe('difference verdicts', () => {
  it('state the negligible sizes in one place: half a point for shares, 1% of A otherwise', () => {
    expect(NEGLIGIBLE).toEqual({ sharePoints: 0.005, ofBaseline: 0.01 });
    expect(negligibleSize('contraband.interdictionRate', 0.16)).toBe(0.005);
    expect(negligibleSize('throughput.releasedPerHour', 12_000)).toBe(120);
    expect(negligibleSize('cost.dollars', -500)).toBe(5);
    expect(negligibleSize('contraband.seized', NaN)).toBe(0);
    expect([negligibleWords('contraband.interdictionRate'), negligibleWords('cost.dollars')]).toEqual(['half a percentage point', '1% of A']);
  });

  it('call a difference beyond chance, within chance or negligible from its interval', () => {
    expect(differenceVerdict(diff(1374, 288), 10)).toBe('beyond chance');
    expect(differenceVerdict(diff(-0.42, 0.5), 120)).toBe('negligible');
    expect(differenceVerdict(diff(-0.42, 0.5), 0.1)).toBe('within chance');
    // Significant (0.2 to 0.4 excludes 0), yet all of it under the negligible size 1.
    expect(differenceVerdict(diff(0.3, 0.1), 1)).toBe('negligible');
    // Straddling the negligible size: not negligible.
    expect(differenceVerdict(diff(0.9, 0.2), 1)).toBe('beyond chance');
    expect(differenceVerdict(diff(3, NaN), 1)).toBe('no interval');
    // The same in every pair, where A's mean is 0 (so is the negligible size): still negligible.
    expect(differenceVerdict(diff(0, 0), 0)).toBe('negligible');
    expect(differenceVerdict(diff(0.1, 0.05), 0)).toBe('beyond chance');
  });

  it('judge a metric against A\'s mean', () => {
    // 0.42 parcels/h less out of 12,000/h: well under 1%.
    expect(metricVerdict('throughput.releasedPerHour', diff(-0.42, 0.3), 12_000)).toBe('negligible');
    // 0.4 points of interdiction, interval 0.1 to 0.7: beyond chance, and past half a point.
    expect(metricVerdict('contraband.interdictionRate', diff(0.004, 0.003), 0.16)).toBe('beyond chance');
    expect(metricVerdict('contraband.interdictionRate', diff(0.002, 0.001), 0.16)).toBe('negligible');
  });

  it('write the size with its unit and a signed interval, never a bare yes', () => {
    expect(differenceText(diff(1374, 288), minutes, 'beyond chance')).toBe('+22.9 min (+18.1 to +27.7), beyond chance');
    expect(differenceText(diff(-0.42, 0.5), metricLabel('throughput.releasedPerHour'), 'within chance')).toBe('−0.42/h (−0.92 to +0.08), within chance');
    expect(differenceParts(diff(0, 0), metricLabel('parcels.inside'))).toEqual({ mean: '0', interval: '0 to 0' });
    expect(differenceParts(diff(-48, 0), metricLabel('interdiction.officerHours'))).toEqual({ mean: '−48.00 h', interval: '−48.00 to −48.00' });
    expect(differenceText(diff(3, NaN), metricLabel('contraband.seized'), 'no interval')).toBe('+3.000, no interval (one pair)');
  });
});
