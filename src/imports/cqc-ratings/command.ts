/**
 * POST /imports/cqc-ratings: the CQC's published ratings file into the register
 * (docs/cqc-ratings.md). All or nothing: one transaction, and any refused row refuses the file. A dry
 * run does everything a real one does — matching, outcomes, downgrades — then rolls it back.
 */
import { recordAudit } from '../../audit/record';
import { Unprocessable } from '../../errors';
import type { CommandContext } from '../../performance/command';
import type { Downgrade } from '../../providers/cqc/model';
import { ensureLocationsLinked } from '../../providers/cqc/queries';
import { recordCqcRatings } from '../../providers/cqc/register';
import { matchRows, type Outcome, type RowOutcome } from './match';
import { parseCqcRatings, type ParsedFile, type Refusal } from './parse';

export interface CqcImportReport {
  dryRun: boolean;
  applied: boolean;
  rowsRead: number;
  accepted: number;
  refused: number;
  refusals: Refusal[];
  skipped: number;
  outcomes: Record<Outcome, number>;
  rows: RowOutcome[];
  downgrades: { providerId: number; downgrades: Downgrade[] }[];
}

/** Thrown to roll a dry run back, carrying its report out of the transaction. */
class DryRunDone extends Error {
  constructor(readonly report: CqcImportReport) {
    super('dry run');
  }
}

/**
 * The 422 of a file (or batch) with refused rows: nothing was imported. Shared by the imports
 * (src/imports/visits); `code` is the problem's stable id.
 */
export function refusedFile(
  parsed: Pick<ParsedFile, 'rowsRead'> & { rows: readonly { row: number }[] },
  refusals: Refusal[],
  dryRun: boolean,
  code = 'cqc-import-refused',
): Unprocessable {
  const sorted = [...refusals].sort((a, b) => a.row - b.row);
  const refusedRows = new Set(sorted.map((r) => r.row));
  const first = sorted[0]!;
  return new Unprocessable(
    code,
    `${refusedRows.size} row(s) refused (first: row ${first.row}, ${first.column}: ${first.reason}); nothing was imported.`,
    {
      dryRun,
      applied: false,
      rowsRead: parsed.rowsRead,
      accepted: parsed.rows.filter((r) => !refusedRows.has(r.row)).length,
      refused: refusedRows.size,
      refusals: sorted,
    },
  );
}

export async function importCqcRatings(
  ctx: CommandContext,
  input: { csv: string; dryRun: boolean },
): Promise<CqcImportReport> {
  const { actor, now } = ctx;
  const parsed = parseCqcRatings(input.csv, now);
  if (parsed.refusals.length > 0) throw refusedFile(parsed, parsed.refusals, input.dryRun);
  try {
    return await ctx.db.transaction(async (trx) => {
      await ensureLocationsLinked(trx, { now, by: actor.userId, source: 'carried-over' });
      const matched = await matchRows(trx, parsed.rows, now);
      if (matched.refusals.length > 0) throw refusedFile(parsed, matched.refusals, input.dryRun);
      const changes = await recordCqcRatings({ ...ctx, db: trx }, matched.ratings, 'import');
      const report = reportOf(parsed, matched.outcomes, changes, input.dryRun);
      if (input.dryRun) throw new DryRunDone(report);
      await recordAudit(trx, actor, now, {
        action: 'cqc-import.apply',
        entityType: 'cqc-import',
        entityId: now,
        after: {
          rowsRead: report.rowsRead,
          accepted: report.accepted,
          skipped: report.skipped,
          ...report.outcomes,
        },
      });
      return report;
    });
  } catch (err) {
    if (err instanceof DryRunDone) return err.report;
    throw err;
  }
}

function reportOf(
  parsed: ParsedFile,
  rows: RowOutcome[],
  changes: Awaited<ReturnType<typeof recordCqcRatings>>,
  dryRun: boolean,
): CqcImportReport {
  const outcomes = { changed: 0, republished: 0, history: 0, unchanged: 0, unmatched: 0 };
  for (const r of rows) outcomes[r.outcome] += 1;
  return {
    dryRun,
    applied: !dryRun,
    rowsRead: parsed.rowsRead,
    accepted: parsed.rows.length,
    refused: 0,
    refusals: [],
    skipped: parsed.skipped,
    outcomes,
    rows,
    downgrades: changes
      .filter((c) => c.downgrades.length > 0)
      .map((c) => ({ providerId: c.providerId, downgrades: c.downgrades })),
  };
}
