/**
 * Reads a visit-records CSV (docs/visits.md "Columns") into checked rows: UTF-8 with or without a
 * BOM, comma-separated, a header row of snake_case names in any order (unknown columns ignored).
 * Every problem is reported with its row (the header is row 1, as a spreadsheet shows it), column
 * and reason. Pure: the file and the instant in, rows and refusals out.
 */
import { readHeaded, type Refusal } from '../csv';
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
  const required = VISIT_FIELDS.filter((f) => !OPTIONAL.includes(f)).map((f) => VISIT_COLUMNS[f]);
  const file = readHeaded(csv, required);
  if (file.missing.length > 0) return { rowsRead: file.rowsRead, rows: [], refusals: file.missing };
  const out: ParsedVisits = { rowsRead: file.rowsRead, rows: [], refusals: [] };
  for (const { row, cell } of file.rows) {
    const checked = checkVisitRow({
      row,
      cell: (f) => cell(VISIT_COLUMNS[f]),
      name: (f) => VISIT_COLUMNS[f],
      now,
    });
    if ('refusals' in checked) out.refusals.push(...checked.refusals);
    else out.rows.push(checked);
  }
  return out;
}
