/**
 * The scenario controls: preset, seed and days, staffing per station and shift, targeting rules,
 * contraband prevalence and hold presentation, "Apply and restart", and "Apply now, while running".
 *
 * Every edit is checked at once by the model's own validation (`checkForm` runs `parseScenario`
 * on the scenario the form describes); a value the model would refuse is marked at its input
 * (aria-invalid, with the reason next to it and linked by aria-describedby) and Apply stays
 * disabled until every problem is fixed. Choosing a preset loads it and restarts straight away.
 *
 * While a run goes, staffing, rule switches and thresholds can change without a restart ("Apply
 * now, while running", see liveChanges.ts): the form then shows the scenario as it stands after
 * the changes made so far, and lists them with their times. "Apply and restart" starts a fresh run
 * from the form, without them; the run controls' reset replays the run with them. "Run as B"
 * keeps the run on screen and starts the form's scenario beside it on the same seed.
 *
 * @example
 * const panel = new ScenarioPanel(byId('scenario-panel'), { apply: (spec) => startRun(spec), changeLive: send, compare: startB });
 * panel.load({ preset: 'baseline', scenario, seed: 1, days: 1 });
 */
import { getPreset, presetNames, PRESETS, type ContrabandType, type Scenario } from '../../scenario/index.js';
import { CONTRABAND_LABELS } from '../glossary.js';
import { h, uniqueId } from '../dom.js';
import { scenarioChanges } from '../share/scenarioChanges.js';
import type { RunSpec } from '../share/shareLink.js';
import { parseDays, parseSeed } from './runOptions.js';
import { saveText } from '../download.js';
import { pathWords, plainMessage } from '../format/plainWords.js';
import { ruleDescription } from '../format/ruleWords.js';
import { runSizeProblem } from './runEstimate.js';
import { changeWords, liveEdit, scenarioNow } from './liveChanges.js';
import type { RunChangeRequest } from '../../scenario/index.js';
import { checkForm, formFields, formValues, type FormField, type FormValues } from './scenarioForm.js';

/** What the panel's buttons do. */
export interface ScenarioActions {
  /** Apply and restart: the form's scenario becomes the run. */
  apply(spec: RunSpec): void;
  /** Apply now: change the running run from its next minute. */
  changeLive(requests: RunChangeRequest[]): void;
  /** Run as B: the form's scenario runs beside the current run, on its seed and days. */
  compare(scenario: Scenario): void;
}

interface Control {
  input: HTMLInputElement | HTMLSelectElement;
  error: HTMLElement;
}

const GROUPS: Array<{ id: FormField['group']; title: string; hint: string }> = [
  { id: 'staffing', title: 'Staffing', hint: 'Lanes (machines or tables) and officers on duty in each shift.' },
  { id: 'targeting', title: 'Targeting rules', hint: 'Checked in order; the first rule that matches pulls the parcel.' },
  { id: 'contraband', title: 'Contraband prevalence', hint: 'Parcels carrying each kind, per million pieces arriving.' },
  { id: 'holds', title: 'Holds', hint: 'The postal service must find and present each held parcel.' },
];

export class ScenarioPanel {
  private base: Scenario = getPreset('baseline').scenario;
  private preset = 'baseline';
  private fields: FormField[] = [];
  private readonly controls = new Map<string, Control>();
  /** Each rule's description, rewritten from the form's values as they change. */
  private ruleTexts: HTMLElement[] = [];
  private readonly presetSelect: HTMLSelectElement;
  private readonly presetSummary: HTMLElement;
  private readonly seed: Control;
  private readonly days: Control;
  private readonly body: HTMLElement;
  private readonly otherErrors: HTMLElement;
  private readonly status: HTMLElement;
  private readonly apply: HTMLButtonElement;
  private readonly discard: HTMLButtonElement;
  private valid: Scenario | null = null;
  /** The run's scenario, with the changes made during it. */
  private running: Scenario = getPreset('baseline').scenario;
  private runSeed = 1;
  private runDays = 1;
  /** A run is under way (loaded and not finished), so live changes can be made. */
  private liveAllowed = false;
  private readonly applyLive: HTMLButtonElement;
  private readonly changeList: HTMLElement;
  private liveRequests: RunChangeRequest[] = [];

  private readonly runAsB: HTMLButtonElement;

  constructor(private readonly root: HTMLElement, private readonly actions: ScenarioActions) {
    this.presetSelect = h('select', { id: 'preset', className: 'ix-select' });
    for (const name of presetNames()) this.presetSelect.append(h('option', { value: name }, `${name}: ${PRESETS[name].summary}`));
    this.presetSelect.addEventListener('change', () => this.choosePreset(this.presetSelect.value));
    this.presetSummary = h('p', { className: 'ix-hint', id: 'preset-summary' });
    this.presetSelect.setAttribute('aria-describedby', 'preset-summary');
    this.seed = this.textControl('seed', 'numeric');
    this.days = this.textControl('days', 'numeric');
    const top = h('div', { className: 'ix-form-top' },
      labelled('Preset', this.presetSelect), labelled('Seed', this.seed.input, this.seed.error), labelled('Days', this.days.input, this.days.error));

    this.body = h('div', { className: 'ix-form-body' });
    this.otherErrors = h('ul', { className: 'ix-form-errors', id: 'form-errors', attrs: { 'aria-live': 'polite' } });
    this.status = h('p', { className: 'ix-hint', id: 'form-status', attrs: { 'aria-live': 'polite' } });
    this.apply = h('button', { type: 'submit', id: 'apply', className: 'ix-button ix-button-primary' }, 'Apply and restart');
    this.discard = h('button', { type: 'button', id: 'discard', className: 'ix-button' }, 'Discard');
    this.discard.title = 'Discard the edits in this form';
    this.discard.addEventListener('click', () => this.fill(this.base, this.seedValue(), this.daysValue()));
    const save = h('button', { type: 'button', id: 'download-scenario', className: 'ix-button' }, 'Download');
    save.setAttribute('aria-label', 'Download this scenario');
    save.title = 'Save the scenario as it is in the form, as a file the command line runs (npm run sim -- run --scenario FILE)';
    save.addEventListener('click', () => this.download());
    this.applyLive = h('button', { type: 'button', id: 'apply-live', className: 'ix-button' }, 'Apply now');
    this.applyLive.setAttribute('aria-label', 'Apply now, while running');
    this.applyLive.title = 'Staffing, rules switched on or off and thresholds change at the next minute of the run, without a restart';
    this.applyLive.addEventListener('click', () => {
      if (this.liveRequests.length > 0) this.actions.changeLive(this.liveRequests);
    });
    this.runAsB = h('button', { type: 'button', id: 'run-as-b', className: 'ix-button' }, 'Run as B');
    this.runAsB.title = 'Keep this run, and run the form\'s scenario beside it on the same seed: its key numbers and its point appear next to this run\'s';
    this.runAsB.addEventListener('click', () => {
      if (this.valid !== null) this.actions.compare(this.valid);
    });
    this.changeList = h('ol', { className: 'ix-run-changes', id: 'run-changes' });
    const buttons = h('div', { className: 'ix-form-actions' }, this.apply, this.applyLive, this.runAsB, this.discard, save);

    const changes = h('section', { className: 'ix-run-changes-box', attrs: { 'aria-label': 'Changes made during this run' } },
      h('h3', {}, 'Changes made during this run'), this.changeList);
    const form = h('form', { id: 'scenario-form', noValidate: true }, top, this.presetSummary, this.body, this.otherErrors, buttons, this.status, changes);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.submit();
    });
    form.addEventListener('input', () => this.check());
    form.addEventListener('change', (e) => e.target !== this.presetSelect && this.check());
    root.append(form);
  }

  /** Shows a run's settings (a preset, a link's scenario, or what was just applied). */
  load(spec: RunSpec): void {
    this.preset = spec.preset;
    this.presetSelect.value = spec.preset;
    this.presetSummary.textContent = PRESETS[spec.preset]?.summary ?? '';
    this.running = spec.scenario;
    this.runSeed = spec.seed;
    this.runDays = spec.days;
    const made = spec.scenario.changesDuringRun ?? [];
    this.changeList.replaceChildren(...made.map((c) => h('li', {}, changeWords(c, spec.scenario))));
    this.changeList.parentElement!.hidden = made.length === 0;
    this.fill(scenarioNow(spec.scenario), spec.seed, spec.days);
  }

  /** Whether a run is under way, so that "Apply now, while running" can be offered. */
  setLive(allowed: boolean): void {
    if (this.liveAllowed === allowed) return;
    this.liveAllowed = allowed;
    this.check();
  }

  private choosePreset(name: string): void {
    const scenario = getPreset(name).scenario;
    this.load({ preset: name, scenario, seed: this.seedValue() ?? 1, days: scenario.days });
    this.submit();
  }

  private fill(scenario: Scenario, seed: number | null, days: number | null): void {
    this.base = scenario;
    this.fields = formFields(scenario);
    this.seed.input.value = String(seed ?? 1);
    this.days.input.value = String(days ?? scenario.days);
    this.build(formValues(scenario, this.fields));
    this.check();
  }

  /** Saves the form's scenario (or, while the form has refused values, the last valid one) as a scenario file. */
  private download(): void {
    // Unedited, the form is the run as it stands: save the run's scenario, with the changes made
    // while it went, so the command line can replay it (run --live gives the app's numbers).
    const edit = this.valid === null ? null : liveEdit(this.running, this.valid);
    const edited = edit === null || edit.requests.length + edit.needRestart.length > 0;
    const made = this.running.changesDuringRun?.length ?? 0;
    const scenario = !edited && made > 0 ? this.running : this.valid ?? this.base;
    saveText(`${JSON.stringify({ $schema: './scenario.schema.json', ...scenario }, null, 2)}\n`, `${scenario.name}.json`, 'application/json');
    const command = `npm run sim -- run --scenario ${scenario.name}.json --seed ${this.runSeed} --days ${this.runDays} --live`;
    this.status.textContent = this.valid === null
      ? `Saved ${scenario.name}.json without the refused values: fix them first to save them.`
      : scenario === this.running
        ? `Saved ${scenario.name}.json with the ${made === 1 ? 'change' : `${made} changes`} made while running; ${command} gives this run's numbers.`
        : `Saved ${scenario.name}.json: run it with ${command}.`;
  }

  private submit(): void {
    this.check();
    const seed = this.seedValue();
    const days = this.daysValue();
    if (this.valid === null || seed === null || days === null) return;
    this.base = this.valid;
    this.actions.apply({ preset: this.preset, scenario: this.valid, seed, days });
    this.check();
  }

  /** Validates the whole form, marks each input, and enables Apply only when all is well. */
  private check(): void {
    const values: FormValues = {};
    for (const f of this.fields) {
      const input = this.controls.get(f.path)!.input as HTMLInputElement;
      values[f.path] = f.kind === 'toggle' ? input.checked : input.value;
    }
    const result = checkForm(this.base, values, this.fields);
    for (const f of this.fields) mark(this.controls.get(f.path)!, result.fieldErrors[f.path] ?? []);
    const seed = parseSeed(this.seed.input.value);
    const days = parseDays(this.days.input.value);
    mark(this.seed, seed.ok ? [] : [seed.message]);
    mark(this.days, days.ok ? [] : [days.message]);
    const size = result.scenario !== null && days.ok ? runSizeProblem(result.scenario, days.value) : null;
    if (size !== null) result.otherErrors.push(size);
    this.otherErrors.replaceChildren(...result.otherErrors.map((e) => h('li', {}, e)));
    this.valid = result.scenario;
    // Described from the values in the form (the last valid ones while a value is refused), never a stored text.
    const described = result.scenario ?? this.base;
    this.ruleTexts.forEach((el, i) => {
      const text = ruleDescription(described.targeting.rules[i], described);
      if (el.textContent !== text) el.textContent = text;
    });
    const problems = Object.values(result.fieldErrors).reduce((n, list) => n + list.length, 0) + result.otherErrors.length + (seed.ok ? 0 : 1) + (days.ok ? 0 : 1);
    this.apply.disabled = problems > 0;
    this.runAsB.disabled = problems > 0;
    const live = problems === 0 && result.scenario !== null ? liveEdit(this.running, result.scenario) : { requests: [], needRestart: [] };
    const sameRun = seed.ok && days.ok && seed.value === this.runSeed && days.value === this.runDays;
    this.liveRequests = this.liveAllowed && sameRun && live.needRestart.length === 0 ? live.requests : [];
    this.applyLive.disabled = this.liveRequests.length === 0;
    if (problems > 0) {
      this.status.textContent = `${problems} ${problems === 1 ? 'value is' : 'values are'} refused; fix ${problems === 1 ? 'it' : 'them'} to apply.`;
    } else if (this.liveAllowed && live.requests.length + live.needRestart.length > 0 && this.liveRequests.length === 0) {
      const restart = [...live.needRestart.map((p) => pathWords(p, this.base)), ...(sameRun ? [] : ['seed or days'])];
      this.status.textContent = `Only staffing, rules switched on or off and thresholds change while the run goes; ${restart.slice(0, 3).join(', ')}${restart.length > 3 ? ` and ${restart.length - 3} more` : ''} ${restart.length === 1 ? 'needs' : 'need'} a restart.`;
    } else if (this.liveRequests.length > 0) {
      this.status.textContent = `${this.liveRequests.length} ${this.liveRequests.length === 1 ? 'change' : 'changes'} can be made now, at the next minute of the run, or with a restart.`;
    } else {
      const changed = Object.keys(scenarioChanges(getPreset(this.preset).scenario, result.scenario)).length;
      this.status.textContent = changed === 0 ? `The ${this.preset} preset as published.` : `${changed} ${changed === 1 ? 'setting differs' : 'settings differ'} from the ${this.preset} preset.`;
    }
  }

  private seedValue(): number | null {
    const r = parseSeed(this.seed.input.value);
    return r.ok ? r.value : null;
  }

  private daysValue(): number | null {
    const r = parseDays(this.days.input.value);
    return r.ok ? r.value : null;
  }

  private textControl(id: string, mode: string): Control {
    const input = h('input', { id, type: 'text', className: 'ix-input', inputMode: mode, autocomplete: 'off', spellcheck: false });
    const error = h('span', { className: 'ix-field-error', id: `${id}-error` });
    input.setAttribute('aria-describedby', error.id);
    return { input, error };
  }

  /** Builds the sections: a table per group (rows of fields, a column per setting), rules as a list. */
  private build(values: FormValues): void {
    this.controls.clear();
    const sections = GROUPS.map((g) => {
      const fields = this.fields.filter((f) => f.group === g.id);
      const content = g.id === 'targeting' ? this.ruleList(fields, values) : this.table(g.id, fields, values);
      return h('fieldset', { className: 'ix-fieldset' }, h('legend', {}, g.title), h('p', { className: 'ix-hint' }, g.hint), content);
    });
    this.body.replaceChildren(...sections);
  }

  private table(group: FormField['group'], fields: FormField[], values: FormValues): HTMLElement {
    const columns = [...new Set(fields.map((f) => f.column))];
    const rows = [...new Set(fields.map((f) => f.row))];
    const table = h('table', { className: `ix-form-table ix-form-${group}` });
    const head = h('tr', {}, h('th', { scope: 'col' }, group === 'contraband' ? 'Kind' : group === 'staffing' ? 'Station' : ''));
    for (const c of columns) head.append(h('th', { scope: 'col' }, c));
    const tbody = h('tbody');
    for (const row of rows) {
      const tr = h('tr', {}, h('th', { scope: 'row' }, group === 'contraband' ? CONTRABAND_LABELS[row as ContrabandType] ?? row : row));
      for (const c of columns) {
        const f = fields.find((x) => x.row === row && x.column === c);
        tr.append(h('td', {}, ...(f ? this.fieldControl(f, values[f.path]) : [])));
      }
      tbody.append(tr);
    }
    table.append(h('thead', {}, head), tbody);
    return table;
  }

  /** One item per rule, in the order they are checked: its switch, what it does, its setting. */
  private ruleList(fields: FormField[], values: FormValues): HTMLElement {
    const list = h('ol', { className: 'ix-rules' });
    this.ruleTexts = [];
    this.base.targeting.rules.forEach((rule, i) => {
      const own = fields.filter((f) => f.path.startsWith(`targeting.rules.${i}.`));
      const toggle = own.find((f) => f.kind === 'toggle');
      const setting = own.find((f) => f.kind !== 'toggle');
      const [check, checkError] = toggle ? this.fieldControl(toggle, values[toggle.path]) : [null, null];
      const head = h('div', { className: 'ix-rule-head' },
        check, h('label', { htmlFor: (check as HTMLElement | null)?.id ?? '' , className: 'ix-rule-id' }, rule.id),
        h('span', { className: 'ix-rule-action' }, `${rule.hold ? 'hold, then' : 'pull for'} ${rule.order === 'xray' ? 'X-ray' : rule.order === 'ct' ? 'CT' : 'exam'}`));
      const item = h('li', { className: 'ix-rule' }, head, checkError);
      const text = h('p', { className: 'ix-hint ix-rule-desc' }, ruleDescription(rule, this.base));
      this.ruleTexts.push(text);
      item.append(text);
      if (setting) {
        const [input, error] = this.fieldControl(setting, values[setting.path]);
        item.append(h('div', { className: 'ix-rule-setting' }, h('label', { htmlFor: (input as HTMLElement).id }, setting.column), input, error));
      }
      list.append(item);
    });
    return list;
  }

  private fieldControl(f: FormField, value: string | boolean): Node[] {
    const id = uniqueId('f');
    const error = h('span', { className: 'ix-field-error', id: `${id}-error` });
    const input = f.kind === 'toggle'
      ? h('input', { id, type: 'checkbox', className: 'ix-check', checked: value === true })
      : h('input', { id, type: 'text', className: `ix-input ix-input-${f.kind}`, value: String(value), inputMode: f.kind === 'count' ? 'numeric' : f.kind === 'number' ? 'decimal' : 'text', autocomplete: 'off', spellcheck: false });
    input.setAttribute('aria-label', f.label);
    input.setAttribute('aria-describedby', error.id);
    input.dataset.path = f.path;
    this.controls.set(f.path, { input, error });
    return [input, error];
  }
}

/** Marks a control valid or refused, with the reasons as its description. */
function mark(control: Control, messages: string[]): void {
  const text = messages.map(plainMessage).join('; ');
  if (control.error.textContent !== text) control.error.textContent = text;
  if (messages.length > 0) control.input.setAttribute('aria-invalid', 'true');
  else control.input.removeAttribute('aria-invalid');
}

function labelled(text: string, input: HTMLElement, error?: HTMLElement): HTMLElement {
  const id = input.id || uniqueId('in');
  input.id = id;
  return h('div', { className: 'ix-form-item' }, h('label', { htmlFor: id }, text), input, error);
}
