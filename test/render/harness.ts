/**
 * Manual harness for the facility view: feeds it a fake sequence of snapshots (fakeSnapshots.ts)
 * ten times a second, one simulated minute each, so it can be looked at and timed in a browser.
 *
 * Query options: `parcels=3000` pulled parcels to keep inside; `reduced=1` reduced motion;
 * `reveal=1` show contraband; `highlight=<id>` ring a parcel; `legend=1` show the legend and scale
 * note; `steps=<n>` snapshots to run before the first frame (fills the floor at once);
 * `hz=<n>` snapshots per second; `paused=1` stop after the warm-up steps; `aa=0` no antialiasing;
 * `blank=1` an empty Pixi app (to time the browser's baseline).
 * It exposes `window.harness` ({ view, fake, app }) for the screenshot script.
 */
import * as PIXI from 'pixi.js';
import { Application } from 'pixi.js';
import { FacilityView } from '../../src/render/index.js';
import { FakeFacility } from './fakeSnapshots.js';

const q = new URLSearchParams(location.search);
const num = (k: string, d: number) => (q.has(k) ? Number(q.get(k)) : d);

const app = new Application();
await app.init({
  width: innerWidth, height: innerHeight, background: '#0f1318', antialias: q.get('aa') !== '0',
  resolution: devicePixelRatio, autoDensity: true, preference: q.get('gpu') === '1' ? 'webgpu' : 'webgl',
});
document.body.prepend(app.canvas);
if (q.get('blank') === '1') {
  (window as unknown as { harness: unknown }).harness = { app, view: { scaleNote: '' }, PIXI };
  throw new Error('blank harness: no view');
}

const view = new FacilityView(app, { reducedMotion: q.get('reduced') === '1' });
const fake = new FakeFacility({ target: num('parcels', 1200) });
for (let i = 0; i < num('steps', 120); i++) fake.step(60);
view.update(fake.step(60));
view.setReveal(q.get('reveal') === '1');
if (q.has('highlight')) view.setHighlight(num('highlight', 0));
addEventListener('resize', () => view.resize(innerWidth, innerHeight));

const selection = document.getElementById('selection')!;
view.onSelect((sel) => {
  selection.textContent = `Selected: ${JSON.stringify(sel)}`;
  if (sel.kind === 'parcel') view.setHighlight(sel.id);
  (window as unknown as { lastSelection: unknown }).lastSelection = sel;
});

if (q.get('legend') === '1') {
  document.getElementById('panel')!.style.display = 'block';
  document.getElementById('legend')!.innerHTML = view.legend.map((e) => `<li style="--c:${e.color}">${e.label}</li>`).join('');
}
const note = document.getElementById('note')!;
if (q.get('paused') !== '1') {
  setInterval(() => {
    view.update(fake.step(60));
    note.textContent = view.scaleNote;
  }, 1000 / num('hz', 10));
}
note.textContent = view.scaleNote;

(window as unknown as { harness: unknown }).harness = { view, fake, app, PIXI };
