import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/model/index.js';
import { getPreset } from '../../src/scenario/index.js';
import { GLOSSARY_TERMS, METRICS, metricInfo, metricKeyForPath } from '../../src/ui/glossary.js';

/** Every path to a number inside a value, array indices included. */
function numericPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'number') return [path];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => numericPaths(v, [...path, k]));
}

const TIME_UNITS = /\d (s|min|h)\b/;

describe('METRICS', () => {
  const results = runScenario(getPreset('single-queue').scenario, { seed: 1 });

  it('has an entry for every number in a real RunResults, hourly rows included', () => {
    const keys = new Set(numericPaths(results).map((p) => metricKeyForPath(p)));
    const missing = [...keys].filter((k) => !Object.hasOwn(METRICS, k));
    expect(missing).toEqual([]);
    expect(keys.has('hourly.utilization.xray')).toBe(true);
    for (const key of ['parcels.releasedUnscreened', 'throughput.screeningDelayParcelHours', 'cost.dollars', 'interdiction.compliance.high', 'hourly.releasedUnscreened']) {
      expect(keys.has(key), key).toBe(true);
    }
  });

  it('has no entries for numbers RunResults no longer has', () => {
    expect(Object.keys(METRICS).filter((k) => /^throughput\.dwell/.test(k))).toEqual([]);
  });

  it('writes every value with its unit', () => {
    for (const [key, info] of Object.entries(METRICS)) {
      const text = info.format(1234);
      if (info.unit === '') continue; // the seed is an identifier, not a quantity
      if (info.unit === 'h' || info.unit === 'min' || info.unit === 's') expect(text, key).toMatch(TIME_UNITS);
      else expect(text, key).toContain(info.unit);
    }
  });

  it('formats the real results readably', () => {
    expect(metricInfo('parcels.arrived').format(results.parcels.arrived)).toMatch(/^[\d,]+ parcels$/);
    expect(metricInfo('contraband.interdictionRate').format(0.0909)).toBe('9.1%');
    expect(metricInfo('throughput.landingToRelease.meanHours').format(0.0586)).toBe('3.5 min');
    expect(metricInfo('throughput.pulledDwell.p95Hours').format(2.0475)).toBe('2.05 h');
    expect(metricInfo('throughput.screeningDelayParcelHours').format(12_345.6)).toBe('12,346 parcel-hours');
    expect(metricInfo('cost.dollars').format(28_750)).toBe('$28,750');
    expect(metricInfo('cost.dollarsPerSeizure').format(9583.3)).toBe('$9,583 per seizure');
    expect(metricInfo('cost.overtimeHours').format(10)).toBe('10 officer-h');
    expect(metricInfo('interdiction.compliance.prevalencePerMillion').format(95.2)).toBe('95.2 per million');
    expect(metricInfo('interdiction.rules.random.hitsPerThousandPulled').format(5.6)).toBe('5.60 per 1,000 pulled');
    expect(metricInfo('contraband.seizedGramsByType.fentanyl').format(1000)).toBe('2.20 lb (1 kg)');
    expect(metricInfo('stations.exam.meanWaitSeconds').format(1113)).toBe('19 min');
    expect(metricInfo('throughput.releasedPerHour').format(12256.6)).toBe('12,257 parcels/h');
    expect(metricInfo('interdiction.seizuresPerOfficerHour').format(0.008333)).toBe('0.00833 seizures/officer-h');
    expect(metricInfo('parcels.seized').format(1)).toBe('1 parcel');
  });

  it('writes a missing value as a dash, never as 0', () => {
    expect(metricInfo('hourly.meanDwellHours').format(null)).toBe('—');
    expect(metricInfo('hourly.utilization.ct').format(Number.NaN)).toBe('—');
  });

  it('gives every entry a label, a short label and an explanation of one or two sentences', () => {
    for (const [key, info] of Object.entries(METRICS)) {
      expect(info.label, key).not.toBe('');
      expect(info.short, key).not.toBe('');
      const sentences = info.explain.split(/(?<=[.!?])\s+(?=[A-Z0-9])/).length;
      expect(sentences, `${key}: ${info.explain}`).toBeLessThanOrEqual(2);
      expect(info.explain, key).toMatch(/[.]$/);
    }
  });

  it('has generic station entries for column headings', () => {
    expect(metricInfo('stations.*.utilization').short).toBe('Utilization');
    expect(metricInfo('stations.xray.utilization').label).toBe('X-ray utilization');
  });

  it('refuses an unknown key rather than showing nothing', () => {
    expect(() => metricInfo('parcels.arived')).toThrow(/no METRICS entry for 'parcels.arived'/);
  });

  it('reads rule metrics keyed by rule id, as the experiments name them', () => {
    expect(metricInfo('interdiction.rules.aed-risk.hitRate').label).toBe('Rule hit rate');
    expect(metricInfo('interdiction.rules.hits').short).toBe('Hits');
  });

  it('drops array indices from paths', () => {
    expect(metricKeyForPath(['interdiction', 'rules', '2', 'hitRate'])).toBe('interdiction.rules.hitRate');
    expect(metricKeyForPath(['hourly', 5, 'queue', 'exam'])).toBe('hourly.queue.exam');
  });
});

describe('GLOSSARY_TERMS', () => {
  it('explains every term of the glossary in docs/model.md', () => {
    const doc = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');
    const glossary = doc.slice(doc.indexOf('## Glossary'));
    const docTerms = [...glossary.matchAll(/^\*\*(.+?)\.\*\*/gm)].map((m) => m[1]);
    expect(docTerms.length).toBeGreaterThan(20);
    const ours = new Set(Object.values(GLOSSARY_TERMS).map((t) => t.term.toLowerCase()));
    expect(docTerms.filter((t) => !ours.has(t.toLowerCase()))).toEqual([]);
  });

  it('explains the words of the yield–delay trade-off', () => {
    const terms = new Set(Object.values(GLOSSARY_TERMS).map((t) => t.term));
    for (const t of ['Released unscreened', 'Wait limit', 'Hold capacity', 'Overtime', 'Screening delay', 'Landing to release', 'Compliance sample', 'Cost']) {
      expect(terms.has(t), t).toBe(true);
    }
  });

  it('lists the terms in alphabetical order', () => {
    const terms = Object.values(GLOSSARY_TERMS).map((t) => t.term.toLowerCase());
    expect(terms).toEqual([...terms].sort());
  });

  it('keeps each definition short and plain', () => {
    for (const [key, t] of Object.entries(GLOSSARY_TERMS)) {
      expect(t.definition.length, key).toBeLessThan(400);
      expect(t.definition, key).not.toMatch(/`/);
    }
  });
});
