/**
 * The pieces memos are made of (see `memoDocument.ts`), and the few sentences every memo shares.
 * All text is plain; `memo.ts` escapes it for Markdown or HTML.
 */
import type { Frontier } from './frontier.js';
import { CLIPPED_NOTE } from './metricBounds.js';
import type { SvgNode } from './svgNode.js';

/** A piece of a memo section. */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][]; align: ('left' | 'right')[] }
  | { kind: 'frontier'; frontier: Frontier; describe: (point: number) => string }
  /** A chart drawn as SVG in the HTML memo (a node, or markup escaped where it was built); the Markdown memo names it. */
  | { kind: 'figure'; svg: SvgNode | string; caption: string };

export interface MemoSection {
  heading: string;
  blocks: Block[];
}

export interface MemoDocument {
  title: string;
  /** "Sweep", "Replications" or "Comparison". */
  kind: string;
  /** Shown first, prominently: set when the result is incomplete. */
  warning?: string;
  sections: MemoSection[];
}

/** How to read "±" and the intervals; the same words in every memo. */
export function readingSection(replications: number): MemoSection {
  return {
    heading: 'Reading the numbers',
    blocks: [{
      kind: 'paragraph',
      text: `Each figure is a mean over ${replications} independent replications, followed by ± the half-width of its 95% ` +
        'confidence interval (Student t). Repeating the whole experiment with other seeds, intervals built this way would ' +
        'contain the true mean 95 times in 100. Intervals of rare counts (a few seizures a day) are rougher than that. ' +
        'Every run can be reproduced exactly from its scenario and seed.',
    }],
  };
}

/** "Run length: 3 days, the first 1 discarded as warm-up (the facility starts empty)". */
export function runLength(days: number, warmupDays: number): string {
  const d = `${days} day${days === 1 ? '' : 's'}`;
  return warmupDays === 0
    ? `Run length: ${d}, all counted (the facility starts empty at midnight).`
    : `Run length: ${d}, of which the first ${warmupDays} ${warmupDays === 1 ? 'is' : 'are'} discarded as warm-up (the facility starts empty).`;
}


/** What the dagger means, under a table that has an interval cut at its metric's bound; nothing otherwise. */
export function clippedNote(cut: boolean): Block[] {
  return cut ? [{ kind: 'paragraph', text: CLIPPED_NOTE }] : [];
}
