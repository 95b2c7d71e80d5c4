/**
 * The Optimize panel, in the Experiments section: tick what may change (from a short list,
 * `optimizeChoices.ts`), choose what to make best, give a budget (officer pay a day, and
 * optionally a cap on screening delay), and run the experiments core's `optimize` on Web Workers
 * with progress and cancel. It shows the chosen settings against the base with intervals, the
 * finalists table with P(best), and opens the chosen settings as the live run. Kept modest: wider
 * problems are for `npm run sim -- optimize` (docs/optimize.md).
 *
 * @example
 * const panel = mountOptimizePanel(byId('optimize'), host, { workers: 2 });
 * panel.destroy();
 */
import { candidateScenario } from '../../experiments/index.js';
import { h } from '../dom.js';
import type { ExperimentsHost, ExperimentsOptions } from './ExperimentsPanel.js';
import { FinalistsTable } from './FinalistsTable.js';
import { fillOptions, selectField, setError, textField, type TextField } from './formField.js';
import { grouped } from './formLimits.js';
import { OPTIMIZE_OBJECTIVES, OPTIMIZE_VARIABLES } from './optimizeChoices.js';
import { checkOptimize, type OptimizeFormValues } from './optimizeForm.js';
import { OptimizeRun } from './OptimizeRun.js';
import { panelFrame, panelHandle, refreshOnPointer } from './panelFrame.js';
import { RunProgress } from './RunProgress.js';
import { openScenario, scenarioOptions, type OpenScenario } from './scenarioChoice.js';
import { createWebWorkerPool } from './webWorkerExecutor.js';
import './experiments.css';

/**
 * Builds the panel inside `root` (replacing its content) and returns a handle to remove it.
 *
 * @example
 * const { destroy } = mountOptimizePanel(document.getElementById('optimize')!, host);
 */
export function mountOptimizePanel(root: HTMLElement, host: ExperimentsHost, options: ExperimentsOptions = {}): { destroy(): void } {
  let destroyed = false;
  const runner = new OptimizeRun({ pool: () => createWebWorkerPool({ workers: options.workers }), now: () => performance.now() });
  const current = (): OpenScenario | null => openScenario(host);

  const { panel, setup, results } = panelFrame(root, 'ix-xp ix-opt', { 'aria-labelledby': 'opt-heading' }, { 'aria-labelledby': 'opt-results-heading' });

  setup.append(
    h('h2', { id: 'opt-heading', className: 'ix-section-title' }, 'Optimize'),
    h('p', { className: 'ix-hint' }, 'The best settings for a budget: a genetic search tries combinations on the same seeds, then the best few get more runs until the choice is as sure as the runs allow.'),
  );
  const base = selectField('opt-base', 'Start from', scenarioOptions(current()));
  const boxes = OPTIMIZE_VARIABLES.map((v) => {
    const input = h('input', { type: 'checkbox', id: `opt-var-${v.id}`, value: v.id, checked: v.id === 'xrayOfficers' || v.id === 'examOfficers' });
    return { input, wrap: h('label', { className: 'ix-xp-check ix-opt-var', htmlFor: input.id }, input, h('span', {}, v.label, ' ', h('span', { className: 'ix-xp-unit' }, v.range))) };
  });
  const variablesError = h('span', { id: 'opt-variables-error', className: 'ix-field-error' });
  const variables = h('fieldset', { className: 'ix-opt-vars', attrs: { 'aria-describedby': variablesError.id } },
    h('legend', {}, 'What may change'), ...boxes.map((b) => b.wrap), variablesError);
  const objective = selectField('opt-objective', 'Make best', OPTIMIZE_OBJECTIVES.map((o) => ({ value: o.id, label: o.label })));
  const fields: Record<string, TextField> = {
    budget: textField('opt-budget', 'Officer pay at most ($ a day)', '16800', 'decimal'),
    delay: textField('opt-delay', 'Screening delay at most (parcel-hours a day; blank: no limit)', '', 'decimal'),
    replications: textField('opt-reps', 'Runs per candidate', '3', 'numeric'),
    population: textField('opt-population', 'Candidates per generation', '6', 'numeric'),
    generations: textField('opt-generations', 'Generations after the first', '2', 'numeric'),
    extra: textField('opt-extra', 'Extra runs for the finalists', '12', 'numeric'),
    seed: textField('opt-seed', 'First seed', '1', 'numeric'),
  };
  const summary = h('p', { id: 'opt-summary', className: 'ix-xp-summary' });
  const problemError = h('p', { id: 'opt-problem-error', className: 'ix-field-error' });
  const form = h('div', { className: 'ix-xp-setup' }, base.wrap, variables, objective.wrap,
    h('div', { className: 'ix-xp-numbers ix-opt-numbers' }, ...Object.values(fields).map((f) => f.wrap)), summary, problemError);
  setup.append(form);
  const progress = new RunProgress(setup, { run: () => void run(), cancel: () => runner.cancel() }, 'opt');
  progress.setRunLabel('Run optimization');

  results.append(h('h2', { id: 'opt-results-heading', className: 'ix-section-title' }, 'Best settings'));
  const placeholder = h('p', { className: 'ix-hint ix-xp-placeholder' }, 'Tick what may change, set the budget and press Run: the chosen settings and the finalists appear here.');
  const banner = h('p', { id: 'opt-partial-banner', className: 'ix-xp-partial-banner', hidden: true, attrs: { role: 'note' } });
  results.append(placeholder, banner);
  const finalists = new FinalistsTable(results);
  finalists.element.hidden = true;
  const open = h('button', { id: 'opt-open', type: 'button', className: 'ix-button', hidden: true }, 'Open the chosen settings as the live run');
  results.append(open);
  let chosenRun: (() => void) | null = null;
  open.addEventListener('click', () => chosenRun?.());

  const values = (): OptimizeFormValues => ({
    base: base.select.value,
    variables: boxes.filter((b) => b.input.checked).map((b) => b.input.value),
    objective: objective.select.value,
    budget: fields.budget.input.value, delay: fields.delay.input.value, replications: fields.replications.input.value,
    population: fields.population.input.value, generations: fields.generations.input.value, extra: fields.extra.input.value, seed: fields.seed.input.value,
  });

  function refresh(): ReturnType<typeof checkOptimize> {
    const checked = checkOptimize(values(), current());
    const errors = checked.ok ? {} : checked.errors;
    for (const [key, f] of Object.entries(fields)) f.setError(errors[key] ?? null);
    base.setError(errors.base ?? null);
    objective.setError(errors.objective ?? null);
    setError(variables, variablesError, errors.variables ?? null);
    problemError.textContent = errors.problem ?? '';
    summary.textContent = checked.ok ? `At most ${grouped(checked.runs)} runs of 1 day.` : 'Fix the marked fields to run the optimization.';
    return checked;
  }
  form.addEventListener('input', () => refresh());
  form.addEventListener('change', () => refresh());
  const stopRefreshing = refreshOnPointer(panel, runner, () => fillOptions(base.select, scenarioOptions(current())));

  function setDisabled(disabled: boolean): void {
    for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) el.disabled = disabled;
  }

  async function run(): Promise<void> {
    if (runner.state === 'running' || destroyed) return;
    const checked = refresh();
    if (!checked.ok) {
      progress.say('Nothing was run: fix the marked fields first.');
      form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const problem = checked.problem;
    const ending = runner.start(problem, (done) => progress.update(done));
    panel.dataset.state = 'running';
    setDisabled(true);
    placeholder.hidden = false;
    placeholder.textContent = 'Searching…';
    finalists.element.hidden = true;
    banner.hidden = true;
    open.hidden = true;
    progress.start(checked.runs, `Optimizing: at most ${grouped(checked.runs)} runs on ${runner.workers} Web Worker${runner.workers === 1 ? '' : 's'}…`);
    const end = await ending;
    if (end === null || destroyed) return;
    setDisabled(false);
    const result = end.result;
    if (result === null) placeholder.textContent = 'Nothing to show.';
    else {
      placeholder.hidden = true;
      finalists.show(result);
      finalists.element.hidden = false;
      banner.hidden = result.complete;
      banner.textContent = result.complete ? '' : result.chosen === null
        ? 'Partial result: the optimization was stopped, so no setting was chosen; these are the best found so far, on fewer runs.'
        : 'Partial result: stopped during the check on fresh seeds; the choice stands, but its figures are those of the search.';
      const chosen = result.chosen;
      const scenario = chosen?.point == null ? null : candidateScenario(problem, chosen.point);
      chosenRun = scenario?.ok ? () => host.openRun(scenario.scenario, problem.seed) : null;
      open.hidden = chosenRun === null;
    }
    // The plan was the most runs the search could take; a finished one says how many it took.
    if (end.state === 'done' && result !== null) progress.setTotal(result.runsMade);
    panel.dataset.state = end.state;
    progress.end(end.message, end.state);
  }

  refresh();
  return panelHandle(root, runner, progress, () => {
    destroyed = true;
    stopRefreshing();
  });
}
