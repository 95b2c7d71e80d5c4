// Shards: which part of a sweep a process runs, given as i/n or taken from a batch system.
import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardFromEnvironment } from '../../src/experiments/shard.js';

describe('inShard', () => {
  it('deals jobs round-robin', () => {
    expect([0, 1, 2, 3, 4, 5].filter((j) => inShard(j, { index: 2, count: 3 }))).toEqual([1, 4]);
    expect(inShard(7, undefined)).toBe(true);
  });
});

describe('shardFromEnvironment', () => {
  const auto = { auto: true as const, count: null };
  it('reads a Slurm array task, its first id and its count (or last id)', () => {
    expect(shardFromEnvironment(auto, { SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '8' })).toEqual({ index: 3, count: 8 });
    expect(shardFromEnvironment(auto, { SLURM_ARRAY_TASK_ID: '0', SLURM_ARRAY_TASK_COUNT: '4' })).toEqual({ index: 1, count: 4 });
    expect(shardFromEnvironment({ auto: true, count: 8 }, { SLURM_ARRAY_TASK_ID: '8', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '8' })).toEqual({ index: 8, count: 8 });
  });

  it('reads a Kubernetes completion index with the count given', () => {
    expect(shardFromEnvironment({ auto: true, count: 4 }, { JOB_COMPLETION_INDEX: '3' })).toEqual({ index: 4, count: 4 });
    expect(shardFromEnvironment({ auto: true, count: 4 }, { JOB_COMPLETION_INDEX: '4' })).toBe('JOB_COMPLETION_INDEX 4 is outside 0 to 3 (--shard auto/4)');
  });

  it('refuses a task outside its array', () => {
    expect(shardFromEnvironment(auto, { SLURM_ARRAY_TASK_ID: '9', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '8' })).toBe("SLURM_ARRAY_TASK_ID 9 is outside the array's tasks 1 to 8");
  });

  it('parses auto and auto/N', () => {
    expect(parseShard('auto')).toEqual({ auto: true, count: null });
    expect(parseShard('auto/8')).toEqual({ auto: true, count: 8 });
    expect(parseShard('auto/0')).toMatch(/^the shard count after auto\/ must be/);
  });
});
