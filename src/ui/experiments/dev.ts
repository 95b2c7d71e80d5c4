/**
 * A standalone page for the Experiments panel (`dev.html`): mounts it full-window with a stand-in
 * host, for visual checks (`npx vite`, then /src/ui/experiments/dev.html) and the browser test
 * (`test/e2e/experiments.test.ts`). The real host is the app's main.ts. `?workers=N` sets the
 * number of Web Workers, so a test can show that the result does not depend on it.
 *
 * The stand-in host's "current scenario" is the baseline with seed 1; `openRun` writes what it
 * was given into a notice and into `document.body.dataset.openedRun`, where the test reads it.
 */
import { z } from 'zod';
import { getPreset } from '../../scenario/index.js';
import { byId } from '../dom.js';
import { mountExperimentsPanel } from './ExperimentsPanel.js';
import '../styles/app.css';

// The page's Content-Security-Policy forbids eval; zod would otherwise probe for it (as in main.ts).
z.config({ jitless: true });

const params = new URLSearchParams(location.search);
const workers = params.has('workers') ? Number(params.get('workers')) : undefined;
const opened = byId('dev-opened');

mountExperimentsPanel(byId('experiments'), {
  openRun: (scenario, seed) => {
    const xray = scenario.stations.xray.officersByShift.join(', ');
    const exam = scenario.stations.exam.officersByShift.join(', ');
    opened.hidden = false;
    opened.textContent = `The host would now open a live run of ${scenario.name} (X-ray officers ${xray}; exam officers ${exam}) with seed ${seed} for ${scenario.days} day(s).`;
    document.body.dataset.openedRun = JSON.stringify({ name: scenario.name, seed, days: scenario.days, xray: scenario.stations.xray.officersByShift, exam: scenario.stations.exam.officersByShift });
  },
  currentScenario: () => ({ scenario: getPreset('baseline').scenario, seed: 1 }),
}, { workers });
document.body.dataset.ready = 'true';
