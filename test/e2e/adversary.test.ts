// "Smugglers adapt" in the real app in headless Chromium, as a trainer uses it: a bad field is
// named and nothing runs; a short play on two Web Workers fills the rounds chart round by round
// (static square, adapting dots, the re-tune's diamond, a round after it), the table and the
// re-tune's line, and saves the memo with its chart; Cancel midway keeps the rounds finished.
// Screenshots at 1280x720 and 1920x1080 go to test-artifacts/.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { downloadedText } from './support/app.js';
import { ARTIFACTS, openApp } from './support/browser.js';
import { useSiteAndBrowser } from './support/session.js';
import type { Served } from './support/site.js';

let site: Served;
let browser: Browser;
useSiteAndBrowser((s, b) => ((site = s), (browser = b)));
let errors: string[] = [];
afterEach(() => {
  expect(errors).toEqual([]);
});

async function open(size = { width: 1280, height: 720 }): Promise<Page> {
  const opened = await openApp(browser, `${site.url}?workers=2&adversary=1`, size);
  errors = opened.errors;
  await opened.page.locator('#adversary').scrollIntoViewIfNeeded();
  return opened.page;
}

async function fill(page: Page, values: Record<string, string>): Promise<void> {
  for (const [id, value] of Object.entries(values)) await page.fill(`#${id}`, value);
}

describe('Smugglers adapt', () => {
  it('names a bad field in words and runs nothing', async () => {
    const page = await open();
    await fill(page, { 'adv-rounds': '1' });
    await expect.poll(() => page.textContent('#adv-rounds-error')).toBe('Rounds before the re-tune must be a whole number from 2 to 30');
    expect(await page.getAttribute('#adv-rounds', 'aria-invalid')).toBe('true');
    await page.click('#adv-run');
    await expect.poll(() => page.textContent('#adv-status')).toBe('Nothing was run: fix the marked fields first.');
    await page.context().close();
  });

  it('plays the rounds on Web Workers, draws each with its interval, re-tunes, and saves the memo', { timeout: 150_000 }, async () => {
    for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
      const page = await open(size);
      await fill(page, { 'adv-rounds': '4', 'adv-rounds-after': '1', 'adv-reps': '2', 'adv-days': '1' });
      await expect.poll(() => page.textContent('#adv-summary')).toMatch(/^\d+ runs of 1 day: 4 rounds, the re-tune's candidates, 1 round after\.$/);
      await page.click('#adv-run');
      await page.waitForSelector('.ix-adv[data-state="done"]', { timeout: 60_000 });
      expect(await page.getAttribute('#adv-chart', 'data-rounds')).toBe('6');
      const stages = await page.$$eval('#adv-chart .round', (marks) => marks.map((m) => m.getAttribute('data-stage')));
      expect(stages).toEqual(['static', 'adapting', 'adapting', 'adapting', 're-tuned', 'adapting again']);
      expect(await page.locator('#adv-chart .round rect').count()).toBe(1);
      expect(await page.locator('#adv-table tbody tr').count()).toBe(6);
      expect(await page.textContent('#adv-table tbody tr:first-child td:nth-child(3)')).toMatch(/^\d+\.\d% \(\d+\.\d%†? to \d+\.\d%†?\)$/);
      const highs = await page.$$eval('#adv-table tbody td:nth-child(3)', (cells) => cells.map((c) => Number(/to (\d+\.\d)%/.exec(c.textContent ?? '')?.[1])));
      for (const high of highs) expect(high).toBeLessThanOrEqual(100);
      expect(await page.textContent('#adv-status')).toMatch(/^Done in .* on 2 Web Workers\. Interdiction went from \d+\.\d% in round 0 to \d+\.\d% in round 3 as smugglers adapted\./);
      expect(await page.textContent('#adv-retune')).toMatch(/^Re-tune kept: .+\. Gain over no change, on the same runs: /);
      await page.locator('#adv-chart').evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: join(ARTIFACTS, `adversary-${size.width}x${size.height}.png`) });
      // Nothing of another panel lies over the chart.
      expect(await page.locator('#adv-chart').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(r.left + r.width / 4, r.top + r.height / 2));
      })).toBe(true);
      await page.locator('#adversary-section').screenshot({ path: join(ARTIFACTS, `adversary-section-${size.width}x${size.height}.png`) });
      if (size.width === 1280) {
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('#adv-save-memo')]);
        const memo = await downloadedText(download);
        expect(memo.name).toBe('interdict-adversary-baseline-seed1.html');
        expect(memo.text).toContain('<svg');
        expect(memo.text).toContain("The defender&#39;s re-tune");
      }
      await page.context().close();
    }
  });

  it('keeps the rounds finished when cancelled midway', { timeout: 150_000 }, async () => {
    const page = await open();
    await fill(page, { 'adv-rounds': '11', 'adv-reps': '4', 'adv-days': '2' });
    await page.click('#adv-run');
    // At least one round drawn: an exact "1" can be missed when two rounds land between polls.
    await page.waitForFunction(() => Number(document.querySelector('#adv-chart')?.getAttribute('data-rounds')) >= 1, undefined, { polling: 100, timeout: 60_000 });
    await page.click('#adv-cancel');
    await page.waitForSelector('.ix-adv[data-state="cancelled"]', { timeout: 60_000 });
    expect(await page.textContent('#adv-status')).toMatch(/^Cancelled after \d+ rounds?; the chart shows the rounds that finished\.$/);
    const shown = Number(await page.getAttribute('#adv-chart', 'data-rounds'));
    expect(shown).toBeGreaterThanOrEqual(1);
    expect(shown).toBeLessThan(11);
    await page.context().close();
  });
});
