/**
 * The results column of the Experiments panel: a placeholder until something has run, then the
 * frontier chart (a sweep) or the comparison table, with a "partial result" banner above them
 * when the experiment did not finish, and the export buttons below. A click on a frontier point
 * is turned into the point's scenario and seed (`pointRun.ts`) for the host's `openRun`.
 *
 * @example
 * const results = new ResultsArea(column, (scenario, seed) => host.openRun(scenario, seed));
 * results.clear('Running the sweep…');
 * results.show(result);
 */
import type { FrontierX, SweepResult } from '../../experiments/index.js';
import type { Scenario } from '../../scenario/index.js';
import { h } from '../dom.js';
import { CompareTable } from './CompareTable.js';
import { ExportBar } from './ExportBar.js';
import { partialLabel, runCounts, type PanelResult } from './exportNames.js';
import { FrontierChart } from './FrontierChart.js';
import { pointRun } from './pointRun.js';
import { UncertaintyView } from './UncertaintyView.js';

export class ResultsArea {
  private readonly placeholder: HTMLElement;
  private readonly banner: HTMLElement;
  private readonly chartHost: HTMLElement;
  private readonly tableHost: HTMLElement;
  private readonly chart: FrontierChart;
  private readonly table: CompareTable;
  private readonly unknownHost: HTMLElement;
  private readonly unknown: UncertaintyView;
  private readonly exports: ExportBar;
  private shownSweep: SweepResult | null = null;

  constructor(private readonly column: HTMLElement, openRun: (scenario: Scenario, seed: number) => void) {
    this.placeholder = h('p', { className: 'ix-hint ix-xp-placeholder' },
      'Set up a sweep or a comparison and press Run: the frontier chart or the comparison table appears here.');
    this.banner = h('p', { id: 'xp-partial-banner', className: 'ix-xp-partial-banner', hidden: true, attrs: { role: 'note' } });
    this.chartHost = h('div', { hidden: true });
    this.tableHost = h('div', { hidden: true });
    this.unknownHost = h('div', { hidden: true });
    column.append(h('h2', { id: 'xp-results-heading', className: 'ix-section-title' }, 'Results'), this.placeholder, this.banner, this.chartHost, this.tableHost, this.unknownHost);
    this.chart = new FrontierChart(this.chartHost, {
      open: (index) => {
        const target = this.shownSweep === null ? null : pointRun(this.shownSweep, index);
        if (target !== null) openRun(target.scenario, target.seed);
      },
      axisChanged: (x) => this.exports.setAxis(x),
    });
    this.table = new CompareTable(this.tableHost);
    this.unknown = new UncertaintyView(this.unknownHost);
    this.exports = new ExportBar(column);
  }

  /** The horizontal axis the frontier chart shows. */
  get axis(): FrontierX {
    return this.chart.axis;
  }

  /** Empties the column, leaving `text` in place of results (an experiment is starting, or showed nothing). */
  clear(text: string): void {
    this.placeholder.hidden = false;
    this.placeholder.textContent = text;
    this.banner.hidden = true;
    this.chartHost.hidden = true;
    this.tableHost.hidden = true;
    this.unknownHost.hidden = true;
    this.shownSweep = null;
    delete this.column.dataset.complete;
    this.exports.clear();
  }

  /** Shows a result: the chart or the table, the partial banner if it is incomplete, the exports. */
  show(result: PanelResult): void {
    this.placeholder.hidden = true;
    const partial = partialLabel(result);
    const { done, total } = runCounts(result);
    this.banner.hidden = partial === null;
    this.banner.textContent = partial === null ? '' :
      `Partial result: ${done} of ${total} runs finished. Means and intervals cover only those runs; ` +
      `${result.format === 'interdict-sweep' ? 'points' : 'measures'} with fewer runs are less certain.`;
    this.column.dataset.complete = String(result.complete);
    const sweep = result.format === 'interdict-sweep';
    const unknown = result.format === 'interdict-uncertainty';
    this.chartHost.hidden = !sweep;
    this.tableHost.hidden = sweep || unknown;
    this.unknownHost.hidden = !unknown;
    if (unknown) {
      this.shownSweep = null;
      this.unknown.show(result);
    } else if (sweep) {
      this.shownSweep = result;
      this.chart.show(result);
      this.exports.setAxis(this.chart.axis);
    } else {
      this.shownSweep = null;
      this.table.show(result);
    }
    this.exports.show(result);
  }

  /** Releases what the column holds (Blob URLs, a size observer). */
  destroy(): void {
    this.exports.destroy();
    this.chart.destroy();
  }
}
