/**
 * The words under the progress bar: runs done out of the total, the share, and an estimate of
 * the time left. The estimate assumes the remaining runs take as long on average as the ones
 * done (runs of one experiment are alike in size, and the pool keeps every worker busy); it is
 * withheld until there is something to go on, rather than showing a wild first guess.
 */

/** Seconds of running, and runs done, before the time left is estimated. */
const MIN_ELAPSED_MS = 1500;
const MIN_DONE = 1;

/**
 * "12 of 40 runs (30%) · about 25 s left".
 *
 * @example
 * progressText(12, 40, 10_000); // '12 of 40 runs (30%) · about 25 s left'
 * progressText(0, 40, 200);     // '0 of 40 runs (0%) · estimating time left…'
 * progressText(40, 40, 30_000); // '40 of 40 runs (100%)'
 */
export function progressText(done: number, total: number, elapsedMs: number): string {
  const share = total === 0 ? 100 : Math.floor((100 * done) / total);
  const head = `${done} of ${total} runs (${share}%)`;
  if (done >= total) return head;
  const left = timeLeftMs(done, total, elapsedMs);
  return `${head} · ${left === null ? 'estimating time left…' : `about ${formatDuration(left)} left`}`;
}

/**
 * Estimated milliseconds left, or null while there is too little to go on.
 *
 * @example
 * timeLeftMs(10, 40, 5000); // 15000
 */
export function timeLeftMs(done: number, total: number, elapsedMs: number): number | null {
  if (done < MIN_DONE || elapsedMs < MIN_ELAPSED_MS) return null;
  return (elapsedMs / done) * (total - done);
}

/**
 * A duration rounded to what an estimate deserves: "5 s", "40 s", "2 min 10 s", "1 h 5 min".
 *
 * @example
 * formatDuration(131_000); // '2 min 10 s'
 */
export function formatDuration(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  if (s < 60) return `${s < 10 ? s : Math.round(s / 5) * 5} s`;
  if (s < 3600) {
    const m = Math.floor(s / 60);
    const rest = Math.round((s % 60) / 10) * 10;
    return rest === 0 ? `${m} min` : rest === 60 ? `${m + 1} min` : `${m} min ${rest} s`;
  }
  const h = Math.floor(s / 3600);
  const m = Math.round((s % 3600) / 60);
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
