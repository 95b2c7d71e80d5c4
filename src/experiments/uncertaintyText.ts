/**
 * The command line's text summary of an uncertainty result, for people (programs read the JSON):
 * what was drawn, each scenario's bands split into input uncertainty and run noise, for A against
 * B the share of plausible worlds in which B beats A, and the tornado as rows with bars of `#`.
 */
import { metricLabel } from './metricLabels.js';
import { beatsText, bandText, splitText, tornadoBarText } from './uncertaintyWords.js';
import type { UncertaintyResult } from './uncertaintyResult.js';

/** Widest tornado bar, in characters. */
const BAR_WIDTH = 24;

/**
 * The summary, lines ending in `\n`.
 *
 * @example
 * io.stdout(uncertaintyText(result));
 */
export function uncertaintyText(r: UncertaintyResult): string {
  const u = r.uncertainty;
  const out: string[] = [
    `${u.name}`,
    `${u.inputs.length} uncertain input${u.inputs.length === 1 ? '' : 's'} (${u.inputs.map((i) => i.name).join(', ')}), ${r.outer} plausible worlds ` +
      `(${u.sampling === 'plain' ? 'plain random' : 'Latin hypercube'} draws, seed ${u.seed}) × ${r.inner} runs each on common random numbers, ` +
      `${r.days} day${r.days === 1 ? '' : 's'}${r.warmupDays > 0 ? ` (${r.warmupDays} warm-up)` : ''}, run seeds ${r.seeds.first} to ${r.seeds.last}`,
  ];
  if (!r.complete) out.push(`INCOMPLETE: ${r.missing.length} runs missing; figures use the complete worlds only`);
  for (const arm of r.arms) {
    out.push('', arm.parameters ? `${arm.label}` : `${arm.label}:`);
    for (const [metric, s] of Object.entries(arm.metrics)) {
      out.push(`  ${metricLabel(metric).label}: ${bandText(metric, s)}`, `    ${splitText(metric, s)}`);
    }
  }
  if (r.differences) {
    const [a, b] = r.arms.map((x) => x.label);
    out.push('', `${b} against ${a}, in each plausible world:`);
    for (const [metric, d] of Object.entries(r.differences)) {
      out.push(`  ${beatsText(metric, d.beats, a, b)}`, `    difference ${b} − ${a}: ${bandText(metric, d, true)}`);
    }
  }
  if (r.tornado) {
    const t = r.tornado;
    for (const [metric, mt] of Object.entries(t.metrics)) {
      out.push('', `Tornado of ${metricLabel(metric).label.toLowerCase()} (${t.of}), each input from its ${Math.round(t.low * 100)}th to ${Math.round(t.high * 100)}th percentile, the others at their medians; swings with 95% intervals:`);
      const widest = Math.max(...mt.bars.map((b) => Math.abs(b.swing)).filter(Number.isFinite), 0);
      for (const b of mt.bars) {
        const n = widest > 0 && Number.isFinite(b.swing) ? Math.max(1, Math.round((Math.abs(b.swing) / widest) * BAR_WIDTH)) : 0;
        out.push(`  ${'#'.repeat(n).padEnd(BAR_WIDTH)}  ${tornadoBarText(metric, b)}`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}
