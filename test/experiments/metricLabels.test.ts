// Words and units for metrics: every metric path a run of any preset has gets words of its own
// (not its dotted path), with the trade-off's metrics in the words and units a memo uses, and
// every key metric is a real metric.
import { describe, expect, it } from 'vitest';
import { KEY_METRICS, formatEstimate, formatInterval, metricLabel, metricNames } from '../../src/experiments/index.js';
import { getPreset, presetNames } from '../../src/scenario/index.js';

const allNames = [...new Set(presetNames().flatMap((p) => metricNames(getPreset(p).scenario)))];

describe('metric labels', () => {
  it('give words to every metric path of every preset', () => {
    expect(allNames.length).toBeGreaterThan(100);
    expect(allNames.filter((m) => metricLabel(m).label === m)).toEqual([]);
  });

  it('give every label once: no two metrics read the same', () => {
    const labels = allNames.map((m) => metricLabel(m).label);
    expect(labels.filter((l, i) => labels.indexOf(l) !== i)).toEqual([]);
  });

  it('list only real metrics among the key metrics', () => {
    const baseline = new Set(metricNames(getPreset('baseline').scenario));
    expect(KEY_METRICS.map((k) => k.metric).filter((m) => !baseline.has(m))).toEqual([]);
  });

  it.each([
    ['throughput.screeningDelayParcelHours', 'Screening delay', 'parcel-hours', 1],
    ['throughput.pulledDwell.p95Hours', "Pulled parcels' time, 95th percentile", 'h', 1],
    ['throughput.pulledDwell.meanHours', "Pulled parcels' time, mean", 'h', 1],
    ['throughput.landingToRelease.p50Hours', 'Landing to release, median', 'h', 1],
    ['throughput.landingToRelease.meanHours', 'Landing to release, mean', 'h', 1],
    ['cost.dollars', 'Cost', 'US dollars', 1],
    ['cost.dollarsPerSeizure', 'Cost per seizure', 'US dollars', 1],
    ['cost.overtimeHours', 'Overtime', 'h', 1],
    ['cost.officerHours', 'Officer-hours, overtime included', 'h', 1],
    ['parcels.releasedUnscreened', 'Parcels released unscreened (backlog limit)', '', 1],
    ['contraband.missedUnscreened', 'Contraband parcels released unscreened (backlog limit)', '', 1],
    ['interdiction.holdsRefused', 'Holds refused, hold area full (parcels)', '', 1],
    ['interdiction.waitLimitReleases', 'Released unscreened at the wait limit (parcels)', '', 1],
    ['interdiction.compliance.prevalencePerMillion', 'Compliance sample: prevalence', 'per million', 1],
    ['interdiction.compliance.high', 'Compliance sample: prevalence, 95% interval high', 'per million', 1],
    ['interdiction.rules.aed-risk.hitsPerThousandPulled', 'Rule aed-risk: seizures per 1,000 pulled', 'per 1,000 pulled', 1],
    ['interdiction.rules.aed-risk.hitRate', 'Rule aed-risk: hit rate', '%', 100],
    ['stations.exam.releasedUnscreened', 'Exam: parcels released unscreened (wait limit)', '', 1],
  ])('name %s "%s" in %s', (metric, label, unit, scale) => {
    expect(metricLabel(metric)).toEqual({ metric, label, unit, scale });
  });

  it('show grams seized in pounds, as public seizure figures are', () => {
    const m = metricLabel('contraband.seizedGramsByType.fentanyl');
    expect(m).toMatchObject({ label: 'Fentanyl: weight seized', unit: 'lb' });
    expect(formatEstimate(4535.9237, 45.359237, m)).toBe('10.00 ± 0.10 lb');
  });

  it('write the trade-off metrics with their units in memos', () => {
    expect(formatEstimate(12_345.6, 410, metricLabel('throughput.screeningDelayParcelHours'))).toBe('12,346 ± 410 parcel-hours');
    expect(formatInterval(28_100, 29_400, metricLabel('cost.dollars'))).toBe('28,100 to 29,400 US dollars');
    expect(formatEstimate(95, 40, metricLabel('interdiction.compliance.prevalencePerMillion'))).toBe('95 ± 40 per million');
  });

  it('fall back to the path for a metric without words, as a share when its name says so', () => {
    expect(metricLabel('made.up')).toEqual({ metric: 'made.up', label: 'made.up', unit: '', scale: 1 });
    expect(metricLabel('made.upShare')).toMatchObject({ unit: '%', scale: 100 });
  });
});
