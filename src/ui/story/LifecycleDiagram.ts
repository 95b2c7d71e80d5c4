/**
 * The parcel lifecycle machine drawn as SVG, with one parcel's path picked out: states it visited
 * filled, transitions it took drawn bold, the state it is in now outlined. The geometry comes
 * from `lifecycleLayout.ts`; this class only makes the elements (text through textContent) and
 * switches classes when the highlighted path changes. Each state and arrow has a <title>, so
 * hovering shows its description or events.
 *
 * @example
 * const diagram = new LifecycleDiagram(container, parcelLifecycle);
 * diagram.highlight(['awaitingInduction', 'held', 'examQueue', 'exam', 'released']);
 */
import { h } from '../dom.js';
import { layoutLifecycle, type LayoutSource } from './lifecycleLayout.js';
import { stateLabel } from './stateLabels.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

export class LifecycleDiagram {
  private readonly nodes = new Map<string, SVGGElement>();
  private readonly edges = new Map<string, SVGPathElement>();
  private readonly svgRoot: SVGSVGElement;
  private readonly caption: HTMLElement;

  constructor(root: HTMLElement, machine: LayoutSource) {
    const layout = layoutLifecycle(machine);
    this.svgRoot = svg('svg', { viewBox: `0 0 ${layout.width} ${layout.height}`, class: 'ix-lifecycle', role: 'img' });
    const defs = svg('defs');
    for (const [id, cls] of [['ix-arrow', 'ix-arrow'], ['ix-arrow-on', 'ix-arrow ix-arrow-on']] as const) {
      const marker = svg('marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
      const tip = svg('path', { d: 'M0,0 L10,5 L0,10 z', class: cls });
      marker.append(tip);
      defs.append(marker);
    }
    this.svgRoot.append(defs);
    const edgeLayer = svg('g', { class: 'ix-lc-edges' });
    for (const e of layout.edges) {
      const path = svg('path', { d: e.d, class: `ix-lc-edge${e.back ? ' ix-lc-back' : ''}`, 'marker-end': 'url(#ix-arrow)' });
      const title = svg('title');
      title.textContent = `${stateLabel(e.from)} → ${stateLabel(e.to)}: ${e.events.join(', ')}`;
      path.append(title);
      edgeLayer.append(path);
      this.edges.set(`${e.from}>${e.to}`, path);
    }
    const nodeLayer = svg('g', { class: 'ix-lc-nodes' });
    for (const n of layout.nodes) {
      const g = svg('g', { class: `ix-lc-node${n.final ? ' ix-lc-final' : ''}`, transform: `translate(${n.x},${n.y})` });
      g.append(svg('rect', { width: n.w, height: n.h, rx: n.final ? 13 : 5 }));
      // A bar's name reads upwards along it.
      const label = n.bar
        ? svg('text', { x: n.w / 2 + 4, y: n.h / 2, 'text-anchor': 'middle', transform: `rotate(-90 ${n.w / 2 + 4} ${n.h / 2})` })
        : svg('text', { x: n.w / 2, y: n.h / 2 + 4, 'text-anchor': 'middle' });
      label.textContent = stateLabel(n.id);
      const title = svg('title');
      title.textContent = n.description ? `${stateLabel(n.id)}: ${n.description}` : stateLabel(n.id);
      g.append(label, title);
      nodeLayer.append(g);
      this.nodes.set(n.id, g);
    }
    this.svgRoot.append(edgeLayer, nodeLayer);
    this.caption = h('p', { className: 'ix-hint ix-lc-caption' });
    root.append(this.svgRoot, this.caption);
    this.highlight([]);
  }

  /** Picks out a path (state names in order); an empty path shows the machine alone. */
  highlight(path: readonly string[]): void {
    const visited = new Set(path);
    const taken = new Set(path.slice(1).map((s, i) => `${path[i]}>${s}`));
    const current = path[path.length - 1];
    for (const [id, g] of this.nodes) {
      g.classList.toggle('ix-lc-visited', visited.has(id));
      g.classList.toggle('ix-lc-current', id === current);
    }
    for (const [key, p] of this.edges) {
      const on = taken.has(key);
      p.classList.toggle('ix-lc-taken', on);
      p.setAttribute('marker-end', on ? 'url(#ix-arrow-on)' : 'url(#ix-arrow)');
      // Taken arrows last, so they draw over the others.
      if (on) p.parentNode?.append(p);
    }
    const words = path.map(stateLabel).join(' → ');
    this.svgRoot.setAttribute('aria-label', path.length > 0 ? `Parcel lifecycle diagram. This parcel's path: ${words}.` : 'Parcel lifecycle diagram: every state a pulled parcel can pass through.');
    this.caption.textContent = path.length > 0 ? 'Its path is drawn bold; the outlined state is where it is now.' : 'Every state a pulled parcel can pass through.';
  }
}
