// Debian's chromium driven by playwright-core (never a downloaded browser), and a page that records
// every console error and uncaught exception so a test can assert there were none.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ARTIFACTS = resolve(import.meta.dirname, '../../../test-artifacts');

/** How the browser is launched: Debian's chromium with the flags these machines need. */
export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
};

/** A browser of its own, for scripts (scripts/measure-browser.ts); tests share the global set-up's. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(CHROMIUM);
}

/** A connection to the browser the global set-up launched (test/e2e/support/globalSetup.ts). */
export function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}

export interface WatchedPage {
  page: Page;
  /** Console errors and page errors seen so far. */
  errors: string[];
}

/** A new page of the given size, watched for errors, opened at `url` and ready (the run loaded). */
export async function openApp(browser: Browser, url: string, size = { width: 1280, height: 720 }): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: size });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  await page.waitForFunction(() => document.querySelector('#metrics')?.textContent !== '');
  return { page, errors };
}

/** Saves a screenshot under test-artifacts/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, name);
  await page.screenshot({ path });
  return path;
}
