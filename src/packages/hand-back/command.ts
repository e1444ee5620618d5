/**
 * Hand-backs with notice (docs/specification/hand-backs.md §6.2–6.3; docs/brokerage.md "Hand-backs"):
 * the provider gives notice and keeps delivering care until the notice date; re-brokering opens the
 * configured lead time before it (at once by default) so that the next provider starts the day after.
 * Notice shorter than the default is held until a commissioner decides, unless the reason is safety
 * or the provider leaving the market.
 */
import type { CommandContext, EngineContext } from '../../allocation/context';
import { rebrokerAfterHandBack } from '../../allocation/episodes';
import { londonDate, type IsoDate } from '../../calendar/dates';
import { lastVisitCheck, noticeDateCheck, requireDatesInRange } from '../../calendar/field-rules';
import { Conflict } from '../../errors';
import { notify } from '../../notifications/notify';
import { assertTransition, withPackage } from '../lifecycle';
import { auditMove, setStatus } from '../moves';
import type { PackageRecord } from '../model';
import { minimumNoticeDate, noticeTerms, rebrokerOpensOn } from './notice';
import { handBackOn, recordDecision, recordHandBack } from './queries';

export interface Notice {
  reason: string;
  noticeDate: IsoDate;
  /** Default: the notice date. */
  lastVisit?: IsoDate | undefined;
}

/** The provider holding a package gives notice of handing it back. */
export function handBack(ctx: CommandContext, input: Notice & { packageId: number }) {
  return withPackage(ctx, input.packageId, (engine, pkg) => giveNotice(engine, pkg, input));
}

/**
 * Records the notice on the package's current episode (audited, the provider told) and opens
 * re-brokering when it is due today. Also used for each package of a provider leaving the market.
 */
export async function giveNotice(engine: EngineContext, pkg: PackageRecord, notice: Notice): Promise<void> {
  assertTransition(pkg, 'hand-back');
  if (await handBackOn(engine.trx, pkg.currentEpisodeId)) {
    throw new Conflict('hand-back-already-given', `Package ${pkg.id} has already been handed back.`);
  }
  const { reason, noticeDate } = notice;
  const lastVisit = notice.lastVisit ?? noticeDate;
  requireDatesInRange([
    noticeDateCheck('body.noticeDate', noticeDate, engine.now),
    lastVisitCheck('body.lastVisit', notice.lastVisit, { noticeDate, now: engine.now }),
  ]);
  const today = londonDate(engine.now);
  const terms = noticeTerms({ reason, noticeDate, today, rules: engine.config.handBack });
  await recordHandBack(engine, { episodeId: pkg.currentEpisodeId, reason, noticeDate, lastVisit, ...terms });
  await auditMove(engine, pkg, 'package.hand-back', {
    status: pkg.status,
    providerId: pkg.providerId,
    reason,
    noticeDate,
    lastVisit,
    ...terms,
  });
  const handback = { type: 'handback.accepted' as const, pkg, providerId: pkg.providerId!, noticeDate };
  await notify(engine.trx, handback, engine.now);
  if (terms.approval === 'pending') await askCommissioners(engine, pkg, today);
  if (terms.approval === 'not-needed' && terms.rebrokerOpensOn <= today) await openRebrokering(engine, pkg);
}

/** Commissioners are told that short notice waits for one of them (in the hand-back's transaction). */
async function askCommissioners(engine: EngineContext, pkg: PackageRecord, today: IsoDate): Promise<void> {
  const given = (await handBackOn(engine.trx, pkg.currentEpisodeId))!;
  const notice = {
    episodeId: given.episodeId,
    provider: { id: given.providerId, name: given.providerName },
    reason: given.reason,
    noticeDate: given.noticeDate,
    fullNoticeDate: minimumNoticeDate(today, engine.config.handBack),
  };
  await notify(engine.trx, { type: 'handback.short-notice', pkg, notice }, engine.now);
}

/**
 * Re-brokering opens: the package is brokered again while the outgoing provider keeps it (and the
 * care) until its notice date or the next award, whichever comes first.
 */
export async function openRebrokering(engine: EngineContext, pkg: PackageRecord): Promise<void> {
  assertTransition(pkg, 'rebroker');
  await setStatus(engine, pkg, 'brokering');
  await auditMove(engine, pkg, 'package.rebroker', { status: 'brokering', providerId: pkg.providerId });
  await rebrokerAfterHandBack(engine, { ...pkg, status: 'brokering' });
}

/**
 * A commissioner approves short notice, or refuses it: the notice then runs the default period from
 * the day it was given, and the provider keeps the care until then.
 */
export function decideShortNotice(
  ctx: CommandContext,
  input: { packageId: number; decision: 'approve' | 'refuse' },
) {
  return withPackage(ctx, input.packageId, async (engine, pkg) => {
    const notice = await handBackOn(engine.trx, pkg.currentEpisodeId);
    if (!notice || notice.approval !== 'pending') {
      throw new Conflict('no-notice-pending', `Package ${pkg.id} has no short notice awaiting a decision.`);
    }
    const rules = engine.config.handBack;
    const today = londonDate(engine.now);
    const approval = input.decision === 'approve' ? ('approved' as const) : ('refused' as const);
    const fullNotice = minimumNoticeDate(londonDate(notice.givenAt), rules);
    const noticeDate = approval === 'approved' ? notice.noticeDate : fullNotice;
    // A notice date approved after it passed still hands the care over from tomorrow at the earliest.
    const effective = noticeDate < today ? today : noticeDate;
    const opensOn = rebrokerOpensOn(effective, today, rules);
    // Refused: the provider visits until the full notice runs out.
    const lastVisit = approval === 'refused' ? effective : notice.lastVisit;
    await recordDecision(
      { trx: engine.trx, now: engine.now, userId: engine.actor.userId },
      { episodeId: notice.episodeId, approval, noticeDate: effective, lastVisit, rebrokerOpensOn: opensOn },
    );
    await auditMove(engine, pkg, 'package.hand-back.decide', {
      approval,
      noticeDate: effective,
      rebrokerOpensOn: opensOn,
    });
    if (opensOn <= today) await openRebrokering(engine, pkg);
  });
}
