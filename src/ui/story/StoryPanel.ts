/**
 * A parcel's story: pick a parcel (click it in the facility, or choose a queue and then a parcel
 * from the list, which works from the keyboard) and see what officers can see, which rule pulled
 * it and why, each lifecycle state with its simulated time, its outcome, and the lifecycle
 * diagram with its path. The hidden truth shows once it has left, or when the trainer switches
 * "Reveal hidden truth" on (which also shows contraband in the facility view).
 *
 * The story comes from the worker on request; while the parcel is still inside it is asked for
 * again about once a second, so its path grows as it moves. Everything is written with
 * textContent: model strings are never parsed as HTML.
 *
 * @example
 * const story = new StoryPanel(byId('story-panel'), { story: (id) => sim.story(id), reveal: (on) => view.setReveal(on), highlight: (id) => view.setHighlight(id) });
 * story.update(snapshot);
 * story.showParcel(1234005);
 */
import type { FacilitySnapshot, ParcelStory } from '../../model/index.js';
import { PARCEL_STATES, parcelLifecycle, type ParcelState } from '../../machines/index.js';
import { h } from '../dom.js';
import { LifecycleDiagram } from './LifecycleDiagram.js';
import { isParcelState, parcelsIn, queueChoices, statesOf, type AreaSelection } from './queueChoices.js';
import { stateLabel } from './stateLabels.js';
import { storyRows } from './storyRows.js';

export interface StoryDeps {
  story(id: number): Promise<ParcelStory | null>;
  reveal(on: boolean): void;
  highlight(id: number | null): void;
}

/** Parcels listed for a queue, at most (the list is for picking one, not for counting). */
const LIST_LIMIT = 40;
/** Real time between refreshes of a story and of the queue list, ms. */
const REFRESH_MS = 1000;

export class StoryPanel {
  private readonly queueSelect: HTMLSelectElement;
  private readonly list: HTMLUListElement;
  private readonly listNote: HTMLElement;
  private readonly storyBox: HTMLElement;
  private readonly revealBox: HTMLInputElement;
  private readonly diagram: LifecycleDiagram;
  private area: { states: ParcelState[]; label: string } | null = null;
  private snapshot: FacilitySnapshot | null = null;
  /** The snapshot the menu and list were last drawn from (so their counts agree). */
  private shown: FacilitySnapshot | null = null;
  private selected: number | null = null;
  private story: ParcelStory | null = null;
  private lastRefresh = 0;
  private listKey = '';

  constructor(root: HTMLElement, private readonly deps: StoryDeps) {
    this.revealBox = h('input', { type: 'checkbox', id: 'reveal', className: 'ix-check' });
    this.revealBox.addEventListener('change', () => {
      deps.reveal(this.revealBox.checked);
      this.render();
    });
    const reveal = h('label', { className: 'ix-reveal', htmlFor: 'reveal' }, this.revealBox, ' Reveal hidden truth (trainer)');
    this.queueSelect = h('select', { id: 'queue-select', className: 'ix-select' });
    this.queueSelect.addEventListener('change', () => {
      const v = this.queueSelect.value;
      this.area = v === 'area' ? this.area : isParcelState(v) ? { states: [v], label: stateLabel(v) } : null;
      this.listKey = '';
      this.renderList();
    });
    this.list = h('ul', { className: 'ix-parcel-list', id: 'queue-list', attrs: { 'aria-label': 'Parcels in the chosen queue' } });
    this.listNote = h('p', { className: 'ix-hint', id: 'queue-note' });
    const picker = h('div', { className: 'ix-form-item' }, h('label', { htmlFor: 'queue-select' }, 'Parcels in'), this.queueSelect);
    this.storyBox = h('div', { className: 'ix-story', id: 'story' });
    const diagramBox = h('figure', { className: 'ix-lifecycle-box' }, h('figcaption', {}, 'Parcel lifecycle'));
    root.append(
      h('p', { className: 'ix-hint' }, 'Click a parcel in the facility, or a station to list its parcels; or choose a queue here.'),
      reveal, picker, this.listNote, this.list, this.storyBox, diagramBox,
    );
    this.diagram = new LifecycleDiagram(diagramBox, parcelLifecycle);
    this.reset();
  }

  /** Forgets the selection (a new run). */
  reset(): void {
    this.snapshot = null;
    this.shown = null;
    this.area = null;
    this.selected = null;
    this.story = null;
    this.listKey = '';
    this.deps.highlight(null);
    this.renderChoices();
    this.renderList();
    this.render();
  }

  /**
   * Follows the run: refreshes the queue menu and list, and the story of a parcel still inside,
   * about once a second, or at once when `now` is set (the run has just paused or stepped).
   */
  update(snapshot: FacilitySnapshot, now = false): void {
    this.snapshot = snapshot;
    const time = performance.now();
    if (!now && time - this.lastRefresh < REFRESH_MS) return;
    this.lastRefresh = time;
    this.refresh();
  }

  private refresh(): void {
    this.shown = this.snapshot;
    this.renderChoices();
    this.renderList();
    if (this.selected !== null && (this.story === null || this.story.outcome === null)) void this.fetch(this.selected);
  }

  /** Lists the parcels of a station or region that was clicked in the facility. */
  showArea(area: AreaSelection): void {
    const states = statesOf(area);
    this.area = { states, label: area.kind === 'station' ? `${stateLabel(area.name)} (queue and in service)` : stateLabel(area.state) };
    this.listKey = '';
    this.renderChoices();
    this.renderList();
    this.list.querySelector('button')?.focus();
  }

  /** Shows parcel `id`'s story. */
  showParcel(id: number): void {
    this.selected = id;
    this.story = null;
    this.deps.highlight(id);
    this.renderList();
    this.render();
    void this.fetch(id);
  }

  private async fetch(id: number): Promise<void> {
    const story = await this.deps.story(id);
    if (this.selected !== id) return;
    this.story = story;
    this.render();
  }

  private renderChoices(): void {
    const choices = this.shown ? queueChoices(this.shown, PARCEL_STATES) : [];
    const options = [h('option', { value: '' }, choices.length > 0 ? 'Choose a queue…' : 'No pulled parcels inside yet')];
    if (this.area !== null && this.area.states.length > 1) options.push(h('option', { value: 'area' }, this.area.label));
    for (const c of choices) options.push(h('option', { value: c.value }, c.label));
    const value = this.area === null ? '' : this.area.states.length > 1 ? 'area' : this.area.states[0];
    const key = options.map((o) => o.value + o.textContent).join('|');
    if (key !== this.queueSelect.dataset.key) {
      this.queueSelect.replaceChildren(...options);
      this.queueSelect.dataset.key = key;
    }
    // An area that emptied keeps its entry so the menu does not jump under the pointer.
    if (value !== '' && ![...this.queueSelect.options].some((o) => o.value === value)) {
      this.queueSelect.append(h('option', { value }, `${this.area!.label} (0)`));
    }
    this.queueSelect.value = value;
  }

  private renderList(): void {
    const parcels = this.shown && this.area ? parcelsIn(this.shown, this.area.states, LIST_LIMIT) : [];
    const key = parcels.map((p) => `${p.id}:${p.state}`).join(',') + `|${this.selected}`;
    if (key === this.listKey) return;
    this.listKey = key;
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.parcel;
    const items = parcels.map((p) => {
      const b = h('button', { type: 'button', className: 'ix-parcel-button', attrs: { 'data-parcel': String(p.id) } }, `Parcel ${p.id}`, h('span', { className: 'ix-hint' }, ` · ${stateLabel(p.state)}`));
      if (p.id === this.selected) b.setAttribute('aria-current', 'true');
      b.addEventListener('click', () => this.showParcel(p.id));
      return h('li', {}, b);
    });
    this.list.replaceChildren(...items);
    if (focused !== undefined) this.list.querySelector<HTMLElement>(`[data-parcel="${CSS.escape(focused)}"]`)?.focus();
    const total = this.shown && this.area ? this.area.states.reduce((n, s) => n + (this.shown!.byState[s] ?? 0), 0) : 0;
    this.listNote.textContent = this.area === null ? '' : total === 0 ? `No parcels in ${this.area.label.toLowerCase()} now.`
      : parcels.length < total ? `The oldest ${parcels.length} of ${total} parcels:` : `${total} ${total === 1 ? 'parcel' : 'parcels'}:`;
  }

  private render(): void {
    const box = this.storyBox;
    if (this.selected === null) {
      box.replaceChildren(h('p', { className: 'ix-hint' }, 'No parcel chosen yet.'));
      this.diagram.highlight([]);
      return;
    }
    if (this.story === null) {
      box.replaceChildren(h('h3', {}, `Parcel ${this.selected}`), h('p', { className: 'ix-hint' }, 'Its story is not available: it left the facility some time ago, or it was never pulled.'));
      this.diagram.highlight([]);
      return;
    }
    const rows = storyRows(this.story, this.snapshot?.time ?? 0, this.revealBox.checked, this.snapshot?.statsStart ?? 0);
    const dl = (pairs: Array<[string, string]>, cls: string): HTMLElement => h('dl', { className: `ix-pairs ${cls}` }, ...pairs.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
    const path = h('ol', { className: 'ix-path' }, ...rows.path.map((s) =>
      h('li', { className: s.current ? 'ix-path-current' : '' }, h('span', { className: 'ix-path-state' }, s.label), h('span', { className: 'ix-path-time' }, s.time), h('span', { className: 'ix-path-lasted' }, s.lasted))));
    const truth = rows.truth === null
      ? h('p', { className: 'ix-hint ix-truth-hidden' }, rows.truthNote)
      : h('div', {}, dl(rows.truth, 'ix-truth'), rows.truthNote ? h('p', { className: 'ix-hint' }, rows.truthNote) : null);
    box.replaceChildren(
      h('h3', { id: 'story-title' }, rows.title),
      h('h4', {}, 'What officers can see'), dl(rows.visible, 'ix-visible'),
      h('h4', {}, 'Why it was pulled'), h('p', { id: 'story-why' }, rows.pulledBy),
      h('h4', {}, 'Its lifecycle'), path,
      h('h4', {}, 'Outcome'), h('p', { id: 'story-outcome' }, rows.outcome),
      h('h4', {}, 'Hidden truth'), truth,
    );
    this.diagram.highlight(this.story.path.map((s) => s.state));
  }
}
