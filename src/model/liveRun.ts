/**
 * How the app's live runs open: warm, at 06:00. A facility that starts empty at midnight shows
 * nothing for hours (every station closed until the day shift, the first seizure around 10:00),
 * so the page runs the day before first, out of sight: the facility starts empty at midnight one
 * day and six hours before the clock starts, every statistic restarts at 06:00 of day 1, and the
 * parcels inside then (the night's mail and yesterday's backlog) are carried in the accounts as
 * the opening balance (`Facility`'s warm-up). A run of N days then shows N whole days of
 * statistics, 06:00 to 06:00, comparable per day with the presets' figures.
 *
 * It is the run's definition, not a view effect: the same options give the same numbers in Node,
 * so a live run is still a pure function of (scenario, seed, days), and a share link reproduces it.
 * The command line and the experiments keep their own runs (no warm-up unless asked for).
 *
 * @example
 * runScenario(scenario, liveRunOptions(7, 1)); // exactly what the page shows for seed 7, one day
 */

/** The hour of day 1 at which the clock starts and the statistics begin. */
export const OPENING_HOUR = 6;
/** The warm-up before the clock starts, days: the day before, and the night until the opening. */
export const LIVE_WARMUP_DAYS = 1 + OPENING_HOUR / 24;

/** The facility options of a live run of `days` days with seed `seed`. */
export function liveRunOptions(seed: number, days: number): { seed: number; days: number; warmupDays: number } {
  return { seed, days: days + LIVE_WARMUP_DAYS, warmupDays: LIVE_WARMUP_DAYS };
}
