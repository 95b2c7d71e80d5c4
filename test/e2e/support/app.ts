// What a person does with the page, as helper steps for the browser tests: play, pause, step, read
// the clock, run to the end, read the finished results.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import type { RunResults } from '../../../src/model/index.js';

/** The simulated time shown, in seconds (the clock's data-time). */
export async function simTime(page: Page): Promise<number> {
  return Number(await page.getAttribute('#clock', 'data-time'));
}

export async function simEvents(page: Page): Promise<number> {
  return Number(await page.getAttribute('#clock', 'data-events'));
}

export async function setSpeed(page: Page, speed: '1' | '60' | '600' | '3600' | 'max'): Promise<void> {
  await page.selectOption('#speed', speed);
}

/** Presses Pause and waits until the worker has stopped (its paused frame arrived). */
export async function pause(page: Page): Promise<void> {
  await page.click('#play:has-text("Pause")');
  await page.waitForSelector('#clock[data-running="false"]');
}

/** Plays at max speed to the end of the run and returns the results the page shows. */
export async function runToEnd(page: Page): Promise<RunResults> {
  await setSpeed(page, 'max');
  await page.click('#play');
  await page.waitForSelector('body[data-run-state="finished"]', { timeout: 60_000 });
  const text = await page.textContent('#results-json');
  return JSON.parse(text ?? 'null') as RunResults;
}

/**
 * Waits until the page has drawn `n` more animation frames: the signal that what was just changed
 * is on screen (instead of a fixed sleep, which is too long on a fast machine and too short on a
 * loaded one).
 */
export async function framesDrawn(page: Page, n = 2): Promise<void> {
  await page.evaluate((count) => new Promise<void>((done) => {
    let left = count;
    const tick = () => (--left <= 0 ? done() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  }), n);
}

/** A download's name and text. The browser is shared (a remote connection), so the file is saved
 *  to a temporary folder here rather than read where the browser put it. */
export async function downloadedText(download: Download): Promise<{ name: string; text: string }> {
  const path = join(mkdtempSync(join(tmpdir(), 'interdict-download-')), download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Opens a side-panel tab by its visible name. */
export async function openTab(page: Page, name: 'Numbers' | 'Parcel story' | 'Scenario'): Promise<void> {
  await page.click(`[role="tab"]:has-text("${name}")`);
}
