import { recordAudit } from '../audit/record';
import { pruneFailures } from '../auth/failures';
import { SYSTEM_ACTOR } from '../auth/roles';
import type { Services } from '../services';
import { anonymisePackage, FINAL_STATUSES } from './anonymise';

const BATCH = 200;
const DAY_MS = 86_400_000;

/**
 * Retention (RETENTION_DAYS): a package ended or cancelled (`closed_at`) more than that long ago is
 * anonymised, and quality evidence recorded more than that long ago loses its reference. Each row is
 * its own conditional update and audit row, so several instances can run the job at once and each
 * row is anonymised (and audited) once. Failed authentications older than their window are deleted.
 */
export async function runRetention(services: Pick<Services, 'db' | 'config'>, now: number) {
  const { db, config } = services;
  const cutoff = now - config.privacy.retentionDays * DAY_MS;
  let packages = 0;
  for (;;) {
    const due: number[] = (
      await db('packages')
        .whereIn('status', FINAL_STATUSES)
        .whereNull('erased_at')
        .where('closed_at', '<=', cutoff)
        .orderBy('id')
        .limit(BATCH)
        .select('id')
    ).map((r: { id: number }) => Number(r.id));
    let progressed = 0;
    for (const id of due) {
      const done = await db.transaction((trx) =>
        anonymisePackage(trx, id, { actor: SYSTEM_ACTOR, now, because: 'retention' }, (q) =>
          q.where('closed_at', '<=', cutoff),
        ),
      );
      if (done) progressed += 1;
    }
    packages += progressed;
    if (due.length < BATCH || progressed === 0) break;
  }
  const evidence = await anonymiseOldEvidence(services, now, cutoff);
  // Failed authentications are kept only while they count (src/auth/failures.ts).
  const authFailures = await pruneFailures(db, now);
  return { cutoff: new Date(cutoff).toISOString(), packages, evidence, authFailures };
}

async function anonymiseOldEvidence(
  { db }: Pick<Services, 'db'>,
  now: number,
  cutoff: number,
): Promise<number> {
  const due: { id: number; provider_id: number }[] = await db('quality_evidence')
    .whereNotNull('reference')
    .where('recorded_at', '<=', cutoff)
    .orderBy('id')
    .select('id', 'provider_id');
  let done = 0;
  for (const row of due) {
    await db.transaction(async (trx) => {
      const updated = await trx('quality_evidence')
        .where({ id: row.id })
        .whereNotNull('reference')
        .update({ reference: null });
      if (updated !== 1) return;
      done += 1;
      await recordAudit(trx, SYSTEM_ACTOR, now, {
        action: 'quality-evidence.anonymise',
        entityType: 'provider',
        entityId: row.provider_id,
        after: { evidenceId: Number(row.id), because: 'retention' },
      });
    });
  }
  return done;
}
