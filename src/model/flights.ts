/**
 * The flight schedule: flights land by hour of day and carry receptacles of mail, each handed
 * over (tendered) to the facility after its own delay (docs/sources.md §1: tender delays of 2-24 h
 * and more, lognormal in the presets).
 *
 * Days are generated one at a time, in order, from the `arrivals` stream (landing times, tender
 * delays) and the `contents` stream (origin, mail type, hidden contraband), so the arrivals never
 * depend on anything the facility does. The run opens with mail already in transit: flights of
 * the PRE_ROLL_DAYS before time 0 are generated too, and their receptacles tendered after 0 arrive
 * in the run, so day 1 is not artificially quiet.
 */
import { discrete } from '../sim/distributions.js';
import { sampler, type Sampler } from '../sim/distributions.js';
import type { Rng } from '../sim/random.js';
import type { FlightArrivals } from '../scenario/schema.js';
import type { Contents, Receptacle } from './contents.js';

export const PRE_ROLL_DAYS = 7;
const DAY = 86_400;

export class FlightSchedule {
  private nextReceptacle = 0;
  private readonly flightsPerDay: number;
  private readonly tender: Sampler;

  constructor(
    private readonly arrivals: FlightArrivals,
    private readonly contents: Contents,
    private readonly arrivalsRng: Rng,
    private readonly contentsRng: Rng,
  ) {
    this.flightsPerDay = arrivals.flightsByHour.reduce((a, b) => a + b, 0);
    this.tender = sampler(arrivals.tenderDelayHours, 3600);
  }

  /** All receptacles of flights landing on `day` (0 = first day of the run), in generation order. */
  day(day: number): Receptacle[] {
    const out: Receptacle[] = [];
    const perFlight = this.arrivals.piecesPerDay / this.flightsPerDay;
    const size = this.arrivals.piecesPerReceptacle;
    let flight = 0;
    for (let hour = 0; hour < 24; hour++) {
      for (let f = 0; f < this.arrivals.flightsByHour[hour]; f++, flight++) {
        const landedAt = day * DAY + (hour + this.arrivalsRng()) * 3600;
        // Rounded cumulative totals keep each day's pieces exact.
        const pieces = Math.round((flight + 1) * perFlight) - Math.round(flight * perFlight);
        const origin = discrete(this.contentsRng, this.contents.originCum);
        for (let done = 0; done < pieces; done += size) {
          const n = Math.min(size, pieces - done);
          const mailType = discrete(this.contentsRng, this.contents.mailCum);
          out.push({
            id: this.nextReceptacle++,
            origin,
            mailType,
            pieces: n,
            landedAt,
            tenderAt: landedAt + this.tender.sample(this.arrivalsRng),
            contraband: this.contents.truth(this.contentsRng, n, this.contents.rateOf(origin, mailType)),
          });
        }
      }
    }
    return out;
  }
}
