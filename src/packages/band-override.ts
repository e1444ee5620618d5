import type { z } from 'zod';
import { recordAudit } from '../audit/record';
import type { CommandContext } from '../allocation/context';
import { Conflict, Unprocessable } from '../errors';
import { loadRateCards } from '../pricing/queries';
import { overrideColumns } from './intake';
import type { PackageRecord } from './model';
import { getPackage } from './queries';
import type { BandOverrideRequestSchema } from './schemas';

type BandOverrideRequest = z.output<typeof BandOverrideRequestSchema>;

/** What the audit row keeps of an override: the bands, the reason and the rate, not the comment. */
const audited = (pkg: PackageRecord) => ({
  version: pkg.version,
  band: pkg.band,
  placedBand: pkg.bandOverride?.placedBand ?? pkg.band,
  reason: pkg.bandOverride?.reason ?? null,
  hourlyRatePence: pkg.hourlyRatePence,
});

/**
 * An officer overrides the band of an unplaced package (docs/specification/zones-and-bands.md §2.9), against the version
 * loaded. The rate follows the band on the rate card the package was priced with at intake, so the
 * rate stays the one in force on its intake date (§3.8); the next round offers it at that rate.
 */
export async function overridePackageBand(
  ctx: CommandContext,
  request: { packageId: number; override: BandOverrideRequest },
) {
  const { actor, now } = ctx;
  const { packageId: id, override } = request;
  return ctx.db.transaction(async (trx) => {
    const before = await getPackage(trx, id);
    if (before.status !== 'unplaced') {
      throw new Conflict(
        'illegal-transition',
        `Cannot override the band of package ${id}: it is ${before.status}.`,
        {
          currentStatus: before.status,
        },
      );
    }
    if (override.band === before.band) {
      throw new Unprocessable(
        'band-override-unchanged',
        `Package ${id} is already in the ${before.band} band.`,
      );
    }
    const card = (await loadRateCards(trx)).find((c) => c.id === before.rateCardId);
    if (!card) throw new Unprocessable('no-rate-card', `Package ${id}'s rate card is gone.`);
    const placedBand = before.bandOverride?.placedBand ?? before.band;
    const updated = await trx('packages')
      .where({ id, version: override.version })
      .update({
        band: override.band,
        hourly_rate_pence: card.rates[override.band],
        ...overrideColumns(override, { placedBand, actor, now }),
        updated_at: now,
        version: trx.raw('version + 1'),
      });
    if (updated !== 1) {
      throw new Conflict(
        'package-version-conflict',
        `Package ${id} was changed by someone else since version ${override.version}; reload it and try again.`,
        { currentVersion: before.version },
      );
    }
    const after = await getPackage(trx, id);
    await recordAudit(trx, actor, now, {
      action: 'package.band-override',
      entityType: 'package',
      entityId: id,
      before: audited(before),
      after: audited(after),
    });
    return after;
  });
}
