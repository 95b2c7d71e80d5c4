/**
 * One experiment as the Experiments panel runs it, apart from the page: its states are explicit
 * (idle, running, done, cancelled, failed), its executor pool and clock are injected, and it turns
 * the core's outcome into what the panel says. The panel (`ExperimentsPanel.ts`) is the DOM face:
 * forms, progress bar, results. This part holds the flow, so it is tested in Node with an
 * in-process pool (test/ui/experiments/ExperimentRun.test.ts).
 *
 * @example
 * const runner = new ExperimentRun({ pool: () => createWebWorkerPool(), now: () => performance.now() });
 * const end = await runner.start({ kind: 'sweep', grid, runs: 8 }, (done) => progress.update(done));
 * end.state; // 'done' | 'cancelled' | 'failed'
 */
import {
  beatsText, compare, computeFrontier, metricVerdict, runSecondOrder, runSweep,
  type CompareResult, type CompareSpec, type FrontierX, type GridSpec, type SecondOrderPlan,
} from '../../experiments/index.js';
import { FRONTIER_X } from '../../experiments/frontierAxes.js';
import { runCounts, type PanelResult } from './exportNames.js';
import { formatDuration } from './progressText.js';
import { errorMessage as message, PooledRun, type ExperimentState } from './PooledRun.js';

export type { ExperimentPool, ExperimentPorts, ExperimentState } from './PooledRun.js';

/** A checked experiment, ready to run. */
export type ExperimentPlan =
  | { kind: 'sweep'; grid: GridSpec; runs: number }
  | { kind: 'compare'; spec: CompareSpec; runs: number }
  /** A comparison repeated in plausible worlds (unknown inputs). */
  | { kind: 'unknown'; plan: SecondOrderPlan; runs: number };

/** How an experiment ended, in the panel's words. `result` is null when no run finished. */
export interface ExperimentEnd {
  state: Exclude<ExperimentState, 'idle' | 'running'>;
  result: PanelResult | null;
  message: string;
}

export class ExperimentRun extends PooledRun {
  /**
   * Runs `plan`, reporting finished runs; resolves with how it ended (never rejects). Refuses
   * (resolves null) while another experiment is running.
   */
  async start(plan: ExperimentPlan, onProgress: (done: number) => void, axis: () => FrontierX = () => 'releasedPerHour'): Promise<ExperimentEnd | null> {
    const begun = this.begin();
    if (begun === null) return null;
    const { pool, controller } = begun;
    const what = plan.kind === 'sweep' ? 'sweep' : plan.kind === 'unknown' ? 'comparison in plausible worlds' : 'comparison';
    const started = this.ports.now();
    const control = { signal: controller.signal, onProgress: (done: number) => onProgress(done) };
    let result: PanelResult;
    let error: unknown;
    try {
      const outcome = plan.kind === 'sweep' ? await runSweep(plan.grid, pool.run, {}, control)
        : plan.kind === 'unknown' ? await runSecondOrder(plan.plan, pool.run, control)
          : await compare(plan.spec, pool.run, control);
      result = outcome.result;
      error = outcome.error;
    } catch (e) {
      // The core returns failures rather than throwing; this is a bug's last line of defence.
      return this.end({ state: 'failed', result: null, message: `The ${what} could not run: ${message(e)}` });
    }
    const { done, total } = runCounts(result);
    const state = result.complete ? 'done' : controller.signal.aborted ? 'cancelled' : 'failed';
    if (state === 'failed') pool.close();
    if (done === 0) {
      return this.end({
        state, result: null,
        message: state === 'cancelled' ? 'Cancelled before any run finished; nothing to show.' : `The ${what} stopped before any run finished: ${message(error)}`,
      });
    }
    const workers = `${pool.size} Web Worker${pool.size === 1 ? '' : 's'}`;
    return this.end({
      state, result,
      message: state === 'done'
        ? `Done: ${total} runs in ${formatDuration(this.ports.now() - started)} on ${workers}. ${doneSummary(result, axis())}`
        : state === 'cancelled'
          ? `Cancelled after ${done} of ${total} runs. The results are partial: they cover only the finished runs.`
          : `The ${what} stopped with an error after ${done} of ${total} runs: ${message(error)}. The results are partial.`,
    });
  }

  private end(end: ExperimentEnd): ExperimentEnd {
    return this.finish(end);
  }
}

/** One line on a finished experiment's outcome (for a sweep, on the axes the chart shows). */
function doneSummary(result: PanelResult, x: FrontierX): string {
  if (result.format === 'interdict-sweep') {
    const pareto = computeFrontier(result.points, x, 'interdictionRate').points.filter((p) => p.pareto).length;
    return `${pareto} of ${result.points.length} points are Pareto-optimal on interdiction rate against ${FRONTIER_X[x].name.toLowerCase()}.`;
  }
  if (result.format === 'interdict-uncertainty') {
    const d = result.differences?.['contraband.interdictionRate'];
    return d ? `${beatsText('contraband.interdictionRate', d.beats, result.arms[0].label, result.arms[1].label)}.` : '';
  }
  return summarizeComparison(result);
}

function summarizeComparison(result: CompareResult): string {
  const verdicts = Object.entries(result.differences).map(([m, d]) => metricVerdict(m, d, result.a.metrics[m]?.mean ?? NaN));
  const beyond = verdicts.filter((v) => v === 'beyond chance').length;
  const negligible = verdicts.filter((v) => v === 'negligible').length;
  return `${beyond} of ${verdicts.length} differences are beyond chance and not negligible; ${negligible} are negligible.`;
}
