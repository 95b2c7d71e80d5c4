/**
 * The Experiments panel: set up a sweep or an A/B comparison, run it on Web Workers (one per
 * core) with progress and cancel, see the frontier chart or the comparison table, and export CSV,
 * JSON and the scenario memo. It is the browser's face of the experiments core, which does all
 * the statistics (`runSweep`, `compare`, the result formats); the panel builds the core's inputs
 * from its forms, hands it an executor (`webWorkerExecutor.ts`) and draws what comes back.
 *
 * The run itself, its states and what it says at the end, is an `ExperimentRun` with its pool and
 * clock injected (tested in Node); this file is its DOM face. A cancelled or failed experiment keeps
 * the runs that finished: the core marks the result
 * incomplete, the panel says "partial" above the results and in the status line, and every
 * export's file name says PARTIAL (`exportNames.ts`).
 *
 * The host page gives two callbacks: `currentScenario()`, the scenario open in the app (offered
 * as "current scenario" in the pickers), and `openRun(scenario, seed)`, called when a frontier
 * point is clicked, to show that point as a live animated run.
 *
 * @example
 * const panel = mountExperimentsPanel(byId('panel-experiments'), {
 *   openRun: (scenario, seed) => loadRun(scenario, seed),
 *   currentScenario: () => ({ scenario: spec.scenario, seed: spec.seed }),
 * });
 * panel.destroy(); // stops any experiment and its workers
 */
import type { CompareSpec, GridSpec, SecondOrderPlan, SweepResult } from '../../experiments/index.js';
import type { Scenario } from '../../scenario/index.js';
import { h } from '../dom.js';
import { CompareSetup } from './CompareSetup.js';
import { checkCompare } from './compareSpec.js';
import { ExperimentRun } from './ExperimentRun.js';
import { ResultsArea } from './ResultsArea.js';
import { RunProgress } from './RunProgress.js';
import { openScenario, type OpenScenario } from './scenarioChoice.js';
import { SweepSetup } from './SweepSetup.js';
import { checkSweep, sweepSummary } from './sweepGrid.js';
import { checkUnknownInputs } from './unknownInputs.js';
import { createWebWorkerPool, type WebWorkerPool } from './webWorkerExecutor.js';
import './experiments.css';

/** What the panel needs from the page that hosts it. */
export interface ExperimentsHost {
  /** Opens a scenario and seed as a live animated run (a click on a frontier point). */
  openRun(scenario: Scenario, seed: number): void;
  /** The scenario open in the app, offered as "current scenario". */
  currentScenario(): { scenario: Scenario; seed: number };
  /** A sweep finished (complete or not): the page draws its frontier on the trade-off plot. */
  sweepFinished?(result: SweepResult): void;
}

/** Options for the panel's own use; the host need pass none. */
export interface ExperimentsOptions {
  /** Web Workers to use; default one per core (1 … 8). */
  workers?: number;
}

type Mode = 'sweep' | 'compare';

/**
 * Builds the panel inside `root` (replacing its content) and returns a handle to remove it.
 *
 * @example
 * const { destroy } = mountExperimentsPanel(document.getElementById('experiments')!, host);
 */
export function mountExperimentsPanel(root: HTMLElement, host: ExperimentsHost, options: ExperimentsOptions = {}): { destroy(): void } {
  let mode: Mode = 'sweep';
  let destroyed = false;
  const runner = new ExperimentRun({ pool: () => createWebWorkerPool({ workers: options.workers }), now: () => performance.now() });

  const current = (): OpenScenario | null => openScenario(host);

  root.replaceChildren();
  const panel = h('section', { className: 'ix-xp', attrs: { 'aria-labelledby': 'xp-heading', 'data-state': 'idle' } });
  const setupColumn = h('div', { className: 'ix-xp-setup-col' });
  const resultsColumn = h('div', { className: 'ix-xp-results-col', attrs: { 'aria-labelledby': 'xp-results-heading', role: 'region' } });
  panel.append(h('div', { className: 'ix-xp-layout' }, setupColumn, resultsColumn));
  root.append(panel);

  setupColumn.append(
    h('h2', { id: 'xp-heading', className: 'ix-section-title' }, 'Experiments'),
    h('p', { className: 'ix-hint' }, 'Many runs, honest uncertainty: a sweep maps the trade-off between finding contraband and moving mail; a comparison tells whether a change really makes a difference.'),
  );
  const modeGroup = h('div', { className: 'ix-xp-mode', attrs: { role: 'radiogroup', 'aria-label': 'Kind of experiment' } });
  const modeRadio = (value: Mode, text: string): HTMLInputElement => {
    const input = h('input', { type: 'radio', name: 'xp-mode', value, id: `xp-mode-${value}`, checked: value === mode });
    input.addEventListener('change', () => input.checked && setMode(value));
    modeGroup.append(h('label', { htmlFor: input.id, className: 'ix-xp-mode-option' }, input, text));
    return input;
  };
  const radios = [modeRadio('sweep', 'Sweep'), modeRadio('compare', 'Comparison A vs B')];
  setupColumn.append(modeGroup);
  const forms = h('div', { className: 'ix-xp-forms' });
  setupColumn.append(forms);
  const sweepSetup = new SweepSetup(forms, current, () => refreshSummary());
  const compareSetup = new CompareSetup(forms, current, () => refreshSummary());
  const progress = new RunProgress(setupColumn, { run: () => void run(), cancel: () => runner.cancel() });

  const results = new ResultsArea(resultsColumn, (scenario, seed) => host.openRun(scenario, seed));

  const onPointer = (): void => {
    if (runner.state === 'running') return;
    sweepSetup.refreshScenarios();
    compareSetup.refreshScenarios();
  };
  panel.addEventListener('pointerenter', onPointer);

  function setMode(next: Mode): void {
    mode = next;
    sweepSetup.element.hidden = mode !== 'sweep';
    compareSetup.element.hidden = mode !== 'compare';
    progress.setRunLabel(mode === 'sweep' ? 'Run sweep' : 'Run comparison');
    refreshSummary();
  }

  /** Re-checks the visible form: errors beside their fields, and what Run would do. */
  function refreshSummary(): ReturnType<typeof check> {
    const checked = check();
    if (checked.kind === 'sweep') {
      sweepSetup.showErrors(checked.ok ? {} : checked.errors);
      sweepSetup.setSummary(checked.ok ? `${sweepSummary(checked.points, checked.grid.replications, checked.grid.days)}.` : 'Fix the marked fields to run the sweep.');
    } else {
      compareSetup.showErrors(checked.ok ? {} : checked.errors);
      compareSetup.setSummary(checked.ok && checked.unknown ? `${checked.unknown.plan.spec.uncertainty.outer} plausible worlds × ${checked.spec.replications} runs of A and B, and the tornado's runs = ${checked.runs} runs of ${checked.spec.days} day${checked.spec.days === 1 ? '' : 's'}.` :
        checked.ok ? `${checked.spec.replications} runs of each scenario = ${checked.runs} runs of ${checked.spec.days} day${checked.spec.days === 1 ? '' : 's'}.` : 'Fix the marked fields to run the comparison.');
    }
    return checked;
  }

  function check():
    | { kind: 'sweep'; ok: true; grid: GridSpec; points: number; runs: number }
    | { kind: 'sweep'; ok: false; errors: Record<string, string> }
    | { kind: 'compare'; ok: true; spec: CompareSpec; runs: number; unknown?: { plan: SecondOrderPlan } }
    | { kind: 'compare'; ok: false; errors: Record<string, string> } {
    if (mode === 'sweep') return { kind: 'sweep', ...checkSweep(sweepSetup.values(), current()) };
    const c = checkCompare(compareSetup.values(), current());
    if (!c.ok || !compareSetup.unknown.enabled) return { kind: 'compare', ...c };
    const u = checkUnknownInputs(compareSetup.unknown.values(), c.spec);
    return u.ok ? { kind: 'compare', ok: true, spec: c.spec, runs: u.runs, unknown: { plan: u.plan } } : { kind: 'compare', ok: false, errors: u.errors };
  }

  /** Shows the runner's state: on the panel (the tests wait for it) and in the forms' disabled state. */
  function showState(): void {
    panel.dataset.state = runner.state;
    const running = runner.state === 'running';
    sweepSetup.setDisabled(running);
    compareSetup.setDisabled(running);
    for (const r of radios) r.disabled = running;
  }

  async function run(): Promise<void> {
    if (runner.state === 'running' || destroyed) return;
    sweepSetup.refreshScenarios();
    compareSetup.refreshScenarios();
    const checked = refreshSummary();
    if (!checked.ok) {
      const first = checked.kind === 'sweep' ? sweepSetup.showErrors(checked.errors) : compareSetup.showErrors(checked.errors);
      progress.say('Nothing was run: fix the marked fields first.');
      first?.focus();
      return;
    }
    const what = checked.kind === 'sweep' ? 'sweep' : checked.unknown ? 'comparison in plausible worlds' : 'comparison';
    const plan = checked.kind === 'sweep' ? { kind: 'sweep' as const, grid: checked.grid, runs: checked.runs }
      : checked.unknown ? { kind: 'unknown' as const, plan: checked.unknown.plan, runs: checked.runs }
        : { kind: 'compare' as const, spec: checked.spec, runs: checked.runs };
    const ending = runner.start(plan, (done) => progress.update(done), () => results.axis);
    showState();
    results.clear(`Running the ${what}…`);
    progress.start(checked.runs, `Running the ${what}: ${checked.runs} runs on ${runner.workers} Web Worker${runner.workers === 1 ? '' : 's'}…`);
    const end = await ending;
    if (end === null || destroyed) return;
    if (end.result === null) results.clear('No run finished, so there is nothing to show.');
    else {
      results.show(end.result);
      if ('format' in end.result && end.result.format === 'interdict-sweep') host.sweepFinished?.(end.result);
    }
    showState();
    progress.end(end.message, end.state);
  }

  setMode('sweep');

  return {
    destroy(): void {
      destroyed = true;
      runner.close();
      progress.destroy();
      results.destroy();
      panel.removeEventListener('pointerenter', onPointer);
      root.replaceChildren();
    },
  };
}
