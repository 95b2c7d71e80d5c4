/**
 * Accessible tabs for the side panel (WAI-ARIA Authoring Practices, "Tabs with automatic
 * activation"): a tablist of buttons, arrow keys and Home/End move between them, and only the
 * selected tab is in the tab order. The panels are existing elements named by the markup.
 *
 * @example
 * const tabs = new Tabs(byId('side-tabs'));      // buttons with aria-controls="panel-id"
 * tabs.select('tab-story');
 */

export class Tabs {
  private readonly tabs: HTMLButtonElement[];

  constructor(private readonly list: HTMLElement) {
    list.setAttribute('role', 'tablist');
    this.tabs = [...list.querySelectorAll<HTMLButtonElement>('button[aria-controls]')];
    for (const tab of this.tabs) {
      tab.setAttribute('role', 'tab');
      tab.addEventListener('click', () => this.select(tab.id));
      tab.addEventListener('keydown', (e) => this.onKey(e, tab));
      const panel = this.panelOf(tab);
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      panel.tabIndex = -1;
    }
    this.select(this.tabs.find((t) => t.getAttribute('aria-selected') === 'true')?.id ?? this.tabs[0].id);
  }

  /** Shows the tab with this id (and its panel). */
  select(id: string, focus = false): void {
    for (const tab of this.tabs) {
      const on = tab.id === id;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      this.panelOf(tab).hidden = !on;
      if (on && focus) tab.focus();
    }
  }

  private onKey(e: KeyboardEvent, tab: HTMLButtonElement): void {
    const i = this.tabs.indexOf(tab);
    const n = this.tabs.length;
    const to = e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i - 1 + n) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    this.select(this.tabs[to].id, true);
  }

  private panelOf(tab: HTMLButtonElement): HTMLElement {
    const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
    if (panel === null) throw new Error(`tab #${tab.id} controls no element`);
    return panel;
  }
}
