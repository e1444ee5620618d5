/**
 * A CQC downgrade in the register (docs/cqc-ratings.md "Downgrades"): commissioners are told, and
 * each zone role of the provider gets a 'cqc-downgrade' review flag — for a prime, a recommended
 * demotion to supplementary; for a supplementary, a review of its place (the role stays unless a
 * commissioner decides otherwise). Runs inside the transaction that recorded the ratings.
 */
import { recordAudit } from '../../audit/record';
import { londonDate } from '../../calendar/dates';
import { notify } from '../../notifications/notify';
import { notifyFlagRaised } from '../../notifications/provider-events';
import type { Downgrade } from '../../providers/cqc/model';
import type { ZoneRole } from '../../providers/model';
import type { CommandContext } from '../command';
import { hasOpenFlag, insertFlag } from './queries';

export async function raiseCqcDowngrade(
  ctx: CommandContext,
  change: { providerId: number; downgrades: readonly Downgrade[] },
): Promise<number[]> {
  const { db, now } = ctx;
  const { providerId, downgrades } = change;
  const provider = (await db('providers').where({ id: providerId }).first('name')) as { name: string };
  await notify(
    db,
    { type: 'provider.cqc-downgraded', provider: { id: providerId, name: provider.name }, downgrades },
    now,
  );
  const roles = (await db('provider_zone_roles')
    .where({ provider_id: providerId })
    .select('zone_id', 'role')) as { zone_id: string; role: ZoneRole }[];
  const raised: number[] = [];
  for (const role of roles) {
    const id = await raiseOne(ctx, { providerId, zoneId: role.zone_id, role: role.role, downgrades });
    if (id !== null) raised.push(id);
  }
  return raised;
}

async function raiseOne(
  ctx: CommandContext,
  flag: { providerId: number; zoneId: string; role: ZoneRole; downgrades: readonly Downgrade[] },
): Promise<number | null> {
  const { db, actor, now } = ctx;
  const { providerId, zoneId, role, downgrades } = flag;
  if (await hasOpenFlag(db, { providerId, zoneId, kind: 'cqc-downgrade' })) return null;
  const today = londonDate(now);
  const published = downgrades.map((d) => d.publishedOn).sort();
  const reviewMonth = today.slice(0, 7);
  const id = await insertFlag(db, {
    provider_id: providerId,
    zone_id: zoneId,
    kind: 'cqc-downgrade',
    from_role: role,
    to_role: role === 'prime' ? 'supplementary' : role,
    review_month: reviewMonth,
    period_from: published[0] ?? today,
    period_to: published[published.length - 1] ?? today,
    evidence_json: JSON.stringify({ rule: 'cqc-downgrade', months: [], cqcDowngrades: downgrades }),
    below_min_primes: false,
    status: 'open',
    raised_at: now,
  });
  if (id === null) return null;
  await recordAudit(db, actor, now, {
    action: 'review-flag.raise',
    entityType: 'review-flag',
    entityId: id,
    after: { providerId, zoneId, kind: 'cqc-downgrade', reviewMonth },
  });
  await notifyFlagRaised(db, { id, providerId, zoneId, kind: 'cqc-downgrade' }, now);
  return id;
}
