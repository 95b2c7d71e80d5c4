/**
 * Progress of an experiment on standard error: runs done out of the total, a bar, and an
 * estimate of the time left:
 *
 *   sweep grid.json: [########............]  160/400 runs  40%  ETA 1m 12s
 *
 * The same rules as a single run's progress (`progress.ts`): only after the first second, at most
 * ten redraws a second, stderr only, on when stderr is a terminal or with --progress. The ETA is
 * the mean time per finished run so far times the runs left, so it settles after a few runs
 * (runs finish in bursts of one per worker).
 */
import { PROGRESS_DELAY_MS, PROGRESS_INTERVAL_MS } from './progress.js';

/** Where and whether to draw. */
export interface RunProgressOptions {
  enabled: boolean;
  write(text: string): void;
  /** Milliseconds from any origin. */
  now(): number;
  /** e.g. "sweep grid.json". */
  label: string;
}

/** Receives runs done and the total; `done` ends the line. */
export interface RunProgress {
  update(done: number, total: number): void;
  done(): void;
}

const BAR = 20;

/**
 * A progress reporter for a batch of runs.
 *
 * @example
 * const p = createRunProgress({ enabled: io.isTTY, write: io.stderr, now: io.now, label: 'sweep grid.json' });
 * await runSweep(grid, executor, {}, { onProgress: p.update });
 * p.done();
 */
export function createRunProgress(options: RunProgressOptions): RunProgress {
  const start = options.now();
  let lastDraw = -Infinity;
  let width = 0;
  let last: [number, number] = [0, 0];
  let drawn = '';
  const draw = (done: number, total: number, t: number): void => {
    const text = runProgressLine(options.label, done, total, t - start);
    if (text === drawn) return;
    drawn = text;
    options.write(`\r${text.padEnd(width)}`);
    width = text.length;
  };
  return {
    update(done: number, total: number): void {
      last = [done, total];
      if (!options.enabled) return;
      const t = options.now();
      if (t - start < PROGRESS_DELAY_MS || (t - lastDraw < PROGRESS_INTERVAL_MS && done < total)) return;
      lastDraw = t;
      draw(done, total, t);
    },
    done(): void {
      if (width === 0) return;
      draw(last[0], last[1], options.now());
      options.write('\n');
      width = 0;
      drawn = '';
    },
  };
}

/**
 * One progress line, without the carriage return.
 *
 * @example
 * runProgressLine('sweep grid.json', 160, 400, 48_000); // '  sweep grid.json: [########............]  160/400 runs  40%  ETA 1m 12s'
 */
export function runProgressLine(label: string, done: number, total: number, elapsedMs: number): string {
  const share = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.floor(share * BAR);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}]`;
  const counts = `${String(done).padStart(String(total).length)}/${total} runs`;
  const eta = done > 0 && done < total ? `  ETA ${duration(((total - done) * elapsedMs) / done)}` : '';
  return `  ${label}: ${bar}  ${counts}  ${Math.floor(share * 100)}%${eta}`;
}

/**
 * A duration as "45s", "3m 05s" or "2h 07m".
 *
 * @example
 * duration(72_000); // '1m 12s'
 */
export function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
