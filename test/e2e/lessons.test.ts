// A lesson from prediction to result, in the real app: opened from a link, the learner predicts,
// the baseline and the changed facility run on the same seeds in Web Workers, and the result is set
// against the prediction with the 95% interval deciding, followed by why.
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot } from './support/browser.js';
import { useSiteAndBrowser } from './support/session.js';
import type { Served } from './support/site.js';

let site: Served;
let browser: Browser;
useSiteAndBrowser((s, b) => ((site = s), (browser = b)));

describe('a lesson', () => {
  it('opens from a link, asks for a prediction before running, and sets the result against it', async () => {
    const { page, errors } = await openApp(browser, `${site.url}?lesson=holds&workers=2`);
    expect(await page.getAttribute('#tab-lessons', 'aria-selected')).toBe('true');
    await page.click('#tab-metrics');
    expect(await page.isVisible('#lesson')).toBe(false); // a tab's panel shows only when chosen
    await page.click('#tab-lessons');
    expect(await page.inputValue('#lesson')).toBe('holds');
    expect(await page.textContent('#lesson-question')).toContain('58%');
    expect(await page.isDisabled('#lesson-run')).toBe(true); // predict first
    await page.check('#lesson-predict-down');
    expect(await page.isDisabled('#lesson-run')).toBe(false);
    await page.click('#lesson-run');
    await page.waitForSelector('#lesson-verdict', { timeout: 120_000 });
    expect(await page.textContent('#lesson-verdict')).toMatch(/^Your prediction was right\. The seizures in a week went down: −[\d.]+ parcels \(−\d+%\), 95% interval −[\d.]+ to −[\d.]+\.$/);
    expect(await page.getAttribute('#lesson-result', 'data-outcome')).toBe('down');
    expect(await page.textContent('#lesson-why')).toContain('never presented');
    await screenshot(page, 'lesson-holds-1280x720.png');

    // Another lesson starts afresh, and a wrong prediction is told so.
    await page.selectOption('#lesson', 'open-everything');
    expect(await page.textContent('#lesson-result')).toBe('');
    await page.check('#lesson-predict-up');
    await page.click('#lesson-run');
    await page.waitForSelector('#lesson-verdict', { timeout: 120_000 });
    expect(await page.textContent('#lesson-verdict')).toMatch(/^You predicted it would go up\. The seizures in a week went down/);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);
});
