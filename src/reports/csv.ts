/**
 * CSV as spreadsheets open it cleanly: UTF-8 with a byte-order mark, CRLF line ends, fields quoted
 * per RFC 4180 when they hold a comma, quote or line break (csv-stringify). Text that a spreadsheet
 * would run as a formula (starting =, +, -, @, tab or carriage return; OWASP "CSV injection") is
 * prefixed with an apostrophe; numbers are written as numbers and never altered.
 */
import { stringify } from 'csv-stringify/sync';
import type { Cell } from './flatten';

const FORMULA_START = /^[=+\-@\t\r]/;

/** @example guardText('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")" */
export function guardText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cell(value: Cell): string | number {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return value;
  return guardText(value);
}

export function toCsv(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return stringify([headers.map(guardText), ...rows.map((row) => row.map(cell))], {
    bom: true,
    record_delimiter: 'windows',
    cast: { number: (n) => String(n) },
  });
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8; header=present';
