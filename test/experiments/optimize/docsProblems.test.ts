// The problem files in docs/problems are valid problems, of the size docs/optimize.md says.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProblem, plannedRuns, spaceSize } from '../../../src/experiments/index.js';
import { formatErrors } from '../../../src/scenario/index.js';

const dir = resolve(import.meta.dirname, '../../../docs/problems');

describe('the problem files in docs/problems', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  it.each(files)('%s is a valid problem', (file) => {
    const r = parseProblem(JSON.parse(readFileSync(resolve(dir, file), 'utf8')));
    expect(r.ok ? '' : formatErrors(r.errors)).toBe('');
  });

  it('the baseline budget problem has 3 × 5 × 4 × 4 × 4 = 960 candidates and at most 1,648 runs', () => {
    const r = parseProblem(JSON.parse(readFileSync(resolve(dir, 'baseline-budget-roster.json'), 'utf8')));
    if (!r.ok) throw new Error(formatErrors(r.errors));
    expect(spaceSize(r.problem)).toBe(960);
    expect(plannedRuns(r.problem)).toBe(1648);
  });
});
