/**
 * Contraband outcomes by route: for each origin, mail type, declared category and concealment
 * (normal or deep), how many contraband parcels left the facility and how many of those were
 * seized. The adapting adversary (src/experiments/adversary) reads them to see where smugglers
 * were caught; nothing else in a run depends on them, and the published `RunResults` carry them
 * only when a run asks (`RunOptions.routes`), so every existing output keeps its bytes.
 *
 * A parcel counts when it ends: seized, missed (released, at the belt or after screening) or
 * detained: the same denominator as `contraband.interdictionRate`, so a route's interdiction is
 * seized / ended on it.
 */
import type { Scenario } from '../scenario/schema.js';
import type { RouteOutcome, RouteResults } from './results.js';

/** Concealment routes, by the `deep` flag's value (0 normal, 1 deep). */
export const CONCEALMENTS = ['normal', 'deep'] as const;

export class RouteCounts {
  private readonly ended: Float64Array[];
  private readonly seized: Float64Array[];

  constructor(origins: number, mailTypes: number, declared: number) {
    const sizes = [origins, mailTypes, declared, CONCEALMENTS.length];
    this.ended = sizes.map((n) => new Float64Array(n));
    this.seized = sizes.map((n) => new Float64Array(n));
  }

  /** One contraband parcel ended on this route; `seized` says whether it was caught. */
  end(origin: number, mailType: number, declared: number, deep: number, seized: boolean): void {
    const at = [origin, mailType, declared, deep];
    for (let d = 0; d < at.length; d++) {
      this.ended[d][at[d]]++;
      if (seized) this.seized[d][at[d]]++;
    }
  }

  /** Warm-up deletion: restart the counts. */
  reset(): void {
    for (const a of [...this.ended, ...this.seized]) a.fill(0);
  }

  /** The counts by route name, for the results. */
  results(scenario: Scenario): RouteResults {
    const { origins, mailTypes, declared } = scenario.mix;
    const names = [origins.map((o) => o.code), mailTypes.map((m) => m.name), declared.map((d) => d.name), [...CONCEALMENTS]];
    const by = (d: number): Record<string, RouteOutcome> =>
      Object.fromEntries(names[d].map((n, i) => [n, { ended: this.ended[d][i], seized: this.seized[d][i] }]));
    return { origin: by(0), mailType: by(1), declared: by(2), concealment: by(3) };
  }
}
