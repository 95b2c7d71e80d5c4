// The Optimize panel of the real app in headless Chromium, used as a person would: a mistake is
// named at its field; a small optimization of the baseline's X-ray staffing under today's pay
// runs on two Web Workers to the end, shows the chosen settings against the baseline with
// intervals, the finalists with P(best), and opens the chosen settings as the live run; a longer
// one cancelled midway is called partial and chooses nothing. Screenshots at 1280×720 and
// 1920×1080 go to test-artifacts/.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openApp } from './support/browser.js';
import { useSiteAndBrowser } from './support/session.js';
import type { Served } from './support/site.js';

let site: Served;
let browser: Browser;
useSiteAndBrowser((s, b) => ((site = s), (browser = b)));

async function open(size = { width: 1280, height: 720 }): Promise<{ page: Page; errors: string[] }> {
  const opened = await openApp(browser, `${site.url}?workers=2`, size);
  await opened.page.locator('#optimize').scrollIntoViewIfNeeded();
  return opened;
}

/** Baseline, only the X-ray officers may change (1 to 6), 2 runs a candidate, 3 candidates, 1 more generation. */
async function smallProblem(page: Page, extra = '4'): Promise<void> {
  await page.selectOption('#opt-base', 'baseline');
  await page.uncheck('#opt-var-examOfficers');
  await page.check('#opt-var-xrayOfficers');
  await page.selectOption('#opt-objective', 'interdiction');
  await page.fill('#opt-budget', '16800');
  await page.fill('#opt-reps', '2');
  await page.fill('#opt-population', '3');
  await page.fill('#opt-generations', '1');
  await page.fill('#opt-extra', extra);
}

describe('Optimize panel', () => {
  it('names a mistake at its field and runs nothing', async () => {
    const { page, errors } = await open();
    await page.fill('#opt-budget', 'lots');
    await expect.poll(() => page.textContent('#opt-budget-error')).toBe("'lots' is not a number");
    await page.uncheck('#opt-var-xrayOfficers');
    await page.uncheck('#opt-var-examOfficers');
    await expect.poll(() => page.textContent('#opt-variables-error')).toBe('tick at least one thing that may change');
    await page.click('#opt-run');
    await expect.poll(() => page.textContent('#opt-status')).toBe('Nothing was run: fix the marked fields first.');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
    it(`optimizes the X-ray staffing under today's pay at ${size.width}×${size.height}, shows the finalists and opens the chosen one`, async () => {
      const { page, errors } = await open(size);
      await smallProblem(page);
      // 6 candidates × 2 runs, 4 more for the finalists, and the check: the chosen one and the baseline on 6 fresh seeds each at most.
      expect(await page.textContent('#opt-summary')).toBe('At most 28 runs of 1 day.');
      await page.click('#opt-run');
      await page.waitForSelector('.ix-opt[data-state="done"]', { timeout: 120_000 });
      expect(await page.textContent('#opt-progress-text')).toMatch(/^(\d+) of \1 runs \(100%\)$/);
      expect(await page.textContent('#opt-status')).toMatch(/^Done: \d+ runs in .+ on 2 Web Workers\. Chosen with an approximate probability of .+ of being the best of the 3 finalists\.$/);
      const answer = await page.textContent('#opt-answer');
      expect(answer).toMatch(/^Chosen: X-ray officers per shift [1-6]\. On \d+ fresh seeds \(\d+ to \d+, used by no run of the search\), interdiction rate .+ against .+ for baseline; difference .+\(.+ to .+\), (beyond chance|within chance|negligible)\./);
      const heads = await page.locator('#opt-table thead th').allTextContents();
      expect(heads).toEqual(['Rank', 'X-ray officers per shift', 'Interdiction rate (maximize)', 'Officer pay per day', 'P(beats chosen)', 'Runs']);
      const rows = await page.locator('#opt-table tbody th').allTextContents();
      expect(rows).toEqual(['1 (chosen)', '2', '3', 'chosen, fresh seeds', 'baseline (base), fresh seeds']);
      expect(await page.locator('#opt-table tbody tr').first().textContent()).toMatch(/P\(best\) (\d\.\d+|[<>] [\d.]+)/);
      expect(await page.locator('#opt-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.className))).toEqual(['ix-opt-chosen', '', '', 'ix-opt-check', 'ix-opt-check']);
      // Every column fits: the table is no wider than its column, so P(beats chosen) and Runs are in view.
      expect(await page.evaluate(() => { const t = document.querySelector('#opt-table') as HTMLElement; return t.scrollWidth <= (t.parentElement as HTMLElement).clientWidth; })).toBe(true);
      expect(await page.locator('#opt-table tbody tr').first().textContent()).toMatch(/ US dollars \((met|not sure|broken)\)/);
      await page.locator('#optimize').screenshot({ path: join(ARTIFACTS, `optimize-${size.width}x${size.height}.png`) });
      await page.screenshot({ path: join(ARTIFACTS, `optimize-page-${size.width}x${size.height}.png`) });

      const officers = (await page.locator('#opt-table tbody tr').first().locator('td').first().textContent())?.trim();
      await page.click('#opt-open');
      await page.waitForSelector('body[data-run-state="idle"]');
      expect(await page.textContent('#run-name')).toContain('baseline');
      expect(await page.inputValue('[data-path="stations.xray.officersByShift.0"]')).toBe(officers);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('cancelled midway, says partial and chooses nothing', async () => {
    const { page, errors } = await open();
    await smallProblem(page, '200');
    await page.fill('#opt-reps', '6');
    await page.fill('#opt-generations', '3');
    await page.click('#opt-run');
    // Generation 0 is 3 candidates × 6 runs: cancel once it is done, in the middle of the search.
    await page.waitForFunction(() => /^(19|[2-9]\d|\d{3,}) of /.test(document.querySelector('#opt-progress-text')?.textContent ?? ''));
    await page.click('#opt-cancel');
    await page.waitForSelector('.ix-opt[data-state="cancelled"]', { timeout: 60_000 });
    expect(await page.textContent('#opt-status')).toMatch(/^Cancelled after \d+ runs\. The best candidates found so far are shown; none was chosen\.$/);
    expect(await page.textContent('#opt-partial-banner')).toMatch(/^Partial result: the optimization was stopped, so no setting was chosen/);
    expect(await page.isVisible('#opt-open')).toBe(false);
    expect(await page.textContent('#opt-answer')).toBe('Stopped before the selection: no candidate was chosen; the best found so far are listed.');
    await page.locator('#optimize').screenshot({ path: join(ARTIFACTS, 'optimize-cancelled.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
