// The end-to-end project's global set-up: ONE production build of the site, ONE static server and
// ONE chromium (as a browser server) for every e2e test file, handed to them through Vitest's
// provide/inject. Each test file connects to the browser and opens its own pages and contexts.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { ARTIFACTS, CHROMIUM } from './browser.js';
import { builtSite, serve } from './site.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served site's address, ending in its sub-folder and a slash. */
    siteUrl: string;
    /** The browser server's websocket address for `chromium.connect`. */
    browserWs: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const site = await serve(await builtSite());
  const browser = await chromium.launchServer(CHROMIUM);
  project.provide('siteUrl', site.url);
  project.provide('browserWs', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await site.close();
  };
}
