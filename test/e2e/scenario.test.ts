// The scenario controls in the browser: a value the model refuses is refused at its input with the
// model's reason (and Apply stays disabled), and an applied staffing change changes the numbers,
// which include the trade-off's (released unscreened, screening delay, cost) with their units.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/index.js';
import type { Browser } from 'playwright-core';
import type { Served } from './support/site.js';
import { useSiteAndBrowser } from './support/session.js';
import { openApp, screenshot } from './support/browser.js';
import { downloadedText, openTab, runToEnd } from './support/app.js';

let site: Served;
let browser: Browser;
useSiteAndBrowser((s, b) => ((site = s), (browser = b)));

const examDay = '[data-path="stations.exam.officersByShift.0"]';
const examEvening = '[data-path="stations.exam.officersByShift.1"]';

describe('scenario controls', () => {
  it("refuses a value the model would refuse at its input, with the model's reason, and keeps Apply disabled", async () => {
    const { page, errors } = await openApp(browser, site.url);
    await openTab(page, 'Scenario');
    expect(await page.isDisabled('#apply')).toBe(false);

    await page.fill(examDay, '-1');
    expect(await page.getAttribute(examDay, 'aria-invalid')).toBe('true');
    const describedBy = (await page.getAttribute(examDay, 'aria-describedby'))!;
    expect(await page.textContent(`#${describedBy}`)).toBe('must be 0 or more');
    expect(await page.isDisabled('#apply')).toBe(true);

    await page.fill('[data-path="targeting.rules.1.when.rate"]', 'lots');
    const rateError = (await page.getAttribute('[data-path="targeting.rules.1.when.rate"]', 'aria-describedby'))!;
    expect(await page.textContent(`#${rateError}`)).toBe('enter a number');
    await page.fill('#seed', '1.5');
    expect(await page.textContent('#seed-error')).toMatch(/^must be a whole number/);
    expect(await page.textContent('#form-status')).toBe('3 values are refused; fix them to apply.');
    await screenshot(page, 'scenario-refused-1280x720.png');

    await page.fill(examDay, '8');
    await page.fill('[data-path="targeting.rules.1.when.rate"]', '0.0002');
    await page.fill('#seed', '1');
    expect(await page.getAttribute(examDay, 'aria-invalid')).toBeNull();
    expect(await page.isDisabled('#apply')).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a staffing change (exam officers down to 1) changes the numbers after applying', async () => {
    const { page, errors } = await openApp(browser, site.url);
    const before = await runToEnd(page);
    const shownBefore = await page.textContent('#metrics');
    // The trade-off's numbers are on the panel, each with its unit.
    const metric = (short: string) => page.locator('.ix-metric', { has: page.locator('dt > span:first-child', { hasText: new RegExp(`^${short}$`) }) }).locator('dd');
    expect(await metric('Released unscreened').textContent()).toMatch(/^[\d,]+ parcels?$/);
    expect(await metric('Landing to release').textContent()).toMatch(/^[\d,.]+ (s|min|h)$/);
    expect(await metric('Screening delay').textContent()).toMatch(/^[\d,.]+ parcel-hours$/);
    expect(await metric('Cost').textContent()).toMatch(/^\$[\d,]+$/);
    expect(await metric('Sample examined').textContent()).toMatch(/^[\d,]+ parcels?$/);

    await openTab(page, 'Scenario');
    await page.fill(examDay, '1');
    await page.fill(examEvening, '1');
    expect(await page.textContent('#form-status')).toBe('2 settings differ from the baseline preset.');
    await page.click('#apply');
    await page.waitForSelector('body[data-run-state="idle"]');
    expect(await page.textContent('#run-name')).toContain('(changed)');
    const after = await runToEnd(page);
    await openTab(page, 'Numbers');

    expect(after.parcels.arrived).toBe(before.parcels.arrived); // the same parcels arrive (common random numbers)
    expect(after.stations.exam.officerHours).toBeLessThan(before.stations.exam.officerHours);
    expect(after.throughput.backlogAtEnd).toBeGreaterThan(before.throughput.backlogAtEnd);
    expect(await page.textContent('#metrics')).not.toBe(shownBefore);
    await screenshot(page, 'finished-1280x720.png');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('downloads the scenario in the form as a file the command line runs', async () => {
    const { page, errors } = await openApp(browser, site.url);
    await openTab(page, 'Scenario');
    await page.fill(examDay, '5');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-scenario')]);
    const saved = await downloadedText(download);
    expect(saved.name).toBe('baseline.json');
    const file = JSON.parse(saved.text);
    expect(file.$schema).toBe('./scenario.schema.json');
    expect(file.stations.exam.officersByShift[0]).toBe(5);
    const { $schema: _, ...scenario } = file;
    expect(parseScenario(scenario).ok).toBe(true);
    expect(await page.textContent('#form-status')).toContain('Saved baseline.json');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
