// Intervals cut at what a metric can be: shares at 0 and 100%, everything else at 0; the cut end
// marked with a dagger, and nothing changed for an interval that fits.
import { describe, expect, it } from 'vitest';
import { withInterval } from '../../src/experiments/calibrationReport.js';
import { CLIPPED_NOTE, NON_NEGATIVE, SHARE, clipInterval, formatBoundedEstimate, isClipped, metricBounds } from '../../src/experiments/metricBounds.js';
import { formatEstimate, metricLabel } from '../../src/experiments/metricLabels.js';

describe('metric bounds', () => {
  it('bound shares to 0 to 1 and every other metric below by 0', () => {
    expect(metricBounds('contraband.interdictionRate')).toEqual(SHARE);
    expect(metricBounds('stations.exam.utilization')).toEqual(SHARE);
    expect(metricBounds('throughput.withinStandardShare')).toEqual(SHARE);
    expect(metricBounds('contraband.seized')).toEqual(NON_NEGATIVE);
    expect(metricBounds('stations.exam.meanWaitSeconds')).toEqual(NON_NEGATIVE);
  });

  it('cut an interval at the bounds and say which ends were cut', () => {
    expect(clipInterval(-0.39, 0.57, SHARE)).toEqual({ low: 0, high: 0.57, clippedLow: true, clippedHigh: false });
    expect(clipInterval(0.9, 1.1, SHARE)).toEqual({ low: 0.9, high: 1, clippedLow: false, clippedHigh: true });
    expect(clipInterval(2, 5, NON_NEGATIVE)).toEqual({ low: 2, high: 5, clippedLow: false, clippedHigh: false });
  });

  it('write "9 ± 48 %" as 9 % from 0† to 57 %, and leave an interval that fits as it was', () => {
    const rate = metricLabel('contraband.interdictionRate');
    expect(formatBoundedEstimate(0.09, 0.48, rate, SHARE)).toBe('9 % (0† to 57 %)');
    expect(formatBoundedEstimate(0.97, 0.05, rate, SHARE)).toBe('97.0 % (92.0 to 100† %)');
    expect(formatBoundedEstimate(0.231, 0.024, rate, SHARE)).toBe(formatEstimate(0.231, 0.024, rate));
    expect(formatBoundedEstimate(3, NaN, metricLabel('contraband.seized'), NON_NEGATIVE)).toBe('3.000');
    expect(formatBoundedEstimate(1.5, 2.5, metricLabel('contraband.seized'), NON_NEGATIVE)).toBe('1.5 (0† to 4.0)');
    expect([isClipped(0.09, 0.48, SHARE), isClipped(0.2, 0.1, SHARE), isClipped(1, NaN, SHARE)]).toEqual([true, false, false]);
    expect(CLIPPED_NOTE).toMatch(/^† .*below 0, or above 100% for a share/);
  });

  it('are what the calibration report uses: the same "0†" as before, and 100† for a share', () => {
    expect(withInterval({ n: 5, mean: 10.9, sd: 1, halfWidth: 11.5, low: -0.6, high: 22.4 })).toBe('10.9 (0† to 22.4)');
    expect(withInterval({ n: 5, mean: 98, sd: 1, halfWidth: 3, low: 95, high: 101 }, { min: 0, max: 100 })).toBe('98.0 (95.0 to 100†)');
  });
});
