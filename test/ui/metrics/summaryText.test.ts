import { describe, expect, it } from 'vitest';
import { Facility, buildResults, takeSnapshot } from '../../../src/model/index.js';
import { getPreset } from '../../../src/scenario/index.js';
import { finishedView, liveView } from '../../../src/ui/metrics/liveMetrics.js';
import { summaryText } from '../../../src/ui/metrics/summaryText.js';

const f = new Facility(getPreset('baseline').scenario, { seed: 1, days: 1 });
f.advance(10 * 3600);
const snapshot = takeSnapshot(f);
const rows = [...f.hourly.rows];
f.advance(f.endTime);
const results = buildResults(f);

describe('summary text', () => {
  it('says where a live run is and that its numbers are so far', () => {
    const text = summaryText(liveView(snapshot, rows, 60));
    expect(text).toMatch(/^Day 1, 10:00: 10 of 24 simulated hours; the run is in progress\./);
    expect(text).toContain(`${snapshot.totals.arrived.toLocaleString('en-US')} parcels have arrived so far`);
    expect(text).toContain('an estimate until the run ends');
    expect(text).not.toMatch(/95 of every 100/);
  });

  it('reads a finished run as one calm paragraph with units', () => {
    const text = summaryText(finishedView(results));
    expect(text).toMatch(/^The run has finished after 24 simulated hours\./);
    expect(text).toContain(`interdiction rate of`);
    expect(text).toMatch(/95 of every 100 left within [\d.]+ (s|min|h)/);
    expect(text).not.toContain('\n');
    expect(text).not.toMatch(/NaN|undefined|null/);
  });

  it('says "none" rather than "0" in sentences, and admits when there is no rate', () => {
    const view = finishedView({ ...results, parcels: { ...results.parcels, detained: 0 }, contraband: { ...results.contraband, seized: 0, missed: 0, detained: 0 } });
    const text = summaryText(view);
    expect(text).toContain('none detained');
    expect(text).toContain('no contraband has left the facility yet, so there is no interdiction rate');
  });
});
