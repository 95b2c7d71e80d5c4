/**
 * The tornado: which uncertain input matters most. One at a time, each input is set to its low
 * and its high percentile (10th and 90th unless the file says otherwise) with every other input at
 * its median, and the metric is measured over R runs at each setting; the bar is the swing, the
 * metric at high minus the metric at low. All settings run on the same seeds (common random
 * numbers), so the swing is a paired difference with its 95% t interval (Law, "Simulation
 * Modeling and Analysis", 5th ed., §11.2), and bars shorter than their interval are within chance.
 * Bars are sorted by the size of the swing, the largest on top. This is the classic one-way
 * sensitivity analysis (Eschenbach, "Spiderplots versus tornado diagrams for sensitivity
 * analysis", Interfaces 22(6), 1992); it does not show interactions between inputs, which the
 * outer draws' spread (`varianceSplit.ts`) does include.
 *
 * For A against B the tornado is of the difference B − A: which input could change the decision.
 */
import { summarize } from './summary.js';

/** One input's bar. */
export interface TornadoBar {
  input: string;
  /** The input's value at its low and high percentile. */
  lowValue: number;
  highValue: number;
  /** The metric's mean over the runs with the input at low, and at high. */
  atLow: number;
  atHigh: number;
  /** atHigh − atLow, with the 95% interval of the paired difference. */
  swing: number;
  swingLow: number;
  swingHigh: number;
}

/** One metric's tornado. */
export interface MetricTornado {
  /** The metric with every input at its median, and the 95% half-width over the runs. */
  central: number;
  centralHalfWidth: number;
  /** Largest swing first. */
  bars: TornadoBar[];
}

/** The tornado of every reported metric. */
export interface Tornado {
  /** The percentiles each input is set to. */
  low: number;
  high: number;
  /** 'B − A' for a comparison, or the scenario's label. */
  of: string;
  seeds: { first: number; last: number };
  metrics: Record<string, MetricTornado>;
}

/**
 * One metric's tornado from its runs: `value(t, r)` is run r at setting t (0: central; 2i + 1 and
 * 2i + 2: input i low and high), or undefined when that run is missing.
 *
 * @example
 * metricTornado(['prevalence', 'separation'], [[0.5, 2], [1.2, 3]], 10, (t, r) => runs[t][r]).bars[0].input;
 */
export function metricTornado(
  inputs: readonly string[],
  lowHigh: readonly (readonly [number, number])[],
  runs: number,
  value: (setting: number, run: number) => number | undefined,
): MetricTornado {
  const column = (t: number) => Array.from({ length: runs }, (_, r) => value(t, r));
  const present = (xs: (number | undefined)[]) => xs.filter((x): x is number => x !== undefined);
  const central = summarize(present(column(0)));
  const bars = inputs.map((input, i): TornadoBar => {
    const low = column(2 * i + 1);
    const high = column(2 * i + 2);
    const pairs: number[] = [];
    for (let r = 0; r < runs; r++) if (low[r] !== undefined && high[r] !== undefined) pairs.push((high[r] as number) - (low[r] as number));
    const swing = summarize(pairs);
    return {
      input,
      lowValue: lowHigh[i][0],
      highValue: lowHigh[i][1],
      atLow: summarize(present(low)).mean,
      atHigh: summarize(present(high)).mean,
      swing: swing.mean,
      swingLow: swing.mean - swing.halfWidth,
      swingHigh: swing.mean + swing.halfWidth,
    };
  });
  // Stable: equal swings keep the file's order.
  const order = bars.map((b, i) => ({ b, i })).sort((x, y) => Math.abs(y.b.swing) - Math.abs(x.b.swing) || x.i - y.i);
  return { central: central.mean, centralHalfWidth: central.halfWidth, bars: order.map((x) => x.b) };
}
