/**
 * File names of the panel's exports. A name says what the file holds (sweep or comparison, the
 * scenarios, points, replications, first seed), so a folder of exports stays readable; and a
 * cancelled or failed experiment's files say PARTIAL and how many runs they hold, so a partial
 * result can never pass for a complete one once it leaves the page (the JSON says
 * `"complete": false` too, but a CSV or a memo on a colleague's desk has no such field).
 */
import type { CompareResult, SweepResult, UncertaintyResult } from '../../experiments/index.js';

/** What is being exported. */
export type ExportKind = 'csv' | 'json' | 'memo-md' | 'memo-html';

const EXTENSIONS: Record<ExportKind, string> = { csv: '.csv', json: '.json', 'memo-md': '-memo.md', 'memo-html': '-memo.html' };

/** A result the panel exports. */
export type PanelResult = SweepResult | CompareResult | UncertaintyResult;

/**
 * Runs done and planned in a result.
 *
 * @example
 * runCounts(sweepResult); // { done: 5, total: 8 } after a cancel
 */
export function runCounts(result: PanelResult): { done: number; total: number } {
  if (result.format === 'interdict-uncertainty') {
    // Every world's runs of each scenario, and the tornado's (a central setting, and a low and a high per input).
    const settings = result.outer + (result.tornado ? 1 + 2 * result.uncertainty.inputs.length : 0);
    const total = settings * result.arms.length * result.inner;
    return { done: total - result.missing.length, total };
  }
  const total = result.format === 'interdict-sweep'
    ? result.points.length * result.grid.replications
    : 2 * (result.seeds.a.last - result.seeds.a.first + 1);
  return { done: total - result.missing.length, total };
}

/**
 * "Partial: 5 of 8 runs" for an incomplete result, null for a complete one.
 *
 * @example
 * partialLabel(cancelled); // 'Partial: 5 of 8 runs'
 */
export function partialLabel(result: PanelResult): string | null {
  if (result.complete) return null;
  const { done, total } = runCounts(result);
  return `Partial: ${done} of ${total} runs`;
}

/**
 * The file name of an export.
 *
 * @example
 * exportFileName(sweep, 'csv');     // 'interdict-sweep-baseline-4pts-2reps-seed1.csv'
 * exportFileName(cancelled, 'csv'); // 'interdict-sweep-baseline-4pts-2reps-seed1-PARTIAL-5of8runs.csv'
 * exportFileName(comparison, 'memo-md'); // 'interdict-compare-baseline-vs-short-staffed-10reps-seed1-crn-memo.md'
 */
export function exportFileName(result: PanelResult, kind: ExportKind): string {
  let stem: string;
  if (result.format === 'interdict-sweep') {
    const g = result.grid;
    stem = `interdict-sweep-${slug(g.base.scenario.name)}-${result.points.length}pts-${g.replications}reps-seed${g.seed}`;
  } else if (result.format === 'interdict-uncertainty') {
    stem = `interdict-unknown-inputs-${result.arms.map((a) => slug(a.label)).join('-vs-')}-${result.outer}worlds-${result.inner}reps-seed${result.seeds.first}`;
  } else {
    const R = result.seeds.a.last - result.seeds.a.first + 1;
    stem = `interdict-compare-${slug(result.a.label)}-vs-${slug(result.b.label)}-${R}reps-seed${result.seeds.a.first}-${result.mode}`;
  }
  if (!result.complete) {
    const { done, total } = runCounts(result);
    stem += `-PARTIAL-${done}of${total}runs`;
  }
  return stem + EXTENSIONS[kind];
}

/**
 * Lower-case letters, digits and single hyphens, at most 40 characters: safe in a file name on
 * every system.
 *
 * @example
 * slug('Current scenario (baseline)'); // 'current-scenario-baseline'
 */
export function slug(text: string): string {
  const s = text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
  return s === '' ? 'scenario' : s;
}
