/**
 * POST /imports/visits: a call-monitoring system's visit records for one provider (docs/visits.md).
 * Read and checked here (./parse.ts), then recorded like a JSON batch (src/visits/record.ts).
 */
import type { CommandContext } from '../../performance/command';
import { recordVisits, type VisitImportReport } from '../../visits/record';
import { VISIT_COLUMNS } from '../../visits/check';
import { uploaderOf } from '../../visits/upload';
import type { ImportMode } from '../schemas';
import { parseVisitsCsv } from './parse';

export async function importVisits(
  ctx: CommandContext,
  input: { csv: string; dryRun: boolean; mode: ImportMode; providerId?: number | undefined },
): Promise<VisitImportReport> {
  const providerId = await uploaderOf(ctx.db, ctx.actor, input.providerId);
  const parsed = parseVisitsCsv(input.csv, ctx.now);
  return recordVisits(
    ctx,
    { ...parsed, providerId, referenceColumn: VISIT_COLUMNS.packageReference, source: 'csv' },
    { dryRun: input.dryRun, mode: input.mode },
  );
}
