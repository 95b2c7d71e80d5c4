// Finding parcel dots in a screenshot of the facility canvas, as the eye finds them, for tests
// that click a parcel (the canvas is drawn in a worker; its dots are not in the DOM).
import type { Page } from 'playwright-core';

/**
 * Centres of small blobs of a colour in the canvas: parcel dots, as the eye finds them (larger
 * blobs of the same colour, like an officer on break, are left out).
 */
/** `maxPx` is the widest blob counted as a dot (zoomed in, dots are drawn larger). */
export async function dotsOfColour(page: Page, rgb: [number, number, number], maxPx = 5): Promise<Array<{ x: number; y: number }>> {
  const png = await page.locator('#facility canvas').screenshot();
  const box = (await page.locator('#facility canvas').boundingBox())!;
  const found = await page.evaluate(async ([b64, [r, g, b], widest]) => {
    const bytes = Uint8Array.from(atob(b64 as string), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { width: w, height: h } = bitmap;
    const d = ctx.getImageData(0, 0, w, h).data;
    const near = (p: number) => Math.abs(d[p * 4] - r) + Math.abs(d[p * 4 + 1] - g) + Math.abs(d[p * 4 + 2] - b) < 90;
    const seen = new Uint8Array(w * h);
    const dots: Array<{ x: number; y: number }> = [];
    for (let start = 0; start < w * h; start++) {
      if (seen[start] || !near(start)) continue;
      // Flood-fill one blob, keeping its bounding box.
      const stack = [start];
      seen[start] = 1;
      let x0 = w, x1 = 0, y0 = h, y1 = 0, n = 0;
      while (stack.length > 0) {
        const p = stack.pop()!;
        const x = p % w, y = (p - x) / w;
        n++; x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
        for (const q of [p - 1, p + 1, p - w, p + w]) if (q >= 0 && q < w * h && !seen[q] && near(q)) { seen[q] = 1; stack.push(q); }
      }
      if (n >= 2 && x1 - x0 <= (widest as number) && y1 - y0 <= (widest as number)) dots.push({ x: (x0 + x1) / 2 + 0.5, y: (y0 + y1) / 2 + 0.5 });
    }
    return dots;
  }, [png.toString('base64'), rgb, maxPx] as const);
  // The screenshot is at CSS pixel size (device scale 1), so its pixels are the page's.
  return found.map((p) => ({ x: box.x + p.x, y: box.y + p.y }));
}
