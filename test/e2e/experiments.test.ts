// The Experiments section of the real app in headless Chromium, used as a person would: set up a
// small sweep of the baseline, run it on Web Workers, watch progress reach 100%, read the frontier
// chart (points, whiskers, Pareto marks, a tooltip), open a point as the app's live run, export CSV
// and JSON; run it again on one worker and get the same JSON byte for byte; cancel a longer sweep
// midway and see it called partial, in the page and in the file name; compare two presets and read
// the table of differences with their intervals. The site and the browser are the e2e project's
// (one build, one chromium, test/e2e/support/globalSetup.ts); screenshots go to test-artifacts/.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { downloadedBytes, downloadedText, pngSize } from './support/app.js';
import { ARTIFACTS, openApp } from './support/browser.js';
import { useSiteAndBrowser } from './support/session.js';
import type { Served } from './support/site.js';

let site: Served;
let browser: Browser;
useSiteAndBrowser((s, b) => ((site = s), (browser = b)));
const errors: string[] = [];

/** The app in a fresh context at a size that shows the whole section, watched for errors. */
async function open(query = ''): Promise<Page> {
  const opened = await openApp(browser, `${site.url}${query}`, { width: 1440, height: 1000 });
  opened.page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  opened.page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  await opened.page.locator('#experiments').scrollIntoViewIfNeeded();
  return opened.page;
}

/** Baseline, X-ray officers 2 and 4 × exam officers 6 and 8, `reps` replications, 1 day. */
async function smallSweep(page: Page, reps: number, xrayTo = 4): Promise<void> {
  await page.selectOption('#xp-base', 'baseline');
  await page.selectOption('#xp-param-0', 'xrayOfficers');
  await page.fill('#xp-param-0-from', '2');
  await page.fill('#xp-param-0-to', String(xrayTo));
  await page.fill('#xp-param-0-step', '2');
  await page.selectOption('#xp-param-1', 'examOfficers');
  await page.fill('#xp-param-1-from', '6');
  await page.fill('#xp-param-1-to', '8');
  await page.fill('#xp-param-1-step', '2');
  await page.selectOption('#xp-param-2', '');
  await page.fill('#xp-reps', String(reps));
  await page.fill('#xp-seed', '1');
  await page.fill('#xp-days', '1');
}

async function finish(page: Page, state = 'done'): Promise<void> {
  await page.waitForSelector(`.ix-xp[data-state="${state}"]`, { timeout: 60_000 });
}

async function downloaded(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return downloadedText(download);
}

describe('Experiments panel', () => {
  let sweepJson = '';

  it('refuses a bad range at its input, in words', async () => {
    const page = await open();
    await page.fill('#xp-param-0-step', '0');
    await expect.poll(() => page.textContent('#xp-param-0-step-error')).toBe('step must be > 0');
    expect(await page.getAttribute('#xp-param-0-step', 'aria-invalid')).toBe('true');
    await page.fill('#xp-param-0-step', '2');
    await page.fill('#xp-param-1-from', '0.9');
    await page.fill('#xp-param-1-step', '0.0001');
    await expect.poll(() => page.textContent('#xp-param-1-step-error')).toBe('too many points: 991 > 60');
    await page.click('#xp-run');
    await expect.poll(() => page.textContent('#xp-status')).toBe('Nothing was run: fix the marked fields first.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('xp-param-1-step');
    await page.locator('#experiments').screenshot({ path: join(ARTIFACTS, 'experiments-validation.png') });
    await page.context().close();
  });

  it('runs a small sweep to 100%, draws the frontier with whiskers and Pareto marks, and exports CSV and JSON', async () => {
    const page = await open('?workers=2');
    await smallSweep(page, 2);
    expect(await page.textContent('#xp-sweep-summary')).toBe('4 points × 2 replications = 8 runs of 1 day.');
    await page.click('#xp-run');
    await finish(page);
    expect(await page.getAttribute('#xp-progress', 'max')).toBe('8');
    expect(await page.evaluate(() => (document.querySelector('#xp-progress') as HTMLProgressElement).value)).toBe(8);
    expect(await page.textContent('#xp-progress-text')).toBe('8 of 8 runs (100%)');
    expect(await page.textContent('#xp-status')).toMatch(/^Done: 8 runs in .+ on 2 Web Workers\. \d of 4 points are Pareto-optimal on interdiction rate against released per hour\.$/);

    expect(await page.locator('.ix-xp-point').count()).toBe(4);
    expect(await page.locator('.ix-xp-whisker').count()).toBeGreaterThanOrEqual(4);
    const pareto = page.locator('.ix-xp-pareto');
    expect(await pareto.count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('.ix-xp-pareto .ix-xp-label').first().textContent()).toMatch(/^P\d/);
    expect(await page.textContent('#xp-frontier-title')).toBe('Interdiction rate against released per hour');
    // The trade-off plot beside the animation draws the sweep's Pareto-optimal settings too, on its own axes.
    const sweepSquares = page.locator('[data-testid="tradeoff"] .ix-sweep-point');
    expect(await sweepSquares.count()).toBeGreaterThanOrEqual(1);
    expect(await page.textContent('[data-testid="tradeoff"] .ix-frontier-note')).toMatch(/the last sweep's Pareto-optimal settings \(\d of its 4 points\), per day/);
    await page.locator('[data-testid="tradeoff"]').screenshot({ path: join(ARTIFACTS, 'tradeoff-with-sweep.png') });
    await page.selectOption('#xp-frontier-x', 'officerHours');
    expect(await page.textContent('.ix-xp-svg')).toContain('Officer-hours on duty (officer-h)');
    await page.locator('#experiments').screenshot({ path: join(ARTIFACTS, 'experiments-sweep.png') });

    // The chart as a picture: a PNG at twice its size, named for the sweep's base and seed.
    const save = page.getByRole('button', { name: 'Save as PNG Interdiction rate against officer-hours' });
    const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
    const png = await downloadedBytes(download);
    expect(png.name).toBe('interdict-sweep-frontier-baseline-seed1.png');
    const svgWidth = (await page.locator('.ix-xp-svg').boundingBox())!.width;
    expect(pngSize(png.bytes).width).toBeGreaterThanOrEqual(Math.floor(2 * svgWidth));

    // Hover: the point's parameters and estimates with intervals.
    await pareto.first().locator('.ix-xp-hit').hover();
    await page.waitForSelector('#xp-tooltip:not([hidden])');
    const tip = await page.textContent('#xp-tooltip');
    expect(tip).toMatch(/X-ray officers per shift: [24]/);
    // "23.1 ± 2.4 %", or with an interval cut at 0 "9 % (0† to 57 %)".
    expect(tip).toMatch(/Interdiction rate: [\d.]+( ± [\d.]+ %| % \([\d.]+†? to [\d.]+†? %\))/);
    await page.locator('#experiments').screenshot({ path: join(ARTIFACTS, 'experiments-tooltip.png') });

    // Keyboard: focus a point, Enter opens it as the app's live run (the scenario panel shows its staffing).
    await page.locator('.ix-xp-point').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('body[data-run-state="idle"]');
    expect(await page.textContent('#run-name')).toContain('baseline');
    expect(await page.inputValue('[data-path="stations.xray.officersByShift.0"]')).toMatch(/^[24]$/);
    expect(await page.inputValue('[data-path="stations.exam.officersByShift.0"]')).toMatch(/^[68]$/);
    await page.locator('#experiments').scrollIntoViewIfNeeded();

    const csv = await downloaded(page, '#xp-export-csv');
    expect(csv.name).toBe('interdict-sweep-baseline-4pts-2reps-seed1.csv');
    expect(csv.text.split('\n')[0]).toBe('point,X-ray officers per shift,Exam officers per shift,metric,n,mean,sd,half_width,ci_low,ci_high');
    const json = await downloaded(page, '#xp-export-json');
    expect(json.name).toBe('interdict-sweep-baseline-4pts-2reps-seed1.json');
    const result = JSON.parse(json.text);
    expect(result).toMatchObject({ format: 'interdict-sweep', complete: true, missing: [] });
    expect(result.frontier.x).toBe('officerHours');
    sweepJson = json.text;

    const [memo] = await Promise.all([page.waitForEvent('popup'), page.click('#xp-export-memo')]);
    await memo.waitForLoadState();
    expect(await memo.textContent('h1')).toBe('Sweep of baseline: X-ray officers per shift × Exam officers per shift');
    expect(await memo.locator('figure svg circle').count()).toBe(4);
    await memo.close();
    await page.context().close();
  });

  it('gives the same JSON, byte for byte, on one worker', async () => {
    const page = await open('?workers=1');
    await smallSweep(page, 2);
    await page.click('#xp-run');
    await finish(page);
    expect(await page.textContent('#xp-status')).toMatch(/on 1 Web Worker\./);
    await page.selectOption('#xp-frontier-x', 'officerHours');
    const json = await downloaded(page, '#xp-export-json');
    expect(sweepJson).not.toBe('');
    expect(json.text).toBe(sweepJson);
    await page.context().close();
  });

  it('cancels midway and says the result is partial, in the page and in the file names', async () => {
    const page = await open('?workers=2');
    await smallSweep(page, 10, 6);
    await page.click('#xp-run');
    await page.waitForFunction(() => (document.querySelector('#xp-progress') as HTMLProgressElement).value >= 3, undefined, { timeout: 60_000 });
    expect(await page.textContent('#xp-progress-text')).toMatch(/^\d+ of 60 runs \(\d+%\) · (about .+ left|estimating time left…)$/);
    await page.click('#xp-cancel');
    await finish(page, 'cancelled');
    expect(await page.textContent('#xp-status')).toMatch(/^Cancelled after \d+ of 60 runs\. The results are partial/);
    const banner = await page.textContent('#xp-partial-banner');
    expect(banner).toMatch(/^Partial result: \d+ of 60 runs finished\. Means and intervals cover only those runs/);
    expect(await page.isVisible('#xp-partial')).toBe(true);
    const csv = await downloaded(page, '#xp-export-csv');
    expect(csv.name).toMatch(/^interdict-sweep-baseline-6pts-10reps-seed1-PARTIAL-\d+of60runs\.csv$/);
    const json = JSON.parse((await downloaded(page, '#xp-export-json')).text);
    expect(json.complete).toBe(false);
    expect(json.missing.length).toBeGreaterThan(0);
    await page.locator('#experiments').screenshot({ path: join(ARTIFACTS, 'experiments-cancelled.png') });
    await page.context().close();
  });

  it('compares two presets and shows the differences with their intervals', async () => {
    const page = await open();
    await page.check('#xp-mode-compare');
    await page.selectOption('#xp-a', 'baseline');
    await page.selectOption('#xp-b', 'short-staffed');
    await page.fill('#xp-cmp-reps', '3');
    expect(await page.textContent('#xp-run')).toBe('Run comparison');
    await page.click('#xp-run');
    await finish(page);
    expect(await page.textContent('#xp-progress-text')).toBe('6 of 6 runs (100%)');
    expect(await page.textContent('#xp-compare-title')).toBe('B: short-staffed against A: baseline');
    const rows = page.locator('#xp-compare-table tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(10);
    const staff = page.locator('#xp-compare-table tr[data-metric="interdiction.officerHours"]');
    expect(await staff.locator('.ix-xp-diff').textContent()).toBe('−48.00 officer-h (−48.00 to −48.00)● beyond chance');
    const rate = page.locator('#xp-compare-table tr[data-metric="contraband.interdictionRate"]');
    expect(await rate.locator('td').first().textContent()).toMatch(/^[\d.]+ ± [\d.]+ %$/);
    expect(await rate.locator('.ix-xp-interval').textContent()).toMatch(/^\([−+]?[\d.]+ to [−+]?[\d.]+\)$/);
    expect(await rate.locator('.ix-xp-verdict').textContent()).toMatch(/^(● beyond chance|within chance|negligible)$/);
    expect(await rate.locator('th').textContent()).toContain('Of the contraband pieces that left the facility');
    const csv = await downloaded(page, '#xp-export-csv');
    expect(csv.name).toBe('interdict-compare-baseline-vs-short-staffed-3reps-seed1-crn.csv');
    expect(csv.text.split('\n')[0]).toBe('metric,n,a_mean,a_half_width,b_mean,b_half_width,diff_mean,diff_sd,diff_half_width,diff_low,diff_high,significant');
    await page.locator('#experiments').screenshot({ path: join(ARTIFACTS, 'experiments-compare.png') });
    await page.context().close();
  });

  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });
});
