/**
 * What every CSV import shares (docs/imports.md): reading the file, refusals by row and column, the
 * report of a refused file, and rolling a dry run back. Each import keeps its own columns and checks.
 */
import { parse } from 'csv-parse/sync';
import type { Knex } from 'knex';
import { Invalid, Unprocessable } from '../errors';
import type { ImportMode } from './schemas';

/** One problem with one row: its number (the header is row 1, as a spreadsheet shows it), column, why. */
export interface Refusal {
  row: number;
  column: string;
  reason: string;
}

/** The file's records (UTF-8, with or without BOM); a file that is not CSV at all is a 400 on the body. */
export function csvRecords(csv: string): string[][] {
  try {
    return parse(csv, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new Invalid('The file is not readable as CSV.', [{ path: 'body', message }]);
  }
}

/** A file read by its header: each record's cells by column name, and the required columns missing. */
export interface HeadedFile {
  rowsRead: number;
  missing: Refusal[];
  /** Row number (header = 1) and a reader of the record's cells by column name ('' when absent). */
  rows: { row: number; cell: (name: string) => string }[];
}

export function readHeaded(csv: string, required: readonly string[]): HeadedFile {
  const [header, ...data] = csvRecords(csv);
  if (!header) throw new Invalid('The file is empty.', [{ path: 'body', message: 'has no header row' }]);
  const names = header.map((h) => h.trim().toLowerCase());
  const missing = required
    .filter((name) => !names.includes(name))
    .map((column) => ({ row: 1, column, reason: 'column missing from the header' }));
  const rows = data.map((record, index) => ({
    row: index + 2,
    cell: (name: string) => {
      const at = names.indexOf(name);
      return at >= 0 ? (record[at] ?? '') : '';
    },
  }));
  return { rowsRead: data.length, missing, rows };
}

/** The rows refused, sorted, and how many distinct rows that is. */
export function sortedRefusals(refusals: readonly Refusal[]) {
  const sorted = [...refusals].sort((a, b) => a.row - b.row);
  return { sorted, rows: new Set(sorted.map((r) => r.row)) };
}

/** 422: a file with refused rows, nothing written; the report's counts and every refusal ride along. */
export function refusedFile(input: {
  code: string;
  rowsRead: number;
  refusals: readonly Refusal[];
  dryRun: boolean;
  /** Rows that passed, when not every other row read counts (an import that skips some). */
  accepted?: number;
}): Unprocessable {
  const { sorted, rows } = sortedRefusals(input.refusals);
  const first = sorted[0]!;
  return new Unprocessable(
    input.code,
    `${rows.size} row(s) refused (first: row ${first.row}, ${first.column}: ${first.reason}); nothing was imported.`,
    {
      dryRun: input.dryRun,
      applied: false,
      rowsRead: input.rowsRead,
      accepted: input.accepted ?? Math.max(0, input.rowsRead - rows.size),
      refused: rows.size,
      refusals: sorted,
    },
  );
}

/**
 * Every import's `mode` (docs/imports.md): all or nothing refuses the file at the first refusal; valid-rows
 * goes on with the rows that pass, unless the header itself is wrong (then no row can be read right).
 */
export function refuseUnlessValidRows(input: {
  mode: ImportMode;
  code: string;
  rowsRead: number;
  refusals: readonly Refusal[];
  dryRun: boolean;
  headerIncomplete?: boolean;
  accepted?: number;
}): void {
  const { mode, headerIncomplete = false, ...refused } = input;
  if (input.refusals.length > 0 && (mode === 'all-or-nothing' || headerIncomplete))
    throw refusedFile(refused);
}

/** Thrown to roll a dry run's transaction back, carrying its report out. */
class DryRunDone<T> extends Error {
  constructor(readonly report: T) {
    super('dry run');
  }
}

/**
 * Runs `work` in one transaction; on a dry run everything it wrote is rolled back and its report
 * returned, so a dry run says exactly what a real run would do.
 */
export async function inTransaction<T>(
  db: Knex,
  input: { dryRun: boolean; work: (trx: Knex.Transaction) => Promise<T> },
): Promise<T> {
  try {
    return await db.transaction(async (trx) => {
      const report = await input.work(trx);
      if (input.dryRun) throw new DryRunDone(report);
      return report;
    });
  } catch (err) {
    if (err instanceof DryRunDone) return err.report as T;
    throw err;
  }
}
