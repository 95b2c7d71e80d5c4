// The worker's pacing with an injected clock: speed × real time, slices that yield, pause, exact steps.
import { describe, expect, it } from 'vitest';
import { Kernel } from '../../../src/sim/Kernel.js';
import { getPreset } from '../../../src/scenario/index.js';
import { buildResults, Facility, runScenario } from '../../../src/model/index.js';
import { RunLoop, type Steppable } from '../../../src/ui/worker/RunLoop.js';

/** A simulation with an event every `gap` seconds until `endTime`. */
function ticking(endTime: number, gap = 10): Steppable {
  const kernel = new Kernel();
  const ev = kernel.register('tick', () => {
    if (kernel.now + gap < endTime + gap) kernel.schedule(kernel.now + gap, ev);
  });
  kernel.schedule(gap, ev);
  return { endTime, kernel };
}

/** A clock the test moves by hand. */
function manualClock(): { now: () => number; advance: (ms: number) => void } {
  let t = 1000;
  return { now: () => t, advance: (ms) => (t += ms) };
}

describe('run loop', () => {
  it('follows speed × real time while playing', () => {
    const sim = ticking(86_400);
    const clock = manualClock();
    const loop = new RunLoop(sim, clock.now);
    loop.play(60);
    clock.advance(1000);
    loop.tick();
    expect(sim.kernel.now).toBe(60);
    clock.advance(500);
    loop.tick();
    expect(sim.kernel.now).toBe(90);
  });

  it('changing speed while playing keeps the simulated time reached', () => {
    const sim = ticking(86_400);
    const clock = manualClock();
    const loop = new RunLoop(sim, clock.now);
    loop.play(60);
    clock.advance(1000);
    loop.tick();
    loop.play(3600);
    clock.advance(1000);
    loop.tick();
    expect(sim.kernel.now).toBe(60 + 3600);
  });

  it('does at most one slice of work per tick at max speed, then yields', () => {
    const sim = ticking(86_400, 1);
    let t = 0;
    const loop = new RunLoop(sim, () => (t += 0.01), { sliceMs: 10 }); // each clock read costs 0.01 ms
    loop.play('max');
    expect(loop.tick()).toBe(0);
    const fired = sim.kernel.fired;
    expect(fired).toBeGreaterThan(100);
    expect(fired).toBeLessThan(1100);
    expect(loop.running).toBe(true);
  });

  it('runs to the end at max speed and stops there', () => {
    const sim = ticking(3600);
    let t = 0;
    const loop = new RunLoop(sim, () => (t += 0.01), { sliceMs: 1 }); // ~100 events a slice
    loop.play('max');
    let ticks = 0;
    while (loop.tick() !== null) ticks++;
    expect(sim.kernel.now).toBe(3600);
    expect(loop.finished).toBe(true);
    expect(loop.running).toBe(false);
    expect(ticks).toBeGreaterThan(0);
  });

  it('drops the debt when it falls too far behind, instead of racing to catch up', () => {
    const sim = ticking(86_400, 1);
    let t = 0;
    const loop = new RunLoop(sim, () => (t += 1), { sliceMs: 5, maxLagMs: 250 }); // slow: 1 ms per clock read
    loop.play(3600);
    t += 1000; // a second of real time would ask for an hour of simulated time
    loop.tick();
    const reached = sim.kernel.now;
    expect(reached).toBeLessThan(3600);
    t += 100;
    loop.tick();
    // After re-anchoring, the target is now + 3600 × 0.1 s at most, not the old hour.
    expect(sim.kernel.now - reached).toBeLessThanOrEqual(3600 * 0.11);
  });

  it('pause stops time: ticks do nothing until play', () => {
    const sim = ticking(86_400);
    const clock = manualClock();
    const loop = new RunLoop(sim, clock.now);
    loop.play(60);
    clock.advance(1000);
    loop.tick();
    loop.pause();
    clock.advance(5000);
    expect(loop.tick()).toBeNull();
    expect(sim.kernel.now).toBe(60);
    loop.play(60);
    clock.advance(1000);
    loop.tick();
    expect(sim.kernel.now).toBe(120);
  });

  it('steps exactly one minute or one event, and pauses', () => {
    const sim = ticking(86_400, 25);
    const loop = new RunLoop(sim, manualClock().now);
    loop.play(60);
    loop.step('minute');
    expect(loop.running).toBe(false);
    expect(sim.kernel.now).toBe(60);
    const fired = sim.kernel.fired;
    loop.step('event');
    expect(sim.kernel.fired).toBe(fired + 1);
    expect(sim.kernel.now).toBe(75);
    loop.step('minute');
    expect(sim.kernel.now).toBe(135);
  });

  it('never steps past the end of the run', () => {
    const sim = ticking(100, 30);
    const loop = new RunLoop(sim, manualClock().now);
    for (let i = 0; i < 10; i++) loop.step('event');
    expect(sim.kernel.now).toBe(100);
    expect(loop.finished).toBe(true);
    loop.step('minute');
    expect(sim.kernel.now).toBe(100);
    loop.play(60);
    expect(loop.running).toBe(false);
  });

  it('sends frames at most every frameMs', () => {
    const clock = manualClock();
    const loop = new RunLoop(ticking(100), clock.now, { frameMs: 33 });
    expect(loop.frameDue()).toBe(true);
    clock.advance(20);
    expect(loop.frameDue()).toBe(false);
    clock.advance(13);
    expect(loop.frameDue()).toBe(true);
  });

  it('gives the same results as one uninterrupted run, however it is sliced', () => {
    const scenario = getPreset('baseline').scenario;
    const expected = runScenario(scenario, { seed: 3 });
    const f = new Facility(scenario, { seed: 3, stories: true });
    let t = 0;
    const loop = new RunLoop(f, () => (t += 0.05), { sliceMs: 2 });
    for (let i = 0; i < 50; i++) loop.step('event');
    loop.step('minute');
    loop.play('max');
    while (loop.tick() !== null);
    expect(buildResults(f)).toEqual(expected);
  });
});
