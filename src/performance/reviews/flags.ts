/**
 * Reading, confirming and dismissing promotion/demotion flags. Commissioners decide them (and
 * admins, who kept the right), each decision with its reason code, evidence and comment
 * (docs/specification/allocation.md §5.7, story C4). The role changes only on confirmation, in the
 * same transaction as the flag and both audit rows; whoever raised a flag by hand cannot confirm it.
 */
import { recordAudit } from '../../audit/record';
import type { Db } from '../../db/connect';
import { toBool } from '../../db/dialect';
import { Conflict, Forbidden, NotFound, Unprocessable } from '../../errors';
import { notify } from '../../notifications/notify';
import type { Services } from '../../services';
import type { CommandContext } from '../command';
import { coverageAfterDemotion, primeCoverage } from './coverage';
import type { DecisionReason, FlagStatus } from './model';
import {
  flagRow,
  flagRows,
  markDecided,
  providerStatus,
  setZoneRole,
  zoneRole,
  type FlagFilter,
  type FlagRow,
} from './queries';
import type { FlagEvidence } from './run';

/** An instant as ISO text; null stays null (typed so that a column never null gives a string). */
function iso(ms: number): string;
function iso(ms: number | null): string | null;
function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(Number(ms)).toISOString();
}

function flagView(r: FlagRow, zoneName: string | null) {
  return {
    id: Number(r.id),
    provider: { id: Number(r.provider_id), name: r.provider_name ?? null },
    zone: { id: r.zone_id, name: zoneName },
    kind: r.kind,
    fromRole: r.from_role,
    toRole: r.to_role,
    reviewMonth: r.review_month,
    period: { from: r.period_from, to: r.period_to },
    belowMinPrimes: toBool(r.below_min_primes),
    evidence: JSON.parse(r.evidence_json) as FlagEvidence,
    status: r.status,
    raisedAt: iso(r.raised_at),
    raisedBy: r.raised_by === null ? null : Number(r.raised_by),
    raiseComment: r.raise_comment,
    decision:
      r.decided_at === null
        ? null
        : {
            at: iso(r.decided_at),
            by: r.decided_by === null ? null : Number(r.decided_by),
            reason: r.decision_reason,
            evidence: r.decision_evidence,
            comment: r.decision_comment,
          },
  };
}

/** The database (the pool, or a step's transaction) and the zone facts read through it. */
type ZoneReads = Pick<Services, 'db' | 'zoneFacts'>;

/** A flag command also reads the zone's facts (its name, its minimum primes). */
type FlagCommandContext = CommandContext & Pick<Services, 'zoneFacts'>;

async function zoneName({ db, zoneFacts }: ZoneReads, zoneId: string): Promise<string | null> {
  return (await zoneFacts.of(db, zoneId))?.name ?? null;
}

export async function listFlags(reads: ZoneReads, filter: FlagFilter) {
  const rows = await flagRows(reads.db, filter);
  return Promise.all(rows.map(async (r) => flagView(r, await zoneName(reads, r.zone_id))));
}

/** What demoting the flag's provider would leave in its zone, as things are now. */
async function coverageNow(reads: ZoneReads, flag: FlagRow) {
  const facts = (await primeCoverage(reads)).get(flag.zone_id);
  const active = (await providerStatus(reads.db, flag.provider_id)) === 'active';
  return facts ? coverageAfterDemotion(facts, active) : null;
}

/** A demotion, or a CQC downgrade of a prime: confirming it takes a prime away from the zone. */
const takesAPrime = (flag: Pick<FlagRow, 'from_role' | 'to_role'>) =>
  flag.from_role === 'prime' && flag.to_role !== 'prime';

/** A flag with the zone's prime coverage as it is now (it may have changed since the flag was raised). */
export async function getFlag(reads: ZoneReads, id: number) {
  const row = await flagRow(reads.db, id, { named: true });
  if (!row) throw new NotFound('flag-not-found', `No review flag ${id}.`);
  const view = flagView(row, await zoneName(reads, row.zone_id));
  if (!takesAPrime(row)) return { ...view, coverageNow: null };
  return { ...view, coverageNow: await coverageNow(reads, row) };
}

/** What a commissioner records with each decision. */
export interface DecisionInput {
  reason: DecisionReason;
  evidence: string;
  comment: string;
}

export async function confirmFlag(
  ctx: FlagCommandContext,
  id: number,
  input: DecisionInput & { acknowledgeBelowMinPrimes: boolean },
) {
  const { actor, now } = ctx;
  await ctx.db.transaction(async (trx) => {
    const flag = await openFlag(trx, id);
    // Four eyes on a flag raised by hand: its raiser may dismiss it, not confirm it.
    if (flag.raised_by !== null && Number(flag.raised_by) === actor.userId) {
      throw new Forbidden('own-flag', `You raised review flag ${id}; another commissioner confirms it.`);
    }
    const role = await zoneRole(trx, flag.provider_id, flag.zone_id);
    if (role !== flag.from_role) {
      throw new Conflict(
        'role-changed',
        `The provider is no longer ${flag.from_role} in ${flag.zone_id}; dismiss the flag.`,
        { currentRole: role ?? null },
      );
    }
    const reads = { db: trx, zoneFacts: ctx.zoneFacts };
    const coverage = takesAPrime(flag) ? await coverageNow(reads, flag) : null;
    // docs/specification/providers-and-framework.md §4.5: at least 2 primes per zone; the
    // commissioner may still decide, knowingly.
    if (coverage?.belowMinPrimes && !input.acknowledgeBelowMinPrimes) {
      throw new Unprocessable(
        'below-min-primes',
        `Demoting would leave ${flag.zone_id} with ${coverage.primesAfter} active primes, below its minimum of ${coverage.minPrimes}; confirm again with acknowledgeBelowMinPrimes: true.`,
        { coverage },
      );
    }
    const { reason, evidence, comment } = input;
    await decide({ ...ctx, db: trx }, flag, { status: 'confirmed', reason, evidence, comment });
    await setZoneRole(trx, {
      providerId: flag.provider_id,
      zoneId: flag.zone_id,
      role: flag.to_role,
      since: now,
    });
    await recordAudit(trx, actor, now, {
      action: 'provider.zone-role.set',
      entityType: 'provider',
      entityId: flag.provider_id,
      before: { zoneId: flag.zone_id, role: flag.from_role },
      after: { zoneId: flag.zone_id, role: flag.to_role, reason: `review flag ${flag.id}: ${reason}` },
    });
    if (coverage?.belowMinPrimes) {
      const zone = { id: flag.zone_id, name: (await zoneName(reads, flag.zone_id)) ?? flag.zone_id };
      const cause = `demotion confirmed (review flag ${flag.id})`;
      const counts = { required: coverage.minPrimes, actual: coverage.primesAfter };
      await notify(trx, { type: 'zone.below-minimum-primes', zone, ...counts, cause }, now);
    }
  });
  return getFlag(ctx, id);
}

export async function dismissFlag(ctx: FlagCommandContext, id: number, input: DecisionInput) {
  await ctx.db.transaction(async (trx) => {
    const flag = await openFlag(trx, id);
    await decide({ ...ctx, db: trx }, flag, { status: 'dismissed', ...input });
  });
  return getFlag(ctx, id);
}

async function openFlag(db: Db, id: number): Promise<FlagRow> {
  const flag = await flagRow(db, id, { named: false });
  if (!flag) throw new NotFound('flag-not-found', `No review flag ${id}.`);
  if (flag.status !== 'open') {
    throw new Conflict('flag-already-decided', `Review flag ${id} is already ${flag.status}.`, {
      flagStatus: flag.status,
    });
  }
  return flag;
}

/** The conditional update decides a race between two commissioners: only one moves the flag from open. */
async function decide(
  ctx: CommandContext,
  flag: FlagRow,
  decision: DecisionInput & { status: Exclude<FlagStatus, 'open'> },
) {
  const { db, actor, now } = ctx;
  const { status, reason, evidence, comment } = decision;
  if (!(await markDecided(db, flag.id, { ...decision, at: now, by: actor.userId })))
    throw new Conflict('flag-already-decided', `Review flag ${flag.id} was decided by someone else.`);
  await recordAudit(db, actor, now, {
    action: status === 'confirmed' ? 'review-flag.confirm' : 'review-flag.dismiss',
    entityType: 'review-flag',
    entityId: flag.id,
    before: { status: 'open' },
    after: {
      status,
      reason,
      evidence,
      comment,
      providerId: Number(flag.provider_id),
      zoneId: flag.zone_id,
      kind: flag.kind,
    },
  });
}
