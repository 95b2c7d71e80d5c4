/**
 * `npx tsx scripts/adversary-chart.ts RESULT.json OUT.svg`: draws the rounds chart of an
 * `adversary` result (the JSON `npm run sim -- adversary --out` writes) as a standalone SVG, the
 * same chart the memo and the app draw. docs/adversary.md's chart is made this way from
 * docs/adversary/baseline.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { roundsSvg, type AdversaryResult } from '../src/experiments/index.js';

const [input, output] = process.argv.slice(2);
if (input === undefined || output === undefined) {
  process.stderr.write('usage: npx tsx scripts/adversary-chart.ts RESULT.json OUT.svg\n');
  process.exit(2);
}
const result = JSON.parse(readFileSync(input, 'utf8')) as AdversaryResult;
if (result.format !== 'interdict-adversary') {
  process.stderr.write(`${input}: not an adversary result (format '${String(result.format)}')\n`);
  process.exit(2);
}
writeFileSync(output, `${roundsSvg(result.played)}\n`);
process.stdout.write(`${output}: ${result.played.length} rounds\n`);
