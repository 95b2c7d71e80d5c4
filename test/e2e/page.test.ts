// The page as a trainer first sees it: loads from any folder with no errors, draws the facility,
// fits a projector (1280×720) and a desktop (1920×1080) without sideways scrolling, every control
// reachable by keyboard with a visible focus ring, and reduced motion respected.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SUBFOLDER, type Served } from './support/site.js';
import { useSiteAndBrowser } from './support/session.js';
import { openApp, screenshot } from './support/browser.js';
import { framesDrawn, pause, setSpeed, simTime } from './support/app.js';

let site: Served;
let browser: Browser;
useSiteAndBrowser((s, b) => ((site = s), (browser = b)));

/** Distinct colours (to 4 bits per channel) in a PNG, decoded by the browser itself. */
async function distinctColours(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4) seen.add(((data[i] >> 4) << 8) | ((data[i + 1] >> 4) << 4) | (data[i + 2] >> 4));
    return seen.size;
  }, png.toString('base64'));
}

describe('the page', () => {
  it('loads from a sub-folder with no console errors, showing the clock at the opening of day 1', async () => {
    const { page, errors } = await openApp(browser, site.url);
    expect(page.url()).toContain(SUBFOLDER);
    expect(await page.textContent('.ix-clock-text')).toBe('Day 1, 06:00');
    expect(await page.textContent('#play')).toBe('Play');
    await framesDrawn(page, 10); // the first frames are drawn: late errors would have surfaced
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws the facility: the canvas is not blank', async () => {
    const { page, errors } = await openApp(browser, site.url);
    await setSpeed(page, '3600');
    await page.click('#play');
    await page.waitForFunction(() => Number(document.querySelector('#clock')?.getAttribute('data-time')) > 3 * 3600);
    await pause(page);
    const png = await page.locator('#facility canvas').screenshot();
    expect(await distinctColours(page, png)).toBeGreaterThan(12);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    [1280, 720],
    [1920, 1080],
  ])('fits %i×%i: no sideways scroll; clock, controls, canvas and numbers in view', async (width, height) => {
    const { page, errors } = await openApp(browser, site.url, { width, height });
    await setSpeed(page, '3600');
    await page.click('#play');
    await page.waitForFunction(() => Number(document.querySelector('#clock')?.getAttribute('data-time')) > 8 * 3600);
    await pause(page);
    await framesDrawn(page);
    await screenshot(page, `page-${width}x${height}.png`);
    const fit = await page.evaluate(() => {
      const inView = (sel: string): boolean => {
        const r = document.querySelector(sel)!.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
      };
      return {
        sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        clock: inView('#clock'), play: inView('#play'), speed: inView('#speed'),
        canvas: inView('#facility canvas'), tabs: inView('#side-tabs'), legend: inView('#legend'),
      };
    });
    expect(fit).toEqual({ sideways: 0, clock: true, play: true, speed: true, canvas: true, tabs: true, legend: true });
    expect(await simTime(page)).toBeGreaterThan(8 * 3600);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reaches every run control by keyboard, each with a visible focus ring', async () => {
    const { page } = await openApp(browser, site.url);
    const reached = new Map<string, string>();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { id: el.id || el.textContent?.trim() || el.tagName, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      reached.set(f.id, String(f.ring));
    }
    for (const id of ['play', 'step-event', 'step-minute', 'reset', 'speed', 'tab-metrics']) expect(reached.get(id), id).toBe('true');
    // Space plays and pauses when focus is not in a form control.
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.keyboard.press('Space');
    await page.waitForSelector('#play:has-text("Pause")');
    await page.keyboard.press('Space');
    await page.waitForSelector('#clock[data-running="false"]');
    await page.context().close();
  });

  it('respects prefers-reduced-motion: the belt is drawn still and says so', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(site.url);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.getAttribute('html', 'class')).toContain('ix-reduced-motion');
    expect(await page.textContent('#scale-note')).toMatch(/still dots/);
    await context.close();
  });

  it.each([
    [1280, 720],
    [1920, 1080],
  ])('at %i×%i the side panel covers no results area, wherever the page is scrolled', async (width, height) => {
    const { page, errors } = await openApp(browser, site.url, { width, height });
    for (const target of ['#facility-section', '.ix-charts-area', '#experiments-section']) {
      await page.locator(target).scrollIntoViewIfNeeded();
      await framesDrawn(page);
      const overlaps = await page.evaluate(() => {
        const side = document.querySelector('.ix-side')!.getBoundingClientRect();
        const hit = (r: DOMRect) => r.left < side.right && side.left < r.right && r.top < side.bottom && side.top < r.bottom;
        return ['#facility-section', '.ix-charts-area', '#experiments-section']
          .filter((sel) => hit(document.querySelector(sel)!.getBoundingClientRect()));
      });
      expect(overlaps, `scrolled to ${target}`).toEqual([]);
    }
    await page.locator('#experiments-section').scrollIntoViewIfNeeded();
    await screenshot(page, `experiments-beside-panel-${width}x${height}.png`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    [1280, 720],
    [1920, 1080],
  ])('at %i×%i shows the facility, the trade-off and the key numbers together, without scrolling, and they move while running', async (width, height) => {
    const { page, errors } = await openApp(browser, site.url, { width, height });
    await setSpeed(page, '3600');
    await page.click('#play');
    await page.waitForFunction(() => Number(document.querySelector('#clock')?.getAttribute('data-time')) > 12 * 3600);
    await pause(page);
    await framesDrawn(page);
    const boxes = await page.evaluate(() => Object.fromEntries(['facility', 'tradeoff', 'kpis'].map((id) => {
      const r = document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect();
      return [id, r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight];
    })));
    expect(boxes).toEqual({ facility: true, tradeoff: true, kpis: true });
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(await page.textContent('#kpi-delay')).toMatch(/^[\d,.]+ parcel-h$/);
    expect(await page.locator('[data-testid="tradeoff"] .ix-current').count()).toBe(1);
    expect(await page.locator('[data-testid="tradeoff"] .ix-whisker').count()).toBeGreaterThan(4);
    await screenshot(page, `tradeoff-${width}x${height}.png`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
