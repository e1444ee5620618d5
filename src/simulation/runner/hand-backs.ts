/**
 * Hand-backs in the simulation (docs/specification/hand-backs.md §6.3): the provider gives the
 * default notice, or short notice for a share of hand-backs (policy `handBack.shortNoticeShare`);
 * short notice waits for the simulated commissioner; re-brokering opens when the service opens it —
 * at once by default, or `rebrokerLeadDays` before the notice date, when the sweep runs that day.
 */
import { addDays, londonDate, londonMidnight } from '../../calendar/dates';
import { decideShortNotice, handBack } from '../../packages/hand-back/command';
import { handBackOn } from '../../packages/hand-back/queries';
import { releaseHeld } from '../providers/ledger';
import { chance, substream } from '../random';
import type { Sim, SimEvent, SimPackage } from './context';
import { nextCronTime } from './cron';
import { commandAt, sweep, tolerate } from './handlers';
import { touch } from './track';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The simulated commissioner decides short notice a working day after it is given (SUGGESTION). */
export const DECIDE_SHORT_NOTICE_AFTER_HOURS = 24;

export async function giveBack(
  sim: Sim,
  event: Extract<SimEvent, { kind: 'hand-back' }>,
  now: number,
): Promise<void> {
  const { pkg, episodeId, plan } = event;
  if (pkg.closed || pkg.heldEpisode !== episodeId || !pkg.holder) return;
  const holder = pkg.holder;
  const ctx = commandAt(sim, sim.world.providerActors.get(holder.providerId)!, now);
  const behaviour = sim.policy.handBacks;
  // Its own substream, keyed like the hand-back plan, so a share of 0 leaves every other draw as it was.
  const random = substream(sim.seed, `notice|${pkg.request.reference}|${episodeId}`);
  const short = chance(random, behaviour.shortNoticeShare);
  const days = short ? behaviour.shortNoticeDays : ctx.config.handBack.noticeDays;
  const input = { packageId: pkg.id, reason: plan.reason, noticeDate: addDays(londonDate(now), days) };
  const done = await tolerate(() => handBack(ctx, input));
  if (!done) return;
  sim.counters.handBacks += 1;
  // A simplification: the provider's hours are freed at the hand-back, not at the notice date.
  if (holder.branch) releaseHeld(holder.branch, holder.minutes);
  pkg.holder = null;
  await afterNotice(sim, pkg, episodeId, now);
}

/** The simulated commissioner approves or refuses short notice (policy `handBack.shortNoticeDecision`). */
export async function decideNotice(
  sim: Sim,
  { pkg, episodeId }: Extract<SimEvent, { kind: 'notice-decision' }>,
  now: number,
): Promise<void> {
  if (pkg.closed) return;
  const decision = sim.policy.handBacks.shortNoticeDecision;
  const ctx = commandAt(sim, sim.world.commissioner, now);
  await tolerate(() => decideShortNotice(ctx, { packageId: pkg.id, decision }));
  await afterNotice(sim, pkg, episodeId, now);
}

/** Re-brokering's day: the sweep opens it (src/packages/hand-back/due.ts). */
export async function rebrokerDue(
  sim: Sim,
  { pkg }: Extract<SimEvent, { kind: 'rebroker' }>,
  now: number,
): Promise<void> {
  if (pkg.closed) return;
  await sweep(sim, now);
  await touch(sim, pkg, now);
  if (pkg.status === 'brokering' || pkg.status === 'unplaced') rebrokeringOpened(sim, pkg, now);
}

/** Where a notice leaves the package: re-brokering open now, awaiting a commissioner, or due later. */
async function afterNotice(sim: Sim, pkg: SimPackage, episodeId: number, now: number): Promise<void> {
  pkg.unplacedSince = null;
  pkg.officerStep = 0;
  await touch(sim, pkg, now);
  if (pkg.status === 'brokering' || pkg.status === 'unplaced') return rebrokeringOpened(sim, pkg, now);
  if (pkg.status !== 'awarded' && pkg.status !== 'active') return;
  const notice = await handBackOn(sim.services.db, episodeId);
  if (!notice || notice.rebrokeredAt !== null) return;
  if (notice.approval === 'pending') {
    sim.queue.push(now + DECIDE_SHORT_NOTICE_AFTER_HOURS * HOUR, { kind: 'notice-decision', pkg, episodeId });
  } else if (notice.rebrokerOpensOn !== null) {
    const from = Math.max(now + MINUTE, londonMidnight(notice.rebrokerOpensOn));
    const at = nextCronTime(sim.policy.config.allocation.sweepSchedule, from);
    sim.queue.push(at, { kind: 'rebroker', pkg, episodeId });
  }
}

/** A new brokering episode: the officers' cancel check runs from now. */
function rebrokeringOpened(sim: Sim, pkg: SimPackage, now: number): void {
  pkg.episodeOpenedAt = now;
  sim.queue.push(now + sim.policy.officers.cancelAfterDays * DAY, {
    kind: 'cancel-check',
    pkg,
    episodeOpenedAt: now,
  });
}
