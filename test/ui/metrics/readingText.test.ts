// The text of one number in the metrics panel: its unit, "≈" before an estimate, "(at the end)"
// for what a live run cannot know yet, and the compliance estimate with its 95% interval, or
// "none found" with the upper bound.
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/ui/metrics/readingText.js';

const prevalence = 'interdiction.compliance.prevalencePerMillion';

describe('readingText', () => {
  it('writes a value with its unit, and marks an estimate', () => {
    expect(readingText({ key: 'parcels.releasedUnscreened', value: 1234, approximate: false }, 'finished')).toBe('1,234 parcels');
    expect(readingText({ key: 'parcels.releasedUnscreened', value: 12, approximate: true }, 'live')).toBe('≈ 12 parcels');
    expect(readingText({ key: 'throughput.screeningDelayParcelHours', value: 12_345.6, approximate: false }, 'finished')).toBe('12,346 parcel-hours');
    expect(readingText({ key: 'cost.dollars', value: 28_750, approximate: false }, 'finished')).toBe('$28,750');
    expect(readingText({ key: 'cost.dollarsPerSeizure', value: 9583.3, approximate: false }, 'finished')).toBe('$9,583 per seizure');
    expect(readingText({ key: 'cost.overtimeHours', value: 10, approximate: false }, 'finished')).toBe('10 officer-h');
  });

  it('says a number a live run cannot know yet comes at the end', () => {
    for (const key of ['throughput.pulledDwell.p95Hours', 'cost.dollars', prevalence]) {
      expect(readingText({ key, value: null, approximate: false }, 'live'), key).toBe('— (at the end)');
    }
    expect(readingText({ key: 'cost.dollarsPerSeizure', value: null, approximate: false }, 'finished')).toBe('—');
    expect(readingText({ key: 'contraband.interdictionRate', value: null, approximate: false }, 'live')).toBe('—');
  });

  it('gives the compliance estimate with its 95% interval', () => {
    expect(readingText({ key: prevalence, value: 95.2, approximate: false, interval: { low: 12.4, high: 340.1 } }, 'finished'))
      .toBe('95.2 per million (95% interval 12.4–340)');
  });

  it('says plainly when the compliance sample found nothing, with the upper bound', () => {
    expect(readingText({ key: prevalence, value: 0, approximate: false, interval: { low: 0, high: 87.8 } }, 'finished'))
      .toBe('none found, at most 87.8 per million');
  });
});
