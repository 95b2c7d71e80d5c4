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
    expect(text).not.toMatch(/Officer time cost|compliance sample/);
    expect(text).toMatch(/Screening added [\d,]+ parcel-hours of delay\./); // known as it accrues
  });

  it('reads a finished run as one calm paragraph with units', () => {
    const text = summaryText(finishedView(results));
    expect(text).toMatch(/^The run has finished after 24 simulated hours\./);
    expect(text).toContain(`interdiction rate of`);
    expect(text).toMatch(/after their flight landed on average/);
    expect(text).toMatch(/95 of every 100 parcels pulled for screening left within [\d.]+ (s|min|h) of the pull/);
    expect(text).toMatch(/Screening added [\d,.]+ parcel-hours of delay\./);
    expect(text).toMatch(/Officer time cost \$[\d,]+/);
    expect(text).not.toContain('\n');
    expect(text).not.toMatch(/NaN|undefined|null/);
  });

  it('says "none" rather than "0" in sentences, and admits when there is no rate', () => {
    const view = finishedView({ ...results, parcels: { ...results.parcels, detained: 0 }, contraband: { ...results.contraband, seized: 0, missed: 0, detained: 0 } });
    const text = summaryText(view);
    expect(text).toContain('none detained');
    expect(text).toContain('no contraband has left the facility yet, so there is no interdiction rate');
  });

  it('tells of parcels released unscreened, overtime and the compliance estimate when there are any', () => {
    const text = summaryText(finishedView({
      ...results,
      parcels: { ...results.parcels, releasedUnscreened: 1234 },
      cost: { ...results.cost, dollars: 28_750, overtimeHours: 10 },
      interdiction: { ...results.interdiction, compliance: { sampled: 40_000, examined: 40_000, withContraband: 4, prevalencePerMillion: 95.2, low: 12.4, high: 340.1 } },
    }));
    expect(text).toContain('1,234 released parcels were pulled for screening but let go without it because of a backlog limit.');
    expect(text).toContain('Officer time cost $28,750, with 10 officer-hours of overtime.');
    expect(text).toContain('The compliance sample examined 40,000 parcels at random; it puts contraband at 95.2 in a million parcels (95% interval 12.4 to 340).');
  });

  it('gives the upper bound when the compliance sample found nothing', () => {
    const text = summaryText(finishedView({
      ...results,
      interdiction: { ...results.interdiction, compliance: { sampled: 40_000, examined: 40_000, withContraband: 0, prevalencePerMillion: 0, low: 0, high: 87.8 } },
    }));
    expect(text).toContain('found no contraband: at most 87.8 in a million parcels carry it (95% upper bound).');
  });
});
