/**
 * `single-queue`: not a facility at all, but a textbook M/M/4 queue built from the same parts, to
 * teach queueing and to check the simulator against theory (docs/architecture.md "Validation:
 * single-station Poisson/exponential runs agree with Erlang C; Little's law holds").
 *
 * Parcels arrive one at a time (Poisson, 90/h), every one is sent to X-ray without a hold, and
 * four officers at four lanes serve each in an exponential time with mean 144 s, around the
 * clock. Load ρ = λ / (c μ) = 90/h × 144 s / (4 × 3600 s/h) = 0.9. There is no contraband and
 * X-ray never alarms, so nothing leaves the X-ray queue for another station; every other station
 * is switched off.
 */
import { CONTRABAND_TYPES } from '../schema.js';
import { presetFromBaseline } from './fromBaseline.js';

/**
 * The `single-queue` preset.
 *
 * @example
 * getPreset('single-queue').scenario.arrivals; // { kind: 'poisson', perHour: 90 }
 */
export const singleQueue = presetFromBaseline(
  {
    name: 'single-queue',
    summary: 'Teaching and validation: one M/M/4 queue at X-ray, 90 arrivals/h, mean service 144 s, load 0.9',
    description:
      'A single M/M/4 queue for teaching and for checking the simulator against Erlang C and Little\'s law: Poisson ' +
      'arrivals at 90 per hour, all sent to X-ray, where 4 officers at 4 lanes take an exponential 144 s on average ' +
      '(load 0.9). No contraband, no alarms, no other stations, one 24-hour shift with no breaks.',
  },
  (s) => {
    s.arrivals = { kind: 'poisson', perHour: 90 };
    for (const t of CONTRABAND_TYPES) s.contraband[t].perMillion = 0;
    s.targeting.rules = [
      { id: 'everything', enabled: true, description: 'Every parcel goes to X-ray', when: { kind: 'all' }, order: 'xray', hold: false },
    ];
    s.targeting.holds = { presentProbability: 1, searchMinutes: { kind: 'deterministic', value: 0 }, examinedProbability: 1 };
    s.shifts = [{ name: 'allday', startHour: 0, hours: 24, breakMinutes: 0 }];
    // A pure queue: no compliance sample, no backlog limits, no overtime (each would break the M/M/4 closed form).
    s.targeting.compliance.rate = 0;
    s.backlog = { maxWaitHours: null, holdCapacity: null };
    s.overtime.maxHours = 0;
    const xray = s.stations.xray;
    xray.lanes = 4;
    xray.officersByShift = [4];
    xray.serviceSeconds = { kind: 'exponential', mean: 144 };
    xray.falseAlarm = 0;
    for (const t of CONTRABAND_TYPES) xray.detection[t] = 0;
    for (const name of ['ct', 'exam', 'fieldTest', 'seizure'] as const) {
      Object.assign(s.stations[name], { enabled: false, lanes: 0, officersByShift: [0] });
    }
    Object.assign(s.stations.canine, { enabled: false, teamsByShift: [0] });
  },
);
