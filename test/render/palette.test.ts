// Parcel statuses and the legend: every lifecycle state has a colour, alarms are marked only
// where the parcel's history says so, and the legend lists every colour the view draws. The
// status table is keyed by the machines' state types with no fallback, so these checks fail
// (rather than quietly drawing a default) when a machine and the palette disagree.
import { describe, expect, it } from 'vitest';
import { PARCEL_STATES } from '../../src/machines/parcel.js';
import { OFFICER_STATES } from '../../src/machines/officer.js';
import { CANINE_STATES } from '../../src/machines/canine.js';
import { DOG_COLORS, OFFICER_COLORS, PARCEL_COLORS, PARCEL_STATUS, hexToNumber, legendEntries, statusOf } from '../../src/render/palette.js';

describe('statusOf', () => {
  it.each([
    ['awaitingInduction', false, 'unscreened'],
    ['held', false, 'pulled'],
    ['xrayQueue', false, 'pulled'],
    ['ctQueue', false, 'pulled'],
    ['examQueue', false, 'pulled'],
    ['examQueue', true, 'alarm'],
    ['exam', false, 'screening'],
    ['exam', true, 'alarm'],
    ['xray', false, 'screening'],
    ['ct', false, 'screening'],
    ['fieldTestQueue', false, 'alarm'],
    ['fieldTest', false, 'alarm'],
    ['lab', false, 'alarm'],
    ['seizureQueue', false, 'alarm'],
    ['seizureProcessing', false, 'alarm'],
    ['seized', false, 'seized'],
    ['detained', false, 'seized'],
    ['released', false, 'released'],
  ] as const)('%s (alarmed %s) is %s', (state, alarmed, status) => {
    expect(statusOf(state, alarmed)).toBe(status);
  });

  it('gives every lifecycle state a colour, alarmed or not', () => {
    for (const s of PARCEL_STATES) {
      expect(PARCEL_COLORS[statusOf(s)], s).toMatch(/^#[0-9A-F]{6}$/i);
      expect(PARCEL_COLORS[statusOf(s, true)], `${s} alarmed`).toMatch(/^#[0-9A-F]{6}$/i);
    }
  });

  it('has a status for exactly the parcel machine\'s states', () => {
    expect(Object.keys(PARCEL_STATUS).sort()).toEqual([...PARCEL_STATES].sort());
  });

  it('reaches every status (each legend colour stands for some state)', () => {
    const reached = new Set(PARCEL_STATES.flatMap((s) => [statusOf(s), statusOf(s, true)]));
    expect([...reached].sort()).toEqual(Object.keys(PARCEL_COLORS).sort());
  });

  it('has no fallback for a name the parcel machine does not have', () => {
    // @ts-expect-error a state name not in the parcel machine does not compile
    expect(statusOf('somethingNew')).toBeUndefined();
  });
});

describe('palette', () => {
  it('colours exactly the officer and dog-team states', () => {
    expect(Object.keys(OFFICER_COLORS).sort()).toEqual([...OFFICER_STATES].sort());
    expect(Object.keys(DOG_COLORS).sort()).toEqual([...CANINE_STATES].sort());
  });

  it('uses six distinct parcel colours', () => {
    expect(new Set(Object.values(PARCEL_COLORS)).size).toBe(6);
  });

  it('lists every parcel, officer and dog colour in the legend, each with a label', () => {
    const legend = legendEntries();
    const colors = new Set(legend.map((e) => e.color));
    for (const c of [...Object.values(PARCEL_COLORS), ...Object.values(OFFICER_COLORS), ...Object.values(DOG_COLORS)]) expect(colors.has(c), c).toBe(true);
    for (const e of legend) expect(e.label.length).toBeGreaterThan(3);
    expect(legend.filter((e) => e.group === 'parcel')).toHaveLength(6);
  });
});
