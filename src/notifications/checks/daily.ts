import type { Knex } from 'knex';
import { londonDate } from '../../calendar/dates';
import type { Config } from '../../config';
import { careStartOverdueCutoff } from '../../packages/care-start-overdue';
import { packagesById } from '../../packages/queries';
import { capacityEntries } from '../../providers/capacity';
import { notToldYet, toldOnce } from './marks';
import { reviewsFallingDue } from './review-due';

type Deps = { db: Knex; config: Config };

/**
 * The daily checks (NOTIFICATION_CHECKS_SCHEDULE): providers whose capacity declaration has gone out
 * of date, and officers of care that should have started and has not, and of discharge to assess
 * reviews falling due. Each condition is told once.
 */
export async function runNotificationChecks(deps: Deps, now: number) {
  return {
    capacityStale: await staleCapacity(deps, now),
    careNotStarted: await careNotStarted(deps, now),
    reviewsDue: await reviewsFallingDue(deps.db, now),
  };
}

async function staleCapacity({ db, config }: Deps, now: number): Promise<number> {
  const staleDays = config.allocation.capacityStaleDays;
  const stale = (await capacityEntries(db, { state: 'stale' }, { now, staleDays })).filter(
    (e) => e.providerStatus === 'active' && e.capacity !== null,
  );
  const told = new Set(
    (
      await db('notification_marks')
        .whereIn(
          'key',
          stale.map((e) => `capacity.stale:${e.capacity!.declarationId}`),
        )
        .pluck('key')
    ).map(String),
  );
  const fresh = stale.filter((e) => !told.has(`capacity.stale:${e.capacity!.declarationId}`));
  // Every new finding in one transaction: its marks in one insert, its events in another.
  await toldOnce(db, now, {
    keys: fresh.map((e) => `capacity.stale:${e.capacity!.declarationId}`),
    events: () =>
      fresh.map((entry) => ({
        type: 'capacity.stale' as const,
        providerId: entry.providerId,
        declarationId: entry.capacity!.declarationId,
        zone: { id: entry.zoneId, name: entry.zoneName },
        declaredAt: Date.parse(entry.capacity!.declaredAt),
        staleDays,
      })),
  });
  return fresh.length;
}

async function careNotStarted({ db, config }: Deps, now: number): Promise<number> {
  const cutoff = careStartOverdueCutoff(londonDate(now), config.allocation.careStartOverdueDays);
  const rows: {
    package_id: number;
    episode_id: number;
    agreed_start: string;
    provider_id: number;
    name: string;
  }[] = await notToldYet(
    db('brokerage_episodes as e')
      .join('packages as p', 'p.current_episode_id', 'e.id')
      .join('providers as pr', 'pr.id', 'e.awarded_provider_id')
      .where('p.status', 'awarded')
      .where('e.outcome', 'awarded')
      .whereNull('e.care_started_on')
      .where(db.raw('coalesce(e.agreed_start, p.wanted_start)'), '<=', cutoff),
    'care.not-started',
    'e.id',
  ).select(
    'p.id as package_id',
    'e.id as episode_id',
    db.raw('coalesce(e.agreed_start, p.wanted_start) as agreed_start'),
    'pr.id as provider_id',
    'pr.name',
  );
  await toldOnce(db, now, {
    keys: rows.map((r) => `care.not-started:${r.episode_id}`),
    events: async (trx) => {
      const packages = await packagesById(
        trx,
        rows.map((r) => Number(r.package_id)),
      );
      return rows.map((r) => ({
        type: 'care.not-started' as const,
        pkg: packages.get(Number(r.package_id))!,
        episodeId: Number(r.episode_id),
        agreedStart: r.agreed_start,
        provider: { id: Number(r.provider_id), name: r.name },
      }));
    },
  });
  return rows.length;
}
