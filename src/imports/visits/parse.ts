/**
 * Reads a visit-records CSV (docs/visits.md "Columns") into checked rows: UTF-8 with or without a
 * BOM, comma-separated, a header row of snake_case names in any order (unknown columns ignored).
 * Every problem is reported with its row (the header is row 1, as a spreadsheet shows it), column
 * and reason. Pure: the file and the instant in, rows and refusals out.
 */
import { readCsvRecords, type Refusal } from '../cqc-ratings/parse';
import { Invalid } from '../../errors';
import { checkVisitRow, VISIT_COLUMNS, VISIT_FIELDS, type VisitField } from '../../visits/check';
import type { CheckedVisit } from '../../visits/model';

/** carers_present may be left out: then a delivered visit had the carers planned. */
const OPTIONAL: readonly VisitField[] = ['carersPresent'];

export interface ParsedVisits {
  rowsRead: number;
  rows: CheckedVisit[];
  refusals: Refusal[];
}

export function parseVisitsCsv(csv: string, now: number): ParsedVisits {
  const [header, ...data] = readCsvRecords(csv);
  if (!header) throw new Invalid('The file is empty.', [{ path: 'body', message: 'has no header row' }]);
  const names = header.map((h) => h.trim().toLowerCase());
  const index = Object.fromEntries(VISIT_FIELDS.map((f) => [f, names.indexOf(VISIT_COLUMNS[f])])) as Record<
    VisitField,
    number
  >;
  const missing = VISIT_FIELDS.filter((f) => index[f] < 0 && !OPTIONAL.includes(f));
  if (missing.length > 0) {
    const refusals = missing.map((f) => ({
      row: 1,
      column: VISIT_COLUMNS[f],
      reason: 'column missing from the header',
    }));
    return { rowsRead: data.length, rows: [], refusals };
  }
  const out: ParsedVisits = { rowsRead: data.length, rows: [], refusals: [] };
  data.forEach((record, i) => {
    const checked = checkVisitRow({
      row: i + 2,
      cell: (f) => (index[f] >= 0 ? (record[index[f]] ?? '') : ''),
      name: (f) => VISIT_COLUMNS[f],
      now,
    });
    if ('refusals' in checked) out.refusals.push(...checked.refusals);
    else out.rows.push(checked);
  });
  return out;
}
