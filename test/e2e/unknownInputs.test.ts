// The Experiments panel's "Unknown inputs" in the real app in headless Chromium: a comparison
// repeated in plausible worlds on Web Workers, with progress; the share of worlds in which B
// beats A, the bands and the tornado charts; the same JSON with one worker as with two; a bad
// range refused at its field in words; and a cancel midway called partial. Screenshots at
// 1280×720 and 1920×1080 go to test-artifacts/.
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { downloadedText } from './support/app.js';
import { ARTIFACTS, openApp } from './support/browser.js';
import { useSiteAndBrowser } from './support/session.js';
import type { Served } from './support/site.js';

let site: Served;
let browser: Browser;
useSiteAndBrowser((s, b) => ((site = s), (browser = b)));

async function open(query: string, size = { width: 1440, height: 1000 }): Promise<Page> {
  const { page } = await openApp(browser, `${site.url}${query}`, size);
  await page.locator('#experiments').scrollIntoViewIfNeeded();
  await page.check('#xp-mode-compare');
  await page.selectOption('#xp-a', 'baseline');
  await page.selectOption('#xp-b', 'short-staffed');
  await page.check('#xp-unknown');
  return page;
}

/** Sets worlds and replications and runs to the end; returns the exported JSON. */
async function runWorlds(page: Page, worlds: number, reps: number): Promise<string> {
  await page.fill('#xp-unk-worlds', String(worlds));
  await page.fill('#xp-cmp-reps', String(reps));
  await page.click('#xp-run');
  await page.waitForSelector('.ix-xp[data-state="done"]', { timeout: 120_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#xp-export-json')]) as [Download, unknown];
  return (await downloadedText(download)).text;
}

describe('Unknown inputs', () => {
  let twoWorkers = '';

  it('runs the comparison in plausible worlds and says in how many B beats A, with bands and tornado charts', async () => {
    const page = await open('?workers=2');
    await page.fill('#xp-unk-worlds', '3');
    await page.fill('#xp-cmp-reps', '2');
    // 3 worlds × 2 runs × 2 scenarios, and the tornado's (1 + 2 × 3 inputs) × 2 × 2.
    await expect.poll(() => page.textContent('#xp-compare-summary')).toBe("3 plausible worlds × 2 runs of A and B, and the tornado's runs = 40 runs of 1 day.");
    twoWorkers = await runWorlds(page, 3, 2);
    expect(await page.textContent('#xp-progress-text')).toBe('40 of 40 runs (100%)');
    expect(await page.textContent('#xp-unknown-title')).toBe('short-staffed against baseline in 3 plausible worlds');
    const beats = await page.locator('#xp-unknown-beats li').allTextContents();
    expect(beats).toHaveLength(3);
    expect(beats[0]).toMatch(/^Short-staffed beats baseline on interdiction rate in \d of 3 plausible worlds, \d+% \(95% interval \d+% to \d+%\); beyond that world's run noise in \d\.$/);
    expect(await page.locator('#xp-unknown-table tbody tr').count()).toBe(3);
    expect(await page.locator('#xp-unknown-split li').first().textContent()).toMatch(/^In baseline, the unknowns make \d+% \(95% interval \d+% to \d+%\) of the interdiction rate's spread/);
    expect(await page.locator('#xp-unknown-tornado svg').count()).toBe(2);
    expect(await page.locator('#xp-unknown-tornado svg').first().locator('.tornado-bar').count()).toBe(3);
    expect(await page.textContent('#xp-status')).toMatch(/^Done: 40 runs in .* on 2 Web Workers\. Short-staffed beats baseline on interdiction rate in \d of 3/i);
    const json = JSON.parse(twoWorkers);
    expect(json).toMatchObject({ format: 'interdict-uncertainty', experiment: 'compare', complete: true, outer: 3, inner: 2 });
    await page.locator('#experiments').screenshot({ path: join(ARTIFACTS, 'experiments-unknown-inputs.png') });
    await page.context().close();
  });

  it('gives the same JSON on one Web Worker', async () => {
    const page = await open('?workers=1');
    expect(await runWorlds(page, 3, 2)).toBe(twoWorkers);
    await page.context().close();
  });

  it('refuses a bad range at its field, in words', async () => {
    const page = await open('');
    await page.fill('#xp-unk-separationHigh', '1');
    await expect.poll(() => page.textContent('#xp-unk-separationHigh-error')).toBe('must be more than the low value');
    await page.fill('#xp-unk-presentHigh', '1.5');
    await expect.poll(() => page.textContent('#xp-unk-presentHigh-error')).toBe('must be a share from 0 to 1');
    await page.click('#xp-run');
    await expect.poll(() => page.textContent('#xp-status')).toBe('Nothing was run: fix the marked fields first.');
    await page.context().close();
  });

  it('cancels midway and calls the result partial', async () => {
    const page = await open('?workers=2');
    await page.fill('#xp-unk-worlds', '20');
    await page.fill('#xp-cmp-reps', '5');
    await page.click('#xp-run');
    await page.waitForFunction(() => (document.querySelector('#xp-progress') as HTMLProgressElement).value >= 3, undefined, { timeout: 60_000 });
    await page.click('#xp-cancel');
    await page.waitForSelector('.ix-xp[data-state="cancelled"]', { timeout: 60_000 });
    expect(await page.textContent('#xp-status')).toMatch(/^Cancelled after \d+ of 270 runs\. The results are partial/);
    expect(await page.textContent('#xp-partial-banner')).toMatch(/^Partial result: \d+ of 270 runs finished/);
    await page.context().close();
  });

  it('looks right at 1280×720 and 1920×1080', async () => {
    for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
      const page = await open('?workers=2', size);
      await runWorlds(page, 4, 2);
      await page.locator('#xp-unknown-result').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(ARTIFACTS, `experiments-unknown-inputs-${size.width}x${size.height}.png`) });
      await page.locator('#xp-unknown-tornado').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(ARTIFACTS, `experiments-unknown-tornado-${size.width}x${size.height}.png`) });
      await page.context().close();
    }
  });
});
