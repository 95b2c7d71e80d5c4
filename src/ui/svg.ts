/**
 * The page's one helper for SVG elements, the counterpart of `h()` (dom.ts) for the hand-drawn
 * charts: builds an element with attributes and text (text as textContent, never markup), or
 * turns chart parts built as data (`SvgNode`, shared with the memo's SVG text) into elements.
 * Attributes are written as the memo writes them (`attrText`), so both read alike.
 *
 * @example
 * const dot = svg('circle', { cx: 10, cy: 20, r: 5, fill: OKABE_ITO.blue });
 * plot.append(...frontierFrame(geometry).map(svgElement));
 */
import { attrText, type SvgAttrs, type SvgNode } from '../experiments/index.js';

const NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes and, optionally, text. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: SvgAttrs = {}, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, attrText(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The elements of an `SvgNode` tree. */
export function svgElement(node: SvgNode): SVGElement {
  const el = svg(node.tag as keyof SVGElementTagNameMap, node.attrs, node.text);
  for (const child of node.children ?? []) el.append(svgElement(child));
  return el;
}
