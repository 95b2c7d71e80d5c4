// Every chart saves a PNG of itself: the trade-off plot (SVG) and the time charts (uPlot canvases)
// here, the sweep's frontier in experiments.test.ts. Each button's accessible name says which chart
// it saves; the download is a real PNG (signature and IHDR header) at twice the chart's size on
// screen, on white paper (not transparent), named after the chart, the preset and the seed. Also:
// the comparison table at 1280×720 and 1920×1080, every difference shown with its size and
// verdict, screenshots in test-artifacts/.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { downloadedBytes, pngSize, runToEnd } from './support/app.js';
import { ARTIFACTS, openApp } from './support/browser.js';
import { useSiteAndBrowser } from './support/session.js';
import type { Served } from './support/site.js';

let site: Served;
let browser: Browser;
useSiteAndBrowser((s, b) => ((site = s), (browser = b)));
const errors: string[] = [];

/** Clicks a button, waits for the download it starts, and returns the file's name and bytes (a copy goes to test-artifacts/). */
async function savedPng(page: Page, button: ReturnType<Page['locator']>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const saved = await downloadedBytes(download);
  writeFileSync(join(ARTIFACTS, `saved-${saved.name}`), saved.bytes);
  return saved;
}

/** The colour of a PNG's top-left pixel, decoded by the page. */
async function cornerPixel(page: Page, bytes: Buffer): Promise<number[]> {
  return page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    return [...ctx.getImageData(2, 2, 1, 1).data];
  }, bytes.toString('base64'));
}

/**
 * A saved picture of a plot `box` CSS pixels large: twice its width plus margins, taller than twice
 * its height by a title and a footer, not blank, on white paper.
 */
async function expectPicture(page: Page, bytes: Buffer, box: { width: number; height: number }): Promise<void> {
  const size = pngSize(bytes);
  expect(size.width).toBeGreaterThanOrEqual(Math.floor(2 * box.width));
  expect(size.width).toBeLessThanOrEqual(Math.ceil(2 * box.width) + 80);
  expect(size.height).toBeGreaterThan(2 * box.height + 60);
  expect(bytes.length).toBeGreaterThan(10_000);
  expect(await cornerPixel(page, bytes)).toEqual([255, 255, 255, 255]);
}

async function open(size: { width: number; height: number }, query = ''): Promise<Page> {
  const opened = await openApp(browser, `${site.url}${query}`, size);
  opened.page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  opened.page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  return opened.page;
}

describe('Save as PNG', () => {
  it('saves the trade-off plot and a time chart as PNGs at twice their size, on white, named for the run', async () => {
    const page = await open({ width: 1280, height: 720 });
    await runToEnd(page);

    const tradeoff = page.getByRole('button', { name: /^Save as PNG Interdiction rate against / });
    expect(await tradeoff.count()).toBe(1);
    const svgBox = (await page.locator('[data-testid="tradeoff"] svg.ix-frontier-svg').boundingBox())!;
    const plot = await savedPng(page, tradeoff);
    expect(plot.name).toBe('interdict-tradeoff-baseline-seed1.png');
    await expectPicture(page, plot.bytes, svgBox);

    const chart = page.getByRole('button', { name: 'Save as PNG Seizures and contraband seized' });
    await chart.scrollIntoViewIfNeeded();
    const canvasBox = (await page.locator('.ix-chart-interdiction .u-wrap canvas').boundingBox())!;
    const time = await savedPng(page, chart);
    expect(time.name).toBe('interdict-interdiction-baseline-seed1.png');
    await expectPicture(page, time.bytes, canvasBox);
    // One button per time chart, each named for its chart.
    expect(await page.getByRole('button', { name: /^Save as PNG / }).count()).toBe(5);
    await page.context().close();
  });

  it.each([[1280, 720], [1920, 1080]])('shows each difference of a comparison with its size, interval and verdict at %ix%i', async (width, height) => {
    const page = await open({ width, height }, '?workers=2');
    await page.locator('#experiments').scrollIntoViewIfNeeded();
    await page.check('#xp-mode-compare');
    await page.selectOption('#xp-a', 'baseline');
    await page.selectOption('#xp-b', 'short-staffed');
    await page.fill('#xp-cmp-reps', '3');
    await page.click('#xp-run');
    await page.waitForSelector('.ix-xp[data-state="done"]', { timeout: 90_000 });
    const staff = page.locator('#xp-compare-table tr[data-metric="interdiction.officerHours"]');
    expect(await staff.locator('.ix-xp-diff-mean').textContent()).toBe('−48.00 officer-h');
    expect(await staff.locator('.ix-xp-interval').textContent()).toBe('(−48.00 to −48.00)');
    expect(await staff.locator('.ix-xp-verdict').textContent()).toBe('● beyond chance');
    const verdicts = await page.locator('#xp-compare-table .ix-xp-verdict').allTextContents();
    expect(verdicts.every((v) => /^(● beyond chance|within chance|negligible)$/.test(v))).toBe(true);
    expect(await page.locator('#xp-compare-table').textContent()).not.toContain('Yes');
    expect(await page.textContent('#xp-compare-note')).toContain('Negligible: the whole interval is smaller than 0.5 percentage point');
    // The comparison's title at the top of the screen, below the sticky header.
    await page.evaluate(() => {
      document.querySelector('#xp-compare')!.scrollIntoView({ block: 'start' });
      scrollBy(0, -(document.querySelector('.ix-header')?.getBoundingClientRect().height ?? 0) - 8);
    });
    await page.screenshot({ path: join(ARTIFACTS, `experiments-compare-${width}x${height}.png`) });
    await page.context().close();
  });

  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });
});
