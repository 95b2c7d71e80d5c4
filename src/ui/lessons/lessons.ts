/**
 * The guided lessons, PhET style, as data: each asks a question, has the learner predict the
 * answer before anything runs, then runs the baseline and a changed facility on the same seeds
 * (common random numbers, so the difference is the change, not luck) and sets the result against
 * the prediction. The text is for students and trainers: plain words, no field paths.
 *
 * A lesson's change is a scenario change set (dotted paths, as in share links) applied to its
 * base preset; the figure it is judged on is a metric path of the run results; the verdict comes
 * from the paired difference's 95% interval (`lessonVerdict.ts`), so "about the same" is an honest
 * answer when the interval straddles zero.
 */
import { getPreset } from '../../scenario/index.js';

/** What a learner can predict about the figure: it goes up, stays about the same, or goes down. */
export type Prediction = 'up' | 'same' | 'down';

export interface Lesson {
  /** Used in links: `#lesson=dogs`. */
  id: string;
  title: string;
  /** The question, in one or two sentences. */
  question: string;
  /** What the learner predicts about, e.g. "seizures in a week". */
  figureWords: string;
  /** The result metric path the lesson is judged on, and its unit for people. */
  metric: string;
  unit: string;
  /** The preset both runs start from, the change the second run makes, and what that change is in words. */
  preset: string;
  changes: Record<string, unknown>;
  changeWords: string;
  /** Length and number of the paired runs. */
  days: number;
  replications: number;
  /** Other figures worth showing beside the main one (metric path and words). */
  alsoShow: readonly { metric: string; words: string; unit: string }[];
  /** What happened and why, shown after the result. */
  explanation: string;
}

export const LESSONS: readonly Lesson[] = [
  {
    id: 'open-everything',
    title: 'Why not open everything?',
    question: 'Officers hold the 0.2% of parcels with the highest risk scores. What if they held ten times as many, the top 2%: would they seize more?',
    figureWords: 'seizures in a week',
    metric: 'parcels.seized',
    unit: 'parcels',
    preset: 'baseline',
    changes: { 'targeting.rules.0.when.atLeast': 0.98 },
    changeWords: 'the risk-score rule holds the top 2% instead of the top 0.2%',
    days: 7,
    replications: 4,
    alsoShow: [
      { metric: 'parcels.releasedUnscreened', words: 'released unscreened', unit: 'parcels' },
      { metric: 'throughput.screeningDelayParcelHours', words: 'screening delay', unit: 'parcel-hours' },
    ],
    explanation: 'The exam tables can open only so many parcels a day. Ten times as many holds fill the queue, held parcels wait past the 12-hour limit and go on unscreened, and the officers spend their time on clean parcels: seizures fall, and delay soars. Up to a point, a looser rule finds more; past it, less.',
  },
  {
    id: 'dogs',
    title: 'What a dog is worth',
    question: 'One dog team works the belt on each shift, sniffing parcels no rule picked. If the dogs were taken away, how many seizures would the facility lose?',
    figureWords: 'seizures in a week',
    metric: 'parcels.seized',
    unit: 'parcels',
    preset: 'baseline',
    changes: { 'stations.canine.enabled': false, 'stations.canine.teamsByShift': [0, 0] },
    changeWords: 'no dog teams',
    days: 7,
    replications: 10,
    alsoShow: [
      { metric: 'interdiction.canineSeizures', words: "seizures from dogs' alerts (with dogs)", unit: 'parcels' },
      { metric: 'cost.dollars', words: 'officer cost', unit: 'US dollars' },
    ],
    explanation: "A dog screens hundreds of parcels an hour that no rule would pull, and alerts on the drugs it can smell. Without the dogs those parcels go out unscreened, and the seizures lost are the ones only a dog would have found: a few a week here, a small share of the total (at JFK in 2018 dogs made about one fentanyl seizure in eight). Because they are few, it takes many paired weeks to tell the loss from luck. The handlers' hours are saved, so the change also costs less.",
  },
  {
    id: 'holds',
    title: 'When the postal service fails to present holds',
    question: 'CBP asks the postal service to find and present the parcels it targets. In one JFK pilot only 58% were presented, against 90% today. What does that do to seizures?',
    figureWords: 'seizures in a week',
    metric: 'parcels.seized',
    unit: 'parcels',
    preset: 'baseline',
    changes: { 'targeting.holds.presentProbability': 0.58 },
    changeWords: '58% of holds presented instead of 90%',
    days: 7,
    replications: 4,
    alsoShow: [
      { metric: 'interdiction.holdsNotPresented', words: 'holds never presented', unit: 'parcels' },
      { metric: 'stations.exam.utilization', words: 'exam tables busy', unit: 'share of time' },
    ],
    explanation: 'Most seizures come from held parcels. A hold that is never presented reaches its addressee unscreened, whatever it holds, so seizures fall about as much as presentations do, and the exam tables stand idle more.',
  },
  {
    id: 'new-threat',
    title: 'Targeting a new threat',
    question: 'Intelligence on the fentanyl supply chain doubles how well the risk score picks out precursor chemicals and pill presses. Will the facility seize more of them?',
    figureWords: 'precursor seizures in a week',
    metric: 'contraband.seizedByType.precursors',
    unit: 'parcels',
    preset: 'baseline',
    // The same sharpening as the artemis-surge preset (lift ×2 at its threshold), without its other changes.
    changes: { 'riskScore.separationByType': getPreset('artemis-surge').scenario.riskScore.separationByType },
    changeWords: 'a sharper risk score for precursors and pill presses only',
    days: 7,
    replications: 6,
    alsoShow: [
      { metric: 'contraband.seizedByType.pillPress', words: 'pill-press seizures', unit: 'parcels' },
      { metric: 'contraband.arrivedByType.precursors', words: 'precursor parcels that arrived', unit: 'parcels' },
    ],
    explanation: 'A sharper score for one type flags more of that type without flagging more clean mail, so the exam tables are hardly busier. But precursors are rare, a few parcels a week: the gain is real but small, and it takes several paired runs to see it through the luck of which parcels arrive.',
  },
];

/** The lesson with this id, or undefined. */
export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}
