/**
 * POST /imports/caseload: the packages already in care at go-live, or taken over from another framework,
 * into the service (docs/imports.md "Caseload"). One transaction; all or nothing unless the caller asks
 * for the valid rows only; a reference already held is left alone, so the same file imported twice
 * changes nothing. Imported packages are never offered to anyone.
 */
import { recordAudit } from '../../audit/record';
import { londonDate } from '../../calendar/dates';
import { Unprocessable } from '../../errors';
import type { CommandContext } from '../../performance/command';
import { heldReferences, storeInCarePackages } from '../../packages/in-care';
import { loadRateCards, storedCardInForce } from '../../pricing/queries';
import { inTransaction, readHeaded, refuseUnlessValidRows, sortedRefusals } from '../csv';
import { checkCaseload, type CheckedFile, type Locating } from './check';
import { REQUIRED_COLUMNS } from './layout';
import type { ImportMode } from '../schemas';
import type { CaseloadImportReport } from './schemas';

export type CaseloadContext = CommandContext & Locating;

export async function importCaseload(
  ctx: CaseloadContext,
  input: { csv: string; dryRun: boolean; mode: ImportMode },
): Promise<CaseloadImportReport> {
  const { actor, now, dryRun, mode } = { ...ctx, ...input };
  const file = readHeaded(input.csv, REQUIRED_COLUMNS);
  // Located before the transaction, as intake does: the zones read the layers outside it.
  const checked = await checkCaseload({ ...ctx, held: (refs) => heldReferences(ctx.db, refs) }, file);
  refuseUnlessValidRows({
    mode,
    code: 'caseload-import-refused',
    rowsRead: file.rowsRead,
    refusals: checked.refusals,
    dryRun,
    headerIncomplete: file.missing.length > 0,
  });
  return inTransaction(ctx.db, {
    dryRun,
    work: async (trx) => {
      // A reference stored since the check (another import) is left alone too.
      const held = await heldReferences(
        trx,
        checked.fresh.map((f) => f.pkg.reference),
      );
      const settled = settle(checked, held);
      const today = londonDate(now);
      const card = storedCardInForce(await loadRateCards(trx), today);
      if (!card) throw new Unprocessable('no-rate-card', `No rate card is in force on ${today}.`);
      const packages = settled.fresh.map((f) => f.pkg);
      const ids = await storeInCarePackages({ trx, actor, now, rateCard: card }, packages);
      const report = reportOf({ checked: settled, ids, rowsRead: file.rowsRead, dryRun, mode });
      if (!dryRun)
        await recordAudit(trx, actor, now, {
          action: 'caseload-import.apply',
          entityType: 'caseload-import',
          entityId: now,
          after: {
            mode,
            rowsRead: report.rowsRead,
            imported: report.imported,
            unchanged: report.unchanged,
            refused: report.refused,
          },
        });
      return report;
    },
  });
}

function settle(checked: CheckedFile, held: Set<string>): CheckedFile {
  if (held.size === 0) return checked;
  const now = checked.fresh.filter((f) => held.has(f.pkg.reference));
  return {
    ...checked,
    fresh: checked.fresh.filter((f) => !held.has(f.pkg.reference)),
    unchanged: [...checked.unchanged, ...now.map((f) => ({ row: f.row, reference: f.pkg.reference }))],
  };
}

function reportOf(input: {
  checked: CheckedFile;
  ids: Map<string, number>;
  rowsRead: number;
  dryRun: boolean;
  mode: ImportMode;
}): CaseloadImportReport {
  const { checked, ids, dryRun } = input;
  const { sorted, rows: refusedRows } = sortedRefusals(checked.refusals);
  const rows = [
    ...checked.fresh.map(({ row, pkg }) => ({
      row,
      reference: pkg.reference,
      outcome: 'imported' as const,
      packageId: dryRun ? null : (ids.get(pkg.reference) ?? null),
      zoneId: pkg.placed.zoneId,
      band: pkg.placed.band,
    })),
    ...checked.unchanged.map(({ row, reference }) => ({
      row,
      reference,
      outcome: 'unchanged' as const,
      packageId: null,
      zoneId: null,
      band: null,
    })),
  ].sort((a, b) => a.row - b.row);
  return {
    dryRun,
    applied: !dryRun,
    mode: input.mode,
    rowsRead: input.rowsRead,
    accepted: rows.length,
    refused: refusedRows.size,
    imported: checked.fresh.length,
    unchanged: checked.unchanged.length,
    refusals: sorted,
    rows,
  };
}
