// The opening a visitor sees: a warm facility at Day 1, 06:00 whose first seconds at ×60 show
// work (parcels released, officers on duty, a flight drawn at the dock); "Step event" says what it
// ran; the contradictions of issue 9 are gone; and the first-visit "What to try" box starts things,
// closes for good, and stays off with ?tips=0. Screenshots of the opening at both sizes.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Served } from './support/site.js';
import { useSiteAndBrowser } from './support/session.js';
import { openApp, screenshot } from './support/browser.js';
import { framesDrawn, openTab, pause, runToEnd, setSpeed } from './support/app.js';
import { PLAN_HEIGHT, PLAN_WIDTH } from '../../src/render/layout.js';

let site: Served;
let browser: Browser;
useSiteAndBrowser((s, b) => ((site = s), (browser = b)));

/** Pixels close to the planes' sky blue (#56b4e9) in the dock's flight rows (plan x 20-44, y 88-160). */
async function planePixels(page: Page): Promise<number> {
  const box = (await page.locator('#facility canvas').boundingBox())!;
  const scale = Math.min(box.width / PLAN_WIDTH, box.height / PLAN_HEIGHT);
  const x0 = box.x + Math.round((box.width - PLAN_WIDTH * scale) / 2);
  const y0 = box.y + Math.round((box.height - PLAN_HEIGHT * scale) / 2);
  const png = await page.screenshot({ clip: { x: x0 + 20 * scale, y: y0 + 88 * scale, width: 24 * scale, height: 72 * scale } });
  return page.evaluate(async (b64) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
    const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const d = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - 86) < 40 && Math.abs(d[i + 1] - 180) < 40 && Math.abs(d[i + 2] - 233) < 40) n++;
    return n;
  }, png.toString('base64'));
}

const number = (text: string | null): number => Number((text ?? '').replace(/[^\d.]/g, ''));

describe('the opening', () => {
  it.each([
    [1280, 720],
    [1920, 1080],
  ])('at %i×%i opens warm at Day 1, 06:00, and its first seconds at ×60 show work', async (width, height) => {
    const { page, errors } = await openApp(browser, site.url, { width, height });
    expect(await page.textContent('.ix-clock-text')).toBe('Day 1, 06:00');
    await setSpeed(page, '60');
    await page.click('#play');
    // One to two simulated minutes: one to two real seconds at ×60.
    await page.waitForFunction(() => Number(document.querySelector('#clock')?.getAttribute('data-time')) >= 90);
    await framesDrawn(page);
    await screenshot(page, `opening-${width}x${height}.png`);
    await pause(page);
    expect(await page.textContent('.ix-clock-text')).toMatch(/^Day 1, 06:0[1-9]$/);
    expect(number(await page.textContent('#kpi-staff'))).toBeGreaterThan(0); // officers on duty: stations open
    expect(await page.textContent('#announcer')).toMatch(/[1-9][\d,]* released/); // parcels moving out
    expect(await planePixels(page)).toBeGreaterThan(10); // a flight drawn at the dock
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('"Step event" says in plain words what it ran, and when', async () => {
    const { page, errors } = await openApp(browser, `${site.url}?tips=0`);
    for (let i = 0; i < 3; i++) {
      const before = await page.getAttribute('#clock', 'data-events');
      await page.click('#step-event');
      await page.waitForFunction((n) => document.querySelector('#clock')?.getAttribute('data-events') !== n, before);
      const said = await page.textContent('#step-status');
      expect(said).toMatch(/^Stepped: [A-Z].+ at 06:\d\d:\d\d\.$/);
      expect(said).not.toMatch(/ done|“/); // the event's plain words, not its code name
    }
    expect(await page.getAttribute('#step-status', 'role')).toBe('status');
    await page.click('#play');
    await page.waitForFunction(() => document.querySelector('#step-status')?.textContent === '');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows no contradiction: one run name, rules described from their values, no rate plotted without one, a clock that never reads 24:00', async () => {
    const { page, errors } = await openApp(browser, `${site.url}?tips=0#preset=baseline&seed=1&days=1`);
    await openTab(page, 'Scenario');
    await page.fill('[data-path="targeting.rules.0.when.atLeast"]', '0.99');
    await page.waitForFunction(() => document.querySelector('.ix-rule-desc')?.textContent?.includes('top 1%'));
    expect(await page.textContent('.ix-rule-desc')).not.toContain('0.2%');
    await page.click('#apply');
    await page.waitForFunction(() => document.querySelector('#run-name')?.textContent?.includes('(changed)'));
    await runToEnd(page);
    await openTab(page, 'Numbers');
    const header = (await page.textContent('#run-name'))!.replace(/^· /, '');
    expect(header).toBe('baseline (changed), seed 1');
    expect(await page.textContent('.ix-metrics-status')).toBe(`Finished: ${header}, 1 day.`);
    expect(await page.textContent('.ix-clock-text')).toBe('Day 2, 06:00');
    expect(await page.textContent('.ix-frontier-note')).toMatch(/^This run: 1 day from a warm 06:00 opening/);

    await page.goto(`${site.url}?tips=0#preset=single-queue&seed=1&days=1`);
    await page.waitForSelector('body[data-ready="true"]');
    await runToEnd(page);
    expect(await page.textContent('#kpi-rate')).toBe('—');
    expect(await page.locator('[data-testid="tradeoff"] .ix-current').count()).toBe(0);
    expect(await page.textContent('.ix-frontier-note')).toContain('so there is no interdiction rate to plot');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('offers "What to try" on a first visit, starts a lesson from it, and stays closed once closed; ?tips=0 and the trainer switch keep it off', async () => {
    const { page, errors } = await openApp(browser, site.url);
    expect(await page.isVisible('#what-to-try')).toBe(true);
    const buttons = await page.locator('#what-to-try .ix-try-go').count();
    expect(buttons).toBeGreaterThanOrEqual(3);
    expect(buttons).toBeLessThanOrEqual(4);
    await page.click('#tip-predict');
    await page.waitForSelector('#panel-lessons:not([hidden])');
    expect(await page.inputValue('#lesson')).toBe('open-everything');
    await openTab(page, 'Numbers');
    await page.click('#tip-fewer-officers');
    await page.waitForFunction(() => document.querySelector('#run-name')?.textContent?.includes('(changed)'));
    await page.click('#tips-close');
    expect(await page.isVisible('#what-to-try')).toBe(false);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.isHidden('#what-to-try')).toBe(true);
    // The trainer's switch brings it back (and can turn it off again).
    await openTab(page, 'Scenario');
    await page.check('#tips-enabled');
    await openTab(page, 'Numbers');
    expect(await page.isVisible('#what-to-try')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();

    const off = await openApp(browser, `${site.url}?tips=0`);
    expect(await off.page.isHidden('#what-to-try')).toBe(true);
    await off.page.context().close();
  });
});
