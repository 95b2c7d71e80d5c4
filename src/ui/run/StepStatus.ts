/**
 * The status line beside the facility's title: after each step it says, in plain words, what the
 * step ran ("Stepped: X-ray officer 3 finished parcel 12345 at 06:14:05."), so stepping through a
 * run teaches what the simulation does. A polite live region (role="status"): a screen reader
 * reads it after the step without interrupting. Playing or loading a run clears it.
 */
import type { FacilitySnapshot } from '../../model/index.js';
import type { StepReport } from '../protocol.js';
import { steppedText } from '../format/eventWords.js';

export class StepStatus {
  constructor(private readonly root: HTMLElement) {
    root.setAttribute('role', 'status');
    root.textContent = '';
  }

  /** Says what a step did; `snapshot` is the frame that answered it. */
  show(report: StepReport, snapshot: Pick<FacilitySnapshot, 'time' | 'statsStart'>): void {
    this.root.textContent = steppedText(report, snapshot.time, snapshot.statsStart);
  }

  clear(): void {
    if (this.root.textContent !== '') this.root.textContent = '';
  }
}
