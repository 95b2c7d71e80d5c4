/**
 * Which parcels a selection in the facility stands for: a station means its queue and its
 * service ("X-ray" = X-ray queue + X-ray), a region means one lifecycle state ("Held"). Used by
 * the queue list, the keyboard way to reach a parcel's story, and by clicks on the canvas.
 * Pure functions of a snapshot.
 */
import type { FacilitySnapshot, ParcelDot } from '../../model/index.js';
import { stateLabel } from './stateLabels.js';

/** What the facility view reports when a person clicks an area (not a parcel). */
export type AreaSelection = { kind: 'station'; name: string } | { kind: 'region'; state: string };

/** The lifecycle states an area stands for. */
export function statesOf(area: AreaSelection): string[] {
  if (area.kind === 'region') return [area.state];
  if (area.name === 'seizure') return ['seizureQueue', 'seizureProcessing'];
  return [`${area.name}Queue`, area.name];
}

/** A choice of the queue menu: a state key ('state:held') and its label with its count. */
export interface QueueChoice {
  value: string;
  label: string;
  count: number;
}

/**
 * The states that hold pulled parcels now, in lifecycle order, with their counts.
 *
 * @example
 * queueChoices(snapshot, states); // [{ value: 'held', label: 'Held for presentation (12)', count: 12 }, ...]
 */
export function queueChoices(snapshot: FacilitySnapshot, order: readonly string[]): QueueChoice[] {
  return order
    .filter((s) => (snapshot.byState[s] ?? 0) > 0)
    .map((s) => ({ value: s, label: `${stateLabel(s)} (${snapshot.byState[s]})`, count: snapshot.byState[s] }));
}

/**
 * The listed parcels in any of `states`, oldest first, at most `limit`.
 *
 * @example
 * parcelsIn(snapshot, ['xrayQueue', 'xray'], 50);
 */
export function parcelsIn(snapshot: FacilitySnapshot, states: readonly string[], limit: number): ParcelDot[] {
  const wanted = new Set(states);
  const out: ParcelDot[] = [];
  for (const p of snapshot.parcels) {
    if (wanted.has(p.state)) out.push(p);
    if (out.length >= limit) break;
  }
  return out;
}
