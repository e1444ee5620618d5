/**
 * Records checked visit rows for one provider (docs/visits.md): the CSV import and the JSON batch
 * both end here. Each row's package reference must name a package the provider holds or held;
 * any other reference — unknown, or another provider's — is refused with the same words, so the
 * answer reveals nothing about packages that are not the provider's. All or nothing by default;
 * with `mode: 'valid-rows'` the valid rows are written and the refused ones reported. Re-sending a row for
 * the same (package, planned start) updates it. One transaction, one audit row.
 */
import { recordAudit } from '../audit/record';
import type { CommandContext } from '../performance/command';
import { refuseUnlessValidRows, type Refusal } from '../imports/csv';
import type { ImportMode } from '../imports/schemas';
import type { CheckedVisit } from './model';
import { packagesOfProvider, storedVisitKeys, upsertVisits, visitKey, type VisitRow } from './queries';

export interface VisitImportReport {
  dryRun: boolean;
  applied: boolean;
  providerId: number;
  rowsRead: number;
  accepted: number;
  refused: number;
  refusals: Refusal[];
  /** Of the accepted rows: new visits, and visits already stored for the same package and planned start. */
  created: number;
  updated: number;
}

export interface VisitBatch {
  providerId: number;
  rowsRead: number;
  rows: CheckedVisit[];
  /** Refusals found while reading the rows. */
  refusals: Refusal[];
  /** How a refusal names the package reference (the CSV column or the JSON field). */
  referenceColumn: string;
  source: 'csv' | 'api';
}

const NOT_YOURS = 'is not the reference of a package this provider holds or has held';

/** Each row as a stored visit, or refused: unknown reference, ambiguous, or repeated in the batch. */
async function resolveRows(ctx: CommandContext, batch: VisitBatch) {
  const packages = await packagesOfProvider(ctx.db, {
    providerId: batch.providerId,
    references: batch.rows.map((r) => r.packageReference),
  });
  const refusals: Refusal[] = [];
  const rows: (VisitRow & { row: number })[] = [];
  const firstRowOf = new Map<string, number>();
  for (const r of batch.rows) {
    const refuse = (reason: string) => refusals.push({ row: r.row, column: batch.referenceColumn, reason });
    const matches = packages.get(r.packageReference) ?? [];
    if (matches.length === 0) refuse(NOT_YOURS);
    if (matches.length > 1) refuse(`names ${matches.length} of this provider's packages; ask the council`);
    if (matches.length !== 1) continue;
    const pkg = matches[0]!;
    const visit: VisitRow & { row: number } = {
      row: r.row,
      package_id: pkg.id,
      provider_id: batch.providerId,
      planned_start: r.plannedStart,
      planned_minutes: r.plannedMinutes,
      actual_start: r.actualStart,
      actual_end: r.actualEnd,
      carers_planned: pkg.carersPlanned,
      carers_present: r.carersPresent ?? (r.actualStart === null ? 0 : pkg.carersPlanned),
      recorded_at: ctx.now,
      recorded_by: ctx.actor.userId,
    };
    const earlier = firstRowOf.get(visitKey(visit));
    if (earlier !== undefined) refuse(`repeats row ${earlier} (the same package and planned start)`);
    else {
      firstRowOf.set(visitKey(visit), r.row);
      rows.push(visit);
    }
  }
  return { rows, refusals };
}

export async function recordVisits(
  ctx: CommandContext,
  batch: VisitBatch,
  options: { dryRun: boolean; mode: ImportMode },
): Promise<VisitImportReport> {
  const { dryRun, mode } = options;
  return ctx.db.transaction(async (trx) => {
    const resolved = await resolveRows({ ...ctx, db: trx }, batch);
    const refusals = [...batch.refusals, ...resolved.refusals].sort((a, b) => a.row - b.row);
    const refusedRows = new Set(refusals.map((r) => r.row));
    const rows = resolved.rows.filter((r) => !refusedRows.has(r.row));
    refuseUnlessValidRows({
      mode,
      code: 'visit-import-refused',
      rowsRead: batch.rowsRead,
      refusals,
      dryRun,
      accepted: rows.length,
    });
    const stored = await storedVisitKeys(trx, rows);
    const created = rows.filter((r) => !stored.has(visitKey(r))).length;
    const report: VisitImportReport = {
      dryRun,
      applied: !dryRun && rows.length > 0,
      providerId: batch.providerId,
      rowsRead: batch.rowsRead,
      accepted: rows.length,
      refused: refusedRows.size,
      refusals,
      created,
      updated: rows.length - created,
    };
    if (dryRun || rows.length === 0) return report;
    await upsertVisits(
      trx,
      rows.map(({ row: _row, ...visit }) => visit),
    );
    await recordAudit(trx, ctx.actor, ctx.now, {
      action: 'visit-import.apply',
      entityType: 'visit-import',
      entityId: ctx.now,
      after: { providerId: batch.providerId, source: batch.source, ...countsOf(report) },
    });
    return report;
  });
}

const countsOf = (r: VisitImportReport) => ({
  rowsRead: r.rowsRead,
  accepted: r.accepted,
  refused: r.refused,
  created: r.created,
  updated: r.updated,
});
