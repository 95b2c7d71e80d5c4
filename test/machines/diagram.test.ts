// toMermaid draws a compiled lifecycle as a Mermaid state diagram, with a parcel's path picked out.
import { describe, expect, it } from 'vitest';
import { canineLifecycle } from '../../src/machines/canine.js';
import { toMermaid } from '../../src/machines/diagram.js';
import { parcelLifecycle } from '../../src/machines/parcel.js';

describe('toMermaid', () => {
  it('draws the canine lifecycle exactly', () => {
    expect(toMermaid(canineLifecycle)).toBe(
      [
        'stateDiagram-v2',
        '  [*] --> offDuty',
        '  offDuty : The dog and handler are not on shift.',
        '  working : Searching parcels on a run#59; an alert sends a parcel to exam.',
        '  resting : The dog resting between runs.',
        '  offDuty --> working : SHIFT_START',
        '  working --> resting : RUN_END',
        '  working --> offDuty : SHIFT_END',
        '  resting --> working : REST_END',
        '  resting --> offDuty : SHIFT_END',
        '',
      ].join('\n'),
    );
  });

  it('marks the start, every final state, and merges events between the same two states', () => {
    const src = toMermaid(parcelLifecycle);
    expect(src.startsWith('stateDiagram-v2\n  [*] --> awaitingInduction\n')).toBe(true);
    for (const end of ['released', 'seized', 'detained']) expect(src).toContain(`  ${end} --> [*]`);
    expect(src).toContain('  awaitingInduction --> examQueue : PULL_EXAM, CANINE_ALERT');
    expect(src).toContain('  held --> released : NOT_PRESENTED, NOT_EXAMINED');
    // One arrow per pair of states joined by at least one transition.
    const arrows = src.split('\n').filter((l) => l.includes(' --> ') && !l.includes('[*]'));
    const pairs = new Set(parcelLifecycle.edges().map((e) => `${e.from} ${e.to}`));
    expect(arrows).toHaveLength(pairs.size);
    expect(src).not.toContain('classDef');
  });

  it('highlights a path: visited states onPath, the last state current', () => {
    const src = toMermaid(parcelLifecycle, ['awaitingInduction', 'xrayQueue', 'xray', 'xrayQueue', 'xray', 'released']);
    expect(src).toContain('classDef onPath');
    expect(src).toContain('classDef current');
    expect(src).toContain('  class awaitingInduction,xrayQueue,xray onPath');
    expect(src.trimEnd().endsWith('  class released current')).toBe(true);
  });

  it('writes # and ; in descriptions as Mermaid entity codes', () => {
    expect(toMermaid(parcelLifecycle)).toContain('  held : Targeted for a hold#59; waiting for the postal service');
  });

  it('rejects a path through unknown states', () => {
    expect(() => toMermaid(parcelLifecycle, ['awaitingInduction', 'limbo'])).toThrow(/unknown states: limbo/);
  });
});
