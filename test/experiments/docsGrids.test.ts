// The example grids in docs/experiments.md are valid grids, with the points the text says.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gridPoints, jobCount } from '../../src/experiments/index.js';
import { checkedGrid } from './helpers.js';

const doc = readFileSync(resolve(import.meta.dirname, '../../docs/experiments.md'), 'utf8');
const grids = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]) as Record<string, unknown>);

describe('the example grids of docs/experiments.md', () => {
  it('are two', () => {
    expect(grids).toHaveLength(2);
  });

  it('the issue\'s sweep has 6 × 3 × 3 × 3 = 162 points and 1,620 runs', () => {
    const g = checkedGrid(grids[0]);
    expect(gridPoints(g)).toHaveLength(162);
    expect(jobCount(g)).toBe(1620);
  });

  it('the robustness sweep has 3 × 5 × 4 = 60 points', () => {
    expect(gridPoints(checkedGrid(grids[1]))).toHaveLength(60);
  });
});

describe('the grid files in docs/grids', () => {
  const dir = resolve(import.meta.dirname, '../../docs/grids');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it.each(files)('%s is a valid grid', (file) => {
    expect(gridPoints(checkedGrid(JSON.parse(readFileSync(resolve(dir, file), 'utf8')))).length).toBeGreaterThan(0);
  });

  it('the threshold sweep runs the aed-risk rule from strict to lax: 8 points × 5 runs of 7 days', () => {
    const g = checkedGrid(JSON.parse(readFileSync(resolve(dir, 'aed-risk-threshold.json'), 'utf8')));
    expect(gridPoints(g)).toHaveLength(8);
    expect(jobCount(g)).toBe(40);
  });
});
