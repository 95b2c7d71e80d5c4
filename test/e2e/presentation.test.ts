// Presentation mode (issue 9, item 2) at 1280x720: the header button and `?present=1` turn it on;
// page words grow; the smallest words on the facility canvas are at least 14 CSS pixels (the
// renderer's own measure, data-text-px: font size as drawn times the displayed scale) and at
// least 10 in normal mode; the mode travels in the share link; the + button zooms and a parcel
// can still be clicked to open its story, off its centre, within the 8-pixel reach, after a drag
// has panned it into view.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Served } from './support/site.js';
import { useSiteAndBrowser } from './support/session.js';
import { screenshot } from './support/browser.js';
import { framesDrawn, pause, setSpeed } from './support/app.js';
import { dotsOfColour } from './support/canvasDots.js';
import { FIT_VIEW, ZOOM_STEP, panBy, toCanvas, toPlan, zoomAt } from '../../src/render/viewTransform.js';

let site: Served;
let browser: Browser;
useSiteAndBrowser((s, b) => ((site = s), (browser = b)));

async function open(query: string, size = { width: 1280, height: 720 }): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: size, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url + query);
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForSelector('#facility[data-text-px]');
  return { page, errors };
}

/** Runs to 07:00 and pauses, so queues hold parcels. */
async function toSeven(page: Page): Promise<void> {
  await setSpeed(page, '3600');
  await page.click('#play');
  await page.waitForFunction(() => Number(document.querySelector('#clock')?.getAttribute('data-time')) > 7 * 3600);
  await pause(page);
}

const textPx = async (page: Page): Promise<number> => Number(await page.getAttribute('#facility', 'data-text-px'));
const fontPx = (page: Page, selector: string): Promise<number> => page.$eval(selector, (n) => parseFloat(getComputedStyle(n).fontSize));
/** Waits until the canvas's smallest words are at least `px` (the worker reports after it redraws). */
const textAtLeast = (page: Page, px: number) => page.waitForFunction((min) => Number(document.querySelector('#facility')?.getAttribute('data-text-px')) >= min, px);

describe('presentation mode', () => {
  it('turns on from the header button: larger words on the page and at least 14 px on the canvas, kept in the share link', async () => {
    const { page, errors } = await open('');
    await toSeven(page);
    const normal = await textPx(page);
    expect(normal).toBeGreaterThanOrEqual(10);
    const kpiBefore = await fontPx(page, '#kpis dd');
    const tabBefore = await fontPx(page, '#tab-metrics');
    expect(await page.getAttribute('#present-toggle', 'aria-pressed')).toBe('false');

    await page.focus('#present-toggle');
    await page.keyboard.press('Enter'); // from the keyboard
    expect(await page.getAttribute('#present-toggle', 'aria-pressed')).toBe('true');
    await textAtLeast(page, 14);
    expect(await textPx(page)).toBeGreaterThan(normal);
    expect(await fontPx(page, '#kpis dd')).toBeGreaterThan(kpiBefore);
    expect(await fontPx(page, '#tab-metrics')).toBeGreaterThan(tabBefore);
    expect(await fontPx(page, '#frontier .ix-axis-label')).toBeGreaterThanOrEqual(16);
    expect(new URL(page.url()).searchParams.get('present')).toBe('1');
    expect(await page.inputValue('#share-link')).toContain('present=1');
    // The facility and its key numbers are on the first screen, without scrolling.
    for (const id of ['kpis', 'facility']) {
      const box = (await page.locator(`#${id}`).boundingBox())!;
      expect(box.y + box.height, id).toBeLessThanOrEqual(720);
    }
    await screenshot(page, 'presentation-1280.png');

    await page.click('#present-toggle');
    expect(await page.getAttribute('#present-toggle', 'aria-pressed')).toBe('false');
    expect(new URL(page.url()).searchParams.get('present')).toBeNull();
    expect(await page.inputValue('#share-link')).not.toContain('present=');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens in presentation mode from ?present=1', async () => {
    const { page, errors } = await open('?present=1');
    expect(await page.getAttribute('#present-toggle', 'aria-pressed')).toBe('true');
    expect(await page.$eval('html', (n) => n.classList.contains('ix-present'))).toBe(true);
    await textAtLeast(page, 14);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('zooms with the + button, and a parcel is still picked within 8 px of its dot', async () => {
    const { page, errors } = await open('?present=1');
    await toSeven(page);
    const before = await textPx(page);
    // Pulled parcels (yellow) where they are drawn at the fit, in canvas pixels...
    const box = (await page.locator('#facility canvas').boundingBox())!;
    const size = { width: box.width, height: box.height };
    const yellow: [number, number, number] = [0xf0, 0xe4, 0x42];
    const atFit = (await dotsOfColour(page, yellow)).map((d) => toPlan(FIT_VIEW, size, d.x - box.x, d.y - box.y));
    expect(atFit.length).toBeGreaterThan(0);
    await page.click('#zoom-in');
    await page.click('#zoom-in');
    expect(await page.getAttribute('#facility', 'data-zoom')).toBe('2.25');
    expect(await page.textContent('#zoom-level')).toBe('225%');
    // The words grow with the zoom: the worker has redrawn at the new scale.
    await textAtLeast(page, before * 2);
    // ... and where the page's view arithmetic says they are now: the renderer in its worker must
    // agree, or the click picks nothing.
    let view = FIT_VIEW;
    for (let i = 0; i < 2; i++) view = zoomAt(view, ZOOM_STEP, size.width / 2, size.height / 2, size);
    // The queued parcels are below the zoomed view: drag the lowest one up to the centre (a pan,
    // which must not count as a click).
    const lowest = atFit.reduce((a, b) => (b.y > a.y ? b : a));
    const from = toCanvas(view, size, lowest.x, lowest.y);
    const drag = { x: size.width / 2 - from.x, y: size.height / 2 - from.y };
    const start = { x: box.x + size.width / 2, y: box.y + size.height / 2 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + drag.x, start.y + drag.y, { steps: 8 });
    await page.mouse.up();
    view = panBy(view, drag.x, drag.y, size);
    expect(await page.$('#story-title')).toBeNull();
    await framesDrawn(page, 3);
    await screenshot(page, 'presentation-zoomed-1280.png');
    const onScreen = atFit.map((p) => toCanvas(view, size, p.x, p.y)).filter((p) => p.x > 10 && p.x < size.width - 10 && p.y > 10 && p.y < size.height - 10);
    expect(onScreen.length).toBeGreaterThan(0);
    let shown = false;
    for (const dot of onScreen.filter((_, i) => i % 5 === 0).slice(0, 12)) {
      // 5 pixels right of the dot's centre: off the dot (about 9 pixels across), inside the reach.
      await page.mouse.click(box.x + dot.x + 5, box.y + dot.y);
      shown = await page.waitForSelector('#story-title', { timeout: 1500 }).then(() => true, () => false);
      if (shown) break;
    }
    expect(shown).toBe(true);
    expect(await page.textContent('#story-title')).toMatch(/^Parcel \d+$/);
    // Fit brings the whole facility back.
    await page.click('#zoom-fit');
    expect(await page.getAttribute('#facility', 'data-zoom')).toBe('1.00');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('at 1920x1080 keeps the side panel beside a facility whose words are larger still', async () => {
    const { page, errors } = await open('?present=1', { width: 1920, height: 1080 });
    await toSeven(page);
    await textAtLeast(page, 16);
    const stage = (await page.locator('#facility').boundingBox())!;
    const side = (await page.locator('.ix-side').boundingBox())!;
    expect(side.x).toBeGreaterThanOrEqual(stage.x + stage.width);
    await screenshot(page, 'presentation-1920.png');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
