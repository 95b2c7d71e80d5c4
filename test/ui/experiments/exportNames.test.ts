// Export file names say what a file holds, and PARTIAL with its run count when the experiment did
// not finish, so a partial result never passes for a complete one.
import { describe, expect, it } from 'vitest';
import { exportFileName, partialLabel, runCounts, slug } from '../../../src/ui/experiments/exportNames.js';
import { compareResult, sweepResult } from './fixtures.js';

describe('export file names', () => {
  it('name a complete sweep and comparison by what they hold', () => {
    expect(exportFileName(sweepResult(), 'csv')).toBe('interdict-sweep-baseline-6pts-3reps-seed1.csv');
    expect(exportFileName(sweepResult(), 'memo-html')).toBe('interdict-sweep-baseline-6pts-3reps-seed1-memo.html');
    expect(exportFileName(compareResult(), 'json')).toBe('interdict-compare-baseline-vs-short-staffed-4reps-seed1-crn.json');
    expect(exportFileName(compareResult(), 'memo-md')).toBe('interdict-compare-baseline-vs-short-staffed-4reps-seed1-crn-memo.md');
  });

  it('mark a partial result in the name, with the runs it holds', () => {
    const cancelled = sweepResult((j) => j < 5);
    expect(runCounts(cancelled)).toEqual({ done: 5, total: 18 });
    expect(exportFileName(cancelled, 'csv')).toBe('interdict-sweep-baseline-6pts-3reps-seed1-PARTIAL-5of18runs.csv');
    expect(partialLabel(cancelled)).toBe('Partial: 5 of 18 runs');
    expect(partialLabel(sweepResult())).toBeNull();
    const half = compareResult((j) => j < 3);
    expect(exportFileName(half, 'json')).toBe('interdict-compare-baseline-vs-short-staffed-4reps-seed1-crn-PARTIAL-3of8runs.json');
  });

  it('keep names safe on every system', () => {
    expect(slug('Current scenario (baseline)')).toBe('current-scenario-baseline');
    expect(slug('../../etc/passwd')).toBe('etc-passwd');
    expect(slug('ü')).toBe('u');
    expect(slug('***')).toBe('scenario');
    expect(slug('x'.repeat(80))).toHaveLength(40);
  });
});
