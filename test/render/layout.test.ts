// The floor plan: areas never overlap, every parcel state has a zone, and every slot a dot can
// take lies inside its area and inside the plan, for small and large facilities alike.
import { describe, expect, it } from 'vitest';
import { PARCEL_STATES } from '../../src/machines/parcel.js';
import { QUEUE_STATIONS } from '../../src/scenario/schema.js';
import { contains, overlaps } from '../../src/render/geometry.js';
import {
  INFO_LINE_Y, PLAN_HEIGHT, PLAN_WIDTH, SLOT_PITCH, TITLE_INSET, computeLayout, layoutKey, regionAt, type LayoutInput,
} from '../../src/render/layout.js';
import { lineHeight } from '../../src/render/textSizes.js';

const baseline: LayoutInput = {
  lanes: { xray: 2, ct: 1, exam: 10, fieldTest: 2, seizure: 2 },
  officers: { xray: 8, ct: 2, exam: 16, fieldTest: 2, seizure: 2 },
  inductionLines: 6,
  dogs: 2,
};
const big: LayoutInput = {
  lanes: { xray: 6, ct: 3, exam: 24, fieldTest: 6, seizure: 4 },
  officers: { xray: 16, ct: 6, exam: 40, fieldTest: 8, seizure: 8 },
  inductionLines: 14,
  dogs: 6,
};
const empty: LayoutInput = {
  lanes: { xray: 0, ct: 0, exam: 0, fieldTest: 0, seizure: 0 },
  officers: { xray: 0, ct: 0, exam: 0, fieldTest: 0, seizure: 0 },
  inductionLines: 0,
  dogs: 0,
};

describe.each([['baseline', baseline], ['a large facility', big], ['an empty facility', empty]] as const)('floor plan for %s', (_name, input) => {
  const plan = computeLayout(input);
  const whole = { x: 0, y: 0, w: PLAN_WIDTH, h: PLAN_HEIGHT };
  const regionOf = (id: string) => plan.regions.find((r) => r.id === id)!;

  it('has no two areas overlapping, all inside the plan', () => {
    for (const [i, a] of plan.regions.entries()) {
      expect(contains(whole, { x: a.rect.x, y: a.rect.y }) && contains(whole, { x: a.rect.x + a.rect.w, y: a.rect.y + a.rect.h }), a.id).toBe(true);
      for (const b of plan.regions.slice(i + 1)) expect(overlaps(a.rect, b.rect), `${a.id} / ${b.id}`).toBe(false);
    }
  });

  it('has the areas the issue names, once each', () => {
    const ids = plan.regions.map((r) => r.id).sort();
    expect(ids).toEqual(['belt', 'canine', 'ct', 'dock', 'exam', 'exit', 'fieldTest', 'held', 'induction', 'lab', 'seizure', 'targeting', 'xray']);
  });

  it('maps every parcel state to a zone inside an existing area', () => {
    for (const state of PARCEL_STATES) {
      const zone = plan.zones[state];
      expect(zone, state).toBeDefined();
      expect(zone.state).toBe(state);
      expect(regionOf(zone.region), state).toBeDefined();
    }
  });

  it('keeps every slot and every "+N" label spot inside its area, and slots within their zone', () => {
    for (const state of PARCEL_STATES) {
      const zone = plan.zones[state];
      const area = regionOf(zone.region).rect;
      expect(contains(area, zone.overflowAt), `${state} +N`).toBe(true);
      for (const p of zone.slots) {
        expect(contains(area, p), `${state} slot in area`).toBe(true);
        expect(contains(zone.rect, p), `${state} slot in zone`).toBe(true);
      }
    }
  });

  it('never puts two dots of a zone closer than a slot pitch', () => {
    for (const state of PARCEL_STATES) {
      const s = plan.zones[state].slots;
      for (let i = 1; i < s.length; i++) {
        const d = Math.hypot(s[i].x - s[i - 1].x, s[i].y - s[i - 1].y);
        expect(d, state).toBeGreaterThanOrEqual(SLOT_PITCH - 1e-9);
      }
    }
  });

  it('puts each station\'s state badge on its own line, under the title and inside the station', () => {
    for (const name of QUEUE_STATIONS) {
      const area = regionOf(name).rect;
      const badge = plan.stations[name].badgeAt;
      // The chip is drawn from 2 units above its word (StationLayer): clear of the title's line.
      expect(badge.y - 2, name).toBeGreaterThanOrEqual(area.y + TITLE_INSET.y + lineHeight('title'));
      expect(badge.y + lineHeight('tag'), name).toBeLessThanOrEqual(area.y + INFO_LINE_Y[1]);
      expect(contains(area, badge), name).toBe(true);
    }
  });

  it('gives each station one service slot per lane and one marker per officer, inside the station', () => {
    for (const name of QUEUE_STATIONS) {
      const st = plan.stations[name];
      const area = regionOf(name).rect;
      expect(st.lanes).toHaveLength(input.lanes[name]);
      expect(plan.zones[st.serviceState].slots).toHaveLength(input.lanes[name]);
      expect(st.officerSlots).toHaveLength(input.officers[name]);
      for (const p of st.officerSlots) expect(contains(area, p), `${name} officer`).toBe(true);
      for (const l of st.lanes) expect(contains(area, { x: l.x + l.w, y: l.y + l.h }), `${name} lane`).toBe(true);
    }
  });

  it('keeps induction lines, receptacle boxes and dogs in their areas', () => {
    for (const l of plan.inductionLines) expect(contains(regionOf('induction').rect, { x: l.x + l.w, y: l.y + l.h })).toBe(true);
    expect(plan.inductionLines).toHaveLength(input.inductionLines);
    for (const b of plan.receptacleBoxes) expect(contains(regionOf('dock').rect, { x: b.x + b.w, y: b.y })).toBe(true);
    for (const d of plan.dogSlots) expect(contains(regionOf('canine').rect, d)).toBe(true);
    expect(plan.dogSlots).toHaveLength(input.dogs);
  });
});

describe('floor plan', () => {
  const plan = computeLayout(baseline);

  // Fewer than before issue 9: words big enough to read at 1280x720 take room from the queues;
  // what does not fit is counted in "+N not drawn".
  it('gives the big waiting areas room for hundreds of dots', () => {
    expect(plan.zones.held.slots.length).toBeGreaterThan(900);
    expect(plan.zones.examQueue.slots.length).toBeGreaterThan(300);
    expect(plan.receptacleBoxes.length).toBeGreaterThanOrEqual(60);
  });

  it('stacks receptacle boxes from the bottom up', () => {
    expect(plan.receptacleBoxes[0].y).toBeGreaterThan(plan.receptacleBoxes[plan.receptacleBoxes.length - 1].y);
  });

  it('runs the belt from the induction lines to the exit', () => {
    const start = plan.belt[0];
    const end = plan.belt[plan.belt.length - 1];
    expect(regionAt(plan, start.x, start.y)?.id).toBe('induction');
    expect(regionAt(plan, end.x, end.y)?.id).toBe('exit');
  });

  it('finds the area under a point, and none in the gaps', () => {
    const held = plan.regions.find((r) => r.id === 'held')!.rect;
    expect(regionAt(plan, held.x + 5, held.y + 5)?.id).toBe('held');
    expect(regionAt(plan, 3, 3)).toBeNull();
  });

  it('changes its key exactly when a count that shapes it changes', () => {
    expect(layoutKey(baseline)).toBe(layoutKey({ ...baseline }));
    expect(layoutKey(baseline)).not.toBe(layoutKey({ ...baseline, lanes: { ...baseline.lanes, exam: 12 } }));
    expect(layoutKey(baseline)).not.toBe(layoutKey({ ...baseline, dogs: 3 }));
  });
});
