/**
 * What one "Step event" ran, as plain data for the page: the kind of event the model registered
 * with the kernel ('officer shift end', 'xray done', ...), when, and who or what it concerned
 * (a parcel's id, an officer by station and number, a dog team, a receptacle). It is read by
 * watching the kernel fire that one event (`Kernel.observer`, before its handler), so it sees the
 * facility as the event found it: the parcel still in its slot, the officer still serving it.
 * Words for people are made on the page, in one place (`format/eventWords.ts`).
 */
import type { Facility } from '../../model/index.js';
import type { QueueStationName } from '../../model/snapshot.js';

export interface SteppedEvent {
  /** The name the model registered the event under. */
  kind: string;
  /** When it ran, seconds on the run's clock. */
  time: number;
  /** The parcel it concerned, by id. */
  parcel?: number;
  /** The officer it concerned: the station and the officer's number there (from 1). */
  officer?: { station: QueueStationName; number: number };
  /** The dog team it concerned, numbered from 1. */
  team?: number;
  /** The receptacle it concerned, by id. */
  receptacle?: number;
}

/** Events whose payload is a parcel's slot. */
const PARCEL_EVENTS = new Set(['hold search done', 'lab result', 'wait limit reached']);

/**
 * Describes the event of kernel type `type` with `payload`, about to run at `time` in `f`.
 *
 * @example
 * f.kernel.observer = (t, type, payload) => (seen = describeEvent(f, type, payload, t));
 * f.kernel.step();
 * seen; // { kind: 'exam done', time: 22445, parcel: 12345, officer: { station: 'exam', number: 3 } }
 */
export function describeEvent(f: Facility, type: number, payload: number, time: number): SteppedEvent {
  const kind = f.kernel.typeName(type);
  const event: SteppedEvent = { kind, time };
  if (kind.endsWith(' done') && kind !== 'hold search done') {
    // A station finished a parcel: the slot still holds it, and the officer who served it.
    event.parcel = f.parcels.id[payload];
    const o = f.parcels.officer[payload];
    if (o >= 0) event.officer = officerOf(f, o);
  } else if (PARCEL_EVENTS.has(kind)) event.parcel = f.parcels.id[payload];
  else if (kind.startsWith('officer ')) event.officer = officerOf(f, payload);
  else if (kind.startsWith('canine ')) event.team = payload + 1;
  else if (kind.startsWith('receptacle ')) event.receptacle = payload;
  return event;
}

/** Officer `o` as people count them: the n-th officer of their station. */
function officerOf(f: Facility, o: number): { station: QueueStationName; number: number } {
  const station = f.staffing.station[o];
  let number = 1;
  for (let i = 0; i < o; i++) if (f.staffing.station[i] === station) number++;
  return { station: station.name, number };
}
