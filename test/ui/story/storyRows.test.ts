// A parcel's story in words: the hidden truth stays hidden while the parcel is inside, unless revealed.
import { describe, expect, it } from 'vitest';
import type { ParcelStory } from '../../../src/model/index.js';
import { storyRows } from '../../../src/ui/story/storyRows.js';
import { parcelsIn, queueChoices, statesOf } from '../../../src/ui/story/queueChoices.js';

function story(outcome: ParcelStory['outcome']): ParcelStory {
  return {
    id: 1234005,
    visible: { origin: 'CN', mailType: 'packet', advanceData: true, declared: 'medicine', weightKg: 0.42, declaredValueUsd: 18.5, riskScore: 0.99912 },
    pulledBy: { kind: 'rule', ruleId: 'aed-risk', why: 'risk score 0.9991 is at or above the threshold 0.998' },
    path: [
      { state: 'awaitingInduction', time: 3600 },
      { state: 'held', time: 7200 },
      { state: 'examQueue', time: 9000 },
      ...(outcome === null ? [] : [{ state: 'exam', time: 9600 }, { state: outcome, time: 10_000 }]),
    ],
    outcome,
    truth: { contraband: 'fentanyl', deepConcealment: false, grams: 650.5 },
  };
}

describe('story rows', () => {
  it('hides the truth while the parcel is inside, and says how to reveal it', () => {
    const rows = storyRows(story(null), 9300, false);
    expect(rows.truth).toBeNull();
    expect(rows.truthNote).toMatch(/^Hidden while the parcel is inside/);
    expect(rows.outcome).toBe('Still inside the facility (exam queue).');
  });

  it('shows the truth once the parcel has left, or when the trainer reveals it', () => {
    expect(storyRows(story('seized'), 10_000, false).truth).toEqual([['Contraband', 'Fentanyl'], ['Quantity', '650.5 g'], ['Deep concealment', 'no']]);
    const revealed = storyRows(story(null), 9300, true);
    expect(revealed.truth?.[0]).toEqual(['Contraband', 'Fentanyl']);
    expect(revealed.truthNote).toMatch(/^Revealed by the trainer/);
  });

  it('lists every state with its time and how long it lasted; the current one counts on', () => {
    const rows = storyRows(story(null), 9300, false);
    expect(rows.path.map((s) => [s.label, s.time, s.lasted, s.current])).toEqual([
      ['Awaiting induction', 'Day 1, 01:00:00', '1 h 00 min', false],
      ['Held for presentation', 'Day 1, 02:00:00', '30 min', false],
      ['Exam queue', 'Day 1, 02:30:00', '5 min so far', true],
    ]);
    expect(rows.pulledBy).toBe('Rule aed-risk: risk score 0.9991 is at or above the threshold 0.998.');
    expect(rows.visible).toContainEqual(['Risk score', '0.9991']);
  });
});

describe('queue choices', () => {
  const snapshot = {
    byState: { held: 2, xrayQueue: 1, xray: 1, released: 0 },
    parcels: [
      { id: 1, state: 'held', contraband: false, rule: 0 },
      { id: 2, state: 'xrayQueue', contraband: false, rule: 2 },
      { id: 3, state: 'held', contraband: true, rule: 0 },
      { id: 4, state: 'xray', contraband: false, rule: 2 },
    ],
  } as never;

  it('offers the states that hold parcels now, in lifecycle order, with counts', () => {
    expect(queueChoices(snapshot, ['held', 'xrayQueue', 'xray', 'examQueue'])).toEqual([
      { value: 'held', label: 'Held for presentation (2)', count: 2 },
      { value: 'xrayQueue', label: 'X-ray queue (1)', count: 1 },
      { value: 'xray', label: 'X-ray (1)', count: 1 },
    ]);
  });

  it('maps a station to its queue and service, and lists its parcels oldest first', () => {
    expect(statesOf({ kind: 'station', name: 'xray' })).toEqual(['xrayQueue', 'xray']);
    expect(statesOf({ kind: 'station', name: 'seizure' })).toEqual(['seizureQueue', 'seizureProcessing']);
    expect(statesOf({ kind: 'region', state: 'lab' })).toEqual(['lab']);
    expect(parcelsIn(snapshot, ['xrayQueue', 'xray'], 10).map((p) => p.id)).toEqual([2, 4]);
    expect(parcelsIn(snapshot, ['held'], 1).map((p) => p.id)).toEqual([1]);
  });
});
