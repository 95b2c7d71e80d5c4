// The parcel lifecycle drawn as layers: every state placed once, no overlaps, transitions point down except the way back.
import { describe, expect, it } from 'vitest';
import { parcelLifecycle } from '../../../src/machines/index.js';
import { layoutLifecycle } from '../../../src/ui/story/lifecycleLayout.js';
import { stateLabel } from '../../../src/ui/story/stateLabels.js';

const layout = layoutLifecycle(parcelLifecycle);
const node = (id: string) => layout.nodes.find((n) => n.id === id)!;

describe('lifecycle layout', () => {
  it('places every state once, inside the drawing', () => {
    expect(layout.nodes.map((n) => n.id).sort()).toEqual([...parcelLifecycle.states].sort());
    for (const n of layout.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.x + n.w).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.h).toBeLessThanOrEqual(layout.height);
    }
  });

  it('never overlaps two states', () => {
    const ns = layout.nodes;
    for (let i = 0; i < ns.length; i++) {
      for (let j = i + 1; j < ns.length; j++) {
        const a = ns[i], b = ns[j];
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    }
  });

  it('starts at the initial state and ends on one row of final states', () => {
    expect(node('awaitingInduction').layer).toBe(0);
    expect(node('awaitingInduction').initial).toBe(true);
    const finals = layout.nodes.filter((n) => n.final && !n.bar);
    expect(finals.map((n) => n.id).sort()).toEqual(['detained', 'seized']);
    expect(new Set(finals.map((n) => n.layer)).size).toBe(1);
    expect(Math.max(...layout.nodes.map((n) => n.layer))).toBe(finals[0].layer);
  });

  it('draws released, which nearly every state can reach, as a bar down the left of the others', () => {
    const bar = node('released');
    expect(bar.bar).toBe(true);
    expect(bar.final).toBe(true);
    for (const n of layout.nodes) if (n !== bar) expect(n.x).toBeGreaterThan(bar.x + bar.w);
    expect(layout.nodes.filter((n) => n.bar)).toHaveLength(1);
  });

  it('draws one arrow per pair of states; only HANDOVER goes back up', () => {
    const pairs = new Set(parcelLifecycle.edges().map((e) => `${e.from}>${e.to}`));
    expect(layout.edges).toHaveLength(pairs.size);
    for (const e of layout.edges) {
      if (e.back) {
        expect(e.events).toEqual(['HANDOVER']);
        expect(node(e.to).layer).toBeLessThan(node(e.from).layer);
      } else if (!node(e.to).bar) {
        expect(node(e.to).layer).toBeGreaterThan(node(e.from).layer);
      }
      expect(e.d).toMatch(/^M[\d.-]+,[\d.-]+ [CLQ]/);
    }
    expect(layout.edges.find((e) => e.from === 'awaitingInduction' && e.to === 'examQueue')?.events).toEqual(['PULL_EXAM', 'CANINE_ALERT']);
  });

  it('labels states in words', () => {
    expect(stateLabel('xrayQueue')).toBe('X-ray queue');
    expect(stateLabel('someNewState')).toBe('Some new state');
  });
});
