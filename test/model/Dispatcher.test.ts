// The dispatcher (src/model/Dispatcher.ts): the one owner of free officers and of the start of
// service. It starts the head of a queue with the officer who became free last, keeps each
// station's lifecycle in step with its staff through the station machine, and never lets an
// officer go on a break or off duty with a parcel in hand.
import { describe, expect, it } from 'vitest';
import { Facility } from '../../src/model/index.js';
import { getPreset, type Scenario } from '../../src/scenario/index.js';
import { TransitionLog, oneReceptacleToXray, variant } from './scenarios.js';

/** Runs `scenario`, calling `check` after every event (the moments a snapshot can see). */
function everyEvent(scenario: Scenario, days: number, check: (f: Facility) => void, recorder?: TransitionLog['recorder']): Facility {
  const f = new Facility(scenario, { seed: 2, days, recorder });
  while (f.kernel.step() && !f.finished) check(f);
  return f;
}

describe('the dispatcher', () => {
  it('starts the head of the queue with the officer who became free last', () => {
    // Two officers, two lanes, 100 pieces queued at once, 60 s each: officer 1 arrived last and
    // takes the first piece, officer 0 the second; both finish together, and each one freed
    // takes the next piece at once, so they alternate for the whole receptacle.
    const log = new TransitionLog();
    const scenario = oneReceptacleToXray((s) => { s.stations.xray.lanes = 2; s.stations.xray.officersByShift = [2]; });
    const f = new Facility(scenario, { seed: 1, days: 1, recorder: log.recorder });
    f.runToEnd();
    const assigned = log.all.filter((t) => t.machine === 'officer' && t.event === 'ASSIGN').map((t) => t.entity);
    expect(assigned).toHaveLength(100);
    expect(assigned).toEqual(assigned.map((_, i) => (i % 2 === 0 ? 1 : 0)));
  });

  for (const [label, scenario] of [
    ['the baseline under the hand-over rule', variant('baseline', (s) => { s.shiftEndRule = 'handover'; })],
    ['fewer X-ray lanes than officers, with overtime', variant('baseline', (s) => {
      s.stations.xray.lanes = 1;
      s.overtime = { maxHours: 2, blockMinutes: 30, queueAtLeast: { xray: 1, ct: 1, exam: 1, fieldTest: 1, seizure: 1 } };
    })],
  ] as const) {
    it(`keeps every station closed exactly when unstaffed and serving exactly when busy (${label})`, () => {
      let checked = 0;
      everyEvent(scenario, 2, (f) => {
        for (const st of f.stationList) {
          const want = st.present === 0 ? 'closed' : st.inService > 0 ? 'serving' : 'idle';
          if (f.dispatcher.stationState(st) !== want) throw new Error(`${st.name} at ${f.kernel.now}: ${f.dispatcher.stationState(st)}, expected ${want}`);
          if (st.inService > Math.min(st.lanes, st.present)) throw new Error(`${st.name} at ${f.kernel.now}: ${st.inService} in service`);
          checked++;
        }
      });
      expect(checked).toBeGreaterThan(100_000);
    });
  }

  it('sends SERVICE_START once per service started', () => {
    const log = new TransitionLog();
    const f = new Facility(getPreset('baseline').scenario, { seed: 3, days: 2, recorder: log.recorder });
    f.runToEnd();
    for (const st of f.stationList) {
      const starts = (log.of('station').get(st.index) ?? []).filter((t) => t.event === 'SERVICE_START').length;
      expect(starts, st.name).toBe(st.started);
    }
  });

  it('never lets an officer go on a break or off duty with a parcel in hand', () => {
    const scenario = variant('baseline', (s) => { s.shiftEndRule = 'handover'; });
    const away: string[] = [];
    const log = new TransitionLog();
    const f: Facility = new Facility(scenario, {
      seed: 4, days: 2,
      recorder: (machine, entity, event, to, time) => {
        log.recorder(machine, entity, event, to, time);
        if (machine === 'officer' && (to === 'onBreak' || to === 'offDuty') && f.dispatcher.parcelOf(entity) >= 0) away.push(`officer ${entity} ${event} at ${time}`);
      },
    });
    f.runToEnd();
    expect(log.all.filter((t) => t.machine === 'parcel' && t.event === 'HANDOVER').length).toBeGreaterThan(0);
    expect(away).toEqual([]);
  });
});
