/**
 * The suggestions of the first-visit "What to try" box: each one a short sentence and a button
 * that starts something (a guided lesson, a change to the run, one step of the simulation), so a
 * first-time visitor does something in the first minute instead of reading.
 */
import { lessonById } from '../lessons/lessons.js';

export type TipAction =
  | { kind: 'lesson'; lesson: string }
  /** Halve the exam officers of every shift in the current run and restart it. */
  | { kind: 'fewerExamOfficers' }
  | { kind: 'step' };

export interface Tip {
  id: string;
  /** What to try, in a sentence. */
  text: string;
  /** The button's words. */
  button: string;
  action: TipAction;
}

const lessonTitle = (id: string): string => lessonById(id)?.title ?? id;
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** The suggestions, in the order shown. */
export const TIPS: readonly Tip[] = [
  {
    id: 'predict',
    text: `Predict, then run: ${lowerFirst(lessonTitle('open-everything'))} Ten times more parcels held: more seizures?`,
    button: 'Start the lesson',
    action: { kind: 'lesson', lesson: 'open-everything' },
  },
  {
    id: 'fewer-officers',
    text: 'Send half the exam officers home and watch the exam queue and the screening delay grow.',
    button: 'Halve exam staff',
    action: { kind: 'fewerExamOfficers' },
  },
  {
    id: 'step',
    text: 'Step through the simulation one event at a time: the line beside the facility says what each one was.',
    button: 'Step one event',
    action: { kind: 'step' },
  },
  {
    id: 'dogs',
    text: `${lessonTitle('dogs')}: how many seizures would the facility lose without its dog team?`,
    button: 'Start the lesson',
    action: { kind: 'lesson', lesson: 'dogs' },
  },
];

/**
 * The scenario with half the exam officers on every shift (rounded down, at least one where
 * there were any): the change the second suggestion makes.
 *
 * @example
 * withHalfTheExamOfficers(baseline).stations.exam.officersByShift; // [4, 4] (from [8, 8])
 */
export function withHalfTheExamOfficers<S extends { stations: { exam: { officersByShift: readonly number[] } } }>(scenario: S): S {
  const copy = structuredClone(scenario) as S & { stations: { exam: { officersByShift: number[] } } };
  copy.stations.exam.officersByShift = scenario.stations.exam.officersByShift.map((n) => (n === 0 ? 0 : Math.max(1, Math.floor(n / 2))));
  return copy;
}
