/**
 * The run the page shows: its settings (preset, scenario, seed, days), owned in one place. Every
 * part that changes the run (the scenario form, a sweep point opened, a link pasted) replaces it
 * here, and every part that follows it listens, so no callback keeps its own copy to reassign.
 *
 * @example
 * const run = new CurrentRun(opened.spec);
 * run.onReplace((spec, from) => { if (from !== 'form') form.load(spec); controls.restart(); });
 * run.replace(next, 'form');
 */
import type { RunSpec } from '../share/shareLink.js';

/** Who replaced the run: the scenario form, an experiment's point, or a link. */
export type RunSource = 'form' | 'experiment' | 'link';

export class CurrentRun {
  private current: RunSpec;
  private readonly listeners: Array<(spec: RunSpec, from: RunSource) => void> = [];

  constructor(initial: RunSpec) {
    this.current = initial;
  }

  get spec(): RunSpec {
    return this.current;
  }

  /** Makes `spec` the run, and tells every listener. */
  replace(spec: RunSpec, from: RunSource): void {
    this.current = spec;
    for (const l of this.listeners) l(spec, from);
  }

  onReplace(listener: (spec: RunSpec, from: RunSource) => void): void {
    this.listeners.push(listener);
  }
}
