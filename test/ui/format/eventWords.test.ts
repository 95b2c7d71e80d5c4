// "Step event" says what it ran, in plain words: every event kind the model registers has words,
// a station's "done" names the officer and the parcel, and the time reads as the header's clock.
import { describe, expect, it } from 'vitest';
import { Facility } from '../../../src/model/index.js';
import { getPreset } from '../../../src/scenario/index.js';
import { eventWords, steppedText } from '../../../src/ui/format/eventWords.js';

const OPENING = 30 * 3600;

describe('words for stepped events', () => {
  it('says who finished which parcel, and when, on the header\'s clock', () => {
    const e = { kind: 'xray done', time: OPENING + 14 * 60 + 5, parcel: 12345, officer: { station: 'xray' as const, number: 3 } };
    expect(steppedText({ unit: 'event', event: e }, e.time, OPENING)).toBe('Stepped: X-ray officer 3 finished parcel 12345 at 06:14:05.');
    expect(steppedText({ unit: 'event', event: { ...e, time: e.time + 86_400 } }, 0, OPENING)).toBe('Stepped: X-ray officer 3 finished parcel 12345 at 06:14:05 on day 2.');
  });

  it('has words for every event kind a real facility registers (none falls back to its code name)', () => {
    const f = new Facility(getPreset('baseline').scenario, { seed: 1, warmupDays: 0.5 });
    const kinds: string[] = [];
    for (let t = 0; ; t++) {
      const name = f.kernel.typeName(t);
      if (name === `#${t}`) break;
      kinds.push(name);
    }
    expect(kinds).toContain('officer shift end');
    for (const kind of kinds) {
      const words = eventWords({ kind, time: 0, parcel: 7, officer: { station: 'exam', number: 2 }, team: 1, receptacle: 9 });
      expect(words, kind).not.toMatch(/event “/);
      expect(words, kind).not.toMatch(/[a-z][A-Z]|_|undefined/);
    }
    expect(eventWords({ kind: 'officer shift end', time: 0, officer: { station: 'fieldTest', number: 1 } })).toBe("Field test officer 1's shift ended");
  });

  it('names an unknown kind by its name, and says when a step reached the end or what a minute ran', () => {
    expect(eventWords({ kind: 'something new', time: 0 })).toBe('the event “something new” ran');
    expect(steppedText({ unit: 'event', event: null }, 0, 0)).toBe('Stepped: nothing was left to run; the run has reached its end.');
    expect(steppedText({ unit: 'minute', events: 1234 }, OPENING + 60, OPENING)).toBe('Stepped one minute, to 06:01:00: 1,234 events ran.');
    expect(steppedText({ unit: 'minute', events: 0 }, OPENING + 60, OPENING)).toBe('Stepped one minute, to 06:01:00: nothing happened.');
  });
});
