/**
 * Steady-state formulas for the M/M/c queue (Poisson arrivals, exponential service, c servers,
 * unlimited waiting room), used to validate the simulation: a single station fed by Poisson
 * arrivals with exponential service must reproduce them (docs/architecture.md, Tests).
 *
 * Rates are per unit time in any one unit (per second, per hour), as long as arrivals and service
 * use the same; waits come out in that unit's reciprocal. Erlang C is computed through the
 * Erlang B recursion, B(k) = a B(k-1) / (k + a B(k-1)), which never forms a^c or c! and so stays
 * accurate for hundreds of servers, where the textbook sum overflows.
 *
 * @example
 * // 2 lanes, 50 parcels/h arriving, 30/h served per lane:
 * erlangC(2, 50, 30); // 0.7576 probability an arrival waits
 * mmcMeanWait(2, 50, 30) * 60; // 4.55 minutes mean wait in queue
 */

function checkRates(servers: number, arrivalRate: number, serviceRate: number): void {
  if (!(Number.isInteger(servers) && servers >= 1)) throw new RangeError(`servers must be an integer >= 1, got ${servers}`);
  if (!(arrivalRate >= 0 && arrivalRate < Infinity)) throw new RangeError(`arrivalRate must be finite and >= 0, got ${arrivalRate}`);
  if (!(serviceRate > 0 && serviceRate < Infinity)) throw new RangeError(`serviceRate must be finite and > 0, got ${serviceRate}`);
}

/**
 * Server utilization rho = lambda / (c mu): the long-run fraction of time a server is busy. Not
 * restricted to stable systems (a value >= 1 says the queue grows without bound).
 *
 * @example
 * utilization(3, 2, 1); // 0.6667
 */
export function utilization(servers: number, arrivalRate: number, serviceRate: number): number {
  checkRates(servers, arrivalRate, serviceRate);
  return arrivalRate / (servers * serviceRate);
}

function checkStable(servers: number, arrivalRate: number, serviceRate: number): void {
  const rho = utilization(servers, arrivalRate, serviceRate);
  if (!(rho < 1)) {
    throw new RangeError(`unstable queue: utilization ${rho} >= 1 (${servers} servers, arrival rate ${arrivalRate}, service rate ${serviceRate})`);
  }
}

/**
 * Erlang B: the probability that an arrival finds all `servers` busy in an M/M/c/c loss system
 * with offered load a = arrivalRate / serviceRate. Defined for any load.
 *
 * @example
 * erlangB(1, 1, 1); // 0.5
 */
export function erlangB(servers: number, arrivalRate: number, serviceRate: number): number {
  checkRates(servers, arrivalRate, serviceRate);
  const a = arrivalRate / serviceRate;
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (a * b) / (k + a * b);
  return b;
}

/**
 * Erlang C: the probability that an arrival has to wait in an M/M/c queue,
 * C = B / (1 - rho (1 - B)). Throws a RangeError when rho >= 1.
 *
 * @example
 * erlangC(1, 0.5, 1); // 0.5 (for one server it is rho)
 * erlangC(2, 1, 1); // 1/3
 */
export function erlangC(servers: number, arrivalRate: number, serviceRate: number): number {
  checkStable(servers, arrivalRate, serviceRate);
  const b = erlangB(servers, arrivalRate, serviceRate);
  const rho = arrivalRate / (servers * serviceRate);
  return b / (1 - rho * (1 - b));
}

/**
 * Mean wait in queue (before service starts) in an M/M/c queue: Wq = C / (c mu - lambda).
 * Throws a RangeError when rho >= 1.
 *
 * @example
 * mmcMeanWait(1, 1, 2); // 0.5 (M/M/1: rho / (mu - lambda))
 */
export function mmcMeanWait(servers: number, arrivalRate: number, serviceRate: number): number {
  return erlangC(servers, arrivalRate, serviceRate) / (servers * serviceRate - arrivalRate);
}

/**
 * Mean number waiting in queue (not in service): Lq = lambda Wq (Little's law).
 * Throws a RangeError when rho >= 1.
 *
 * @example
 * mmcMeanQueueLength(1, 1, 2); // 0.5 (M/M/1: rho^2 / (1 - rho))
 */
export function mmcMeanQueueLength(servers: number, arrivalRate: number, serviceRate: number): number {
  return arrivalRate * mmcMeanWait(servers, arrivalRate, serviceRate);
}

/**
 * Mean time in system (wait plus service): W = Wq + 1 / mu. Throws a RangeError when rho >= 1.
 *
 * @example
 * mmcMeanSojourn(1, 1, 2); // 1 (M/M/1: 1 / (mu - lambda))
 */
export function mmcMeanSojourn(servers: number, arrivalRate: number, serviceRate: number): number {
  return mmcMeanWait(servers, arrivalRate, serviceRate) + 1 / serviceRate;
}
