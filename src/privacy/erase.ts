import { recordAudit } from '../audit/record';
import type { Actor } from '../auth/roles';
import type { Db } from '../db/connect';
import { Conflict } from '../errors';
import { anonymisePackage, FINAL_STATUSES } from './anonymise';

export interface Erasure {
  id: number;
  erasedAt: string;
  packageIds: number[];
  evidenceRecords: number;
}

/**
 * Right to erasure (UK GDPR art. 17): forgets a service user's reference everywhere it links data to
 * them: every package carrying it loses reference and location, and quality evidence loses the
 * reference. One transaction; the erasure and each package are audited, and neither the erasure
 * record nor the audit trail holds the reference (intake never writes it there either).
 * Refused (409) while any package of the person is live: end or cancel it first.
 */
export async function eraseReference(db: Db, actor: Actor, reference: string, now: number): Promise<Erasure> {
  return db.transaction(async (trx) => {
    const held: { id: number; status: string }[] = await trx('packages')
      .where({ reference })
      .whereNull('erased_at')
      .orderBy('id')
      .select('id', 'status');
    const live = held.filter((p) => !(FINAL_STATUSES as readonly string[]).includes(p.status));
    if (live.length > 0) {
      throw new Conflict(
        'erasure-package-live',
        `${live.length} package(s) of this person are still live; end or cancel them before erasing.`,
        { livePackages: live.map((p) => ({ id: Number(p.id), status: p.status })) },
      );
    }
    const packageIds: number[] = [];
    const by = { actor, now, because: 'erasure-request' } as const;
    for (const { id } of held) {
      if (await anonymisePackage(trx, Number(id), by)) packageIds.push(Number(id));
    }
    const evidenceRecords = await trx('quality_evidence').where({ reference }).update({ reference: null });
    const [row] = await trx('erasures')
      .insert({
        erased_at: now,
        erased_by: actor.userId,
        packages: packageIds.length,
        evidence: evidenceRecords,
      })
      .returning('id');
    const id = (row as { id: number }).id;
    await recordAudit(trx, actor, now, {
      action: 'erasure.fulfil',
      entityType: 'erasure',
      entityId: id,
      after: { packageIds, evidenceRecords },
    });
    return { id, erasedAt: new Date(now).toISOString(), packageIds, evidenceRecords };
  });
}
