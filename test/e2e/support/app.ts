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
  const { name, bytes } = await downloadedBytes(download);
  return { name, text: bytes.toString('utf8') };
}

/** A download's name and bytes (see `downloadedText`). */
export async function downloadedBytes(download: Download): Promise<{ name: string; bytes: Buffer }> {
  const path = join(mkdtempSync(join(tmpdir(), 'interdict-download-')), download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** A PNG's width and height from its IHDR chunk; throws unless the bytes start with the PNG signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b) || bytes.subarray(12, 16).toString('ascii') !== 'IHDR') throw new Error('not a PNG file');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Opens a side-panel tab by its visible name. */
export async function openTab(page: Page, name: 'Numbers' | 'Parcel story' | 'Scenario'): Promise<void> {
  await page.click(`[role="tab"]:has-text("${name}")`);
}
