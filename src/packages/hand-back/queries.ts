/**
 * Hand-backs as stored on the episode the provider held (brokerage_episodes.hand_back_*): the
 * notice, the commissioner's decision on short notice, and when re-brokering opened.
 */
import type { Knex } from 'knex';
import type { Queryable } from '../../db/connect';
import type { IsoDate } from '../../calendar/dates';
import type { HandBackApproval } from './notice';

type Trx = Knex.Transaction;

/** A hand-back as the package view and the commands read it. */
export interface HandBackRecord {
  episodeId: number;
  packageId: number;
  providerId: number;
  providerName: string;
  givenAt: number;
  reason: string;
  noticeDate: IsoDate;
  lastVisit: IsoDate | null;
  approval: HandBackApproval;
  decidedBy: number | null;
  decidedAt: number | null;
  rebrokerOpensOn: IsoDate | null;
  rebrokeredAt: number | null;
}

const COLUMNS = [
  'e.id as episode_id',
  'e.package_id',
  'e.awarded_provider_id',
  'p.name as provider_name',
  'e.handed_back_at',
  'e.hand_back_reason',
  'e.hand_back_notice_date',
  'e.hand_back_last_visit',
  'e.hand_back_approval',
  'e.hand_back_decided_by',
  'e.hand_back_decided_at',
  'e.rebroker_opens_on',
  'e.rebrokered_at',
];

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

function toRecord(r: Record<string, unknown>): HandBackRecord {
  return {
    episodeId: Number(r.episode_id),
    packageId: Number(r.package_id),
    providerId: Number(r.awarded_provider_id),
    providerName: String(r.provider_name),
    givenAt: Number(r.handed_back_at),
    reason: String(r.hand_back_reason),
    noticeDate: String(r.hand_back_notice_date),
    lastVisit: (r.hand_back_last_visit as string | null) ?? null,
    approval: ((r.hand_back_approval as HandBackApproval | null) ?? 'not-needed') as HandBackApproval,
    decidedBy: num(r.hand_back_decided_by),
    decidedAt: num(r.hand_back_decided_at),
    rebrokerOpensOn: (r.rebroker_opens_on as string | null) ?? null,
    rebrokeredAt: num(r.rebrokered_at),
  };
}

function handBacks(db: Queryable) {
  return db('brokerage_episodes as e')
    .join('providers as p', 'p.id', 'e.awarded_provider_id')
    .whereNotNull('e.handed_back_at');
}

/** The hand-back given on this episode, if any. */
export async function handBackOn(db: Queryable, episodeId: number | null): Promise<HandBackRecord | null> {
  if (episodeId === null) return null;
  const row = await handBacks(db).where('e.id', episodeId).first(COLUMNS);
  return row ? toRecord(row) : null;
}

/**
 * The hand-back a package's page shows: the latest one still running, i.e. not yet re-brokered or
 * with its notice date not passed (the outgoing provider still delivers care).
 */
export async function runningHandBack(
  db: Queryable,
  pkg: { id: number; today: IsoDate },
): Promise<HandBackRecord | null> {
  const row = await handBacks(db)
    .where('e.package_id', pkg.id)
    .where((q) => q.whereNull('e.rebrokered_at').orWhere('e.hand_back_notice_date', '>=', pkg.today))
    .orderBy('e.number', 'desc')
    .first(COLUMNS);
  return row ? toRecord(row) : null;
}

/**
 * The latest notice date given on any of the package's episodes (the next provider starts after it), as
 * a subquery for the caller's own read of the package (src/allocation/queries/rounds.ts awardFacts).
 */
export function latestNoticeDateQuery(db: Queryable, packageId: number) {
  return db('brokerage_episodes').where({ package_id: packageId }).max('hand_back_notice_date');
}

export async function recordHandBack(
  ctx: { trx: Trx; now: number },
  notice: {
    episodeId: number | null;
    reason: string;
    noticeDate: IsoDate;
    lastVisit: IsoDate;
    approval: HandBackApproval;
    rebrokerOpensOn: IsoDate;
  },
): Promise<void> {
  await ctx.trx('brokerage_episodes').where({ id: notice.episodeId }).update({
    handed_back_at: ctx.now,
    hand_back_reason: notice.reason,
    hand_back_notice_date: notice.noticeDate,
    hand_back_last_visit: notice.lastVisit,
    hand_back_approval: notice.approval,
    rebroker_opens_on: notice.rebrokerOpensOn,
  });
}

/** A commissioner's decision on short notice, with the notice date it leaves and re-brokering's day. */
export async function recordDecision(
  ctx: { trx: Trx; now: number; userId: number | null },
  decision: {
    episodeId: number;
    approval: 'approved' | 'refused';
    noticeDate: IsoDate;
    lastVisit: IsoDate | null;
    rebrokerOpensOn: IsoDate;
  },
): Promise<void> {
  await ctx.trx('brokerage_episodes').where({ id: decision.episodeId }).update({
    hand_back_approval: decision.approval,
    hand_back_notice_date: decision.noticeDate,
    hand_back_last_visit: decision.lastVisit,
    hand_back_decided_by: ctx.userId,
    hand_back_decided_at: ctx.now,
    rebroker_opens_on: decision.rebrokerOpensOn,
  });
}

export async function markRebrokered(ctx: { trx: Trx; now: number }, episodeId: number): Promise<void> {
  await ctx.trx('brokerage_episodes').where({ id: episodeId }).update({ rebrokered_at: ctx.now });
}

/**
 * Packages still in care whose hand-back is due to re-broker by `today`: no decision pending, the
 * episode still the package's current one (a cancelled or ended package is not re-brokered), by status,
 * zone and id. The sweep asks every minute: the read starts from the few episodes handed back (the index
 * on their approval), not from every package in care. Written as a cross join, which SQLite's planner
 * takes in the order written (an inner join let it start from the packages); PostgreSQL plans it as the
 * inner join it is.
 */
export async function dueForRebrokering(db: Queryable, today: IsoDate): Promise<number[]> {
  const rows: { package_id: number }[] = await db('brokerage_episodes as e')
    .joinRaw('cross join ?? as ??', ['packages', 'k'])
    .whereRaw('?? = ??', ['k.id', 'e.package_id'])
    .whereRaw('?? = ??', ['k.current_episode_id', 'e.id'])
    .whereNotNull('e.handed_back_at')
    .whereNull('e.rebrokered_at')
    .whereIn('e.hand_back_approval', ['not-needed', 'approved', 'refused'])
    .where('e.rebroker_opens_on', '<=', today)
    .whereIn('k.status', ['awarded', 'active'])
    .orderBy(['k.status', 'k.zone_id', 'k.id'])
    .select('e.package_id');
  return rows.map((r) => Number(r.package_id));
}

/**
 * Packages being re-brokered that the outgoing provider still holds although its notice date has
 * passed: it no longer delivers care, so it no longer holds them.
 */
export async function outgoingCareEnded(db: Queryable, today: IsoDate): Promise<number[]> {
  const rows: { id: number }[] = await db('packages as k')
    .whereIn('k.status', ['brokering', 'unplaced'])
    .whereNotNull('k.provider_id')
    .whereExists((q) =>
      q
        .select(db.raw('1'))
        .from('brokerage_episodes as e')
        .whereRaw('e.package_id = k.id')
        .whereRaw('e.awarded_provider_id = k.provider_id')
        .whereNotNull('e.handed_back_at')
        .where('e.hand_back_notice_date', '<', today),
    )
    .select('k.id');
  return rows.map((r) => Number(r.id));
}
