// The facility render worker's logic, with fake ports (no browser, no Pixi): it opens its surface
// on init and says it is ready, draws only the latest snapshot at a tick, sends the scale note only
// when due and changed, follows size, speed, reveal, highlight and the zoom, reports the size of the
// smallest words when it changes, and answers a click.
import { describe, expect, it } from 'vitest';
import type { FacilitySnapshot } from '../../../src/model/index.js';
import type { FromRender, ToRender } from '../../../src/ui/facility/facilityProtocol.js';
import { FacilityRenderer, NOTE_EVERY_MS, type RenderSurface, type RenderView } from '../../../src/ui/facility/FacilityRenderer.js';
import { SOFTWARE_GL_FPS, SOFTWARE_GL_MAX_SPEED_FPS } from '../../../src/ui/facility/softwareGl.js';

const snap = (time: number) => ({ time }) as unknown as FacilitySnapshot;
const INIT = { type: 'init', canvas: {} as OffscreenCanvas, width: 800, height: 450, resolution: 1, reducedMotion: false } as Extract<ToRender, { type: 'init' }>;

function fixture(software = false) {
  const posted: FromRender[] = [];
  const log: string[] = [];
  let clock = 0;
  let tick: () => void = () => {};
  const view: RenderView & { note: string; textPx: number } = {
    note: 'one dot = 50,000 parcels',
    textPx: 11.04,
    setView: (v) => void log.push(`zoom ${v.zoom} at ${v.cx},${v.cy}`),
    update: (s) => void log.push(`draw ${(s as unknown as { time: number }).time}`),
    resize: (w, h) => void log.push(`view ${w}x${h}`),
    setReveal: (on) => void log.push(`reveal ${on}`),
    setHighlight: (id) => void log.push(`highlight ${id}`),
    pickAt: (x, y) => (x > 100 ? { kind: 'parcel', id: 7 } as never : null),
    legend: [],
    get scaleNote() { return this.note; },
    selectable: [],
  };
  const surface: RenderSurface = {
    resize: (w, h, r) => void log.push(`surface ${w}x${h}@${r}`),
    setMaxFps: (fps) => void log.push(`fps ${fps}`),
    onTick: (draw) => { tick = draw; },
  };
  const renderer = new FacilityRenderer({ post: (m) => void posted.push(m), now: () => clock, open: async () => ({ surface, view, software }) });
  return { renderer, posted, log, view, tick: () => tick(), advance: (ms: number) => { clock += ms; } };
}

async function ready(software = false) {
  const f = fixture(software);
  f.renderer.handle(INIT);
  await Promise.resolve();
  await Promise.resolve();
  return f;
}

describe('FacilityRenderer', () => {
  it('drops messages before init, then opens the surface and says it is ready', async () => {
    const f = fixture();
    f.renderer.handle({ type: 'reveal', on: true });
    expect(f.log).toEqual([]);
    f.renderer.handle(INIT);
    await Promise.resolve();
    await Promise.resolve();
    expect(f.posted).toEqual([{ type: 'ready', software: false, legend: [], scaleNote: 'one dot = 50,000 parcels', selectable: [], textPx: 11 }]);
  });

  it('reports a failure to open as a message, not an exception', async () => {
    const posted: FromRender[] = [];
    const r = new FacilityRenderer({ post: (m) => void posted.push(m), now: () => 0, open: async () => { throw new Error('no WebGL'); } });
    r.handle(INIT);
    await new Promise((done) => setImmediate(done));
    expect(posted).toEqual([{ type: 'failed', message: 'no WebGL' }]);
  });

  it('draws only the latest snapshot at a tick, and nothing when none came', async () => {
    const f = await ready();
    f.renderer.handle({ type: 'snapshot', snapshot: snap(1), always: false });
    f.renderer.handle({ type: 'snapshot', snapshot: snap(2), always: false });
    f.tick();
    f.tick();
    expect(f.log).toEqual(['draw 2']);
  });

  it('sends the scale note with the first frame, then at most every two seconds and only when it changed', async () => {
    const f = await ready();
    f.posted.length = 0;
    f.renderer.handle({ type: 'snapshot', snapshot: snap(1), always: false });
    f.tick();
    expect(f.posted).toEqual([{ type: 'note', scaleNote: 'one dot = 50,000 parcels', selectable: [] }]);
    f.view.note = 'one dot = 100,000 parcels';
    f.advance(NOTE_EVERY_MS / 2);
    f.renderer.handle({ type: 'snapshot', snapshot: snap(2), always: false });
    f.tick();
    expect(f.posted).toHaveLength(1); // not due yet
    f.renderer.handle({ type: 'snapshot', snapshot: snap(3), always: true }); // a paused frame: sent at once
    f.tick();
    expect(f.posted.at(-1)).toEqual({ type: 'note', scaleNote: 'one dot = 100,000 parcels', selectable: [] });
    f.advance(NOTE_EVERY_MS);
    f.renderer.handle({ type: 'snapshot', snapshot: snap(4), always: false });
    f.tick();
    expect(f.posted).toHaveLength(2); // due, but unchanged
  });

  it('keeps a paused frame marked as always even when a newer running frame replaces it before the tick', async () => {
    const f = await ready();
    f.posted.length = 0;
    f.renderer.handle({ type: 'snapshot', snapshot: snap(1), always: false });
    f.tick();
    f.view.note = 'changed';
    f.renderer.handle({ type: 'snapshot', snapshot: snap(2), always: true });
    f.renderer.handle({ type: 'snapshot', snapshot: snap(3), always: false });
    f.tick();
    expect(f.log.at(-1)).toBe('draw 3');
    expect(f.posted.at(-1)).toEqual({ type: 'note', scaleNote: 'changed', selectable: [] });
  });

  it('follows size, reveal and highlight, and the frame rate under software WebGL only', async () => {
    const hw = await ready(false);
    hw.renderer.handle({ type: 'resize', width: 640, height: 360, resolution: 2 });
    hw.renderer.handle({ type: 'speed', speed: 'max' });
    hw.renderer.handle({ type: 'reveal', on: true });
    hw.renderer.handle({ type: 'highlight', id: 12 });
    expect(hw.log).toEqual(['surface 640x360@2', 'view 640x360', 'reveal true', 'highlight 12']);
    const sw = await ready(true);
    sw.renderer.handle({ type: 'speed', speed: 'max' });
    sw.renderer.handle({ type: 'speed', speed: 600 });
    expect(sw.log).toEqual([`fps ${SOFTWARE_GL_FPS}`, `fps ${SOFTWARE_GL_MAX_SPEED_FPS}`, `fps ${SOFTWARE_GL_FPS}`]);
  });

  it('forwards the zoom, and reports the smallest words\' size once each time it changes', async () => {
    const f = await ready();
    f.posted.length = 0;
    f.renderer.handle({ type: 'view', view: { zoom: 2, cx: 400, cy: 200 } });
    expect(f.log).toEqual(['zoom 2 at 400,200']);
    expect(f.posted).toEqual([]); // the fake's words did not change size
    f.view.textPx = 22.08;
    f.renderer.handle({ type: 'view', view: { zoom: 2, cx: 400, cy: 200 } });
    f.renderer.handle({ type: 'resize', width: 800, height: 400, resolution: 1 });
    expect(f.posted).toEqual([{ type: 'textSize', px: 22.1 }]);
  });

  it('answers a click with what it picked, after drawing the latest snapshot, and says nothing for empty floor', async () => {
    const f = await ready();
    f.posted.length = 0;
    f.renderer.handle({ type: 'snapshot', snapshot: snap(5), always: false });
    f.renderer.handle({ type: 'pick', x: 200, y: 10 });
    expect(f.log).toEqual(['draw 5']);
    expect(f.posted.at(-1)).toEqual({ type: 'select', selection: { kind: 'parcel', id: 7 } });
    const before = f.posted.length;
    f.renderer.handle({ type: 'pick', x: 5, y: 5 });
    expect(f.posted).toHaveLength(before);
  });
});
