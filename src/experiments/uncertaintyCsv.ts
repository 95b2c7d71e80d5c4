/**
 * The rows of an uncertainty result's CSV, in the long layout of the other experiments (one
 * number per row, so it filters and pivots directly): `part` says which table the row belongs to,
 * `band` (a scenario's or the difference's split, one row per statistic), `beats` (the share of
 * worlds in which B beats A) or `tornado` (one row per input and statistic); `scenario` is the
 * scenario's label (or "B − A"), `input` the tornado's input, `statistic` the figure's name, and
 * `value`, `low`, `high` the figure and its 95% interval where it has one.
 */
import type { UncertaintyResult } from './uncertaintyResult.js';
import type { VarianceSplit } from './varianceSplit.js';

/**
 * The table, header first (`csv.ts` writes it).
 *
 * @example
 * uncertaintyRows(result)[0]; // ['part', 'scenario', 'metric', 'input', 'statistic', 'value', 'low', 'high']
 */
export function uncertaintyRows(r: UncertaintyResult): unknown[][] {
  const out: unknown[][] = [['part', 'scenario', 'metric', 'input', 'statistic', 'value', 'low', 'high']];
  const band = (label: string, metric: string, s: VarianceSplit) => {
    out.push(['band', label, metric, '', 'mean', s.mean, s.mean - s.halfWidth, s.mean + s.halfWidth]);
    out.push(['band', label, metric, '', 'worlds_p5_p95', '', s.band.low, s.band.high]);
    out.push(['band', label, metric, '', 'input_sd', s.inputSd, s.inputSdLow, s.inputSdHigh]);
    out.push(['band', label, metric, '', 'noise_sd', s.noiseSd, s.noiseSdLow, s.noiseSdHigh]);
    out.push(['band', label, metric, '', 'input_share', s.inputShare, s.inputShareLow, s.inputShareHigh]);
  };
  for (const arm of r.arms) for (const [m, s] of Object.entries(arm.metrics)) band(arm.label, m, s);
  if (r.differences) {
    const label = `${r.arms[1].label} − ${r.arms[0].label}`;
    for (const [m, d] of Object.entries(r.differences)) {
      band(label, m, d);
      out.push(['beats', label, m, '', `share_${d.beats.better}`, d.beats.share, d.beats.low, d.beats.high]);
      out.push(['beats', label, m, '', 'worlds_beyond_chance', d.beats.beyondChance, '', '']);
    }
  }
  if (r.tornado) {
    for (const [m, t] of Object.entries(r.tornado.metrics)) {
      out.push(['tornado', r.tornado.of, m, '', 'central', t.central, t.central - t.centralHalfWidth, t.central + t.centralHalfWidth]);
      for (const b of t.bars) {
        out.push(['tornado', r.tornado.of, m, b.input, 'input_low_high', '', b.lowValue, b.highValue]);
        out.push(['tornado', r.tornado.of, m, b.input, 'metric_at_low_high', '', b.atLow, b.atHigh]);
        out.push(['tornado', r.tornado.of, m, b.input, 'swing', b.swing, b.swingLow, b.swingHigh]);
      }
    }
  }
  return out;
}
