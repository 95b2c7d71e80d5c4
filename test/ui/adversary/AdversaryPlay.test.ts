// A play of "Smugglers adapt" apart from the page: rounds reported as they come, a second play
// refused while one runs, Cancel keeping the rounds finished, and the words at the end.
import { describe, expect, it } from 'vitest';
import { inProcessExecutor, type AdversaryRound, type AdversarySpec, type Executor } from '../../../src/experiments/index.js';
import type { ExperimentPool } from '../../../src/ui/experiments/ExperimentRun.js';
import { AdversaryPlay } from '../../../src/ui/adversary/index.js';
import { smallScenario } from '../../experiments/adversary/fixtures.js';

function pool(run: Executor = inProcessExecutor()): ExperimentPool & { closed: number } {
  return { run, size: 1, closed: 0, close() { this.closed++; } };
}

const spec: AdversarySpec = {
  scenario: smallScenario(), seed: 1, replications: 2, days: 1, warmupDays: 0, rounds: 2, retune: true, roundsAfter: 0,
  rule: { kind: 'logit', rate: 10, priorParcels: 20 },
};

describe('AdversaryPlay', () => {
  it('plays every round, reporting each as it is measured, and sums up the fall and the re-tune', async () => {
    let clock = 0;
    const play = new AdversaryPlay({ pool: () => pool(), now: () => (clock += 2000) });
    const rounds: AdversaryRound[] = [];
    const ending = play.start(spec, () => {}, (r) => rounds.push(r));
    expect(play.state).toBe('running');
    expect(await play.start(spec, () => {}, () => {})).toBeNull();
    const end = await ending;
    expect(end?.state).toBe('done');
    expect(rounds.map((r) => r.stage)).toEqual(['static', 'adapting', 're-tuned']);
    expect(end?.message).toMatch(/^Done in 2 s on 1 Web Worker\. Interdiction went from \d+\.\d% in round 0 to \d+\.\d% in round 1 as smugglers adapted\. /);
  });

  it('keeps the rounds finished when cancelled, and says so', async () => {
    const play = new AdversaryPlay({ pool: () => pool(), now: () => 0 });
    const end = await play.start(spec, () => {}, () => play.cancel());
    expect(end?.state).toBe('cancelled');
    expect(end?.result?.complete).toBe(false);
    expect(end?.result?.played).toHaveLength(1);
    expect(end?.message).toBe('Cancelled after 1 round; the chart shows the rounds that finished.');
  });
});
