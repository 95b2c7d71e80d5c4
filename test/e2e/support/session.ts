// The site and the browser for one e2e test file: both were started once for the whole e2e
// project by the global set-up; this connects to the browser before the file's tests and hands the
// two to the file's own variables.
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser } from './browser.js';
import type { Served } from './site.js';

export function useSiteAndBrowser(receive: (site: Served, browser: Browser) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await connectBrowser(inject('browserWs'));
    // The server belongs to the global set-up, which closes it.
    receive({ url: inject('siteUrl'), close: async () => {} }, browser);
  });
  afterAll(async () => {
    await browser?.close(); // closes this file's connection, not the shared browser
  });
}
