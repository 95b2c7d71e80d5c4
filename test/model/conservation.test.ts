// Conservation: every parcel that arrives is released, seized, detained or still inside at the end
// of the run, and so is every contraband parcel of every type (docs/architecture.md, Tests: "Model:
// conservation (every parcel accounted for)"). The end-of-run check in the model must also catch
// books that do not balance.
import { describe, expect, it } from 'vitest';
import { ConservationError, Facility, buildResults, checkConservation, runScenario, type RunResults } from '../../src/model/index.js';
import { CONTRABAND_TYPES, getPreset, presetNames } from '../../src/scenario/index.js';

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const byTypeSum = (r: Record<string, number>): number => sum(Object.values(r));

function expectBalanced(r: RunResults): void {
  const p = r.parcels;
  expect(p.arrived).toBe(p.released + p.seized + p.detained + p.inside);
  const c = r.contraband;
  expect(c.arrived).toBe(c.seized + c.missed + c.detained + c.inside);
  // Per type: the by-type tables add up to the totals, and no type has more out than in.
  expect(byTypeSum(c.arrivedByType)).toBe(c.arrived);
  expect(byTypeSum(c.seizedByType)).toBe(c.seized);
  expect(byTypeSum(c.missedByType)).toBe(c.missed);
  for (const t of CONTRABAND_TYPES) {
    expect(c.seizedByType[t] + c.missedByType[t]).toBeLessThanOrEqual(c.arrivedByType[t]);
  }
  // Contraband outcomes are a subset of parcel outcomes.
  expect(c.seized).toBeLessThanOrEqual(p.seized);
  expect(c.detained).toBeLessThanOrEqual(p.detained);
  expect(c.missed).toBeLessThanOrEqual(p.released);
  expect(c.inside).toBeLessThanOrEqual(p.inside);
  expect(r.throughput.backlogAtEnd).toBe(p.inside);
  // The hourly rows tell the same story as the totals.
  expect(sum(r.hourly.map((h) => h.arrived))).toBe(p.arrived);
  expect(sum(r.hourly.map((h) => h.released))).toBe(p.released);
  expect(sum(r.hourly.map((h) => h.seized))).toBe(p.seized);
  expect(sum(r.hourly.map((h) => h.detained))).toBe(p.detained);
  expect(sum(r.hourly.map((h) => h.contrabandArrived))).toBe(c.arrived);
  expect(sum(r.hourly.map((h) => h.contrabandSeized))).toBe(c.seized);
  expect(r.hourly.at(-1)!.inside).toBe(p.inside);
  // Rules: a parcel counts for one rule only, and hits are seizures.
  for (const rule of r.interdiction.rules) {
    expect(rule.hits).toBeLessThanOrEqual(rule.contrabandPulled);
    expect(rule.contrabandPulled).toBeLessThanOrEqual(rule.pulled);
    expect(rule.screened).toBeLessThanOrEqual(rule.pulled);
  }
  expect(sum(r.interdiction.rules.map((x) => x.hits))).toBeLessThanOrEqual(p.seized);
}

describe('every parcel is accounted for', () => {
  for (const name of presetNames()) {
    for (const seed of [1, 2]) {
      it(`${name}, seed ${seed}: arrived = released + seized + detained + inside, in total and per contraband type`, () => {
        const r = runScenario(getPreset(name).scenario, { seed, days: 1 });
        expect(r.parcels.arrived).toBeGreaterThan(0);
        expectBalanced(r);
      });
    }
  }

  it('balances over a multi-day run with a backlog (holiday surge, 3 days)', () => {
    const r = runScenario(getPreset('holiday-surge').scenario, { seed: 5, days: 3 });
    expect(r.parcels.inside).toBeGreaterThan(0);
    expectBalanced(r);
  });

  it('balances at every hour, not only at the end (checkConservation mid-run)', () => {
    const f = new Facility(getPreset('baseline').scenario, { seed: 3 });
    for (let h = 1; h <= 24; h++) {
      f.advance(h * 3600);
      expect(() => checkConservation(f)).not.toThrow();
    }
  });
});

describe('with a warm-up, the parcels inside when statistics start are an opening balance', () => {
  const run = (): { f: Facility; r: RunResults } => {
    const f = new Facility(getPreset('holiday-surge').scenario, { seed: 9, days: 3, warmupDays: 1 });
    f.runToEnd();
    return { f, r: buildResults(f) };
  };

  it('balances: inside at the start + arrived = released + seized + detained + inside, in total and per type', () => {
    const { f, r } = run();
    expect(f.insideAtStart).toBeGreaterThan(0);
    expect(() => checkConservation(f)).not.toThrow();
    const p = r.parcels;
    expect(f.insideAtStart + p.arrived).toBe(p.released + p.seized + p.detained + p.inside);
    const c = r.contraband;
    const openingContraband = f.contrabandInsideAtStart.reduce((a, b) => a + b, 0);
    expect(openingContraband + c.arrived).toBe(c.seized + c.missed + c.detained + c.inside);
  });

  it('keeps an hourly row for every hour of the run; the rows after the warm-up add up to the totals', () => {
    const { r } = run();
    expect(r.hourly).toHaveLength(72);
    const after = r.hourly.filter((h) => h.hour >= 24);
    expect(sum(after.map((h) => h.arrived))).toBe(r.parcels.arrived);
    expect(sum(after.map((h) => h.released))).toBe(r.parcels.released);
    expect(sum(after.map((h) => h.seized))).toBe(r.parcels.seized);
    expect(sum(after.map((h) => h.contrabandArrived))).toBe(r.contraband.arrived);
  });

  it("publishes enough for a reader to balance a warm-up run's results (runScenario's documented identity)", () => {
    // runScenario's TSDoc: insideAtStart + arrived === released + seized + detained + inside,
    // where insideAtStart is the opening balance published in RunResults.
    const { r } = run();
    const p = r.parcels;
    expect(p.insideAtStart).toBeGreaterThan(0);
    expect(p.insideAtStart + p.arrived).toBe(p.released + p.seized + p.detained + p.inside);
    const c = r.contraband;
    expect(c.insideAtStart + c.arrived).toBe(c.seized + c.missed + c.detained + c.inside);
  });
});

describe('checkConservation catches books that do not balance', () => {
  function finishedBaseline(): Facility {
    const f = new Facility(getPreset('baseline').scenario, { seed: 1 });
    f.runToEnd();
    expect(() => checkConservation(f)).not.toThrow();
    return f;
  }

  it('throws a ConservationError when one parcel too many is counted as released', () => {
    const f = finishedBaseline();
    f.metrics.released++;
    expect(() => checkConservation(f)).toThrow(ConservationError);
    expect(() => checkConservation(f)).toThrow(/parcels: arrived \d+ != released/);
  });

  it('throws a ConservationError when a contraband parcel of one type goes missing', () => {
    const f = finishedBaseline();
    f.metrics.contrabandMissed[CONTRABAND_TYPES.indexOf('fentanyl')] += 1;
    expect(() => checkConservation(f)).toThrow(ConservationError);
    expect(() => checkConservation(f)).toThrow(/contraband fentanyl/);
  });

  it('makes buildResults refuse to publish unbalanced results', () => {
    const f = finishedBaseline();
    f.metrics.arrived--;
    expect(() => buildResults(f)).toThrow(ConservationError);
  });
});
