// Run B beside run A: it keeps pace with A's clock through its own worker (here the real session,
// run synchronously), one request at a time, and ends where a plain run of B ends.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/model/index.js';
import { getPreset } from '../../../src/scenario/index.js';
import { CompanionRun, type CompanionPort, type CompanionUpdate } from '../../../src/ui/app/CompanionRun.js';
import type { FromWorker, ToWorker } from '../../../src/ui/protocol.js';
import { SimSession } from '../../../src/ui/worker/SimSession.js';
import { liveRunOptions } from '../../../src/model/liveRun.js';

/** A worker whose answers wait until `flush`, as a real worker's would. */
function fakeWorker() {
  const outbox: FromWorker[] = [];
  const sent: ToWorker[] = [];
  const session = new SimSession({ post: (m) => outbox.push(m), later: () => {}, now: () => 0 });
  const port: CompanionPort = {
    onmessage: null,
    postMessage: (m) => {
      sent.push(m);
      session.handle(m);
    },
  };
  const flush = () => {
    while (outbox.length > 0) port.onmessage?.({ data: outbox.shift()! });
  };
  return { port, sent, flush };
}

const scenario = getPreset('single-queue').scenario;

describe('CompanionRun', () => {
  it('follows the clock one request at a time, keeping only the latest time, and ends as a plain run ends', () => {
    const w = fakeWorker();
    const updates: CompanionUpdate[] = [];
    const b = new CompanionRun(() => w.port, (u) => updates.push(u));
    b.start({ label: 'B', scenario, seed: 3, days: 1 });
    const open = liveRunOptions(3, 1).warmupDays * 86_400; // a live run's clock starts after its warm-up
    b.follow(open + 3600);
    b.follow(open + 7200); // asked while the first request is in flight: kept, not sent
    b.follow(open + 5000);
    const advances = () => w.sent.flatMap((m) => (m.type === 'advance' ? [m.until - open] : []));
    expect(advances()).toEqual([3600]);
    w.flush();
    expect(advances()).toEqual([3600, 7200]);
    w.flush();
    expect(updates.map((u) => u !== null && 'time' in u && u.time - open)).toEqual([3600, 7200]);
    b.follow(Infinity); // A ended: B runs to its own end, and asks nothing more
    w.flush();
    const last = updates[updates.length - 1];
    expect(last !== null && 'results' in last && last.results).toEqual(runScenario(scenario, liveRunOptions(3, 1)));
    const asked = w.sent.length;
    b.follow(Infinity);
    expect(w.sent.length).toBe(asked);
  });

  it('restarts with new seed and days, ignores answers meant for an earlier start, and stops', () => {
    const w = fakeWorker();
    const updates: CompanionUpdate[] = [];
    const b = new CompanionRun(() => w.port, (u) => updates.push(u));
    b.start({ label: 'B', scenario, seed: 1, days: 1 });
    b.follow(3600);
    b.restart(2, 2); // the answer to the first start's request is now stale
    w.flush();
    expect(updates).toEqual([]);
    expect(b.spec).toMatchObject({ seed: 2, days: 2 });
    b.follow(1800);
    w.flush();
    expect(updates).toHaveLength(1);
    b.stop();
    expect(updates[updates.length - 1]).toBeNull();
    b.follow(9000);
    expect(w.sent[w.sent.length - 1]).toMatchObject({ type: 'advance', until: 1800 });
  });

  it('reports an error of run B with its label', () => {
    const w = fakeWorker();
    const updates: CompanionUpdate[] = [];
    const b = new CompanionRun(() => w.port, (u) => updates.push(u));
    b.start({ label: 'broken', scenario: { ...scenario, stations: null } as never, seed: 1, days: 1 });
    w.flush();
    expect(updates[0]).toMatchObject({ label: 'broken', error: expect.any(String) });
  });
});
