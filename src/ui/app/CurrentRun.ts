/**
 * The run the page shows: its settings (preset, scenario, seed, days), owned in one place. Every
 * part that changes the run (the scenario form, a sweep point opened, a link pasted) replaces it
 * here, and every part that follows it listens, so no callback keeps its own copy to reassign.
 * A change made while the run goes amends the run instead (`amend`): the record of the run grows
 * (its share link, its list of changes) but the run itself goes on.
 *
 * @example
 * const run = new CurrentRun(opened.spec);
 * run.onReplace((spec, from) => { if (from !== 'form') form.load(spec); controls.restart(); });
 * run.replace(next, 'form');
 */
import type { RunChange } from '../../scenario/index.js';
import type { RunSpec } from '../share/shareLink.js';

/** Who replaced the run: the scenario form, an experiment's point, or a link. */
export type RunSource = 'form' | 'experiment' | 'link';

export class CurrentRun {
  private current: RunSpec;
  private readonly listeners: Array<(spec: RunSpec, from: RunSource) => void> = [];
  private readonly amendListeners: Array<(spec: RunSpec) => void> = [];

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

  /** Records changes made while the run goes (each with its minute); the run is not restarted. */
  amend(changes: readonly RunChange[]): void {
    if (changes.length === 0) return;
    const scenario = this.current.scenario;
    this.current = { ...this.current, scenario: { ...scenario, changesDuringRun: [...(scenario.changesDuringRun ?? []), ...changes] } };
    for (const l of this.amendListeners) l(this.current);
  }

  onAmend(listener: (spec: RunSpec) => void): void {
    this.amendListeners.push(listener);
  }
}
