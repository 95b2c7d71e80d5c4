/**
 * The model's messages in words for the page: "must be >= 0" becomes "must be 0 or more", and a
 * scenario path becomes the name of the setting ("Exam tables: officers on the day shift") where
 * the scenario form has one, or readable words otherwise. The command line keeps the exact paths
 * (people edit files there); the page speaks to people who never see a file.
 */
import type { Scenario } from '../../scenario/index.js';
import { formFields } from '../controls/scenarioForm.js';

const COMPARISONS: ReadonlyArray<[RegExp, string]> = [
  [/must be >= (-?[\d.e+]+)/g, 'must be $1 or more'],
  [/must be <= (-?[\d.e+]+)/g, 'must be $1 or less'],
  [/must be > (-?[\d.e+]+)/g, 'must be more than $1'],
  [/must be < (-?[\d.e+]+)/g, 'must be less than $1'],
  [/needs min <= mode <= max/g, 'needs the smallest value at most the most likely, and that at most the largest'],
  [/needs min <= max/g, 'needs the smallest value at most the largest'],
];

/**
 * A message with its comparison signs in words.
 *
 * @example
 * plainMessage('must be >= 0'); // 'must be 0 or more'
 */
export function plainMessage(message: string): string {
  let out = message;
  for (const [pattern, words] of COMPARISONS) out = out.replace(pattern, words);
  return out;
}

/** The fields of a change during the run, in words. */
const DURING_WORDS: Record<string, string> = { atMinute: 'its minute', station: 'its station', shift: 'its shift', officers: 'its officers', rule: 'its rule', enabled: 'on or off', atLeast: 'its threshold', kind: 'its kind' };

/**
 * A scenario path as a person would name the setting.
 *
 * @example
 * pathWords('stations.exam.officersByShift.0', baseline); // 'Exam tables: officers on the day shift'
 * pathWords('mix.weightKg.sigma', baseline); // 'mix › weight kg › sigma'
 */
export function pathWords(path: string, scenario: Scenario): string {
  const field = formFields(scenario).find((f) => f.path === path);
  if (field !== undefined) return field.label;
  const during = /^changesDuringRun\.(\d+)(?:\.(\w+))?$/.exec(path);
  if (during !== null) return `Change ${Number(during[1]) + 1} made during the run${during[2] ? `, ${DURING_WORDS[during[2]] ?? during[2]}` : ''}`;
  return path.split('.').map((part) => (/^\d+$/.test(part) ? `#${Number(part) + 1}` : part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())).join(' › ');
}
