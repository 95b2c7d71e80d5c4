/**
 * An optimization's answer under unknown inputs in words (`underUncertainty.ts`), shared by the
 * command line's summary and the memo: each candidate's objective and constraints across the
 * plausible worlds, split into input uncertainty and run noise, the share of worlds in which the
 * chosen settings beat the base, and in which each constraint holds. Plain text; printers escape it.
 */
import { formatBoundedEstimate } from '../metricBounds.js';
import { differenceText, metricVerdict } from '../differenceVerdict.js';
import type { MetricLabel } from '../metricLabels.js';
import { percent } from '../uncertaintyWords.js';
import type { VarianceSplit } from '../varianceSplit.js';
import type { OptimizeResult } from './optimizeResult.js';
import { criterionLabel } from './optimizeTable.js';
import type { WorldShare } from './worldsTypes.js';

/**
 * The paragraphs, or none when the result has no uncertainty part.
 *
 * @example
 * worldsParagraphs(result)[0]; // 'Under unknown inputs (uncertainty in arrivals; 20 plausible worlds × 5 runs, seeds 31 to 130): ...'
 */
export function worldsParagraphs(r: OptimizeResult): string[] {
  const w = r.uncertainty;
  if (w === undefined) return [];
  const p = r.problem;
  const objective = criterionLabel(p.objective);
  const head = `Under unknown inputs (${w.uncertainty.name}; ${w.outer} plausible worlds × ${w.inner} runs, seeds ${w.seeds.first} to ${w.seeds.last}, every candidate on the same seeds in a world${w.complete ? '' : `; stopped early, ${w.worldsUsed} complete worlds used`}).`;
  const out = [head];
  for (const c of w.candidates) {
    const parts = [`${c.label}: ${objective.label.toLowerCase()} ${split(c.objective, objective)}.`];
    if (c.againstBase) {
      const b = c.againstBase.beats;
      parts.push(`It beats the base on the objective (${p.objective.goal === 'maximize' ? 'higher' : 'lower'} is better) in ${b.count} of ${b.worlds} plausible worlds, ${share(b)}; beyond that world's run noise in ${b.beyondChance}; difference over the worlds ${worldsDifference(c.againstBase, objective, w.candidates[0].objective.mean)}.`);
    }
    c.constraints.forEach((k, j) => {
      const m = criterionLabel(p.constraints[j]);
      parts.push(`${p.constraints[j].name}: ${split(k, m)}; holds in ${k.holds.count} of ${k.holds.worlds} worlds, ${share(k.holds)}.`);
    });
    out.push(parts.join(' '));
  }
  for (const d of w.dropped) out.push(`${d.label} left out: ${d.message}`);
  return out;
}

/** "12.0 ± 0.8 % (middle 90% of worlds 10.1 to 13.9; input sd 1.1, run noise sd 2.0 a run)"; "15,680 US dollars in every world" for a figure nothing moves. */
function split(s: VarianceSplit, m: MetricLabel): string {
  const v = (x: number) => formatBoundedEstimate(x, NaN, m);
  if (s.inputSd === 0 && s.noiseSd === 0) return `${v(s.mean)} in every world`;
  return `${formatBoundedEstimate(s.mean, s.halfWidth, m)} (middle 90% of worlds ${v(s.band.low)} to ${v(s.band.high)}; input uncertainty sd ${v(s.inputSd)}, run noise sd ${v(s.noiseSd)} a run${Number.isFinite(s.inputShare) ? `, the inputs ${percent(s.inputShare)} (${percent(s.inputShareLow)} to ${percent(s.inputShareHigh)}) of a run's variance` : ''})`;
}

function share(x: WorldShare): string {
  return `${percent(x.share)} (95% interval ${percent(x.low)} to ${percent(x.high)})`;
}

/** "+3.31 points (+2.56 to +4.06), beyond chance": the words and verdict `compare` uses. */
function worldsDifference(d: VarianceSplit, m: MetricLabel, baseMean: number): string {
  const pair = { mean: d.mean, halfWidth: d.halfWidth, low: d.mean - d.halfWidth, high: d.mean + d.halfWidth };
  return differenceText(pair, m, metricVerdict(m.metric, pair, baseMean));
}
