/**
 * `npm run calibration`: runs the calibration (src/experiments/calibration.ts) on worker threads,
 * one per core, and writes docs/calibration.md, the README's calibration block and the presets'
 * points the app's trade-off view ships (src/ui/points/presetFigures.json), so that every figure
 * they show comes from this run and carries its interval. Progress goes to stderr, a
 * summary to stdout.
 *
 * Options: `--workers N` (default: one per core); `--dry-run` prints the documents instead of
 * writing them.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calibrationFigures, calibrationFingerprint, calibrationPlan } from '../src/experiments/calibration.js';
import { calibrationMarkdown, presetFiguresJson, readmeBlock } from '../src/experiments/calibrationReport.js';
import { runJobs } from '../src/experiments/index.js';
import { createWorkerPool, defaultWorkers } from '../src/cli/workerPool.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BEGIN = '<!-- calibration:begin -->';
const END = '<!-- calibration:end -->';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Writes a file atomically (aside, then renamed). */
function write(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

/** The README with its calibration block replaced; throws if the markers are missing. */
export function withReadmeBlock(readme: string, block: string): string {
  const a = readme.indexOf(BEGIN);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md needs the markers ${BEGIN} and ${END}`);
  return `${readme.slice(0, a + BEGIN.length)}\n${block}\n${readme.slice(b)}`;
}

async function main(): Promise<void> {
  const workers = Number(option('--workers') ?? defaultWorkers());
  const dryRun = process.argv.includes('--dry-run');
  const plan = calibrationPlan();
  const pool = createWorkerPool({ workers, entry: join(root, 'src', 'cli', 'main.ts') });
  const started = Date.now();
  let outcome;
  try {
    outcome = await runJobs(pool.run, plan.jobs, {
      // A live line on a terminal; otherwise (CI, a log file) one line per quarter.
      onProgress: (done, total) => {
        const line = `calibration: ${done}/${total} runs, ${Math.round((Date.now() - started) / 1000)} s`;
        if (process.stderr.isTTY) process.stderr.write(`\r${line}`);
        else if (done === total || done % Math.ceil(total / 4) === 0) process.stderr.write(`${line}\n`);
      },
    });
  } finally {
    await pool.close();
    process.stderr.write('\n');
  }
  if (outcome.error !== undefined || outcome.missing.length > 0) throw outcome.error ?? new Error(`calibration: runs missing: ${outcome.missing.join(', ')}`);
  const figures = calibrationFigures(plan, outcome.metrics);
  const fingerprint = calibrationFingerprint();
  const doc = calibrationMarkdown(figures, fingerprint);
  const points = presetFiguresJson(figures, fingerprint);
  const block = readmeBlock(figures);
  if (dryRun) {
    process.stdout.write(`${doc}\n---\n${block}\n`);
    return;
  }
  write(join(root, 'docs', 'calibration.md'), doc);
  write(join(root, 'src', 'ui', 'points', 'presetFigures.json'), points);
  const readmePath = join(root, 'README.md');
  write(readmePath, withReadmeBlock(readFileSync(readmePath, 'utf8'), block));
  process.stdout.write(`${block}\n\nwrote docs/calibration.md, src/ui/points/presetFigures.json and the README's calibration block (${plan.jobs.length} runs, ${Math.round((Date.now() - started) / 1000)} s)\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    process.stderr.write(`calibration failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
