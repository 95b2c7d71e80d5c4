/**
 * The scenario memo, printed: as Markdown (for a brief's text, a wiki or a pull request) and as a
 * standalone HTML page (inline CSS, the frontier as inline SVG, no external assets, so it can be
 * mailed as one file, opened offline and printed). Both print the same `MemoDocument`
 * (`memoDocument.ts`) and escape every text they print (`escape.ts`). Pure string building, no DOM:
 * it runs in Node, in workers and in the browser alike. No dates or timings, so the same result
 * gives the same memo.
 */
import { OKABE_ITO, PAPER } from '../palette/index.js';
import { escapeHtml, escapeMarkdown } from './escape.js';
import { frontierSvg } from './frontierSvg.js';
import type { Block, MemoDocument } from './memoBlocks.js';
import { memoDocument } from './memoDocument.js';
import { svgMarkup } from './svgNode.js';
import type { ExperimentResult } from './resultJson.js';

/**
 * The memo as Markdown (GitHub-flavoured tables). The frontier is a table; the HTML memo also
 * draws it.
 *
 * @example
 * writeFileSync('memo.md', memoMarkdown(result));
 */
export function memoMarkdown(result: ExperimentResult): string {
  const doc = memoDocument(result);
  const out: string[] = [`# ${escapeMarkdown(doc.title)}`, '', `*${doc.kind} memo, made with Interdict.*`, ''];
  if (doc.warning) out.push(`> **Warning.** ${escapeMarkdown(doc.warning)}`, '');
  for (const section of doc.sections) {
    out.push(`## ${escapeMarkdown(section.heading)}`, '');
    for (const block of section.blocks) out.push(...markdownBlock(block), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function markdownBlock(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [escapeMarkdown(block.text)];
    case 'list':
      return block.items.map((item) => `- ${escapeMarkdown(item)}`);
    case 'table': {
      const line = (cells: string[]) => `| ${cells.map((c) => escapeMarkdown(c) || ' ').join(' | ')} |`;
      return [line(block.header), `|${block.align.map((a) => (a === 'right' ? ' ---: ' : ' --- ')).join('|')}|`, ...block.rows.map(line)];
    }
    case 'frontier':
      return ['*The HTML memo draws the frontier as a chart; the table below lists its points.*'];
    case 'figure':
      return [`*The HTML memo draws this as a chart: ${escapeMarkdown(block.caption)}*`];
  }
}

/**
 * The memo as a standalone, printable HTML page.
 *
 * @example
 * writeFileSync('memo.html', memoHtml(result)); // open in a browser, print to PDF
 */
export function memoHtml(result: ExperimentResult): string {
  const doc = memoDocument(result);
  const body: string[] = [`<header><p class="kind">${escapeHtml(doc.kind)} memo · Interdict</p><h1>${escapeHtml(doc.title)}</h1></header>`];
  if (doc.warning) body.push(`<p class="warning" role="alert"><strong>Warning.</strong> ${escapeHtml(doc.warning)}</p>`);
  for (const section of doc.sections) {
    body.push(`<section><h2>${escapeHtml(section.heading)}</h2>`);
    for (const block of section.blocks) body.push(htmlBlock(block));
    body.push('</section>');
  }
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function htmlBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'list':
      return `<ul>${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
    case 'table': {
      const cell = (tag: string, text: string, i: number) => `<${tag}${block.align[i] === 'right' ? ' class="num"' : ''}>${escapeHtml(text)}</${tag}>`;
      const head = `<tr>${block.header.map((h, i) => cell('th', h, i)).join('')}</tr>`;
      const rows = block.rows.map((r) => `<tr>${r.map((c, i) => cell('td', c, i)).join('')}</tr>`).join('\n');
      return `<div class="table"><table>\n<thead>${head}</thead>\n<tbody>\n${rows}\n</tbody>\n</table></div>`;
    }
    case 'frontier':
      return `<figure>${frontierSvg(block.frontier, block.describe)}<figcaption>Filled, labelled points are Pareto-optimal; whiskers are 95% confidence intervals. Hover over a point for its parameters.</figcaption></figure>`;
    case 'figure':
      return `<figure>${typeof block.svg === 'string' ? block.svg : svgMarkup(block.svg)}<figcaption>${escapeHtml(block.caption)}</figcaption></figure>`;
  }
}

/** Inline style: readable on screen, tidy on paper (A4 or Letter), no web fonts. */
const STYLE = `
:root { color: ${PAPER.ink}; background: ${PAPER.background}; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 62rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.6rem; margin: 0.2rem 0 1rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 0.6rem; border-bottom: 1px solid ${PAPER.rule}; padding-bottom: 0.2rem; }
.kind { color: ${PAPER.muted}; margin: 0; text-transform: uppercase; letter-spacing: 0.05em; font-size: 0.8rem; }
.warning { border: 2px solid ${OKABE_ITO.vermillion}; background: ${PAPER.warningFill}; padding: 0.6rem 0.8rem; }
.table { overflow-x: auto; }
table { border-collapse: collapse; margin: 0.6rem 0; font-size: 0.9rem; }
th, td { border: 1px solid ${PAPER.rule}; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
th { background: ${PAPER.tableHead}; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
figure { margin: 1rem 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { color: ${PAPER.muted}; font-size: 0.85rem; }
@media print {
  :root { font-size: 10.5pt; }
  main { margin: 0; max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  tr, figure { break-inside: avoid; }
  @page { margin: 15mm; }
}
`;
