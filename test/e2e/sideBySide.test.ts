// Side by side: run B (the form's scenario) beside run A on the same seed, its key numbers under
// A's and its point a dashed ring on the trade-off plot, ending where a plain Node run of B ends;
// and the previous run drawn faintly on the time charts after a reset.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Served } from './support/site.js';
import { useSiteAndBrowser } from './support/session.js';
import { openApp, screenshot } from './support/browser.js';
import { openTab, runToEnd } from './support/app.js';
import { runScenario } from '../../src/model/index.js';
import { getPreset, type Scenario } from '../../src/scenario/index.js';
import { liveRunOptions } from '../../src/model/liveRun.js';

let site: Served;
let browser: Browser;
useSiteAndBrowser((s, b) => ((site = s), (browser = b)));

describe('side by side', () => {
  for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
    it(`runs B beside A on the same seed at ${size.width}×${size.height}, and keeps the previous run on the charts`, async () => {
      const { page, errors } = await openApp(browser, `${site.url}#preset=baseline&seed=4&days=1`, size);
      await openTab(page, 'Scenario');
      await page.fill('[data-path="stations.exam.officersByShift.0"]', '2');
      await page.fill('[data-path="stations.exam.officersByShift.1"]', '2');
      await page.click('#run-as-b');
      await page.waitForSelector('#companion:not([hidden])');
      expect(await page.textContent('#companion')).toContain('Exam tables: officers on the');
      // The form shows run A again.
      expect(await page.inputValue('[data-path="stations.exam.officersByShift.0"]')).toBe('8');

      const a = await runToEnd(page);
      const b = structuredClone(getPreset('baseline').scenario) as Scenario;
      b.stations.exam.officersByShift = [2, 2];
      const expected = runScenario(b, liveRunOptions(4, 1)); // a live run opens warm (src/model/liveRun.ts)
      await page.waitForFunction((x) => document.querySelector('[data-testid="tradeoff"] .ix-companion')?.getAttribute('data-x-value') === x,
        String(expected.throughput.screeningDelayParcelHours));
      expect(Number(await page.getAttribute('[data-testid="tradeoff"] .ix-companion', 'data-y-value'))).toBe(expected.contraband.interdictionRate);
      expect(await page.textContent('#kpi-b-unscreened')).toBe(`B: ${expected.parcels.releasedUnscreened.toLocaleString('en-US')} parcels`);
      expect(expected.throughput.screeningDelayParcelHours).toBeGreaterThan(a.throughput.screeningDelayParcelHours);
      await screenshot(page, `side-by-side-${size.width}x${size.height}.png`);

      await page.click('#reset');
      await page.waitForSelector('.ix-chart-previous:not([hidden])');
      expect(await page.textContent('.ix-chart-previous')).toContain('the previous run (24 hours)');
      await page.click('#stop-b');
      await page.waitForSelector('#companion', { state: 'hidden' });
      expect(await page.locator('[data-testid="tradeoff"] .ix-companion').count()).toBe(0);
      expect(await page.isHidden('#kpi-b-rate')).toBe(true);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
