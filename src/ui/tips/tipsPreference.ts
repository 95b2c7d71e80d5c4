/**
 * Whether the first-visit "What to try" box shows: on a first visit, until it is closed (the
 * choice is remembered in this browser's localStorage), and never with `?tips=0` in the address
 * (a trainer's projector, a kiosk, a lesson link); `?tips=1` shows it even when it was closed.
 * Pure over its inputs, so the rules are tested without a page.
 */

/** The localStorage key that remembers the box was closed or switched off. */
export const TIPS_KEY = 'interdict.whatToTry';
/** The stored value for "do not show". */
export const TIPS_OFF = 'off';

/** The part of localStorage the preference uses (a test passes a Map-backed fake). */
export interface TipsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * True when the box should show on this visit.
 *
 * @example
 * tipsShown('?tips=0', store); // false, whatever the store says
 * tipsShown('', emptyStore);   // true: a first visit
 */
export function tipsShown(search: string, storage: TipsStorage | null): boolean {
  const flag = new URLSearchParams(search).get('tips');
  if (flag === '0') return false;
  if (flag === '1') return true;
  return readStored(storage) !== TIPS_OFF;
}

/** Remembers that the box should (true) or should not (false) show on the next visits. */
export function rememberTips(storage: TipsStorage | null, on: boolean): void {
  try {
    if (on) storage?.removeItem(TIPS_KEY);
    else storage?.setItem(TIPS_KEY, TIPS_OFF);
  } catch {
    // Storage refused (private browsing, a full quota): the choice holds for this visit only.
  }
}

/** True when the stored preference lets the box show on a first visit. */
export function tipsEnabled(storage: TipsStorage | null): boolean {
  return readStored(storage) !== TIPS_OFF;
}

function readStored(storage: TipsStorage | null): string | null {
  try {
    return storage?.getItem(TIPS_KEY) ?? null;
  } catch {
    return null;
  }
}
