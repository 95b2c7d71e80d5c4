// Throwaway: screenshots of harness.html at 1280x720 in Debian's chromium, served by
// `npx vite --port 5198`. Usage: node test/ui/charts/screenshot.mjs [name query]...
import { chromium } from 'playwright-core';

const shots = process.argv.length > 2
  ? process.argv.slice(2).reduce((a, v, i, all) => (i % 2 === 0 ? [...a, [v, all[i + 1]]] : a), [])
  : [['final', ''], ['midrun', 'hour=10'], ['dwell', 'x=dwellP95Hours'], ['officer', 'x=officerHours&hour=14']];
const out = new URL('./screenshots/', import.meta.url).pathname;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
try {
  for (const [name, query] of shots) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`http://localhost:5198/test/ui/charts/harness.html?${query}`);
    await page.waitForSelector('body[data-ready]', { timeout: 60_000 });
    await page.screenshot({ path: `${out}${name}-top.png` });
    await page.evaluate(() => document.getElementById('charts').scrollIntoView());
    await page.screenshot({ path: `${out}${name}-charts.png` });
    await page.screenshot({ path: `${out}${name}-full.png`, fullPage: true });
    console.log(name, await page.evaluate(() => document.body.dataset.ready), errors.length ? errors : 'no errors');
    console.log(await page.evaluate(() => document.getElementById('summary').textContent));
    await page.close();
  }
} finally {
  await browser.close();
}

// Keyboard check: Tab to the first info button, show its tooltip and focus ring.
{
  const browser2 = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
  const page = await browser2.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto('http://localhost:5198/test/ui/charts/harness.html?hour=6');
  await page.waitForSelector('body[data-ready]', { timeout: 60_000 });
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const el = document.activeElement;
    const tip = document.getElementById(el.getAttribute('aria-describedby'));
    return { name: el.getAttribute('aria-label'), tip: tip?.textContent, visible: tip ? getComputedStyle(tip).display : null };
  });
  console.log('focus', focused);
  await page.screenshot({ path: `${out}focus-tooltip.png`, clip: { x: 0, y: 0, width: 640, height: 360 } });
  await page.keyboard.press('Escape');
  console.log('after Escape', await page.evaluate(() => getComputedStyle(document.getElementById(document.activeElement.getAttribute('aria-describedby'))).display));
  await browser2.close();
}
