/**
 * File names of chart pictures: what the chart is, and the run it shows, so a folder of saved
 * charts stays readable: `interdict-seizures-baseline-seed1.png`.
 */
import { slug } from '../experiments/exportNames.js';

/**
 * The PNG file name of chart `chart` for a run of `preset` with `seed`.
 *
 * @example
 * chartPngName('tradeoff', 'baseline', 1); // 'interdict-tradeoff-baseline-seed1.png'
 * chartPngName('sweep-frontier', 'Current scenario (baseline)', 7); // 'interdict-sweep-frontier-current-scenario-baseline-seed7.png'
 */
export function chartPngName(chart: string, preset: string, seed: number): string {
  return `interdict-${slug(chart)}-${slug(preset)}-seed${seed}.png`;
}
