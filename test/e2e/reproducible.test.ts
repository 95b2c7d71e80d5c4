// The same scenario and seed give the same numbers in the browser (the simulation in a Web
// Worker, sliced and paced) as on the command line (runScenario in Node, in one go): the whole
// results JSON byte for byte. This holds because the simulation takes its logarithms and
// exponentials from src/sim/math.ts (pure-JavaScript fdlibm ports): this chromium's own
// Math.exp and Math.log differ from Node 20's in the last bit for about one input in ten.
// The page's live runs open warm at 06:00 (src/model/liveRun.ts); Node runs the same options.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { getPreset } from '../../src/scenario/index.js';
import { runScenario } from '../../src/model/index.js';
import type { Served } from './support/site.js';
import { useSiteAndBrowser } from './support/session.js';
import { openApp } from './support/browser.js';
import { runToEnd } from './support/app.js';
import { liveRunOptions } from '../../src/model/liveRun.js';

/** Paths where two JSON values differ at all (a readable report before the byte comparison). */
function differences(a: unknown, b: unknown, path = ''): string[] {
  if (typeof a === 'number' && typeof b === 'number') return a === b ? [] : [`${path}: ${a} != ${b}`];
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b ? [] : [`${path}: ${String(a)} != ${String(b)}`];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`));
}

let site: Served;
let browser: Browser;
useSiteAndBrowser((s, b) => ((site = s), (browser = b)));

describe('browser and Node agree', () => {
  it.each([
    ['baseline', 1],
    ['jfk-2018', 7],
  ])('%s seed %i: the whole day at max speed gives exactly the results runScenario gives', async (preset, seed) => {
    const { page, errors } = await openApp(browser, `${site.url}#preset=${preset}&seed=${seed}&days=1`);
    const inBrowser = await runToEnd(page);
    const inNode = JSON.parse(JSON.stringify(runScenario(getPreset(preset).scenario, liveRunOptions(seed, 1))));
    expect(inBrowser.parcels).toEqual(inNode.parcels);
    expect(inBrowser.contraband).toEqual(inNode.contraband);
    expect(inBrowser.events).toBe(inNode.events);
    expect(inBrowser.hourly.map((h) => [h.arrived, h.released, h.seized, h.detained, h.inside])).toEqual(
      inNode.hourly.map((h: typeof inBrowser.hourly[number]) => [h.arrived, h.released, h.seized, h.detained, h.inside]));
    expect(differences(inBrowser, inNode)).toEqual([]);
    expect(JSON.stringify(inBrowser)).toBe(JSON.stringify(inNode));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
