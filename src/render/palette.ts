/**
 * What the facility view's colours mean: the colour of each parcel status, officer state and
 * dog-team state, and the legend that names them. The colours themselves are the shared palette's
 * (`src/palette/`): Okabe–Ito hues for states, a neutral grey for "not yet screened" and "off
 * duty", which carry no alarm. The view never relies on colour alone where it matters: contraband
 * is a diamond outline, the selection a ring, closed stations are dimmed and labelled.
 */
import type { CanineState, OfficerState, ParcelState } from '../model/snapshot.js';
import { FLOOR, OKABE_ITO } from '../palette/index.js';

// The renderer's layers take their colours through here, so they keep one import.
export { FLOOR, OKABE_ITO, hexToNumber } from '../palette/index.js';

/** A station's state, as its badge says it. */
export type StationBadge = 'closed' | 'idle' | 'serving';

/**
 * The state badges of the stations: a word in dark text on a coloured chip. Every pair is at
 * least 4.5:1 (WCAG AA for text; test/render/badgeContrast.test.ts), and a badge is never dimmed
 * with its closed station, so CLOSED stays as readable as SERVING.
 */
export const STATION_BADGES: Record<StationBadge, { text: string; color: string; fill: string }> = {
  closed: { text: 'CLOSED', color: FLOOR.background, fill: FLOOR.closed },
  idle: { text: 'IDLE', color: FLOOR.background, fill: OKABE_ITO.skyBlue },
  serving: { text: 'SERVING', color: FLOOR.background, fill: OKABE_ITO.bluishGreen },
};

/**
 * How much a closed station's words are faded (alpha): its marks fade to 0.45, but words faded
 * that far fall below 4.5:1 on the floor; at this alpha they keep it (badgeContrast.test.ts).
 */
export const CLOSED_TEXT_ALPHA = 0.75;

/** What a parcel dot's colour says about it. */
export type ParcelStatus = 'unscreened' | 'pulled' | 'screening' | 'alarm' | 'seized' | 'released';

/** Dot colour of each parcel status. */
export const PARCEL_COLORS: Record<ParcelStatus, string> = {
  unscreened: FLOOR.unscreened,
  pulled: OKABE_ITO.yellow,
  screening: OKABE_ITO.skyBlue,
  alarm: OKABE_ITO.vermillion,
  seized: OKABE_ITO.reddishPurple,
  released: OKABE_ITO.bluishGreen,
};

/** Marker colour of each officer state; the two "finishing" states still hold a parcel. */
export const OFFICER_COLORS: Record<OfficerState, string> = {
  busy: OKABE_ITO.orange,
  finishingThenBreak: OKABE_ITO.orange,
  finishingThenOff: OKABE_ITO.orange,
  idle: OKABE_ITO.skyBlue,
  onBreak: OKABE_ITO.yellow,
  offDuty: FLOOR.offDuty,
};

/** Marker colour of each dog-team state; resting matches an officer's break on purpose. */
export const DOG_COLORS: Record<CanineState, string> = {
  working: OKABE_ITO.bluishGreen,
  resting: OKABE_ITO.yellow,
  offDuty: FLOOR.offDuty,
};

/** One row of the legend the page shows beside the canvas. */
export interface LegendEntry {
  /** What the mark means, e.g. "Parcel: pulled, waiting". */
  label: string;
  /** CSS colour. */
  color: string;
  /** Which kind of mark: a parcel dot, an officer figure or a dog marker. */
  group: 'parcel' | 'officer' | 'dog';
}

/**
 * The status of each parcel lifecycle state, for a parcel with no alarm behind it. Every state is
 * listed, so a state added to the parcel machine fails to compile here until it has a colour.
 * After an alarm or a find (field test onwards) the parcel is suspect whatever happens next.
 */
export const PARCEL_STATUS: Readonly<Record<ParcelState, ParcelStatus>> = {
  awaitingInduction: 'unscreened',
  held: 'pulled',
  xrayQueue: 'pulled',
  ctQueue: 'pulled',
  examQueue: 'pulled',
  xray: 'screening',
  ct: 'screening',
  exam: 'screening',
  fieldTestQueue: 'alarm',
  fieldTest: 'alarm',
  lab: 'alarm',
  seizureQueue: 'alarm',
  seizureProcessing: 'alarm',
  seized: 'seized',
  detained: 'seized',
  released: 'released',
};

/**
 * The status (and so the colour) of a parcel in a lifecycle state. The exam queue and the exam
 * mean "alarm" only for a parcel that got there through an x-ray or CT alarm or a dog's alert;
 * pass `alarmed` for those (the snapshot does not say, the renderer remembers).
 *
 * @example
 * statusOf('held');              // 'pulled'
 * statusOf('examQueue', true);   // 'alarm'
 * PARCEL_COLORS[statusOf('xray')]; // '#56B4E9'
 */
export function statusOf(state: ParcelState, alarmed = false): ParcelStatus {
  if (alarmed && (state === 'examQueue' || state === 'exam')) return 'alarm';
  return PARCEL_STATUS[state];
}

const PARCEL_LABELS: Record<ParcelStatus, string> = {
  unscreened: 'Parcel: unscreened, in receptacle',
  pulled: 'Parcel: pulled, held or queued',
  screening: 'Parcel: being screened',
  alarm: 'Parcel: alarm or find',
  seized: 'Parcel: seized or detained',
  released: 'Parcels released (belt)',
};

/**
 * Every mark's meaning and colour, parcels first, for the page's legend.
 *
 * @example
 * legendEntries().map((e) => `${e.label}: ${e.color}`);
 */
export function legendEntries(): LegendEntry[] {
  const parcels = (Object.keys(PARCEL_LABELS) as ParcelStatus[]).map((s) => ({ label: PARCEL_LABELS[s], color: PARCEL_COLORS[s], group: 'parcel' as const }));
  return [
    ...parcels,
    { label: 'Officer: busy', color: OFFICER_COLORS.busy, group: 'officer' },
    { label: 'Officer: idle', color: OFFICER_COLORS.idle, group: 'officer' },
    { label: 'Officer: on break', color: OFFICER_COLORS.onBreak, group: 'officer' },
    { label: 'Officer: off duty', color: OFFICER_COLORS.offDuty, group: 'officer' },
    { label: 'Dog team: working', color: DOG_COLORS.working, group: 'dog' },
    { label: 'Dog team: resting', color: DOG_COLORS.resting, group: 'dog' },
    { label: 'Dog team: off duty', color: DOG_COLORS.offDuty, group: 'dog' },
  ];
}
