// The experiment commands' options: each bad value named, conflicting options refused, and
// options that do not apply to a command rejected, as for `run`.
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/args.js';
import { CliError } from '../../src/cli/CliError.js';

function problems(argv: string[]): string[] {
  try {
    parseCommandLine(argv);
  } catch (e) {
    if (e instanceof CliError) return [...e.messages];
    throw e;
  }
  throw new Error('expected a CliError');
}

describe('experiment options', () => {
  it('parse into typed requests with defaults', () => {
    expect(parseCommandLine(['replicate', '--preset', 'baseline'])).toMatchObject({
      command: 'replicate', source: { kind: 'preset', name: 'baseline' }, seed: 1, days: undefined, warmupDays: 0, replications: 10, precision: undefined, workers: undefined,
    });
    expect(parseCommandLine(['replicate', '--preset', 'baseline', '--precision', 'contraband.seized=0.5'])).toMatchObject({
      replications: undefined, precision: { metric: 'contraband.seized', target: 0.5, relative: false, minReplications: 5, maxReplications: 200 },
    });
    expect(parseCommandLine(['sweep', '--grid', 'g.json', '--shard', '2/5', '--workers', '3', '--frontier-x', 'screeningDelayParcelHours'])).toMatchObject({
      command: 'sweep', grid: 'g.json', shard: { index: 2, count: 5 }, workers: 3, frontierX: 'screeningDelayParcelHours', frontierY: undefined,
    });
    expect(parseCommandLine(['compare', 'baseline', 'x/y.json', '--independent'])).toMatchObject({
      command: 'compare', a: { kind: 'preset', name: 'baseline' }, b: { kind: 'file', path: 'x/y.json' }, mode: 'independent', replications: 10,
    });
    expect(parseCommandLine(['merge', 'a.json', 'b.json', '--out', 'm.json'])).toMatchObject({ command: 'merge', parts: ['a.json', 'b.json'], out: 'm.json', partial: false });
    // fit: 100 runs per grid point unless told (docs/fit.md, "The example": at 20 the intervals span most of what is possible).
    expect(parseCommandLine(['fit', '--data', 'd.csv', '--preset', 'baseline'])).toMatchObject({ command: 'fit', data: 'd.csv', source: { kind: 'preset', name: 'baseline' }, seed: 1, replications: 100 });
    expect(parseCommandLine(['fit', '--data', 'd.csv', '--preset', 'baseline', '--replications', '20'])).toMatchObject({ replications: 20 });
  });

  it('name every bad value at once', () => {
    expect(problems(['replicate', '--preset', 'baseline', '--replications', '1', '--workers', 'many', '--warmup-days', '-', '--memo', 'memo.pdf', '--seed', 'x'])).toEqual([
      "--seed must be a non-negative integer (0 to 9007199254740991), got 'x'",
      "--memo must name a .md (Markdown) or .html file, got 'memo.pdf'",
      "--workers must be an integer from 0 to 256, got 'many'",
      "--warmup-days must be an integer from 0 up, got '-'",
      "--replications must be an integer from 2 to 10000, got '1'",
    ]);
  });

  it('refuse conflicting or misplaced options', () => {
    expect(problems(['replicate', '--preset', 'baseline', '--replications', '5', '--precision', 'x=1'])).toContain('give either --replications or --precision, not both');
    expect(problems(['replicate', '--preset', 'baseline', '--max-replications', '5'])).toContain('--min-replications and --max-replications apply only with --precision');
    expect(problems(['replicate', '--preset', 'baseline', '--precision', 'x=1', '--min-replications', '9', '--max-replications', '6'])).toContain('--min-replications (9) must be at most --max-replications (6)');
    expect(problems(['replicate', '--preset', 'baseline', '--precision', 'x'])).toContain("--precision: expected METRIC=TARGET or METRIC=TARGET%, got 'x'");
    expect(problems(['replicate', '--days', '2', '--warmup-days', '2', '--preset', 'baseline'])).toEqual(['--warmup-days must be less than --days (2), got 2']);
    expect(problems(['sweep'])).toEqual(["'sweep' needs a grid file: give --grid FILE"]);
    expect(problems(['sweep', '--grid', 'g.json', '--seed', '3'])).toEqual(["option --seed does not apply to 'sweep'"]);
    expect(problems(['sweep', '--grid', 'g.json', '--frontier-x', 'speed'])).toEqual(["--frontier-x must be one of releasedPerHour, screeningDelayParcelHours, pulledDwellP95Hours, officerHours, dollars, got 'speed'"]);
    expect(problems(['merge', 'a.json'])).toEqual(["'merge' needs --out FILE.json for the merged result"]);
    expect(problems(['compare', 'baseline', 'short-staffed', 'jfk-2018'])).toEqual(["unexpected argument 'jfk-2018' after 'compare'"]);
    expect(problems(['replicate'])).toEqual(["'replicate' needs a scenario: give --preset NAME or --scenario FILE"]);
  });
});
