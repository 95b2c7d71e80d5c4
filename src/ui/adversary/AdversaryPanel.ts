/**
 * "Smugglers adapt": the trainer's lesson on an adapting adversary. Pick a scenario and how many
 * rounds, press Play: every round runs its replications on Web Workers, the chart of interdiction
 * with 95% intervals grows round by round as smugglers shift contraband toward where it was caught
 * least, then the defender re-tunes its targeting (the diamond) and smugglers answer again. The
 * table says where contraband went; the memo saves it all. The flow is `AdversaryPlay`, the
 * statistics and the chart's nodes are the experiments core's (`runAdversary`,
 * `roundsChartNodes`), the same the command line prints.
 *
 * @example
 * const panel = mountAdversaryPanel(byId('adversary'), { currentScenario: () => ({ scenario, seed: 1 }) }, { workers: 2 });
 * panel.destroy();
 */
import { memoHtml, roundLabel, roundsChartNodes, ROUNDS_SIZE, STAGE_STYLE, type AdversaryResult, type AdversaryRound } from '../../experiments/index.js';
import { h } from '../dom.js';
import { saveText } from '../download.js';
import { createWebWorkerPool } from '../experiments/webWorkerExecutor.js';
import { RunProgress } from '../experiments/RunProgress.js';
import { panelFrame, panelHandle } from '../experiments/panelFrame.js';
import { scenarioOptions, type OpenScenario } from '../experiments/scenarioChoice.js';
import { selectField, textField, type SelectField, type TextField } from '../experiments/formField.js';
import { svg, svgElement } from '../svg.js';
import { ADVERSARY_DEFAULTS, checkAdversary, type AdversaryValues } from './adversaryForm.js';
import { AdversaryPlay } from './AdversaryPlay.js';
import './adversary.css';

/** What the panel needs from the page. */
export interface AdversaryHost {
  /** The scenario open in the app, offered as "current scenario". */
  currentScenario(): OpenScenario;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * Builds the panel inside `root` and returns a handle to remove it.
 *
 * @example
 * mountAdversaryPanel(document.getElementById('adversary')!, host);
 */
export function mountAdversaryPanel(root: HTMLElement, host: AdversaryHost, options: { workers?: number } = {}): { destroy(): void } {
  const play = new AdversaryPlay({ pool: () => createWebWorkerPool({ workers: options.workers }), now: () => performance.now() });
  const current = (): OpenScenario | null => {
    try {
      return host.currentScenario();
    } catch {
      return null;
    }
  };
  const { panel, setup, results } = panelFrame(root, 'ix-xp ix-adv', { 'aria-label': 'Smugglers adapt' }, { 'aria-label': 'Rounds' });

  setup.append(h('p', { className: 'ix-hint' },
    'A lesson for trainers. Smugglers learn where contraband gets caught: each round they send a little more by the routes that got through ' +
    '(origin, mail type, declared contents, deep concealment). Predict how far interdiction falls, press Play, watch the rounds; ' +
    'then the targeting is re-tuned toward where contraband went, and the smugglers answer again.'));
  const fields: Record<keyof AdversaryValues, TextField | SelectField> = {
    scenario: selectField('adv-scenario', 'Scenario', scenarioOptions(current())),
    rounds: textField('adv-rounds', 'Rounds before the re-tune (round 0 included)', ADVERSARY_DEFAULTS.rounds, 'numeric'),
    roundsAfter: textField('adv-rounds-after', 'Rounds after the re-tune', ADVERSARY_DEFAULTS.roundsAfter, 'numeric'),
    replications: textField('adv-reps', 'Replications per round', ADVERSARY_DEFAULTS.replications, 'numeric'),
    days: textField('adv-days', 'Days per run', ADVERSARY_DEFAULTS.days, 'numeric'),
    seed: textField('adv-seed', 'First seed', ADVERSARY_DEFAULTS.seed, 'numeric'),
    rate: textField('adv-rate', 'How fast smugglers learn (10: a route 10 points safer gains 2.7× per round)', ADVERSARY_DEFAULTS.rate, 'decimal'),
  };
  (fields.scenario as SelectField).select.value = ADVERSARY_DEFAULTS.scenario;
  const summary = h('p', { id: 'adv-summary', className: 'ix-hint' });
  setup.append(h('div', { className: 'ix-xp-forms ix-adv-form' }, ...Object.values(fields).map((f) => f.wrap)), summary);
  const progress = new RunProgress(setup, { run: () => void start(), cancel: () => play.cancel() }, 'adv');
  progress.setRunLabel('Play the rounds');

  const chart = svg('svg', { id: 'adv-chart', class: 'ix-adv-chart', viewBox: `0 0 ${ROUNDS_SIZE.width} ${ROUNDS_SIZE.height}`, role: 'img', 'aria-label': 'Interdiction rate by round, with 95% intervals' });
  const legend = h('p', { className: 'ix-hint ix-adv-legend' },
    'Square: round 0, smugglers as the scenario assumes. Dots: smugglers adapting. Diamond (R): targeting re-tuned. Hollow dots: smugglers answering the re-tune. Whiskers: 95% intervals.');
  const placeholder = h('p', { className: 'ix-hint ix-xp-placeholder' }, 'Press Play: the rounds appear here one by one.');
  const table = h('table', { id: 'adv-table', className: 'ix-xp-table', hidden: true });
  const retune = h('p', { id: 'adv-retune', className: 'ix-adv-retune', hidden: true });
  const save = h('button', { id: 'adv-save-memo', type: 'button', className: 'ix-button', hidden: true }, 'Save memo (HTML)');
  results.append(h('h2', { className: 'ix-section-title' }, 'Rounds'), placeholder, chart, legend, retune, table, save);
  chart.style.display = 'none';
  let shown: AdversaryResult | null = null;
  save.addEventListener('click', () => {
    if (shown !== null) saveText(memoHtml(shown), `interdict-adversary-${shown.scenario.name}-seed${shown.seeds.first}${shown.complete ? '' : '-PARTIAL'}.html`, 'text/html');
  });

  const values = (): AdversaryValues => Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, 'select' in f ? f.select.value : f.input.value])) as unknown as AdversaryValues;
  const refresh = () => {
    const checked = checkAdversary(values(), current());
    for (const [k, f] of Object.entries(fields)) f.setError(checked.ok ? null : checked.errors[k as keyof AdversaryValues] ?? null);
    summary.textContent = checked.ok
      ? `${checked.runs} runs of ${checked.spec.days} day${checked.spec.days === 1 ? '' : 's'}: ${checked.spec.rounds} rounds, the re-tune's candidates, ${checked.spec.roundsAfter} round${checked.spec.roundsAfter === 1 ? '' : 's'} after.`
      : 'Fix the marked fields to play.';
    return checked;
  };
  for (const f of Object.values(fields)) ('select' in f ? f.select : f.input).addEventListener('input', refresh);
  refresh();

  const draw = (rounds: readonly AdversaryRound[], total: number) => {
    chart.replaceChildren(...roundsChartNodes(rounds, total).map(svgElement));
    chart.dataset.rounds = String(rounds.length);
    const head = h('tr', {}, ...['Round', 'Stage', 'Interdiction (95% interval)', 'Most contraband from', 'Deeply concealed'].map((t) => h('th', { scope: 'col' }, t)));
    const rows = rounds.map((r) => {
      const s = r.interdiction;
      const top = [...r.routes.origin].sort((a, b) => b.share - a.share)[0];
      const low = Math.max(0, s.mean - s.halfWidth);
      const high = Math.min(1, s.mean + s.halfWidth);
      return h('tr', {}, h('td', {}, roundLabel(r)), h('td', {}, STAGE_STYLE[r.stage].words),
        h('td', { className: 'ix-num' }, `${pct(s.mean)} (${pct(low)}${s.mean - s.halfWidth < 0 ? '†' : ''} to ${pct(high)}${s.mean + s.halfWidth > 1 ? '†' : ''})`),
        h('td', {}, top ? `${top.route} (${pct(top.share)})` : '–'), h('td', { className: 'ix-num' }, pct(r.routes.concealment[1]?.share ?? 0)));
    });
    table.replaceChildren(h('caption', {}, 'Each round: mean over its replications, 95% interval in brackets (cut at 0 or 100% where marked †).'), h('thead', {}, head), h('tbody', {}, ...rows));
  };

  async function start(): Promise<void> {
    if (play.state === 'running') return;
    const checked = refresh();
    if (!checked.ok) {
      progress.say('Nothing was run: fix the marked fields first.');
      return;
    }
    const total = checked.spec.rounds + 1 + checked.spec.roundsAfter;
    const rounds: AdversaryRound[] = [];
    placeholder.hidden = true;
    chart.style.display = '';
    table.hidden = false;
    retune.hidden = true;
    save.hidden = true;
    draw(rounds, total);
    panel.dataset.state = 'running';
    for (const f of Object.values(fields)) ('select' in f ? f.select : f.input).disabled = true;
    const ending = play.start(checked.spec, (done) => progress.update(done), (r) => { rounds.push(r); draw(rounds, total); });
    progress.start(checked.runs, `Playing ${total} rounds of ${checked.label}: ${checked.runs} runs on ${play.workers} Web Worker${play.workers === 1 ? '' : 's'}…`);
    const end = await ending;
    if (end === null) return;
    for (const f of Object.values(fields)) ('select' in f ? f.select : f.input).disabled = false;
    shown = end.result;
    const t = end.result?.retune;
    if (t) {
      const g = t.gain;
      retune.hidden = false;
      retune.textContent = `Re-tune kept: ${t.candidates[t.chosen].label}. Gain over no change, on the same runs: ${(g.mean * 100).toFixed(1)} points (${((g.mean - g.halfWidth) * 100).toFixed(1)} to ${((g.mean + g.halfWidth) * 100).toFixed(1)}), of ${t.candidates.length - 1} changes tried.`;
    }
    save.hidden = shown === null;
    panel.dataset.state = end.state;
    progress.end(end.message, end.state);
  }

  return panelHandle(root, play, progress);
}
