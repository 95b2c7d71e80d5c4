/**
 * The guided lessons, PhET style, in the side panel: pick a lesson (or open one from a link,
 * `?lesson=dogs`), read its question, predict the answer, run the baseline and the changed
 * facility on the same seeds in Web Workers, and see the result set against the prediction, with
 * the 95% interval deciding, then why. The flow is the Experiments panel's `ExperimentRun`; the
 * words are the lessons' data (`lessons.ts`) and `lessonVerdict.ts`.
 */
import { getPreset, parseScenario } from '../../scenario/index.js';
import { negligibleSize, type CompareResult } from '../../experiments/index.js';
import { h } from '../dom.js';
import { ExperimentRun, type ExperimentPool } from '../experiments/ExperimentRun.js';
import { formatDecimal } from '../metrics/formatNumber.js';
import { applyChanges } from '../share/scenarioChanges.js';
import { LESSONS, lessonById, type Lesson, type Prediction } from './lessons.js';
import { lessonVerdict } from './lessonVerdict.js';

const CHOICES: ReadonlyArray<[Prediction, string]> = [['up', 'go up'], ['same', 'stay about the same'], ['down', 'go down']];

export class LessonsPanel {
  private readonly runner: ExperimentRun;
  private readonly select: HTMLSelectElement;
  private readonly question: HTMLElement;
  private readonly predictLegend: HTMLElement;
  private readonly choices: HTMLInputElement[] = [];
  private readonly runButton: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly result: HTMLElement;
  private lesson: Lesson = LESSONS[0];

  constructor(root: HTMLElement, pool: () => ExperimentPool, opening: string | null) {
    this.runner = new ExperimentRun({ pool, now: () => performance.now() });
    this.select = h('select', { id: 'lesson', className: 'ix-select' });
    for (const l of LESSONS) this.select.append(h('option', { value: l.id }, l.title));
    this.select.addEventListener('change', () => this.show(lessonById(this.select.value) ?? LESSONS[0]));
    this.question = h('p', { id: 'lesson-question', className: 'ix-lesson-question' });
    this.predictLegend = h('legend', {});
    const fieldset = h('fieldset', { className: 'ix-lesson-predict' }, this.predictLegend);
    for (const [value, words] of CHOICES) {
      const input = h('input', { type: 'radio', name: 'lesson-prediction', value, id: `lesson-predict-${value}` });
      input.addEventListener('change', () => this.refresh());
      this.choices.push(input);
      fieldset.append(h('label', { htmlFor: input.id, className: 'ix-lesson-choice' }, input, ` It will ${words}`));
    }
    this.runButton = h('button', { type: 'button', id: 'lesson-run', className: 'ix-button ix-button-primary' }, 'Run and see');
    this.runButton.addEventListener('click', () => void this.run());
    this.status = h('p', { id: 'lesson-status', className: 'ix-hint', attrs: { 'aria-live': 'polite' } });
    this.result = h('div', { id: 'lesson-result', className: 'ix-lesson-result', attrs: { 'aria-live': 'polite' } });
    root.append(
      h('label', { htmlFor: 'lesson', className: 'ix-hint' }, 'Lesson'), this.select, this.question, fieldset,
      this.runButton, this.status, this.result,
    );
    this.show(lessonById(opening ?? '') ?? LESSONS[0]);
  }

  /** Opens the lesson `id` (from a link or a suggestion); false when there is no such lesson. */
  open(id: string): boolean {
    const lesson = lessonById(id);
    if (lesson !== undefined) this.show(lesson);
    return lesson !== undefined;
  }

  private show(lesson: Lesson): void {
    this.lesson = lesson;
    this.select.value = lesson.id;
    this.question.textContent = lesson.question;
    this.predictLegend.textContent = `Predict first: with ${lesson.changeWords}, the ${lesson.figureWords}…`;
    for (const c of this.choices) c.checked = false;
    this.result.replaceChildren();
    this.status.textContent = `The run: the ${lesson.preset} preset against the same with ${lesson.changeWords}, ${lesson.replications} pairs of ${lesson.days}-day runs on the same seeds.`;
    this.refresh();
  }

  private prediction(): Prediction | null {
    return (this.choices.find((c) => c.checked)?.value as Prediction | undefined) ?? null;
  }

  private refresh(): void {
    this.runButton.disabled = this.prediction() === null || this.runner.state === 'running';
  }

  private async run(): Promise<void> {
    const predicted = this.prediction();
    if (predicted === null) return;
    const l = this.lesson;
    const a = getPreset(l.preset).scenario;
    const applied = applyChanges(a, l.changes);
    const b = parseScenario(applied.ok ? applied.value : null);
    if (!b.ok) {
      this.status.textContent = 'This lesson could not be set up.';
      return;
    }
    const spec = { a: { label: l.preset, scenario: a }, b: { label: 'changed', scenario: b.scenario }, seed: 1, replications: l.replications, days: l.days, warmupDays: 0, mode: 'crn' as const };
    const runs = l.replications * 2;
    const ending = this.runner.start({ kind: 'compare', spec, runs }, (done) => (this.status.textContent = `Running: ${done} of ${runs} runs…`));
    this.refresh();
    this.result.replaceChildren();
    const end = await ending;
    this.refresh();
    if (end === null || end.result === null || end.result.format !== 'interdict-compare' || !end.result.complete) {
      this.status.textContent = end?.message ?? 'The lesson did not run.';
      return;
    }
    this.status.textContent = '';
    this.showResult(l, predicted, end.result);
  }

  private showResult(l: Lesson, predicted: Prediction, r: CompareResult): void {
    const d = r.differences[l.metric];
    const baseline = r.a.metrics[l.metric].mean;
    const negligible = negligibleSize(l.metric, baseline);
    const verdict = lessonVerdict(predicted, { mean: d.mean, low: d.low, high: d.high, baseline, negligible }, l.figureWords, l.unit);
    const also = l.alsoShow.map((x) => h('li', {}, `${x.words}: ${formatDecimal(r.a.metrics[x.metric].mean)} → ${formatDecimal(r.b.metrics[x.metric].mean)} ${x.unit}`));
    this.result.dataset.outcome = verdict.outcome;
    this.result.dataset.right = String(verdict.right);
    this.result.replaceChildren(
      h('p', { id: 'lesson-verdict', className: verdict.right ? 'ix-lesson-right' : 'ix-lesson-wrong' }, verdict.words),
      h('p', {}, `The ${l.figureWords}: ${formatDecimal(baseline)} ${l.unit} in the ${l.preset}, ${formatDecimal(r.b.metrics[l.metric].mean)} with ${l.changeWords} (means of ${l.replications} runs).`),
      h('ul', {}, ...also),
      h('p', { id: 'lesson-why' }, l.explanation),
    );
  }
}
