// SVG as data and as text: what the memo prints is escaped, short and well formed.
import { describe, expect, it } from 'vitest';
import { attrText, svgMarkup, svgNode } from '../../src/experiments/index.js';

describe('svg nodes', () => {
  it('print as escaped markup, empty elements self-closed', () => {
    expect(svgMarkup(svgNode('text', { x: 1, 'text-anchor': 'end' }, 'a < b & "c"'))).toBe('<text x="1" text-anchor="end">a &lt; b &amp; &quot;c&quot;</text>');
    expect(svgMarkup(svgNode('g', { class: 'point' }, [svgNode('circle', { r: 5 }), svgNode('title', {}, '')]))).toBe('<g class="point"><circle r="5"/><title></title></g>');
    expect(svgMarkup(svgNode('rect', { title: '<x>' }))).toBe('<rect title="&lt;x&gt;"/>');
  });

  it('write numbers to two decimals', () => {
    expect(attrText(12.34567)).toBe('12.35');
    expect(attrText(-0.001)).toBe('0');
    expect(attrText('6 4')).toBe('6 4');
  });
});
