// CSV (long layout, RFC 4180 quoting) and the memos: Markdown and a standalone HTML page with the
// frontier as inline SVG, every input text escaped.
import { describe, expect, it } from 'vitest';
import {
  csvField, escapeHtml, escapeMarkdown, inProcessExecutor, memoHtml, memoMarkdown, resultCsv, runSweep,
  type SweepResult,
} from '../../src/experiments/index.js';
import { checkedGrid, SMALL_GRID } from './helpers.js';

const sweep = async (extra: Record<string, unknown> = {}): Promise<SweepResult> =>
  (await runSweep(checkedGrid({ ...SMALL_GRID, ...extra }), inProcessExecutor(), { frontierX: 'officerHours', frontierY: 'seizures' })).result;

describe('CSV', () => {
  it('has one row per point and metric, parameters as columns', async () => {
    const result = await sweep();
    const lines = resultCsv(result).trimEnd().split('\n');
    expect(lines[0]).toBe('point,servers,lanes,metric,n,mean,sd,half_width,ci_low,ci_high');
    const metrics = Object.keys(result.points[0].metrics).length;
    expect(lines).toHaveLength(1 + 3 * metrics);
    const s = result.points[1].metrics['stations.xray.meanWaitSeconds'];
    expect(lines).toContain(`1,5,6,stations.xray.meanWaitSeconds,4,${s.mean},${s.sd},${s.halfWidth},${s.mean - s.halfWidth},${s.mean + s.halfWidth}`);
  });

  it('quotes fields with commas or quotes, writes lists as JSON and missing numbers as empty', () => {
    expect(csvField([2, 2])).toBe('"[2,2]"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(NaN)).toBe('');
    expect(csvField(0.1)).toBe('0.1');
    expect(csvField(true)).toBe('true');
  });
});

describe('memos', () => {
  const hostile = '<script>alert("x")</script>';

  it('print the assumptions, seeds, replications and the frontier', async () => {
    const result = await sweep();
    const md = memoMarkdown(result);
    expect(md).toMatch(/^# single-queue staffing\n/);
    expect(md).toContain('- Varied: servers (stations.xray.officersByShift.\\*): 4, 5, 6.');
    expect(md).toContain('- Replications: 4 per point, seeds 11 to 14');
    expect(md).toContain('- Run length: 1 day, all counted');
    expect(md).toContain('| Point | servers | lanes | Officer-hours on duty | Contraband parcels seized | Pareto-optimal |');
    expect(md).toMatch(/\| P0 \| 4 \| 6 \| 96\.00 ± 0\.00 h \| 0 ± 0 parcels \| yes \|/);
    const html = memoHtml(result);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).toMatch(/<g class="point pareto">.*>P0<\/text><\/g>/s);
    expect(html).toContain('<g class="point"><title>P1: point 1 (servers=5, lanes=6)');
  });

  it('are standalone: no scripts, links or external assets', async () => {
    const html = memoHtml(await sweep());
    expect(html).not.toMatch(/<script|<link|<img|src=|url\((?!#)|@import/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('escape every text from the input, in HTML and in Markdown', async () => {
    const result = await sweep({ name: hostile, description: `${hostile} | *bold*` });
    result.grid.base.scenario = { ...result.grid.base.scenario, description: hostile };
    result.points[0].parameters.servers = hostile;
    const html = memoHtml(result);
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain(`<title>${escapeHtml(hostile)}</title>`);
    const md = memoMarkdown(result);
    expect(md).not.toContain('<script');
    expect(md).toContain('&lt;script&gt;alert("x")&lt;/script&gt; \\| \\*bold\\*');
  });

  it('warn in their first lines when the result is incomplete', async () => {
    const result = await sweep();
    result.complete = false;
    result.missing = [3, 4];
    expect(memoMarkdown(result).split('\n').slice(0, 6).join('\n')).toContain('> **Warning.** Incomplete: 2 planned runs are missing');
    expect(memoHtml(result)).toContain('<p class="warning" role="alert"><strong>Warning.</strong> Incomplete: 2 planned runs are missing');
  });
});

describe('escaping', () => {
  it('makes HTML inert and Markdown literal', () => {
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('12.5 h')).toBe('12.5 h');
    expect(escapeMarkdown('a_b [c](d) `e`\nnext')).toBe('a\\_b \\[c\\](d) \\`e\\` next');
  });
});

describe('CSV text cells', () => {
  it('neutralise what a spreadsheet would run as a formula, and leave numbers numeric', () => {
    expect(csvField('=HYPERLINK("http://x","a,b")')).toBe(`"'=HYPERLINK(""http://x"",""a,b"")"`);
    expect(['+1', '-1', '@a', '\tx'].map(csvField)).toEqual(["'+1", "'-1", "'@a", "'\tx"]);
    expect(csvField('\rx')).toBe(`"'\rx"`);
    expect(csvField(-3)).toBe('-3');
    expect(csvField('a-b')).toBe('a-b');
  });
});
