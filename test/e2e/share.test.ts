// Share and trust in the browser: the copied link reproduces the run exactly; a malformed or
// tampered link is refused with a message that names the problem, nothing in it is run or shown
// as HTML, and the baseline is shown instead.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Served } from './support/site.js';
import { useSiteAndBrowser } from './support/session.js';
import { openApp, screenshot } from './support/browser.js';
import { framesDrawn, openTab, runToEnd } from './support/app.js';

let site: Served;
let browser: Browser;
useSiteAndBrowser((s, b) => ((site = s), (browser = b)));

describe('share link', () => {
  it('opens the same scenario and seed, and gives the same numbers', async () => {
    const a = await openApp(browser, site.url);
    await openTab(a.page, 'Scenario');
    await a.page.fill('[data-path="stations.exam.officersByShift.0"]', '5');
    await a.page.uncheck('[data-path="targeting.rules.1.enabled"]');
    await a.page.fill('#seed', '42');
    await a.page.click('#apply');
    await a.page.waitForSelector('body[data-run-state="idle"]');
    const link = await a.page.inputValue('#share-link');
    expect(link).toMatch(/#preset=baseline&seed=42&days=1&changes=[A-Za-z0-9_-]+$/);
    expect(a.page.url()).toBe(link);
    const resultsA = await runToEnd(a.page);

    const b = await openApp(browser, link);
    await openTab(b.page, 'Scenario');
    expect(await b.page.inputValue('#preset')).toBe('baseline');
    expect(await b.page.inputValue('#seed')).toBe('42');
    expect(await b.page.inputValue('[data-path="stations.exam.officersByShift.0"]')).toBe('5');
    expect(await b.page.isChecked('[data-path="targeting.rules.1.enabled"]')).toBe(false);
    const resultsB = await runToEnd(b.page);
    expect(resultsB).toEqual(resultsA);
    expect(await b.page.isHidden('#notice')).toBe(true);
    expect([...a.errors, ...b.errors]).toEqual([]);
    await a.page.context().close();
    await b.page.context().close();
  });

  const changes = (json: string) => Buffer.from(json).toString('base64url');
  it.each([
    ['bad base64', '#preset=baseline&seed=1&days=1&changes=%%%', "The link's changes are not valid base64url text"],
    ['bad JSON', `#preset=baseline&seed=1&days=1&changes=${changes('{"stations.xray.lanes":')}`, "The link's changes are not valid JSON"],
    ['an unknown preset with markup', '#preset=<img src=x onerror=alert(1)>&seed=1&days=1', "The link names an unknown preset '<img src=x onerror=alert(1)>'"],
    ['an invalid scenario', `#preset=baseline&seed=1&days=1&changes=${changes('{"stations.xray.officersByShift.0":-1}')}`,
      "The link's scenario is invalid: X-ray: officers on the day shift: must be 0 or more — showing the baseline instead."],
    ['an unknown setting', `#preset=baseline&seed=1&days=1&changes=${changes('{"__proto__.isAdmin":true}')}`, "unknown setting '__proto__.isAdmin'"],
    ['a huge link', `#preset=baseline&seed=1&days=1&changes=${'A'.repeat(24_900)}`, 'The link is too long (25 kB; the limit is 20 kB)'],
  ])('refuses %s, says why, and shows the baseline', async (name, fragment, message) => {
    const { page, errors } = await openApp(browser, site.url + fragment);
    if (name === 'an invalid scenario') {
      await framesDrawn(page); // the canvas has drawn its first frames
      await screenshot(page, 'refused-link-1280x720.png');
    }
    const notice = await page.textContent('#notice-text');
    expect(notice).toContain(message);
    expect(notice).toMatch(/ — showing the baseline instead\.$/);
    expect(await page.$$eval('#notice img, body img', (imgs) => imgs.length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { alerted?: boolean }).alerted)).toBeUndefined();
    await openTab(page, 'Scenario');
    expect(await page.inputValue('#preset')).toBe('baseline');
    expect(await page.inputValue('#seed')).toBe('1');
    expect(await page.inputValue('[data-path="stations.xray.officersByShift.0"]')).toBe('4');
    expect(await page.textContent('#run-name')).toBe('· baseline, seed 1');
    // The refused link is replaced by the baseline's, so a reload does not repeat the refusal.
    expect(page.url()).toMatch(/#preset=baseline&seed=1&days=1$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
