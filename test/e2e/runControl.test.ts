// Run control in the browser: the clock advances while playing, pause stops it, and a step moves it
// by exactly one simulated minute or one simulation event.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Served } from './support/site.js';
import { useSiteAndBrowser } from './support/session.js';
import { openApp } from './support/browser.js';
import { framesDrawn, pause, setSpeed, simEvents, simTime } from './support/app.js';

let site: Served;
let browser: Browser;
useSiteAndBrowser((s, b) => ((site = s), (browser = b)));

describe('run control', () => {
  it('advances the simulated clock while playing, at the chosen speed', async () => {
    const { page, errors } = await openApp(browser, site.url);
    await setSpeed(page, '600');
    await page.click('#play');
    await page.waitForFunction(() => Number(document.querySelector('#clock')?.getAttribute('data-time')) >= 600, undefined, { timeout: 10_000 });
    const shown = await page.textContent('.ix-clock-text');
    expect(shown).toMatch(/^Day 1, \d\d:\d\d$/);
    expect(shown).not.toBe('Day 1, 06:00');
    await pause(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('pause stops the clock; step minute adds exactly 60 s; step event fires exactly one event', async () => {
    const { page, errors } = await openApp(browser, site.url);
    await setSpeed(page, '3600');
    await page.click('#play');
    await page.waitForFunction(() => Number(document.querySelector('#clock')?.getAttribute('data-time')) > 3 * 3600);
    await pause(page);
    const paused = await simTime(page);
    await framesDrawn(page, 30); // half a second of frames at 60 per second: a running clock would have moved
    expect(await simTime(page)).toBe(paused);

    await page.click('#step-minute');
    await page.waitForFunction((t) => Number(document.querySelector('#clock')?.getAttribute('data-time')) !== t, paused);
    expect(await simTime(page)).toBe(paused + 60);

    const events = await simEvents(page);
    const before = await simTime(page);
    await page.click('#step-event');
    await page.waitForFunction((n) => Number(document.querySelector('#clock')?.getAttribute('data-events')) !== n, events);
    expect(await simEvents(page)).toBe(events + 1);
    expect(await simTime(page)).toBeGreaterThanOrEqual(before);
    expect(await page.getAttribute('#clock', 'data-running')).toBe('false');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reset goes back to the start of the same run', async () => {
    const { page } = await openApp(browser, site.url);
    for (let i = 0; i < 3; i++) await page.click('#step-minute');
    await page.waitForFunction(() => Number(document.querySelector('#clock')?.getAttribute('data-time')) === 180);
    await page.click('#reset');
    await page.waitForFunction(() => document.querySelector('#clock')?.getAttribute('data-time') === '0');
    expect(await page.textContent('.ix-clock-text')).toBe('Day 1, 06:00');
    expect(await page.getAttribute('body', 'data-run-state')).toBe('idle');
    await page.context().close();
  });
});
