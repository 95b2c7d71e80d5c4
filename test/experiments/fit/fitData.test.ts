// The fit's data file: the CSV grammar (quotes, line breaks, strictness) and the checks against
// the scenario, each problem named by line, column and column name.
import { describe, expect, it } from 'vitest';
import { readCsvRows } from '../../../src/experiments/fit/csvRows.js';
import { parseFitData } from '../../../src/experiments/fit/fitData.js';
import { getPreset } from '../../../src/scenario/index.js';

const baseline = getPreset('baseline').scenario;
const HEADER = 'date,pieces:CN,pieces:HK,pieces:OTHER_HR,pieces:EU,pieces:ROW,seized:pills,seized:pills:aed-risk,compliance:examined,compliance:found:pills';

describe('readCsvRows', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF and a BOM, and skips blank lines', () => {
    const r = readCsvRows('\uFEFFa,"b,c"\r\n"x ""y""","1\n2"\n\n3,4\n');
    expect(r.ok && r.rows.map((row) => row.map((c) => c.text))).toEqual([['a', 'b,c'], ['x "y"', '1\n2'], ['3', '4']]);
    expect(r.ok && r.rows[2][1]).toEqual({ text: '4', line: 5, column: 2 });
  });

  it('refuses a stray quote, text after a closing quote and an unclosed quote, naming line and column', () => {
    expect(readCsvRows('a,b"c\n')).toEqual({ ok: false, error: expect.stringMatching(/^line 1, column 2: a double quote inside an unquoted field/) });
    expect(readCsvRows('a\n"b"c\n')).toEqual({ ok: false, error: expect.stringMatching(/^line 2, column 1: text after the closing quote/) });
    expect(readCsvRows('a,"b\n')).toEqual({ ok: false, error: 'line 1, column 2: a quoted field is never closed' });
  });
});

describe('parseFitData', () => {
  it('reads a valid file: pieces by origin, seizures by type and rule, the compliance sample', () => {
    const r = parseFitData(`${HEADER}\n2025-01-01,100,10,5,8,7,3,1,40,1\n2025-01-02,90,12,5,8,7,2,2,35,0\n`, baseline);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data).toMatchObject({
      dates: ['2025-01-01', '2025-01-02'], piecesByOrigin: true, types: ['pills'], seized: [[3, 2]],
      byRule: [[{ rule: 'aed-risk', counts: [1, 2] }]], compliance: { examined: [40, 35], found: [[1, 0]] },
    });
    expect(r.data.pieces[0]).toEqual([100, 10, 5, 8, 7]);
  });

  it('splits a total by the scenario origin shares', () => {
    const r = parseFitData('date,pieces,seized:fentanyl\n2025-01-01,1000,1\n', baseline);
    expect(r.ok && r.data.pieces[0].map((n) => Math.round(n))).toEqual([750, 50, 50, 80, 70]);
  });

  it('names unknown columns, types, origins and rules, and switched-off rules', () => {
    const r = parseFitData('date,pieces:XX,seized:opium,seized:pills:nope,seized:pills:no-aed-hr,weather\n', baseline);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      expect.stringMatching(/^line 1, column 2: 'pieces:XX': the scenario has no origin 'XX' \(its origins: CN, HK/),
      expect.stringMatching(/^line 1, column 3: 'seized:opium': unknown contraband type 'opium'/),
      expect.stringMatching(/^line 1, column 4: 'seized:pills:nope': the scenario has no targeting rule 'nope'/),
      expect.stringMatching(/^line 1, column 5: 'seized:pills:no-aed-hr': the rule 'no-aed-hr' is switched off/),
      expect.stringMatching(/^line 1, column 6: unknown column 'weather'/),
    ]);
  });

  it('asks for missing columns: an origin, the totals behind a split, finds for every type', () => {
    const r = parseFitData('date,pieces:CN,seized:pills:aed-risk,compliance:examined\n', baseline);
    expect(!r.ok && r.errors).toEqual([
      'line 1: no column pieces:HK, pieces:OTHER_HR, pieces:EU, pieces:ROW: every origin of the scenario needs its pieces (write 0 for none)',
      'line 1: no seized:<type> column: the fit needs the seizures of at least one contraband type',
      'line 1: seized:pills:aed-risk needs the total seized:pills as well',
    ]);
  });

  it('names each bad value by line, column and column name, with the text escaped', () => {
    const r = parseFitData(`${HEADER}\n2025-02-30,1,1,1,1,1,x,0,1,0\n2025-01-01,1,1,1,1,1,-1,0,1,"\u001b[2K"\n2025-01-01,1,1,1,1,1,1,0,1,0\n`, baseline);
    expect(!r.ok && r.errors).toEqual([
      "line 2, column 1 (date): '2025-02-30' is not a date of the calendar",
      "line 2, column 7 (seized:pills): must be a whole number of parcels ≥ 0, got 'x'",
      "line 3, column 7 (seized:pills): must be a whole number of parcels ≥ 0, got '-1'",
      "line 3, column 10 (compliance:found:pills): must be a whole number of parcels ≥ 0, got '\\u001b[2K'",
      'line 4, column 1 (date): 2025-01-01 is also on line 3; each day once',
    ]);
  });

  it('refuses counts that contradict each other and rows of the wrong width', () => {
    const r = parseFitData(`${HEADER}\n2025-01-01,1,1,1,1,1,1,2,1,0\n2025-01-02,1,1,1,1,1,1,0,1,3\n2025-01-03,1,1\n`, baseline);
    expect(!r.ok && r.errors).toEqual([
      'line 2: the seized:pills:<rule> columns add up to 2, more than seized:pills (1)',
      'line 3: the compliance sample found 3 pieces with contraband, more than compliance:examined (1)',
      'line 4: 3 fields, but the header has 10 columns',
    ]);
  });

  it('refuses an empty file and a header without days', () => {
    expect(parseFitData('', baseline)).toEqual({ ok: false, errors: [expect.stringMatching(/^the file is empty/)] });
    expect(parseFitData(`${HEADER}\n`, baseline)).toEqual({ ok: false, errors: [expect.stringMatching(/^the file has a header but no days/)] });
  });
});
