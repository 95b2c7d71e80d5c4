// "Fit to your facility's data" in the real app in headless Chromium, used as a person would: a
// bad data file is named by line and column and nothing runs; the example data (docs/fit-example.csv)
// fitted to the baseline with the default 20 runs per grid point on two Web Workers shows the fitted values with
// intervals, the dispersion check and the plot, downloads a calibrated scenario that parses as a
// scenario, and opens it as the live run. Screenshots at 1280×720 and 1920×1080 go to test-artifacts/.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/index.js';
import { downloadedText } from './support/app.js';
import { ARTIFACTS, openApp } from './support/browser.js';
import { useSiteAndBrowser } from './support/session.js';
import type { Served } from './support/site.js';

let site: Served;
let browser: Browser;
useSiteAndBrowser((s, b) => ((site = s), (browser = b)));

const EXAMPLE = resolve(import.meta.dirname, '../../docs/fit-example.csv');

async function open(size = { width: 1280, height: 720 }): Promise<{ page: Page; errors: string[] }> {
  const opened = await openApp(browser, `${site.url}?workers=2`, size);
  await opened.page.locator('#fit').scrollIntoViewIfNeeded();
  return opened;
}

describe("Fit to your facility's data", () => {
  it('names a bad data file by line and column and runs nothing', async () => {
    const { page, errors } = await open();
    await page.click('#fit-run');
    await expect.poll(() => page.textContent('#fit-status')).toBe('Nothing was run: choose a data file first.');
    const bad = readFileSync(EXAMPLE, 'utf8').replace('2025-01-02,219025', '2025-01-02,21x025');
    await page.setInputFiles('#fit-file', { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await expect.poll(() => page.textContent('#fit-data-error')).toBe("line 3, column 2 (pieces:CN): must be a whole number of pieces ≥ 0, got '21x025'");
    expect(await page.getAttribute('#fit-file', 'aria-invalid')).toBe('true');
    await page.click('#fit-run');
    await expect.poll(() => page.textContent('#fit-status')).toBe('Nothing was run: fix what is marked first.');
    expect(await page.isVisible('#fit-table')).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits the example to the baseline, shows the values, the check and the plot, downloads it and opens it as the live run', async () => {
    const { page, errors } = await open();
    await page.selectOption('#fit-scenario', 'baseline');
    // The default 20 runs per grid point (140 runs of a day, 15 to 30 s on two workers): fewer leave
    // too few simulated seizures, and the panel would warn instead of fitting (test/ui/fit/fitWords.test.ts).
    expect(await page.inputValue('#fit-reps')).toBe('20');
    await page.setInputFiles('#fit-file', EXAMPLE);
    await expect.poll(() => page.textContent('#fit-summary')).toBe('60 days of counterfeit, pills, fentanyl; 140 runs of 1 day.');
    expect(await page.textContent('#fit-data-error')).toBe('');
    await page.click('#fit-run');
    await page.waitForSelector('.ix-fit[data-state="done"]', { timeout: 120_000 });
    expect(await page.textContent('#fit-progress-text')).toBe('140 of 140 runs (100%)');
    expect(await page.textContent('#fit-status')).toMatch(/^Done: 140 runs of one day in .+ on 2 Web Workers\.$/);
    expect(await page.locator('#fit-table tbody th').allTextContents()).toEqual([
      'Risk score separation d′', 'counterfeit, parcels per million pieces', 'pills, parcels per million pieces', 'fentanyl, parcels per million pieces',
    ]);
    // The same fit as `npm run sim -- fit --data docs/fit-example.csv --preset baseline` (same seeds, same
    // engine): the figures docs/fit.md quotes from the command line, to the digit.
    expect(await page.locator('#fit-table tbody td:nth-child(2)').allTextContents()).toEqual(['1.16 (0.56 to 1.75)', '384 (0 to 60,572)', '134 (0 to 13,473)', '2 (0 to 4)']);
    expect(await page.isVisible('#fit-warnings')).toBe(false);
    expect(await page.textContent('#fit-about')).toMatch(/contraband parcels simulated per grid point: counterfeit \d+ \(\d+ seized\), pills \d+ \(\d+ seized\), fentanyl \d+ \(\d+ seized\)/);
    const checks = await page.locator('#fit-dispersion li').allTextContents();
    expect(checks).toHaveLength(4);
    for (const line of checks.slice(1)) expect(line).toMatch(/^(counterfeit|pills|fentanyl): \d+\.\d\d, (near 1|above)/);
    // The plot: one panel per type, 60 days of dots each.
    expect(await page.locator('#fit-plot svg circle').count()).toBe(180);
    expect(await page.locator('#fit-plot svg polygon').count()).toBe(3);
    await page.locator('#fit-section').screenshot({ path: join(ARTIFACTS, 'fit-panel-1280x720.png') });
    await page.locator('#fit-results-heading').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: join(ARTIFACTS, 'fit-page-1280x720.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.locator('#fit-results-heading').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(ARTIFACTS, 'fit-page-1920x1080.png') });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#fit-download')]);
    const saved = await downloadedText(download);
    expect(saved.name).toBe('interdict-baseline-calibrated.json');
    const parsed = parseScenario(JSON.parse(saved.text));
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.scenario.name).toBe('baseline-calibrated');
    expect(parsed.ok && parsed.scenario.description).toMatch(/^Calibrated by fit to fit-example\.csv \(60 days, 2025-01-01 to 2025-03-01\)/);

    await page.click('#fit-open');
    await page.waitForSelector('body[data-run-state="idle"]');
    // The live run is the baseline changed by the fit: the Scenario tab holds the fitted prevalence.
    expect(await page.textContent('#run-name')).toContain('baseline (changed)');
    const pills = parsed.ok ? parsed.scenario.contraband.pills.perMillion : NaN;
    expect(pills).not.toBe(30);
    expect(Number(await page.inputValue('[data-path="contraband.pills.perMillion"]'))).toBe(pills);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
