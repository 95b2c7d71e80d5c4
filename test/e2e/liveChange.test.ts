// Changes while running, in the browser: lowering exam staff mid-run (no restart) moves this run's
// point on the trade-off plot right (more screening delay) and down (a lower interdiction rate, as
// the wait limit releases held parcels unscreened); the change is listed and marked on the charts,
// and the run's share link reproduces it exactly, in another page and in Node.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Served } from './support/site.js';
import { useSiteAndBrowser } from './support/session.js';
import { openApp, screenshot } from './support/browser.js';
import { downloadedText, openTab, pause, runToEnd, setSpeed } from './support/app.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Scenario } from '../../src/scenario/index.js';
import { runScenario } from '../../src/model/index.js';
import { liveRunOptions } from '../../src/model/liveRun.js';
import { decodeShareLink } from '../../src/ui/share/shareLink.js';

let site: Served;
let browser: Browser;
useSiteAndBrowser((s, b) => ((site = s), (browser = b)));

/** This run's point on the trade-off plot: screening delay per day (x) and interdiction rate (y). */
async function currentPoint(page: Page): Promise<{ x: number; y: number }> {
  const ring = page.locator('[data-testid="tradeoff"] .ix-current');
  return { x: Number(await ring.getAttribute('data-x-value')), y: Number(await ring.getAttribute('data-y-value')) };
}

describe('changes while running', () => {
  it('lowering exam staff mid-run moves the point right and down, and the link reproduces the run', async () => {
    const { page, errors } = await openApp(browser, `${site.url}#preset=baseline&seed=1&days=2`);
    const unchanged = await runToEnd(page);
    const before = await currentPoint(page);

    await page.click('#reset');
    await page.waitForSelector('body[data-run-state="idle"]');
    // The new run's first frame (the clock at its opening), so the wait below is not met by the old run's end.
    await page.waitForSelector('#clock[data-time="0"]');
    await setSpeed(page, '3600');
    await page.click('#play');
    // An hour after the 06:00 opening (data-time counts from it).
    await page.waitForFunction(() => Number(document.querySelector('#clock')?.getAttribute('data-time')) >= 3600);
    await pause(page);
    const pausedAt = Number(await page.getAttribute('#clock', 'data-time'));

    await openTab(page, 'Scenario');
    expect(await page.isDisabled('#apply-live')).toBe(true); // nothing to change yet
    await page.fill('[data-path="stations.exam.officersByShift.0"]', '2');
    await page.fill('[data-path="stations.exam.officersByShift.1"]', '2');
    await page.waitForSelector('#apply-live:not([disabled])');
    await page.click('#apply-live');
    await page.waitForFunction(() => document.querySelectorAll('#run-changes li').length === 2);
    const listed = await page.locator('#run-changes li').allTextContents();
    expect(listed[0]).toMatch(/^Day 1, 0[78]:\d\d: Exam tables, \w+ shift, 2 officers$/);
    expect(await page.inputValue('[data-path="stations.exam.officersByShift.0"]')).toBe('2');
    // The clock did not go back: the run went on, not restarted.
    expect(Number(await page.getAttribute('#clock', 'data-time'))).toBe(pausedAt);
    expect(await page.textContent('#run-name')).toContain('changed while running');

    const changed = await runToEnd(page);
    const after = await currentPoint(page);
    expect(after.x).toBeGreaterThan(before.x); // more screening delay per day
    expect(after.y).toBeLessThan(before.y); // a lower interdiction rate
    expect(changed.parcels.releasedUnscreened).toBeGreaterThan(unchanged.parcels.releasedUnscreened);
    expect(await page.isVisible('.ix-chart-markers')).toBe(true);
    expect(await page.textContent('.ix-chart-markers')).toContain('Exam tables');
    await screenshot(page, 'live-change-1280x720.png');

    // The link holds the change with its minute; it reproduces the run in another page and in Node.
    const link = await page.inputValue('#share-link');
    expect(link).toMatch(/&during=[A-Za-z0-9_-]+$/);
    const other = await openApp(browser, link);
    expect(await runToEnd(other.page)).toEqual(changed);
    const decoded = decodeShareLink(new URL(link).hash);
    if (!decoded.ok || decoded.spec === null) throw new Error('the link did not decode');
    expect(decoded.spec.scenario.changesDuringRun).toHaveLength(2);
    const node = runScenario(decoded.spec.scenario, liveRunOptions(decoded.spec.seed, decoded.spec.days));
    expect(JSON.stringify(changed)).toBe(JSON.stringify(node));

    // Download saves the run's scenario with its changes; the command line's run --live replays it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-scenario')]);
    const saved = JSON.parse((await downloadedText(download)).text) as Scenario;
    expect(saved.changesDuringRun).toEqual(decoded.spec.scenario.changesDuringRun);
    expect(await page.textContent('#form-status')).toContain('--seed 1 --days 2 --live');
    const file = join(mkdtempSync(join(tmpdir(), 'interdict-live-')), 'saved.json');
    writeFileSync(file, JSON.stringify(saved));
    const cli = spawnSync(process.execPath, ['scripts/sim.mjs', 'run', '--scenario', file, '--seed', '1', '--days', '2', '--live', '--quiet'], { encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stdout.trim()).toBe(JSON.stringify(changed, null, 2));
    expect([...errors, ...other.errors]).toEqual([]);
    await page.context().close();
    await other.page.context().close();
  });
});
