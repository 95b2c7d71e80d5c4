/**
 * Progress of a long run on standard error: `\r  run baseline seed 1: 42% (day 1 of 3)`.
 *
 * Shown only for runs that last more than a second (a quick run should print nothing but its
 * results), redrawn at most ten times a second (a terminal cannot show more, and each write costs
 * the simulation time), and only on stderr, so stdout stays clean for `> results.json`. Whether
 * it is on at all is decided by the caller: a terminal, `--progress` or `--quiet`.
 */

/** Progress appears only once a run has lasted this long, ms. */
export const PROGRESS_DELAY_MS = 1000;
/** Minimum time between redraws, ms: at most ten a second. */
export const PROGRESS_INTERVAL_MS = 100;

/** What a progress reporter needs: where to write, a clock, and what to call the run. */
export interface ProgressOptions {
  enabled: boolean;
  write(text: string): void;
  /** Milliseconds from any origin. */
  now(): number;
  /** e.g. "run baseline seed 1". */
  label: string;
  /** Days simulated, for "(day d of n)". */
  days: number;
}

/** Receives the fraction done; `done` ends the line, after success or failure alike. */
export interface Progress {
  update(fraction: number): void;
  /** Ends the progress line (if one was drawn), at 100% when the run succeeded. */
  done(succeeded: boolean): void;
}

/**
 * A progress reporter; pass `update` to `runScenario`'s `onProgress`.
 *
 * @example
 * const p = createProgress({ enabled: io.isTTY, write: io.stderr, now: io.now, label: 'run baseline seed 1', days: 1 });
 * const results = runScenario(scenario, { seed: 1, onProgress: p.update });
 * p.done(true);
 */
export function createProgress(options: ProgressOptions): Progress {
  const start = options.now();
  let lastDraw = -Infinity;
  let drawnWidth = 0;
  const draw = (fraction: number): void => {
    const text = progressLine(options.label, fraction, options.days);
    // Pad with spaces over the previous line's tail, rather than an ANSI erase code, so a
    // --progress log redirected to a file stays plain text.
    options.write(`\r${text.padEnd(drawnWidth)}`);
    drawnWidth = text.length;
  };
  return {
    update(fraction: number): void {
      if (!options.enabled) return;
      const t = options.now();
      if (t - start < PROGRESS_DELAY_MS || t - lastDraw < PROGRESS_INTERVAL_MS) return;
      lastDraw = t;
      draw(fraction);
    },
    done(succeeded: boolean): void {
      if (drawnWidth === 0) return;
      if (succeeded) draw(1);
      options.write('\n');
      drawnWidth = 0;
    },
  };
}

/**
 * One progress line, without the leading carriage return.
 *
 * @example
 * progressLine('run baseline seed 1', 0.42, 3); // '  run baseline seed 1: 42% (day 2 of 3)'
 */
export function progressLine(label: string, fraction: number, days: number): string {
  const f = Math.min(1, Math.max(0, fraction));
  const day = Math.min(days, Math.floor(f * days) + 1);
  return `  ${label}: ${Math.floor(f * 100)}% (day ${day} of ${days})`;
}
