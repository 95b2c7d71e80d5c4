// The flights the dock draws: those that landed in the last hour, newest first, with the mail they
// brought, and the next landing. Reading them draws no random numbers, so the run is unchanged.
import { describe, expect, it } from 'vitest';
import { Facility, buildResults, takeSnapshot } from '../../src/model/index.js';
import { getPreset } from '../../src/scenario/index.js';

const baseline = getPreset('baseline').scenario;

describe('recent landings', () => {
  it('lists the flights of the last hour, newest first, and the next landing', () => {
    const f = new Facility(baseline, { seed: 3, days: 1 });
    f.advance(6.5 * 3600);
    const { landed, next } = f.recentLandings();
    expect(landed.length).toBeGreaterThan(0);
    for (const l of landed) expect(l.at).toBeGreaterThan(5.5 * 3600);
    for (const l of landed) expect(l.at).toBeLessThanOrEqual(6.5 * 3600);
    expect(landed.map((l) => l.at)).toEqual([...landed.map((l) => l.at)].sort((a, b) => b - a));
    expect(next).toBeGreaterThan(6.5 * 3600);
    // Each flight carries the day's pieces shared out over 32 flights, in receptacles of at most 115.
    for (const l of landed) {
      expect(l.pieces).toBeGreaterThanOrEqual(9375 - 1);
      expect(l.receptacles).toBe(Math.ceil(l.pieces / 115));
    }
    const snap = takeSnapshot(f);
    expect(snap.dock.landed).toEqual(landed);
    expect(snap.dock.nextLandingAt).toBe(next);
  });

  it('lists none in the night hours, when no flight lands, but knows the next', () => {
    const f = new Facility(baseline, { seed: 3, days: 1 });
    f.advance(2 * 3600);
    const { landed, next } = f.recentLandings();
    expect(landed).toEqual([]);
    expect(next).toBeGreaterThanOrEqual(5 * 3600);
  });

  it('changes nothing in the run: results with the landings read every hour equal those without', () => {
    const watched = new Facility(baseline, { seed: 5, days: 1 });
    while (!watched.finished) {
      watched.advance(watched.kernel.now + 3600);
      watched.recentLandings();
      takeSnapshot(watched);
    }
    const plain = new Facility(baseline, { seed: 5, days: 1 });
    plain.runToEnd();
    expect(JSON.stringify(buildResults(watched))).toBe(JSON.stringify(buildResults(plain)));
  });

  it('has no flights for single-parcel arrivals', () => {
    const f = new Facility(getPreset('single-queue').scenario, { seed: 1, days: 1 });
    f.advance(3600);
    expect(f.recentLandings()).toEqual({ landed: [], next: null });
  });
});
