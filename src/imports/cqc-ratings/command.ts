/**
 * POST /imports/cqc-ratings: the CQC's published ratings file into the register
 * (docs/cqc-ratings.md). All or nothing: one transaction, and any refused row refuses the file. A dry
 * run does everything a real one does — matching, outcomes, downgrades — then rolls it back.
 */
import { recordAudit } from '../../audit/record';
import type { CommandContext } from '../../performance/command';
import type { Downgrade } from '../../providers/cqc/model';
import { ensureLocationsLinked } from '../../providers/cqc/queries';
import { recordCqcRatings } from '../../providers/cqc/register';
import { inTransaction, refusedFile, sortedRefusals } from '../csv';
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

function refused(parsed: ParsedFile, refusals: Refusal[], dryRun: boolean) {
  const refusedRows = sortedRefusals(refusals).rows;
  const accepted = parsed.rows.filter((r) => !refusedRows.has(r.row)).length;
  return refusedFile({ code: 'cqc-import-refused', rowsRead: parsed.rowsRead, refusals, dryRun, accepted });
}

export async function importCqcRatings(
  ctx: CommandContext,
  input: { csv: string; dryRun: boolean },
): Promise<CqcImportReport> {
  const { actor, now } = ctx;
  const parsed = parseCqcRatings(input.csv, now);
  if (parsed.refusals.length > 0) throw refused(parsed, parsed.refusals, input.dryRun);
  return inTransaction(ctx.db, {
    dryRun: input.dryRun,
    work: async (trx) => {
      await ensureLocationsLinked(trx, { now, by: actor.userId, source: 'carried-over' });
      const matched = await matchRows(trx, parsed.rows, now);
      if (matched.refusals.length > 0) throw refused(parsed, matched.refusals, input.dryRun);
      const changes = await recordCqcRatings({ ...ctx, db: trx }, matched.ratings, 'import');
      const report = reportOf(parsed, matched.outcomes, changes, input.dryRun);
      if (input.dryRun) return report;
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
    },
  });
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
