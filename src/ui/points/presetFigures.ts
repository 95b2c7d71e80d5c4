/**
 * The presets' points for the trade-off plot, as shipped: `npm run calibration` runs every preset
 * 10 times for 7 days and writes their means and 95% intervals to presetFigures.json (a fingerprint
 * test keeps it current), so the page shows honest whiskers without running 80 simulated weeks.
 * Quantities that grow with a run's length (delay, officer-hours, cost) are per simulated day.
 */
import type { PresetPoint } from '../../experiments/presetPoints.js';
import figures from './presetFigures.json';

type Figure = { mean: number; low: number; high: number };

/** How many runs and days the shipped points stand for. */
export const PRESET_FIGURE_RUNS: { replications: number; days: number } = figures.runs;

/**
 * Every preset's point, with its 95% half-widths.
 *
 * @example
 * shippedPresetPoints().find((p) => p.name === 'baseline')!.halfWidths!.interdictionRate; // ≈ 0.013
 */
export function shippedPresetPoints(): PresetPoint[] {
  return figures.presets.map((p) => {
    const f = p.figures as Record<string, Figure>;
    const mean = (k: string, scale = 1) => f[k].mean * scale;
    const half = (k: string, scale = 1) => ((f[k].high - f[k].low) / 2) * scale;
    return {
      name: p.name,
      interdictionRate: mean('interdictionRate', 0.01),
      releasedPerHour: mean('releasedPerHour'),
      screeningDelayParcelHours: mean('screeningDelayPerDay'),
      pulledDwellP95Hours: mean('pulledP95Hours'),
      officerHours: mean('officerHoursPerDay'),
      dollars: mean('dollarsPerDay'),
      seizures: mean('seizuresPerDay'),
      halfWidths: {
        interdictionRate: half('interdictionRate', 0.01),
        releasedPerHour: half('releasedPerHour'),
        screeningDelayParcelHours: half('screeningDelayPerDay'),
        pulledDwellP95Hours: half('pulledP95Hours'),
        officerHours: half('officerHoursPerDay'),
        dollars: half('dollarsPerDay'),
      },
    };
  });
}
