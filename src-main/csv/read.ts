/**
 * Reading a spreadsheet's CSV with Papa Parse: it handles quoted cells with separators, quotes and line breaks in
 * them, a byte-order mark, and guesses the separator (comma, semicolon as European spreadsheets write, or tab) from
 * the file itself — the cases where hand-written splitting goes wrong.
 */
import Papa from 'papaparse';
import { AppError } from '../../src-shared/api/result.ts';

export interface CsvTable {
  columns: string[];
  /** Each row's cells by column name, with its row number as a spreadsheet shows it (the header is row 1). */
  rows: { row: number; cells: Record<string, string> }[];
  delimiter: string;
  /** Rows the parser could not read (e.g. a quote never closed), by row number. */
  broken: { row: number; message: string }[];
}

export function readCsv(text: string): CsvTable {
  const source = text.replace(/^\uFEFF/, '');
  if (!source.trim()) throw new AppError('invalid-input', 'The file is empty: there is no header row to read.');
  const parsed = Papa.parse<string[]>(source, { delimitersToGuess: [',', ';', '\t', '|'], skipEmptyLines: 'greedy' });
  const [header, ...body] = parsed.data;
  if (!header) throw new AppError('invalid-input', 'The file is empty: there is no header row to read.');
  const columns = header.map((name, index) => name.trim() || `Column ${index + 1}`);
  const seen = new Set<string>();
  for (const [index, name] of columns.entries()) {
    // Two columns of one name would be one key: keep both, the second numbered.
    if (seen.has(name)) columns[index] = `${name} (${index + 1})`;
    seen.add(columns[index]!);
  }
  // Papa Parse numbers rows from 0 without the header; a line break inside a quoted cell makes lines and rows
  // differ, so the row number is the record's index, which is what a spreadsheet shows.
  const broken = parsed.errors
    .filter((error) => error.type !== 'Delimiter')
    .map((error) => ({ row: (error.row ?? 0) + 1, message: error.code === 'MissingQuotes' ? 'A quoted cell is never closed.' : error.message }));
  const rows = body.map((cells, index) => ({
    row: index + 2,
    cells: Object.fromEntries(columns.map((name, column) => [name, (cells[column] ?? '').trim()])),
  }));
  return { columns, rows, delimiter: parsed.meta.delimiter, broken };
}

/** Cells a spreadsheet would run as a formula begin with one of these (full-width forms included). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * CSV for spreadsheets: a byte-order mark so Excel reads UTF-8, CRLF line ends, and every cell that a spreadsheet
 * would take for a formula prefixed with `'`. Papa Parse's own `escapeFormulae: true` misses a multi-line cell
 * starting with `=` (its pattern must match to the end of the cell), hence the pattern given here.
 */
export function writeCsv(columns: string[], rows: (string | number | null)[][]): string {
  const text = Papa.unparse({ fields: columns, data: rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))) }, {
    escapeFormulae: FORMULA_START,
    newline: '\r\n',
    quotes: false,
  });
  return `\uFEFF${text}\r\n`;
}
