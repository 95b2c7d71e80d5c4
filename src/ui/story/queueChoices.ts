/**
 * Which parcels a selection in the facility stands for: a station means its queue and its
 * service ("X-ray" = X-ray queue + X-ray), a region means one lifecycle state ("Held"). Used by
 * the queue list, the keyboard way to reach a parcel's story, and by clicks on the canvas.
 * Pure functions of a snapshot.
 */
import type { FacilitySnapshot, ParcelDot } from '../../model/index.js';
import { PARCEL_STATES, type ParcelState } from '../../machines/index.js';
import { stateLabel } from './stateLabels.js';

const PARCEL_STATE_NAMES: ReadonlySet<string> = new Set(PARCEL_STATES);

/** True when `name` is a parcel lifecycle state (a menu value or a clicked area's name). */
export function isParcelState(name: string): name is ParcelState {
  return PARCEL_STATE_NAMES.has(name);
}

/** What the facility view reports when a person clicks an area (not a parcel). */
export type AreaSelection = { kind: 'station'; name: string } | { kind: 'region'; state: string };

/** The lifecycle states an area stands for. */
export function statesOf(area: AreaSelection): ParcelState[] {
  const names = area.kind === 'region' ? [area.state]
    : area.name === 'seizure' ? ['seizureQueue', 'seizureProcessing'] : [`${area.name}Queue`, area.name];
  return names.filter(isParcelState);
}

/** A choice of the queue menu: a state key ('state:held') and its label with its count. */
export interface QueueChoice {
  value: ParcelState;
  label: string;
  count: number;
}

/**
 * The states that hold pulled parcels now, in lifecycle order, with their counts.
 *
 * @example
 * queueChoices(snapshot, states); // [{ value: 'held', label: 'Held for presentation (12)', count: 12 }, ...]
 */
export function queueChoices(snapshot: FacilitySnapshot, order: readonly ParcelState[]): QueueChoice[] {
  return order
    .map((s) => ({ s, count: snapshot.byState[s] ?? 0 }))
    .filter(({ count }) => count > 0)
    .map(({ s, count }) => ({ value: s, label: `${stateLabel(s)} (${count})`, count }));
}

/**
 * The listed parcels in any of `states`, oldest first, at most `limit`.
 *
 * @example
 * parcelsIn(snapshot, ['xrayQueue', 'xray'], 50);
 */
export function parcelsIn(snapshot: FacilitySnapshot, states: readonly ParcelState[], limit: number): ParcelDot[] {
  const wanted = new Set<ParcelState>(states);
  const out: ParcelDot[] = [];
  for (const p of snapshot.parcels) {
    if (wanted.has(p.state)) out.push(p);
    if (out.length >= limit) break;
  }
  return out;
}
