/**
 * The commissioners' messages about the framework, for the commands that change it: a provider's CQC
 * rating or status changed, and a zone left below its minimum primes by a role change, a suspension
 * or a demotion. Called inside the command's transaction.
 */
import type { Knex } from 'knex';
import type { CoverageWarning } from '../providers/policy';
import { notify } from './notify';
import { zoneName } from './zone-names';

type Trx = Knex | Knex.Transaction;

const WATCHED = ['status', 'cqcOverall', 'cqcSafe', 'cqcWellLed'] as const;

/** Tells commissioners when a provider's status or any CQC rating changed between two snapshots. */
export async function notifyProviderChanged(
  trx: Trx,
  change: { providerId: number; before: object; after: object },
  now: number,
): Promise<void> {
  const before = change.before as Record<string, unknown>;
  const after = change.after as Record<string, unknown>;
  const changes = Object.fromEntries(
    WATCHED.filter((field) => before[field] !== undefined && before[field] !== after[field]).map((field) => [
      field,
      { from: before[field], to: after[field] },
    ]),
  );
  if (Object.keys(changes).length === 0) return;
  const provider = { id: change.providerId, name: await providerName(trx, change.providerId) };
  await notify(trx, { type: 'provider.changed', provider, changes }, now);
}

/** Tells commissioners of each zone a change has left below its minimum primes. */
export async function notifyBelowMinimumPrimes(
  trx: Trx,
  change: { warnings: readonly CoverageWarning[]; cause: string },
  now: number,
): Promise<void> {
  for (const w of change.warnings.filter((x) => x.code === 'below-minimum-primes')) {
    await notify(
      trx,
      {
        type: 'zone.below-minimum-primes',
        zone: { id: w.zoneId, name: w.zoneName },
        required: w.required,
        actual: w.actual,
        cause: change.cause,
      },
      now,
    );
  }
}

/** Tells commissioners of a promotion or demotion flag the review raised. */
export async function notifyFlagRaised(
  trx: Trx,
  flag: { id: number; providerId: number; zoneId: string; kind: string },
  now: number,
): Promise<void> {
  const provider = { id: flag.providerId, name: await providerName(trx, flag.providerId) };
  const zone = { id: flag.zoneId, name: await zoneName(trx, flag.zoneId) };
  await notify(trx, { type: 'review.flag-raised', flagId: flag.id, provider, zone, kind: flag.kind }, now);
}

async function providerName(trx: Trx, providerId: number): Promise<string> {
  const row = await trx('providers').where({ id: providerId }).first('name');
  return String(row?.name ?? `Provider ${providerId}`);
}
