/**
 * Run B's name for people: how its scenario differs from run A's, in the form's words
 * ("Exam tables: officers on the day shift → 2; Rule aed-risk: on → no, and 1 more change").
 */
import type { Scenario } from '../../scenario/index.js';
import { scenarioNow } from '../controls/liveChanges.js';
import { pathWords } from '../format/plainWords.js';
import { scenarioChanges } from '../share/scenarioChanges.js';

/** The first differences shown by name; the rest are counted. */
const NAMED = 2;

/**
 * @example
 * companionLabel(baseline, withExamStaff2); // 'Exam tables: officers on the day shift → 2'
 */
export function companionLabel(a: Scenario, b: Scenario): string {
  const changes = Object.entries(scenarioChanges(scenarioNow(a), scenarioNow(b)));
  if (changes.length === 0) return 'the same scenario as this run';
  const named = changes.slice(0, NAMED).map(([path, value]) => `${pathWords(path, a)} → ${valueWords(value)}`);
  const more = changes.length - NAMED;
  return more > 0 ? `${named.join('; ')}, and ${more} more ${more === 1 ? 'change' : 'changes'}` : named.join('; ');
}

function valueWords(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return typeof value === 'object' ? 'changed' : String(value);
}
