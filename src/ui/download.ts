/**
 * Saving a file from the page: text or a Blob (a PNG of a chart) behind a Blob URL on a hidden
 * link, clicked, and revoked once the browser has had time to start the download.
 */
import { h } from './dom.js';

/** How long a download's Blob URL is kept, ms. */
const REVOKE_MS = 60_000;

/**
 * Saves `text` as a file called `name`.
 *
 * @example
 * saveText('{"name":"baseline"}\n', 'baseline.json', 'application/json');
 */
export function saveText(text: string, name: string, type: string): void {
  saveBlob(new Blob([text], { type }), name);
}

/**
 * Saves a Blob as a file called `name`.
 *
 * @example
 * saveBlob(pngBlob, 'interdict-tradeoff-baseline-seed1.png');
 */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_MS);
}
