/**
 * SVG as plain data, and as text. A chart part built once as `SvgNode`s (the frontier's axes, its
 * Pareto line, whiskers) can be drawn by the app as DOM elements (`ui/svg.ts`) and printed by
 * the memo as markup, so the two cannot drift apart. No DOM here: the memo is built in Node and
 * in workers. Every text and attribute is escaped.
 */
import { escapeHtml } from './escape.js';

export type SvgAttrs = Readonly<Record<string, string | number>>;

/** An SVG element: its tag, attributes, and either text or child elements. */
export interface SvgNode {
  readonly tag: string;
  readonly attrs: SvgAttrs;
  readonly text?: string;
  readonly children?: readonly SvgNode[];
}

/**
 * An SVG element as data.
 *
 * @example
 * svgNode('text', { x: 10, y: 20, 'text-anchor': 'end' }, '5%');
 * svgNode('g', { class: 'point' }, [svgNode('circle', { cx: 1, cy: 2, r: 5 })]);
 */
export function svgNode(tag: string, attrs: SvgAttrs = {}, content?: string | readonly SvgNode[]): SvgNode {
  if (content === undefined) return { tag, attrs };
  return typeof content === 'string' ? { tag, attrs, text: content } : { tag, attrs, children: content };
}

/**
 * An attribute's text: numbers to two decimals, enough for a screen or a printer, and short.
 *
 * @example
 * attrText(12.34567); // '12.35'
 */
export function attrText(value: string | number): string {
  return typeof value === 'number' ? String(Math.round(value * 100) / 100) : value;
}

/**
 * A node as SVG markup, escaped.
 *
 * @example
 * svgMarkup(svgNode('text', { x: 1 }, 'a < b')); // '<text x="1">a &lt; b</text>'
 */
export function svgMarkup(node: SvgNode): string {
  const attrs = Object.entries(node.attrs).map(([k, v]) => ` ${k}="${escapeHtml(attrText(v))}"`).join('');
  const inner = node.text !== undefined ? escapeHtml(node.text) : (node.children ?? []).map(svgMarkup).join('');
  return inner === '' && node.text === undefined ? `<${node.tag}${attrs}/>` : `<${node.tag}${attrs}>${inner}</${node.tag}>`;
}
