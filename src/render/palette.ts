/**
 * Colours of the facility view. Status colours come from the Okabe–Ito palette (Okabe & Ito,
 * "Color Universal Design", 2008, https://jfly.uni-koeln.de/color/), chosen to stay apart for
 * the common kinds of colour blindness, plus a neutral grey for "not yet screened" and "off
 * duty", which carry no alarm. The view never relies on colour alone where it matters: contraband
 * is a diamond outline, the selection a ring, closed stations are dimmed and labelled.
 *
 * Okabe–Ito's black and blue are left out because the floor is dark; the remaining hues differ in
 * lightness as well as hue (yellow > sky blue > green > vermillion), which is what survives
 * deuteranopia and protanopia.
 */
import type { CanineState, OfficerState, ParcelState } from '../model/snapshot.js';

/** What a parcel dot's colour says about it. */
export type ParcelStatus = 'unscreened' | 'pulled' | 'screening' | 'alarm' | 'seized' | 'released';

/** Okabe–Ito colours (and one neutral grey), by their names in the paper. */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  grey: '#9A9A9A',
} as const;

/** Dot colour of each parcel status. */
export const PARCEL_COLORS: Record<ParcelStatus, string> = {
  unscreened: OKABE_ITO.grey,
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
  offDuty: '#5E6A78',
};

/** Marker colour of each dog-team state; resting matches an officer's break on purpose. */
export const DOG_COLORS: Record<CanineState, string> = {
  working: OKABE_ITO.bluishGreen,
  resting: OKABE_ITO.yellow,
  offDuty: '#5E6A78',
};

/** Non-status colours of the floor (dark, so the status colours carry the attention). */
export const FLOOR = {
  background: '#161B21',
  region: '#222A33',
  regionBorder: '#3A4654',
  lane: '#2E3944',
  laneBusy: '#3B4A58',
  belt: '#33404D',
  beltEdge: '#4B5A69',
  text: '#E8EDF2',
  textMuted: '#A9B5C2',
  highlight: '#FFFFFF',
} as const;

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

/**
 * A CSS hex colour as the 0xRRGGBB number Pixi's tints take.
 *
 * @example
 * hexToNumber('#E69F00'); // 0xe69f00
 */
export function hexToNumber(css: string): number {
  return parseInt(css.slice(1), 16);
}
