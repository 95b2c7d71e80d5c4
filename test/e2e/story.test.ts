// A parcel's story in the browser: reached by clicking a parcel in the facility, or from the
// keyboard through the queue list; its attributes, why it was pulled, each state with its time;
// the hidden truth only after it leaves or when the trainer reveals it; the lifecycle diagram.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Served } from './support/site.js';
import { useSiteAndBrowser } from './support/session.js';
import { screenshot } from './support/browser.js';
import { openTab, pause, setSpeed } from './support/app.js';
import { dotsOfColour } from './support/canvasDots.js';

let site: Served;
let browser: Browser;
useSiteAndBrowser((s, b) => ((site = s), (browser = b)));

/** The page, reduced motion (dots sit still where they are drawn), run to 07:00 and paused. */
async function pausedAtSeven(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url);
  await page.waitForSelector('body[data-ready="true"]');
  await setSpeed(page, '3600');
  await page.click('#play');
  await page.waitForFunction(() => Number(document.querySelector('#clock')?.getAttribute('data-time')) > 7 * 3600);
  await pause(page);
  return { page, errors };
}

describe('parcel story', () => {
  it('from the keyboard: choose a queue, then a parcel; shows attributes, why, states with times, truth hidden', async () => {
    const { page, errors } = await pausedAtSeven();
    await openTab(page, 'Parcel story');
    const options = await page.$$eval('#queue-select option', (os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''));
    expect(options.length).toBeGreaterThan(0);
    await page.selectOption('#queue-select', options[0]);
    await page.focus('#queue-list button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#story-title');
    expect(await page.textContent('#story-title')).toMatch(/^Parcel \d+$/);
    expect(await page.textContent('#story')).toContain('What officers can see');
    expect(await page.textContent('#story-why')).toMatch(/^(Rule [\w-]+: .+|Canine alert: .+)\.$/);
    const steps = await page.$$eval('.ix-path li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(steps[0]).toMatch(/^Awaiting induction\s*Day 1, \d\d:\d\d:\d\d/);
    expect(await page.textContent('#story-outcome')).toMatch(/^Still inside the facility/);
    expect(await page.textContent('.ix-truth-hidden')).toMatch(/^Hidden while the parcel is inside/);
    // The lifecycle diagram picks out its path; the state it is in now is outlined.
    expect(await page.$$eval('.ix-lc-visited', (n) => n.length)).toBe(new Set(await page.$$eval('.ix-path-state', (n) => n.map((x) => x.textContent))).size);
    expect(await page.$$eval('.ix-lc-current', (n) => n.length)).toBe(1);
    // The trainer reveals the truth.
    await page.check('#reveal');
    expect(await page.textContent('.ix-truth')).toMatch(/^Contraband/);
    await screenshot(page, 'story-1280x720.png');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('by clicking a pulled parcel in the facility', async () => {
    const { page, errors } = await pausedAtSeven();
    const yellow: [number, number, number] = [0xf0, 0xe4, 0x42]; // Okabe–Ito yellow: pulled, held or queued
    const dots = await dotsOfColour(page, yellow);
    expect(dots.length).toBeGreaterThan(0);
    let shown = false;
    for (const dot of dots.filter((_, i) => i % 7 === 0).slice(0, 12)) {
      await page.mouse.click(dot.x, dot.y);
      shown = await page.waitForSelector('#story-title', { timeout: 1500 }).then(() => true, () => false);
      if (shown) break;
    }
    expect(shown).toBe(true);
    expect(await page.getAttribute('#tab-story', 'aria-selected')).toBe('true');
    expect(await page.textContent('#story-title')).toMatch(/^Parcel \d+$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
