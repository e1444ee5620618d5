import type { Knex } from 'knex';
import { recordAudit } from '../audit/record';
import type { Actor } from '../auth/roles';
import type { PackageStatus } from '../packages/model';

/**
 * What links a package to a person: the pseudonymous reference, the location and the free-text
 * comment of a band override. Everything else
 * (zone, band, area, hours, needs, dates, the brokerage history) stays, so statistics and past
 * allocation decisions still add up after the person is forgotten.
 */
export const IDENTIFYING_FIELDS = ['reference', 'lon', 'lat', 'postcode', 'band_override_comment'] as const;

/** Only packages that are over may be anonymised: a live package needs its person. */
export const FINAL_STATUSES: readonly PackageStatus[] = ['ended', 'cancelled'];

export type AnonymiseBecause = 'erasure-request' | 'retention';

/**
 * Anonymises one package unless that is already done, in the caller's transaction, audited without
 * the values removed. The update is conditional, so of several instances racing on a package
 * exactly one does it (and writes the audit row); the others get false.
 */
export async function anonymisePackage(
  trx: Knex.Transaction,
  packageId: number,
  { actor, now, because }: { actor: Actor; now: number; because: AnonymiseBecause },
  onlyIf: (q: Knex.QueryBuilder) => void = () => {},
): Promise<boolean> {
  const cleared = Object.fromEntries(IDENTIFYING_FIELDS.map((f) => [f, null]));
  const updated = await trx('packages')
    .where({ id: packageId })
    .whereNull('erased_at')
    .whereIn('status', FINAL_STATUSES)
    .modify(onlyIf)
    .update({ ...cleared, erased_at: now, updated_at: now, version: trx.raw('version + 1') });
  if (updated !== 1) return false;
  await recordAudit(trx, actor, now, {
    action: 'package.anonymise',
    entityType: 'package',
    entityId: packageId,
    after: { because, cleared: IDENTIFYING_FIELDS },
  });
  return true;
}
