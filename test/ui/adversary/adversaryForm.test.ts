// The "Smugglers adapt" form: defaults that play, every bad field named in plain words.
import { describe, expect, it } from 'vitest';
import { ADVERSARY_DEFAULTS, checkAdversary } from '../../../src/ui/adversary/index.js';

describe('checkAdversary', () => {
  it('turns the defaults into the baseline over 11 rounds, a re-tune and 2 more, with the runs counted', () => {
    const c = checkAdversary(ADVERSARY_DEFAULTS, null);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.spec.scenario.name).toBe('baseline');
    expect([c.spec.rounds, c.spec.roundsAfter, c.spec.replications, c.spec.days, c.spec.retune]).toEqual([11, 2, 5, 7, true]);
    expect(c.runs).toBeGreaterThan((11 + 2) * 5);
  });

  it('names every bad field in words', () => {
    const c = checkAdversary({ scenario: 'current', rounds: '1', roundsAfter: 'x', replications: '1', days: '0', seed: '-1', rate: '200' }, null);
    expect(c).toEqual({
      ok: false,
      errors: {
        scenario: 'Scenario: no scenario is open in the app; pick a preset',
        rounds: 'Rounds before the re-tune must be a whole number from 2 to 30',
        roundsAfter: 'Rounds after the re-tune must be a whole number from 0 to 10',
        replications: 'Replications per round must be a whole number from 2 to 50',
        days: 'Days per run must be a whole number from 1 to 30',
        seed: 'First seed must be a whole number from 0 to 1000000000',
        rate: 'How fast smugglers learn must be a number from 0 to 100',
      },
    });
  });
});
