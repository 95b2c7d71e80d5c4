// One built site and one chromium per test file: registers the set-up and tear-down hooks and
// hands the two to the file's own variables once they exist.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { builtSite, serve, type Served } from './site.js';
import { launchBrowser } from './browser.js';

export function useSiteAndBrowser(receive: (site: Served, browser: Browser) => void): void {
  let site: Served | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await serve(await builtSite());
    browser = await launchBrowser();
    receive(site, browser);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
}
