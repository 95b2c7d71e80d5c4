// The app refuses, at the form and from a link, a run too big for a browser tab, saying why.
import { describe, expect, it } from 'vitest';
import { getPreset } from '../../../src/scenario/index.js';
import { runSizeProblem } from '../../../src/ui/controls/runEstimate.js';
import { encodeShareLink } from '../../../src/ui/share/shareLink.js';
import { runFromLink } from '../../../src/ui/share/runFromLink.js';

function huge() {
  const s = structuredClone(getPreset('baseline').scenario);
  if (s.arrivals.kind !== 'flights') throw new Error('flights expected');
  s.arrivals.piecesPerDay = 5_000_000;
  s.targeting.rules.unshift({ id: 'everything', enabled: true, when: { kind: 'all' }, order: 'xray', hold: false });
  return s;
}

describe('the run size check', () => {
  it('lets the presets run for weeks', () => {
    expect(runSizeProblem(getPreset('baseline').scenario, 28)).toBeNull();
    expect(runSizeProblem(getPreset('jfk-2018').scenario, 28)).toBeNull();
  });

  it('refuses a run too big for the browser, naming what drives it in words', () => {
    const p = runSizeProblem(huge(), 30);
    expect(p).toMatch(/^This run is too big for the browser: up to [\d.]+ (min|h)/);
    expect(p).toContain('pieces a day');
    expect(p).toContain('the rule everything');
  });

  it('opens the baseline with a notice when a link asks for such a run', () => {
    const opened = runFromLink(`#${encodeShareLink({ preset: 'baseline', scenario: huge(), seed: 1, days: 30 })}`);
    expect(opened.spec.preset).toBe('baseline');
    expect(opened.spec.scenario).toBe(getPreset('baseline').scenario);
    expect(opened.message).toMatch(/^The link's run is refused\. This run is too big for the browser/);
  });
});
