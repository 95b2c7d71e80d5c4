/**
 * Writes docs/fit-example.csv: SYNTHETIC facility data, 60 days of the `baseline` model (seeds
 * 9001 to 9060) with pills, fentanyl and counterfeit seizures split by the aed-risk rule, and the
 * compliance sample. It is the model's output, not any facility's; docs/fit.md fits it with
 *   npm run sim -- fit --data docs/fit-example.csv --preset baseline --out calibrated.json --report docs/fit-example-report.md
 */
import { writeFileSync } from 'node:fs';
import { inProcessExecutor } from '../src/experiments/index.js';
import { simulateFacilityData } from '../src/experiments/fit/syntheticData.js';
import { getPreset } from '../src/scenario/index.js';

const csv = await simulateFacilityData({
  scenario: getPreset('baseline').scenario, days: 60, seed: 9001, start: '2025-01-01',
  types: ['counterfeit', 'pills', 'fentanyl'], rules: ['aed-risk'], compliance: true,
}, inProcessExecutor(), (done, total) => process.stderr.write(`\r  day ${done} of ${total}`));
writeFileSync(new URL('../docs/fit-example.csv', import.meta.url), csv);
process.stderr.write('\n  wrote docs/fit-example.csv (synthetic: the baseline model, seeds 9001 to 9060)\n');
