/**
 * The runs an optimization has made so far: each candidate's metrics by replication, the same
 * store shared by the search and the selection that follows it, so a finalist keeps the runs the
 * search made of it and selection only adds more. Replication r of every candidate uses the same
 * seed (common random numbers), so candidates differ by their settings, not by luck.
 *
 * `Sampler` is how both ask for runs: a batch of (candidate, replication) pairs in, their metrics
 * out in the same order. The optimizer's sampler runs scenarios on an executor; the tests' samplers
 * are noisy functions with a known best.
 */

/** One run wanted: a candidate (a point of the search space) and a replication number. */
export interface SampleRequest {
  point: number;
  replication: number;
}

/** What a batch gave: each request's metrics (undefined if it did not finish), and whether to stop. */
export interface SampleBatch {
  runs: (Record<string, number> | undefined)[];
  /** True when the optimization was cancelled or a run failed: no further batch is asked for. */
  stopped: boolean;
}

/** Runs a batch of requests; results come back in request order, whatever order they ran in. */
export type Sampler = (requests: readonly SampleRequest[]) => Promise<SampleBatch>;

/** Each candidate's runs, in replication order. */
export class RunStore {
  private readonly byPoint = new Map<number, Record<string, number>[]>();

  /** The runs of `point` so far (replications 0 … n − 1). */
  runs(point: number): Record<string, number>[] {
    return this.byPoint.get(point) ?? [];
  }

  /** Replications of `point` so far. */
  count(point: number): number {
    return this.runs(point).length;
  }

  has(point: number): boolean {
    return this.byPoint.has(point);
  }

  /**
   * Asks `sample` for the requests and files what came back. Replications are asked for in order
   * (n, n + 1, …), so a candidate's runs stay a prefix of the replications.
   */
  async fill(sample: Sampler, requests: readonly SampleRequest[]): Promise<boolean> {
    if (requests.length === 0) return false;
    const batch = await sample(requests);
    requests.forEach((q, k) => {
      const run = batch.runs[k];
      if (run === undefined) return;
      const list = this.byPoint.get(q.point) ?? [];
      // A gap (an earlier replication missing after a cancel) would break the prefix: keep what is contiguous.
      if (q.replication === list.length) list.push(run);
      this.byPoint.set(q.point, list);
    });
    return batch.stopped;
  }

  /**
   * Requests for replications `n` … `until − 1` of `point`, where n is what it has.
   *
   * @example
   * store.upTo(12, 5); // [{ point: 12, replication: 0 }, ..., { point: 12, replication: 4 }] for a new point
   */
  upTo(point: number, until: number): SampleRequest[] {
    const out: SampleRequest[] = [];
    for (let r = this.count(point); r < until; r++) out.push({ point, replication: r });
    return out;
  }
}
