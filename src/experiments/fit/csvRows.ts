/**
 * A strict reader of comma-separated text (RFC 4180): fields separated by commas, records by
 * CRLF or LF, a field in double quotes may hold commas, line breaks and doubled quotes (""). It
 * keeps each field's line and column so that a problem in a facility's data file can be named
 * where it is ("line 12, column 4"), and it refuses what a spreadsheet would guess at: a quote
 * inside an unquoted field, text after a closing quote, a quoted field left open.
 *
 * The project has no CSV library (the fit is the only reader); this is the whole grammar.
 */

/** One field's text and where it starts: line and column are 1-based, columns count fields. */
export interface CsvCell {
  text: string;
  line: number;
  column: number;
}

export type CsvRows = { ok: true; rows: CsvCell[][] } | { ok: false; error: string };

/**
 * The records of `text`, each a list of cells; blank lines are skipped (a trailing newline is
 * not a record). A leading byte-order mark is dropped.
 *
 * @example
 * readCsvRows('date,seized:pills\n2025-01-01,3\n'); // { ok: true, rows: [[date, seized:pills], [2025-01-01, 3]] }
 */
export function readCsvRows(text: string): CsvRows {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: CsvCell[][] = [];
  let row: CsvCell[] = [];
  let line = 1;
  let i = 0;
  while (i <= src.length) {
    const cellLine = line;
    const column = row.length + 1;
    let value = '';
    if (src[i] === '"') {
      i++;
      for (;;) {
        if (i >= src.length) return { ok: false, error: `line ${cellLine}, column ${column}: a quoted field is never closed` };
        const c = src[i];
        if (c === '"') {
          if (src[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') line++;
        value += c;
        i++;
      }
      if (i < src.length && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') {
        return { ok: false, error: `line ${line}, column ${column}: text after the closing quote of a quoted field` };
      }
    } else {
      while (i < src.length && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') {
        if (src[i] === '"') return { ok: false, error: `line ${line}, column ${column}: a double quote inside an unquoted field (quote the whole field and double the quote)` };
        value += src[i];
        i++;
      }
    }
    row.push({ text: value, line: cellLine, column });
    if (i < src.length && src[i] === ',') {
      i++;
      continue;
    }
    // End of record: a newline (CRLF, LF or a lone CR) or the end of the text.
    if (src[i] === '\r') i++;
    if (src[i] === '\n') i++;
    const blank = row.length === 1 && row[0].text === '';
    if (!blank) rows.push(row);
    row = [];
    line++;
    if (i >= src.length) break;
  }
  return { ok: true, rows };
}
