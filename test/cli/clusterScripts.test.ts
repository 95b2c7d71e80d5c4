// The cluster recipes in docs/cluster run as written: each Slurm array task and each Kubernetes
// Indexed Job pod is run with the environment its batch system gives it (the grid swapped for a
// small one), and the documented merge joins the parts into the unsharded sweep, byte for byte.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/cli.js';
import { fakeIo, type FakeIo } from './fakeIo.js';
import { GRID, inProcess } from './experimentIo.js';
import { json } from './scenarioFiles.js';

const DOCS = resolve(import.meta.dirname, '../../docs/cluster');

/** The `npm run -s sim -- …` command in a script, without its prefix. */
function simCommand(text: string, verb: 'sweep' | 'merge'): string {
  const line = text.split('\n').map((l) => l.trim().replace(/^- /, '')).find((l) => l.startsWith(`npm run -s sim -- ${verb} `));
  if (line === undefined) throw new Error(`no '${verb}' command found`);
  return line.slice('npm run -s sim -- '.length);
}

/** Shell-style expansion of ${VAR} and ${VAR:-default}, then words split on spaces outside double quotes. */
function words(command: string, env: Record<string, string>): string[] {
  const expanded = command.replace(/\$\{(\w+)(?::-([^}]*))?\}/g, (_m, name: string, fallback?: string) => env[name] ?? fallback ?? '');
  return [...expanded.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

/** Runs the command line in-process with `env`, its files (parts, outputs) in the test's folder, as a job's working folder. */
async function sim(argv: string[], io: FakeIo, env: Record<string, string>): Promise<number> {
  const inDir = argv.map((a, i) => (a.startsWith('parts/') || a.startsWith('/parts/') || ['--out', '--csv', '--memo'].includes(argv[i - 1])
    ? (a.startsWith(io.dir) ? a : join(io.dir, a.replace(/^\//, ''))) : a));
  return main(inDir, { ...io, env }, inProcess());
}

/** The parts a glob such as parts/part-*.json stands for, given the files written. */
function expandGlob(argv: string[], written: string[]): string[] {
  return argv.flatMap((a) => (a.includes('*') ? written : [a]));
}

describe('docs/cluster', () => {
  const cases = [
    {
      name: 'the Slurm array (sweep.sbatch, merge.sbatch)',
      sweep: simCommand(readFileSync(join(DOCS, 'sweep.sbatch'), 'utf8'), 'sweep'),
      merge: simCommand(readFileSync(join(DOCS, 'merge.sbatch'), 'utf8'), 'merge'),
      tasks: (() => {
        const [, first, last] = /#SBATCH --array=(\d+)-(\d+)/.exec(readFileSync(join(DOCS, 'sweep.sbatch'), 'utf8'))!;
        return Array.from({ length: Number(last) - Number(first) + 1 }, (_, i) => ({
          SLURM_ARRAY_TASK_ID: String(Number(first) + i), SLURM_ARRAY_TASK_MIN: first, SLURM_ARRAY_TASK_MAX: last,
          SLURM_ARRAY_TASK_COUNT: String(Number(last) - Number(first) + 1), SLURM_ARRAY_TASK_STEP: '1', SLURM_CPUS_PER_TASK: '1',
        }));
      })(),
    },
    {
      name: 'the Kubernetes Indexed Job (sweep-job.yaml, merge-job.yaml)',
      sweep: simCommand(readFileSync(join(DOCS, 'sweep-job.yaml'), 'utf8'), 'sweep'),
      merge: simCommand(readFileSync(join(DOCS, 'merge-job.yaml'), 'utf8'), 'merge'),
      tasks: (() => {
        const completions = Number(/completions: (\d+)/.exec(readFileSync(join(DOCS, 'sweep-job.yaml'), 'utf8'))![1]);
        return Array.from({ length: completions }, (_, i) => ({ JOB_COMPLETION_INDEX: String(i) }));
      })(),
    },
  ];

  for (const c of cases) {
    it(`${c.name} runs every part and merges to the unsharded sweep`, async () => {
      const io = fakeIo();
      const grid = io.file('grid.json', json(GRID));
      const whole = join(io.dir, 'whole.json');
      expect(await main(['sweep', '--grid', grid, '--out', whole], io, inProcess())).toBe(0);
      mkdirSync(join(io.dir, 'parts')); // the script's mkdir -p, or the Job's shared volume
      const written: string[] = [];
      for (const env of c.tasks) {
        const argv = words(c.sweep, env).map((w) => (w.startsWith('docs/grids/') ? grid : w)).map((w) => (w === '2' ? '1' : w));
        expect(await sim(argv, io, env), io.err).toBe(0);
        written.push(join(io.dir, argv[argv.indexOf('--out') + 1].replace(/^\//, '')));
      }
      expect(c.tasks.length).toBeGreaterThan(1);
      const merge = expandGlob(words(c.merge, {}), written);
      expect(await sim(merge, io, {}), io.err).toBe(0);
      const merged = join(io.dir, merge[merge.indexOf('--out') + 1].replace(/^\//, ''));
      expect(readFileSync(merged, 'utf8')).toBe(readFileSync(whole, 'utf8'));
    });
  }
});
