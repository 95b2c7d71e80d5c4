// A small, fast scenario for the adversary tests: the baseline at a tenth of the mail with a
// hundred times the contraband (about 0.1 s a day, some 300 contraband parcels a day), so a few
// replications of one day give every route something to judge by.
import { CONTRABAND_TYPES, baselineScenario, parseScenario, type Scenario } from '../../../src/scenario/index.js';

/** The small scenario, with an edit applied before it is checked. */
export function smallScenario(edit: (s: Scenario) => void = () => {}): Scenario {
  const s = baselineScenario();
  s.name = 'small-adversary';
  if (s.arrivals.kind === 'flights') s.arrivals.piecesPerDay = 30_000;
  for (const t of CONTRABAND_TYPES) s.contraband[t].perMillion *= 100;
  edit(s);
  const parsed = parseScenario(s);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.scenario;
}
