// The simulation worker's message handling, run in Node with a fake host.
import { describe, expect, it } from 'vitest';
import { getPreset } from '../../../src/scenario/index.js';
import { runScenario } from '../../../src/model/index.js';
import type { FromWorker } from '../../../src/ui/protocol.js';
import { SimSession } from '../../../src/ui/worker/SimSession.js';
import { liveRunOptions } from '../../../src/model/liveRun.js';

function fakeHost() {
  const posted: FromWorker[] = [];
  const timers: Array<() => void> = [];
  let t = 0;
  return {
    posted,
    host: { post: (m: FromWorker) => posted.push(m), later: (_ms: number, fn: () => void) => timers.push(fn), now: () => (t += 0.05) },
    /** Timers waiting to run. */
    timers,
    /** Runs queued timers until none is left (or `limit` ran). */
    drain(limit = 1_000_000) {
      for (let i = 0; i < limit && timers.length > 0; i++) timers.shift()!();
    },
  };
}

const scenario = getPreset('single-queue').scenario;
/** The live run opens at 06:00 after a warm-up of a day and six hours (model/liveRun.ts). */
const OPENING = 30 * 3600;
/** The hourly rows of the first day after the opening, by their hour on the run's clock. */
const DAY_ROWS = Array.from({ length: 24 }, (_, i) => 30 + i);

describe('simulation session', () => {
  it('answers load with a frame at the opening, 06:00 after the warm-up, paused, with the warm-up\'s rows left out', () => {
    const h = fakeHost();
    new SimSession(h.host).handle({ type: 'load', runId: 4, scenario, seed: 1, days: 1 });
    expect(h.posted).toHaveLength(1);
    const f = h.posted[0];
    expect(f.type === 'frame' && [f.runId, f.snapshot.time, f.snapshot.statsStart, f.running, f.newRows.length]).toEqual([4, OPENING, OPENING, false, 0]);
    // It opens warm: parcels inside, carried as the opening balance.
    expect(f.type === 'frame' && f.snapshot.totals.inside).toBeGreaterThan(0);
  });

  it('plays to the end at max speed, sending every hourly row once and the same results as runScenario', () => {
    const h = fakeHost();
    const s = new SimSession(h.host);
    s.handle({ type: 'load', runId: 1, scenario, seed: 9, days: 1 });
    s.handle({ type: 'play', speed: 'max' });
    h.drain();
    const frames = h.posted.filter((m) => m.type === 'frame');
    const rows = frames.flatMap((m) => (m.type === 'frame' ? m.newRows : []));
    expect(rows.map((r) => r.hour)).toEqual(DAY_ROWS);
    const last = h.posted[h.posted.length - 1];
    expect(last.type).toBe('finished');
    expect(last.type === 'finished' && last.results).toEqual(runScenario(scenario, liveRunOptions(9, 1)));
    expect(last.type === 'finished' && [last.results.simulatedHours, last.results.parcels.insideAtStart > 0]).toEqual([24, true]);
    expect(h.posted.filter((m) => m.type === 'finished')).toHaveLength(1);
  });

  it('while playing, sends no new frame until the page says it is ready, and then carries every row since', () => {
    const h = fakeHost();
    const s = new SimSession(h.host, { sliceMs: 1, frameMs: 0 });
    s.handle({ type: 'load', runId: 1, scenario, seed: 9, days: 1 });
    s.handle({ type: 'play', speed: 'max' }); // the play frame is now in flight
    const framesSoFar = () => h.posted.filter((m) => m.type === 'frame').length;
    const before = framesSoFar();
    for (let i = 0; i < 20 && h.timers.length > 0; i++) h.timers.shift()!();
    expect(framesSoFar()).toBe(before);
    s.handle({ type: 'ready' });
    h.timers.shift()!();
    expect(framesSoFar()).toBe(before + 1);
    s.handle({ type: 'ready' });
    h.drain();
    const rows = h.posted.flatMap((m) => (m.type === 'frame' ? m.newRows : []));
    expect(rows.map((r) => r.hour)).toEqual(DAY_ROWS);
  });

  it('steps a minute and reports it in a paused frame', () => {
    const h = fakeHost();
    const s = new SimSession(h.host);
    s.handle({ type: 'load', runId: 1, scenario, seed: 1, days: 1 });
    s.handle({ type: 'step', unit: 'minute' });
    s.handle({ type: 'step', unit: 'minute' });
    const f = h.posted[h.posted.length - 1];
    expect(f.type === 'frame' && [f.snapshot.time, f.running]).toEqual([OPENING + 120, false]);
    expect(f.type === 'frame' && f.stepped?.unit === 'minute' && f.stepped.events).toBeGreaterThan(0);
  });

  it('steps one event and says which: its kind as the model registered it, its time and who it concerned', () => {
    const h = fakeHost();
    const s = new SimSession(h.host);
    s.handle({ type: 'load', runId: 1, scenario, seed: 1, days: 1 });
    const seen: string[] = [];
    for (let i = 0; i < 400; i++) {
      s.handle({ type: 'step', unit: 'event' });
      const f = h.posted[h.posted.length - 1];
      if (f.type !== 'frame' || f.stepped?.unit !== 'event' || f.stepped.event === null) throw new Error('a step frame names its event');
      const e = f.stepped.event;
      expect(e.time).toBe(f.snapshot.time);
      if (e.kind.endsWith(' done') && e.kind !== 'hold search done') {
        expect(e.parcel).toBeGreaterThanOrEqual(0);
        expect(e.officer?.number).toBeGreaterThanOrEqual(1);
      }
      seen.push(e.kind);
    }
    // The first few minutes after the opening are busy with officers finishing parcels.
    expect(seen.some((k) => k.endsWith(' done'))).toBe(true);
    // Watching is switched off again: the kernel's hot path has no observer.
    s.handle({ type: 'play', speed: 'max' });
    h.drain();
    expect(h.posted[h.posted.length - 1].type).toBe('finished');
  });

  it('pause sends a frame with running false, and the loop stops', () => {
    const h = fakeHost();
    const s = new SimSession(h.host);
    s.handle({ type: 'load', runId: 1, scenario, seed: 1, days: 1 });
    s.handle({ type: 'play', speed: 'max' });
    h.drain(3);
    s.handle({ type: 'pause' });
    const paused = h.posted[h.posted.length - 1];
    expect(paused.type === 'frame' && paused.running).toBe(false);
    const time = paused.type === 'frame' ? paused.snapshot.time : -1;
    h.drain();
    const last = h.posted[h.posted.length - 1];
    expect(last.type === 'frame' && last.snapshot.time).toBe(time);
  });

  it("answers a story request with the parcel's story, or null for an unknown parcel", () => {
    const h = fakeHost();
    const s = new SimSession(h.host);
    s.handle({ type: 'load', runId: 1, scenario, seed: 1, days: 1 });
    for (let i = 0; i < 600; i++) s.handle({ type: 'step', unit: 'minute' });
    const frame = [...h.posted].reverse().find((m) => m.type === 'frame');
    const id = frame?.type === 'frame' ? frame.snapshot.parcels[0]?.id : undefined;
    expect(id).toBeDefined();
    s.handle({ type: 'story', id: id!, requestId: 7 });
    const reply = h.posted[h.posted.length - 1];
    expect(reply.type === 'story' && [reply.requestId, reply.story?.id]).toEqual([7, id]);
    s.handle({ type: 'story', id: -5, requestId: 8 });
    const none = h.posted[h.posted.length - 1];
    expect(none.type === 'story' && none.story).toBeNull();
  });

  it('reports bad input as an error message instead of throwing', () => {
    const h = fakeHost();
    const s = new SimSession(h.host);
    s.handle({ type: 'play', speed: 1 });
    expect(h.posted).toEqual([{ type: 'error', runId: null, message: "'play' arrived before any run was loaded" }]);
    s.handle({ type: 'load', runId: 2, scenario: { ...scenario, stations: null } as never, seed: 1, days: 1 });
    expect(h.posted[1].type).toBe('error');
  });

  it('makes live changes at the next minute, answers with them as recorded, and the finished run equals the recorded scenario run in Node', () => {
    const baseline = getPreset('baseline').scenario;
    const h = fakeHost();
    const s = new SimSession(h.host);
    s.handle({ type: 'load', runId: 3, scenario: baseline, seed: 2, days: 1 });
    for (let i = 0; i < 7 * 60; i++) s.handle({ type: 'step', unit: 'minute' });
    s.handle({ type: 'step', unit: 'event' });
    s.handle({ type: 'change', runId: 3, requests: [{ kind: 'officers', station: 'exam', shift: 0, officers: 2 }, { kind: 'rule', rule: 'aed-risk', atLeast: 0.997 }] });
    const changed = h.posted.find((m) => m.type === 'changed');
    expect(changed).toEqual({ type: 'changed', runId: 3, refused: null, changes: [
      // Minutes on the run's clock: the 06:00 opening is minute 1,800 (after the warm-up), plus 7 h and 1 min.
      { kind: 'officers', station: 'exam', shift: 0, officers: 2, atMinute: 1800 + 421 },
      { kind: 'rule', rule: 'aed-risk', atLeast: 0.997, atMinute: 1800 + 421 },
    ] });
    s.handle({ type: 'play', speed: 'max' });
    h.drain();
    const last = h.posted[h.posted.length - 1];
    const recorded = { ...baseline, changesDuringRun: changed?.type === 'changed' ? changed.changes : [] };
    expect(last.type === 'finished' && last.results).toEqual(runScenario(recorded, liveRunOptions(2, 1)));
  });

  it('refuses a change the scenario cannot take, and ignores one meant for a replaced run', () => {
    const h = fakeHost();
    const s = new SimSession(h.host);
    s.handle({ type: 'load', runId: 5, scenario: getPreset('baseline').scenario, seed: 1, days: 1 });
    s.handle({ type: 'change', runId: 4, requests: [{ kind: 'officers', station: 'exam', shift: 0, officers: 2 }] });
    expect(h.posted).toHaveLength(1);
    s.handle({ type: 'change', runId: 5, requests: [{ kind: 'officers', station: 'exam', shift: 7, officers: 2 }] });
    expect(h.posted[1]).toEqual({ type: 'error', runId: 5, message: 'the change was refused: changesDuringRun.0.shift: there is no shift 7: shifts are numbered 0 to 1' });
  });
});
