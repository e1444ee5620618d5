/**
 * Rounds and offers: storing a decided round, sending its offers, settling it. With episodes.ts
 * and answers.ts beside it, this is the only SQL that writes brokerage_episodes, brokerage_rounds
 * and offers. Statements that do not depend on one another go to the driver together (`together`,
 * src/db/dialect.ts): each group below touches separate rows, so their order does not matter, and
 * every one has settled before the function returns.
 */
import type { Knex } from 'knex';
import { recordAudit } from '../../audit/record';
import { together } from '../../db/dialect';
import type { PackageRecord } from '../../packages/model';
import { NotFound } from '../../errors';
import { latestNoticeDateQuery } from '../../packages/hand-back/queries';
import { getPackage, toPackage, type PackageRow } from '../../packages/queries';
import type { OfferForAward, OfferStatus } from '../award';
import type { EngineContext } from '../context';
import { handedBackProviders, nextNumber } from './episodes';
import { storedDecision, type RoundKind, type RoundPlan } from '../policy';

type Trx = Knex.Transaction;

export interface RoundRow {
  id: number;
  episode_id: number;
  package_id: number;
  number: number;
  kind: RoundKind;
  opened_at: number;
  deadline_at: number;
  closed_at: number | null;
  outcome: string | null;
}

/** Stores a decided round (its decision is the explanation); one with nobody eligible is closed at once. */
export async function insertRound(
  ctx: EngineContext,
  round: { episodeId: number; packageId: number; plan: RoundPlan },
): Promise<number> {
  const { plan } = round;
  const empty = plan.eligible.length === 0;
  const [row] = await ctx
    .trx('brokerage_rounds')
    .insert({
      episode_id: round.episodeId,
      package_id: round.packageId,
      number: nextNumber(ctx.trx, 'brokerage_rounds', 'episode_id', round.episodeId),
      kind: plan.kind,
      opened_at: ctx.now,
      deadline_at: plan.deadlineAt,
      closed_at: empty ? ctx.now : null,
      outcome: empty ? 'no-eligible' : null,
      opened_by: ctx.actor.userId,
      decision_json: JSON.stringify(storedDecision(plan)),
    })
    .returning('id');
  return (row as { id: number }).id;
}

/** Sends the round's offers to its eligible providers, in rank order, and audits the round's opening. */
export async function sendOffers(
  ctx: EngineContext,
  round: { roundId: number; episodeId: number; pkg: PackageRecord; plan: RoundPlan },
): Promise<void> {
  const { roundId, episodeId, pkg, plan } = round;
  const insertOffers = () =>
    ctx.trx('offers').insert(
      plan.eligible.map((c) => ({
        round_id: roundId,
        episode_id: episodeId,
        package_id: pkg.id,
        provider_id: c.providerId,
        zone_id: pkg.zoneId,
        band: pkg.band,
        rank: c.rank,
        score: c.score.value,
        sent_at: ctx.now,
        deadline_at: plan.deadlineAt,
        status: 'pending',
      })),
    );
  await together(ctx.trx, [
    () => (plan.eligible.length === 0 ? Promise.resolve() : insertOffers()),
    () =>
      recordAudit(ctx.trx, ctx.actor, ctx.now, {
        action: 'round.open',
        entityType: 'package',
        entityId: pkg.id,
        after: {
          roundId,
          kind: plan.kind,
          offers: plan.eligible.map((c) => c.providerId),
          excluded: plan.excluded.length,
        },
      }),
  ]);
}

/** Rounds whose window has passed and that are still open, the longest overdue first. */
export async function dueRounds(
  db: Knex,
  due: { now: number; limit: number },
): Promise<{ id: number; episodeId: number; packageId: number }[]> {
  const rows: { id: number; episode_id: number; package_id: number }[] = await db('brokerage_rounds')
    .whereNull('closed_at')
    .where('deadline_at', '<=', due.now)
    .orderBy('deadline_at')
    .limit(due.limit)
    .select('id', 'episode_id', 'package_id');
  return rows.map((r) => ({ id: r.id, episodeId: r.episode_id, packageId: r.package_id }));
}

/** A round's offer with what its award would need: who it went to and the start they proposed. */
export interface RoundOffer extends OfferForAward {
  providerId: number;
  proposedStart: string | null;
}

export interface RoundOfferRow {
  id: number;
  rank: number;
  status: OfferStatus;
  provider_id: number;
  proposed_start: string | null;
}

export const ROUND_OFFER_COLUMNS = ['id', 'rank', 'status', 'provider_id', 'proposed_start'] as const;

export function toRoundOffer(row: RoundOfferRow): RoundOffer {
  return {
    offerId: Number(row.id),
    rank: Number(row.rank),
    status: row.status,
    providerId: Number(row.provider_id),
    proposedStart: row.proposed_start ?? null,
  };
}

/** At the deadline, offers nobody answered expire. */
export async function expirePendingOffers(trx: Trx, roundId: number): Promise<void> {
  await trx('offers').where({ round_id: roundId, status: 'pending' }).update({ status: 'expired' });
}

/** Closes a round still open; one closed meanwhile keeps the outcome it was closed with. */
function closeRound(ctx: EngineContext, round: RoundRow, outcome: 'awarded' | 'no-acceptance') {
  return ctx
    .trx('brokerage_rounds')
    .where({ id: round.id })
    .whereNull('closed_at')
    .update({ closed_at: ctx.now, outcome });
}

/** Closes a round nobody accepted, reading what the next round is decided on meanwhile. */
export async function closeUnaccepted(
  ctx: EngineContext,
  round: RoundRow,
): Promise<{ pkg: PackageRecord; handedBack: number[] }> {
  const [, pkg, handedBack] = await together(ctx.trx, [
    () => closeRound(ctx, round, 'no-acceptance'),
    () => getPackage(ctx.trx, round.package_id),
    () => handedBackProviders(ctx.trx, round.package_id),
  ]);
  return { pkg, handedBack };
}

export interface WinningOffer {
  id: number;
  providerId: number;
  rank: number;
  proposedStart: string | null;
}

export function winningOffer(offer: RoundOffer): WinningOffer {
  const { offerId, providerId, rank, proposedStart } = offer;
  return { id: offerId, providerId, rank, proposedStart };
}

/**
 * The package about to be awarded, and the latest notice date of a hand-back in its history, in
 * one statement.
 */
export async function awardFacts(
  trx: Trx,
  packageId: number,
): Promise<{ pkg: PackageRecord; noticeDate: string | null }> {
  const row: (PackageRow & { latest_notice_date: string | null }) | undefined = await trx('packages')
    .where({ id: packageId })
    .first('*', latestNoticeDateQuery(trx, packageId).as('latest_notice_date'));
  if (!row) throw new NotFound('package-not-found', `No package ${packageId}.`);
  return { pkg: toPackage(row), noticeDate: row.latest_notice_date ?? null };
}

/**
 * Exactly one award per episode: the conditional update on the episode decides the single winner.
 * False when the episode was already decided.
 */
export async function claimAward(
  ctx: EngineContext,
  award: { round: RoundRow; offer: WinningOffer; agreedStart: string },
): Promise<boolean> {
  const { round, offer } = award;
  const won = await ctx
    .trx('brokerage_episodes')
    .where({ id: round.episode_id })
    .whereNull('outcome')
    .update({
      outcome: 'awarded',
      awarded_provider_id: offer.providerId,
      awarded_offer_id: offer.id,
      awarded_at: ctx.now,
      award_round_kind: round.kind,
      agreed_start: award.agreedStart,
      closed_at: ctx.now,
    });
  return won === 1;
}

/**
 * After the episode is claimed: the winning offer won, the others lost, the round closed, the
 * package awarded (false when it was no longer brokering), audited, and `alongside` written (the
 * award's notification). Separate rows, so they go to the driver together; when the package was no
 * longer brokering the caller's transaction rolls all back.
 */
export async function recordAward(
  ctx: EngineContext,
  award: { round: RoundRow; offer: WinningOffer; packageId: number },
  alongside: () => PromiseLike<unknown>,
): Promise<boolean> {
  const { round, offer, packageId } = award;
  const [, , moved] = await together(ctx.trx, [
    // The winner won; every other offer of the episode still pending or accepted lost.
    () =>
      ctx
        .trx('offers')
        .where({ episode_id: round.episode_id })
        .where((q) => q.where({ id: offer.id }).orWhereIn('status', ['pending', 'accepted']))
        .update({ status: ctx.trx.raw('case when id = ? then ? else ? end', [offer.id, 'won', 'lost']) }),
    () => closeRound(ctx, round, 'awarded'),
    () =>
      ctx
        .trx('packages')
        .where({ id: packageId, status: 'brokering' })
        .update({
          status: 'awarded',
          provider_id: offer.providerId,
          updated_at: ctx.now,
          version: ctx.trx.raw('version + 1'),
        }),
    () =>
      recordAudit(ctx.trx, ctx.actor, ctx.now, {
        action: 'package.award',
        entityType: 'package',
        entityId: packageId,
        before: { status: 'brokering', providerId: null },
        after: {
          status: 'awarded',
          providerId: offer.providerId,
          offerId: offer.id,
          roundKind: round.kind,
          rank: offer.rank,
        },
      }),
    alongside,
  ]);
  return moved === 1;
}
