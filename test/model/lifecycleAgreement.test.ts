// The engine steps every lifecycle through compiled tables (its fast path); XState is the source
// of truth (docs/architecture.md rule 6: "A test must show that the fast path and XState agree on every
// transition"). Each run below records every transition of every parcel, officer, dog team and
// station, and replays each entity's events through XState itself: XState must accept every event
// and land in the state the engine recorded, after every event.
//
// What the recorder sees: only parcels that get a slot (pulled by a rule or a dog's alert). The
// ~99% released at induction are counted, never stepped, so no INDUCTED_CLEAR is ever recorded.
// Officers keep their number across days, so an officer's history spans every shift of the run;
// each station is one entity (its index) for the whole run.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { runScenario, type RunResults } from '../../src/model/index.js';
import { canineMachine, officerMachine, parcelMachine, replayWithXState, stationMachine } from '../../src/machines/index.js';
import { getPreset, type Scenario } from '../../src/scenario/index.js';
import { TransitionLog, onlyXray, variant } from './scenarios.js';

const MACHINES: Record<string, AnyStateMachine> = {
  parcel: parcelMachine,
  officer: officerMachine,
  canine: canineMachine,
  station: stationMachine,
};

/** Replays every entity of every machine; returns the number of transitions checked per machine. */
function expectXStateAgrees(log: TransitionLog): Record<string, number> {
  const checked: Record<string, number> = {};
  for (const [machine, entities] of log.byMachine) {
    const xstate = MACHINES[machine];
    expect(xstate, `unknown machine '${machine}'`).toBeDefined();
    checked[machine] = 0;
    for (const [entity, history] of entities) {
      const events = history.map((t) => t.event);
      let states: string[];
      try {
        states = replayWithXState(xstate, events);
      } catch (e) {
        throw new Error(`${machine} ${entity}: XState refused the recorded sequence ${events.join(' ')}: ${(e as Error).message}`);
      }
      expect(states, `${machine} ${entity}: ${events.join(' ')}`).toEqual(history.map((t) => t.to));
      checked[machine] += events.length;
      // Time never goes back within an entity's history.
      for (let i = 1; i < history.length; i++) expect(history[i].time).toBeGreaterThanOrEqual(history[i - 1].time);
    }
  }
  return checked;
}

function record(scenario: Scenario, seed: number, days?: number): { log: TransitionLog; results: RunResults } {
  const log = new TransitionLog();
  const results = runScenario(scenario, { seed, days, recorder: log.recorder });
  return { log, results };
}

describe('the fast path and XState agree on every transition', () => {
  describe('baseline, one day', () => {
    let log: TransitionLog;
    let results: RunResults;
    beforeAll(() => ({ log, results } = record(getPreset('baseline').scenario, 1)));

    it('agrees for every parcel, officer, dog team and station', () => {
      const checked = expectXStateAgrees(log);
      expect(Object.keys(checked).sort()).toEqual(['canine', 'officer', 'parcel', 'station']);
      expect(checked.parcel).toBeGreaterThan(10_000);
    });

    it('records exactly the parcels that were pulled, and none released at induction', () => {
      const parcels = log.of('parcel');
      const i = results.interdiction;
      // Refused holds never leave the belt; the compliance sample does.
      const pulled = i.rules.reduce((a, r) => a + r.pulled, 0) - i.holdsRefused + i.canineAlerts + i.compliance.sampled;
      expect(parcels.size).toBe(pulled);
      for (const history of parcels.values()) {
        expect(['TARGETED_HOLD', 'PULL_XRAY', 'PULL_CT', 'PULL_EXAM', 'CANINE_ALERT']).toContain(history[0].event);
        expect(history.some((t) => t.event === 'INDUCTED_CLEAR')).toBe(false);
      }
    });

    it('has one entity per officer, per dog team and per open station', () => {
      const s = getPreset('baseline').scenario;
      const officers = (['xray', 'ct', 'exam', 'fieldTest', 'seizure'] as const)
        .filter((n) => s.stations[n].enabled)
        .reduce((a, n) => a + s.stations[n].officersByShift.reduce((x, y) => x + y, 0), 0);
      expect(log.of('officer').size).toBe(officers);
      expect(log.of('canine').size).toBe(s.stations.canine.teamsByShift.reduce((a, b) => a + b, 0));
      expect(log.of('station').size).toBe(4); // CT is off in the baseline and never staffed
    });
  });

  it('agrees for single-queue (Poisson arrivals, every parcel pulled)', () => {
    const { log, results } = record(getPreset('single-queue').scenario, 1);
    expectXStateAgrees(log);
    expect(log.of('parcel').size).toBe(results.parcels.arrived);
  });

  it('agrees under the handover shift-end rule with officers busy at every shift end', () => {
    // Two 12-hour shifts, heavily loaded X-ray with long services: officers are nearly always
    // busy when their shift ends, so their parcels go back to the queue (HANDOVER).
    const scenario = variant('single-queue', (s) => {
      s.shiftEndRule = 'handover';
      s.shifts = [
        { name: 'night', startHour: 0, hours: 12, breakMinutes: 20 },
        { name: 'day', startHour: 12, hours: 12, breakMinutes: 20 },
      ];
      onlyXray(s);
      s.stations.xray = { ...s.stations.xray, lanes: 4, officersByShift: [4, 3], serviceSeconds: { kind: 'exponential', mean: 900 } };
      s.arrivals = { kind: 'poisson', perHour: 14 };
    });
    const { log } = record(scenario, 2, 3);
    const checked = expectXStateAgrees(log);
    const handovers = (m: string): number => [...log.of(m).values()].flat().filter((t) => t.event === 'HANDOVER').length;
    expect(handovers('officer')).toBeGreaterThan(5);
    expect(handovers('parcel')).toBe(handovers('officer'));
    expect(checked.officer).toBeGreaterThan(100);
  });

  for (const rule of ['handover', 'finish'] as const) {
    it(`agrees when staffing changes during the run, officers called in and sent home mid-shift (${rule})`, () => {
      const scenario = variant('single-queue', (s) => {
        s.shiftEndRule = rule;
        s.shifts = [{ name: 'day', startHour: 0, hours: 24, breakMinutes: 30 }];
        onlyXray(s);
        s.stations.xray = { ...s.stations.xray, lanes: 6, officersByShift: [3], serviceSeconds: { kind: 'exponential', mean: 600 } };
        s.arrivals = { kind: 'poisson', perHour: 20 };
        s.changesDuringRun = [
          { kind: 'officers', atMinute: 200, station: 'xray', shift: 0, officers: 6 }, // hires three
          { kind: 'officers', atMinute: 500, station: 'xray', shift: 0, officers: 1 }, // sends five home, busy ones too
          { kind: 'officers', atMinute: 700, station: 'xray', shift: 0, officers: 4 }, // calls three back
          { kind: 'officers', atMinute: 1300, station: 'xray', shift: 0, officers: 0 },
        ];
      });
      const { log } = record(scenario, 4, 2);
      expectXStateAgrees(log);
      expect(log.of('officer').size).toBe(6);
      const events = new Set([...log.of('officer').values()].flat().map((t) => t.event));
      expect(events).toContain('SHIFT_END');
      expect(events).toContain(rule === 'handover' ? 'HANDOVER' : 'DONE');
    });
  }

  it('agrees with CT switched on, holds presented or not, and dog alerts (aed-gaps at a tenth of the volume)', () => {
    const scenario = variant('aed-gaps', (s) => {
      if (s.arrivals.kind !== 'flights') throw new Error('aed-gaps arrives by flights');
      s.arrivals.piecesPerDay = 30_000; // a tenth of the volume keeps the XState replay quick
      s.stations.ct.enabled = true;
      s.targeting.rules.push({ id: 'ct-medicine', enabled: true, when: { kind: 'declared', in: ['medicine'] }, order: 'ct', hold: true });
    });
    const { log } = record(scenario, 3);
    expectXStateAgrees(log);
    const events = new Set([...log.of('parcel').values()].flat().map((t) => t.event));
    for (const e of ['PULL_XRAY', 'TARGETED_HOLD', 'PRESENTED_CT', 'PRESENTED_EXAM', 'NOT_PRESENTED', 'NOT_EXAMINED', 'CANINE_ALERT', 'ALARM', 'CLEAR', 'NOTHING_FOUND']) {
      expect(events, e).toContain(e);
    }
  });
});
