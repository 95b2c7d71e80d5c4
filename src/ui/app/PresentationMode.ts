/**
 * Presentation mode, for a projector at the front of a room: larger words on the page (header,
 * key numbers, tabs, the trade-off plot) and a larger facility canvas, whose smallest words are
 * then at least 14 CSS pixels at 1280x720. A toggle button in the header (aria-pressed) turns it
 * on and off, and `?present=1` in the address opens the page in it. The mode is written into the
 * address as it changes (history.replaceState), so a copied address or share link keeps it.
 *
 * The styles are app.css's `.ix-present` rules; this only sets the class, the button and the address.
 *
 * @example
 * new PresentationMode(byId('present-toggle'), () => share.show(encodeShareLink(run.spec)));
 */

/** The address's query parameter that opens the page in presentation mode. */
export const PRESENT_PARAM = 'present';

/**
 * Whether an address's query asks for presentation mode (`present=1` or `present=true`).
 *
 * @example
 * presentFromQuery('?present=1&workers=2'); // true
 */
export function presentFromQuery(search: string): boolean {
  const v = new URLSearchParams(search).get(PRESENT_PARAM);
  return v === '1' || v === 'true';
}

/**
 * The query with presentation mode set or cleared, every other parameter kept ('' when none is left).
 *
 * @example
 * queryWithPresent('?workers=2', true); // '?workers=2&present=1'
 */
export function queryWithPresent(search: string, on: boolean): string {
  const params = new URLSearchParams(search);
  if (on) params.set(PRESENT_PARAM, '1');
  else params.delete(PRESENT_PARAM);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export class PresentationMode {
  private on = false;

  /** `changed` runs after each toggle, once the address holds the new mode (to refresh the share link). */
  constructor(private readonly button: HTMLButtonElement, private readonly changed: () => void) {
    button.addEventListener('click', () => this.set(!this.on));
    this.set(presentFromQuery(location.search));
  }

  get active(): boolean {
    return this.on;
  }

  private set(on: boolean): void {
    this.on = on;
    document.documentElement.classList.toggle('ix-present', on);
    this.button.setAttribute('aria-pressed', String(on));
    const search = queryWithPresent(location.search, on);
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    this.changed();
  }
}
