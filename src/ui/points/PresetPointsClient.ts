/**
 * The page's side of the preset-points worker: asks for the presets' points once (with the seed
 * and length of the run being shown, so the comparison is like for like) and passes progress and
 * the points on. A new request replaces an unanswered one: the worker is restarted rather than
 * left computing points nobody will see.
 *
 * @example
 * const points = new PresetPointsClient(() => new Worker(...), { progress: show, points: (p) => plot.setPresetPoints(p) });
 * points.request(1, 1);
 */
import type { PresetPoint } from '../../experiments/presetPoints.js';
import type { FromPointsWorker, ToPointsWorker } from '../protocol.js';

export interface PointsHandlers {
  progress(fraction: number, preset: string): void;
  points(points: PresetPoint[]): void;
  error(message: string): void;
}

export class PresetPointsClient {
  private worker: Worker | null = null;
  private busy = false;
  private key = '';

  constructor(private readonly createWorker: () => Worker, private readonly handlers: PointsHandlers) {}

  /** Computes the presets' points for this seed and length, unless they are already shown. */
  request(seed: number, days: number): void {
    const key = `${seed}/${days}`;
    if (key === this.key) return;
    this.key = key;
    if (this.busy && this.worker !== null) {
      this.worker.terminate();
      this.worker = null;
    }
    this.worker ??= this.start();
    this.busy = true;
    this.worker.postMessage({ type: 'points', seed, days } satisfies ToPointsWorker);
  }

  private start(): Worker {
    const worker = this.createWorker();
    worker.onmessage = (e: MessageEvent<FromPointsWorker>) => {
      const m = e.data;
      if (m.type === 'progress') this.handlers.progress(m.fraction, m.preset);
      else {
        this.busy = false;
        if (m.type === 'points') this.handlers.points(m.points);
        else this.handlers.error(m.message);
      }
    };
    worker.onerror = (e) => {
      e.preventDefault();
      this.busy = false;
      this.handlers.error(e.message || 'the preset-points worker failed');
    };
    return worker;
  }
}
