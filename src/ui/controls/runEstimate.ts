/**
 * The app's check of a run's size before it starts: the model's upper estimate of its time and
 * memory (src/model/costEstimate.ts), against what a browser tab can do. A run past it is refused
 * at the form, in plain words, with what drives it, instead of freezing the tab.
 */
import { estimateRun } from '../../model/costEstimate.js';
import type { Scenario } from '../../scenario/index.js';

/** A browser tab runs the model about as fast as Node, on one core; 10 minutes and 2 GB at most. */
export const APP_LIMITS = { seconds: 10 * 60, bytes: 2e9 } as const;

/** Words for the settings that can drive an estimate. */
const DRIVER_WORDS: Readonly<Record<string, string>> = {
  'arrivals.piecesPerDay': 'pieces a day',
  'arrivals.perHour': 'arrivals an hour',
  days: 'days',
  'targeting.compliance.rate': 'the compliance sample',
  'stations.canine': 'the dog teams',
};

/**
 * Null when a run of `scenario` for `days` fits in a browser tab; otherwise the reason in words.
 *
 * @example
 * runSizeProblem(bigScenario, 366); // 'This run is too big for the browser: up to 3.2 h and 5.1 GB …'
 */
export function runSizeProblem(scenario: Scenario, days: number): string | null {
  const e = estimateRun(scenario, days);
  if (e.seconds <= APP_LIMITS.seconds && e.bytes <= APP_LIMITS.bytes) return null;
  const words = e.drivers.map((d) => {
    const rule = /^targeting\.rules\.(\d+)$/.exec(d);
    return rule ? `the rule ${scenario.targeting.rules[Number(rule[1])].id}` : DRIVER_WORDS[d] ?? d;
  });
  const time = e.seconds < 5400 ? `${Math.ceil(e.seconds / 60)} min` : `${(e.seconds / 3600).toFixed(1)} h`;
  return `This run is too big for the browser: up to ${time} and ${(e.bytes / 1e9).toFixed(1)} GB (an upper estimate; the limit is ` +
    `${APP_LIMITS.seconds / 60} min and ${APP_LIMITS.bytes / 1e9} GB). What drives it: ${words.join(', ')}. Run fewer days, ` +
    'or use the command line (npm run sim -- run).';
}
