/**
 * POST /imports/baseline: the old framework's past referrals for the before-and-after comparison
 * (docs/imports.md "Baseline"). Same shape as the caseload import: one transaction, all or nothing
 * unless valid-rows is asked for, idempotent by reference, one audit row per import.
 */
import { recordAudit } from '../../audit/record';
import { heldBaselineReferences, insertBaselineReferrals } from '../../baseline/queries';
import { inTransaction, readHeaded, refuseUnlessValidRows, sortedRefusals } from '../csv';
import type { CaseloadContext } from '../caseload/command';
import type { ImportMode } from '../schemas';
import { BASELINE_REQUIRED, checkBaseline } from './check';
import type { BaselineImportReport } from './schemas';

export async function importBaseline(
  ctx: CaseloadContext,
  input: { csv: string; dryRun: boolean; mode: ImportMode },
): Promise<BaselineImportReport> {
  const { actor, now, dryRun, mode } = { ...ctx, ...input };
  const file = readHeaded(input.csv, BASELINE_REQUIRED);
  const checked = await checkBaseline({ ...ctx, held: (refs) => heldBaselineReferences(ctx.db, refs) }, file);
  refuseUnlessValidRows({
    mode,
    code: 'baseline-import-refused',
    rowsRead: file.rowsRead,
    refusals: checked.refusals,
    dryRun,
    headerIncomplete: file.missing.length > 0,
  });
  return inTransaction(ctx.db, {
    dryRun,
    work: async (trx) => {
      const held = await heldBaselineReferences(
        trx,
        checked.fresh.map((f) => f.referral.reference),
      );
      const fresh = checked.fresh.filter((f) => !held.has(f.referral.reference));
      await insertBaselineReferrals(trx, { referrals: fresh.map((f) => f.referral), now, by: actor.userId });
      const { sorted, rows } = sortedRefusals(checked.refusals);
      const unchanged = checked.unchanged.length + checked.fresh.length - fresh.length;
      const report: BaselineImportReport = {
        dryRun,
        applied: !dryRun,
        mode,
        rowsRead: file.rowsRead,
        accepted: fresh.length + unchanged,
        refused: rows.size,
        imported: fresh.length,
        unchanged,
        refusals: sorted,
      };
      if (!dryRun) {
        const { refusals: _refusals, ...counts } = report;
        await recordAudit(trx, actor, now, {
          action: 'baseline-import.apply',
          entityType: 'baseline-import',
          entityId: now,
          after: counts,
        });
      }
      return report;
    },
  });
}
