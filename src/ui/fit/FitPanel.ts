/**
 * "Fit to your facility's data", in the Experiments section: choose the scenario and a data file
 * (the CSV of docs/fit.md), set the runs per grid point, and run the experiments core's fit on the
 * section's Web Workers with progress and cancel. It shows the fitted values with their 95%
 * intervals, the dispersion check, the goodness-of-fit plot (the drawing the command line's memo
 * uses, `fitPlotNode`), and offers the calibrated scenario as a download or as the live run. A data
 * file's problems are listed under the file input by line and column, in the parser's words.
 *
 * @example
 * const panel = mountFitPanel(byId('fit'), host, { workers: 2 });
 * panel.destroy();
 */
import { fitPlotNode } from '../../experiments/fit/fitPlotSvg.js';
import { gridPassesText } from '../../experiments/fit/fitReport.js';
import { MAX_PASSES, type FitResult } from '../../experiments/fit/fitModel.js';
import { h } from '../dom.js';
import { saveText } from '../download.js';
import type { ExperimentsHost, ExperimentsOptions } from '../experiments/ExperimentsPanel.js';
import { fillOptions, selectField, textField } from '../experiments/formField.js';
import { slug } from '../experiments/exportNames.js';
import { grouped } from '../experiments/formLimits.js';
import { panelFrame, panelHandle, refreshOnPointer } from '../experiments/panelFrame.js';
import { RunProgress } from '../experiments/RunProgress.js';
import { openScenario, scenarioOptions, type OpenScenario } from '../experiments/scenarioChoice.js';
import { createWebWorkerPool } from '../experiments/webWorkerExecutor.js';
import { svgElement } from '../svg.js';
import { checkFit, FIT_DEFAULTS, FIT_SEED, type FitFormValues } from './fitForm.js';
import { FitRun } from './FitRun.js';
import { dispersionLines, fittedRows, fitWarnings, newGridStatus, simulatedText } from './fitWords.js';
import './fit.css';

/**
 * Builds the panel inside `root` (replacing its content) and returns a handle to remove it.
 *
 * @example
 * const { destroy } = mountFitPanel(document.getElementById('fit')!, host);
 */
export function mountFitPanel(root: HTMLElement, host: Pick<ExperimentsHost, 'currentScenario' | 'openRun'>, options: ExperimentsOptions = {}): { destroy(): void } {
  let destroyed = false;
  const runner = new FitRun({ pool: () => createWebWorkerPool({ workers: options.workers }), now: () => performance.now() });
  const current = (): OpenScenario | null => openScenario(host);

  const { panel, setup, results } = panelFrame(root, 'ix-xp ix-fit', { 'aria-label': "Fit to your facility's data" }, { 'aria-labelledby': 'fit-results-heading' });

  setup.append(h('p', { className: 'ix-hint' },
    'Daily seizures by type (by targeting rule where known, and the compliance sample\'s finds) tell how common contraband is and how well the risk score separates it. ' +
    'The fit simulates one-day runs of the scenario at several separations and finds the values that best explain the data, with 95% intervals. ' +
    'The data file\'s format is in docs/fit.md; docs/fit-example.csv is an example for the baseline.'));
  const scenario = selectField('fit-scenario', 'Scenario to calibrate', scenarioOptions(current()));
  scenario.select.value = FIT_DEFAULTS.scenario;
  const fileInput = h('input', { id: 'fit-file', type: 'file', className: 'ix-input', accept: '.csv,text/csv,text/plain' });
  const dataError = h('div', { id: 'fit-data-error', className: 'ix-field-error ix-fit-data-error' });
  fileInput.setAttribute('aria-describedby', dataError.id);
  const fileWrap = h('label', { className: 'ix-form-item ix-xp-field', htmlFor: fileInput.id }, h('span', {}, 'Data file (CSV, one line per day)'), fileInput, dataError);
  const replications = textField('fit-reps', 'Runs per grid point (more runs, less simulation error)', FIT_DEFAULTS.replications, 'numeric');
  const summary = h('p', { id: 'fit-summary', className: 'ix-xp-summary' });
  const form = h('div', { className: 'ix-xp-setup' }, scenario.wrap, fileWrap, replications.wrap, summary);
  setup.append(form);
  const progress = new RunProgress(setup, { run: () => void run(), cancel: () => runner.cancel() }, 'fit');
  progress.setRunLabel('Run the fit');

  results.append(h('h2', { id: 'fit-results-heading', className: 'ix-section-title' }, 'Fitted values'));
  const placeholder = h('p', { className: 'ix-hint ix-xp-placeholder' }, 'Choose a data file and press Run: the fitted values, the dispersion check and the plot appear here.');
  const about = h('p', { id: 'fit-about', className: 'ix-hint', hidden: true });
  const warnings = h('div', { id: 'fit-warnings', hidden: true, attrs: { role: 'note' } });
  const table = h('table', { id: 'fit-table', className: 'ix-xp-table', hidden: true });
  const dispersion = h('ul', { id: 'fit-dispersion', className: 'ix-fit-dispersion', hidden: true });
  const plot = h('div', { id: 'fit-plot', className: 'ix-fit-plot', hidden: true });
  const download = h('button', { id: 'fit-download', type: 'button', className: 'ix-button' }, 'Download calibrated scenario');
  const open = h('button', { id: 'fit-open', type: 'button', className: 'ix-button' }, 'Open as the live run');
  const actions = h('div', { className: 'ix-xp-actions', hidden: true }, download, open);
  results.append(placeholder, about, warnings, table, h('div', {}, dispersion), plot, actions);
  let shown: FitResult | null = null;
  download.addEventListener('click', () => {
    if (shown?.calibrated) saveText(`${JSON.stringify(shown.calibrated, null, 2)}\n`, `interdict-${slug(shown.calibrated.name)}.json`, 'application/json');
  });
  open.addEventListener('click', () => {
    if (shown?.calibrated) host.openRun(shown.calibrated, FIT_SEED);
  });

  // The file is read once when chosen; the check runs again when the scenario or the runs change.
  let file: FitFormValues['file'] = null;
  const values = (): FitFormValues => ({ scenario: scenario.select.value, replications: replications.input.value, file });
  function refresh(): ReturnType<typeof checkFit> {
    const checked = checkFit(values(), current());
    const errors = checked.ok ? {} : checked.errors;
    scenario.setError(errors.scenario ?? null);
    replications.setError(errors.replications ?? null);
    // A missing file is not yet a mistake: it is said in the summary, not in red.
    const dataProblems = file === null ? [] : errors.data ?? [];
    dataError.replaceChildren(...dataProblems.map((line) => h('span', { className: 'ix-fit-data-line' }, line)));
    if (dataProblems.length > 0) fileInput.setAttribute('aria-invalid', 'true');
    else fileInput.removeAttribute('aria-invalid');
    summary.textContent = checked.ok
      ? `${checked.spec.data.dates.length} days of ${checked.spec.data.types.join(', ')}; ${grouped(checked.runs)} runs of 1 day, and as many again for each re-run at the fitted prevalence (at most ${MAX_PASSES - 1}).`
      : file === null ? 'Choose a data file to run the fit.' : 'Fix what is marked to run the fit.';
    return checked;
  }
  fileInput.addEventListener('change', () => {
    const chosen = fileInput.files?.[0];
    if (chosen === undefined) {
      file = null;
      refresh();
      return;
    }
    void chosen.text().then((text) => {
      if (destroyed) return;
      file = { name: chosen.name, text };
      refresh();
    }, (e: unknown) => {
      file = null;
      refresh();
      dataError.textContent = `cannot read '${chosen.name}': ${e instanceof Error ? e.message : String(e)}`;
    });
  });
  form.addEventListener('input', () => refresh());
  form.addEventListener('change', (e) => { if (e.target !== fileInput) refresh(); });
  const stopRefreshing = refreshOnPointer(panel, runner, () => fillOptions(scenario.select, scenarioOptions(current())));

  function setDisabled(disabled: boolean): void {
    for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) el.disabled = disabled;
  }

  function show(result: FitResult): void {
    shown = result;
    placeholder.hidden = true;
    about.hidden = false;
    about.textContent = `${result.data.source}: ${result.data.days} days, ${result.data.first} to ${result.data.last}; ` +
      `grid of d′ ${result.method.separations.map((s) => s.toFixed(1)).join(', ')}, ${result.method.replications} runs each; ` +
      `contraband parcels simulated per grid point: ${simulatedText(result)}. ` +
      // An unsettled fit is said in the warnings above the table instead.
      `${result.method.settled ? `${gridPassesText(result)} ` : ''}"≤" or "≥" marks an end the data do not bound within the grid.`;
    const warned = fitWarnings(result);
    warnings.replaceChildren(...warned.map((line) => h('p', { className: 'ix-xp-partial-banner' }, line)));
    warnings.hidden = warned.length === 0;
    table.replaceChildren(
      h('caption', {}, 'Maximum likelihood, with 95% intervals that include the simulation\'s own error.'),
      h('thead', {}, h('tr', {}, ...['Quantity', 'Estimate (95% interval)', 'Of which simulation error (sd)'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...fittedRows(result).map((r) => h('tr', {}, h('th', { scope: 'row' }, r.quantity), h('td', { className: 'ix-xp-num' }, r.estimate), h('td', { className: 'ix-xp-num' }, r.simulationSd)))),
    );
    dispersion.replaceChildren(h('li', { className: 'ix-fit-dispersion-head' }, 'Dispersion of the daily seizures (near 1 when days vary as the model\'s do):'),
      ...dispersionLines(result).map((line) => h('li', {}, line)));
    const node = fitPlotNode(result);
    plot.replaceChildren(...(node === null ? [] : [svgElement(node)]));
    for (const el of [table, dispersion, plot, actions]) el.hidden = false;
  }

  async function run(): Promise<void> {
    if (runner.state === 'running' || destroyed) return;
    const checked = refresh();
    if (!checked.ok) {
      progress.say(file === null ? 'Nothing was run: choose a data file first.' : 'Nothing was run: fix what is marked first.');
      return;
    }
    let planned = checked.runs;
    const ending = runner.start(checked.spec, (done, total) => {
      if (total !== planned) {
        // Another grid, at the fitted prevalence: the bar's total grows by a grid, and the status says why.
        planned = total;
        progress.setTotal(total);
        progress.say(newGridStatus(total, checked.runs));
      }
      progress.update(done);
    });
    panel.dataset.state = 'running';
    setDisabled(true);
    shown = null;
    placeholder.hidden = false;
    placeholder.textContent = 'Fitting…';
    for (const el of [about, warnings, table, dispersion, plot, actions]) el.hidden = true;
    progress.start(checked.runs, `Fitting ${checked.label} to ${checked.spec.source}: ${grouped(checked.runs)} runs on ${runner.workers} Web Worker${runner.workers === 1 ? '' : 's'}…`);
    const end = await ending;
    if (end === null || destroyed) return;
    setDisabled(false);
    if (end.result !== null) show(end.result);
    else placeholder.textContent = 'No estimates: the fit did not finish.';
    panel.dataset.state = end.state;
    progress.end(end.message, end.state);
  }

  refresh();
  return panelHandle(root, runner, progress, () => {
    destroyed = true;
    stopRefreshing();
  });
}
