/**
 * What happens at each simulated event: the officers, providers and admin act through the same
 * commands the API calls (intake, respond to offer, start, hand back, end, widen, cancel, declare
 * capacity, record evidence, decide review flags), and the scheduled jobs run as the scheduler
 * would run them.
 */
import type { CommandContext } from '../../allocation/context';
import type { Actor } from '../../auth/roles';
import { londonDate } from '../../calendar/dates';
import { DomainError } from '../../errors';
import { intakePackage } from '../../packages/intake';
import { cancelPackage, confirmStart, endPackage, widenSearch } from '../../packages/lifecycle';
import { respondToOffer } from '../../allocation/respond';
import { INDICATIVE_RATE_CARD_2021 } from '../../pricing/rate-card';
import { sweepRounds } from '../../allocation/sweep';
import { decideAnswer, planHandBack, startDelayDays } from '../providers/behaviour';
import { releaseHeld } from '../providers/ledger';
import { substream } from '../random';
import type { PackageRequest } from '../demand/generator';
import type { Sim, SimEvent, SimPackage } from './context';
import { touch } from './track';

const DAY = 86_400_000;

/** A command refused because the world moved on (offer expired, package already awarded…): expected, ignored. */
export async function tolerate<T>(work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof DomainError && (err.kind === 'conflict' || err.kind === 'unprocessable'))
      return undefined;
    throw err;
  }
}

/** The context of a command an actor makes at the event's instant, under the run's policy. */
export function commandAt(sim: Sim, actor: Actor, now: number): CommandContext {
  const { db, zoneFacts } = sim.services;
  return { db, actor, now, config: sim.policy.config.allocation, zoneFacts };
}

export async function arrive(sim: Sim, request: PackageRequest, now: number): Promise<void> {
  const input = {
    reference: request.reference,
    location: { lon: request.location.lon, lat: request.location.lat },
    weeklyHours: request.weeklyHours,
    visitsPerWeek: request.visitsPerWeek,
    fundingStream: request.fundingStream,
    ...request.d2a,
    urgency: request.urgency,
    wantedStart: request.wantedStart,
    needs: request.needs,
  };
  const created = await intakePackage(sim.services, sim.world.officer, input, now);
  sim.counters.intakes += 1;
  const pkg: SimPackage = {
    id: created.id,
    hourlyRatePence: created.hourlyRatePence,
    request,
    status: created.status,
    offers: new Map(),
    reserved: new Set(),
    heldEpisode: null,
    holder: null,
    episodeOpenedAt: now,
    unplacedSince: null,
    officerStep: 0,
    officerPending: false,
    endAt: null,
    closed: false,
  };
  sim.packages.set(pkg.id, pkg);
  sim.queue.push(now + sim.policy.officers.cancelAfterDays * DAY, {
    kind: 'cancel-check',
    pkg,
    episodeOpenedAt: now,
  });
  await touch(sim, pkg, now);
}

export async function respond(
  sim: Sim,
  event: Extract<SimEvent, { kind: 'respond' }>,
  now: number,
): Promise<void> {
  const { pkg, offerId, providerId, random, outsideZone } = event;
  if (pkg.closed) return;
  // The simulator reads every package back after each change, so it knows when an offer was decided
  // before its provider got round to answering: the answer would be refused (409), so it is not sent.
  if (pkg.offers.get(offerId) !== 'pending') {
    sim.counters.lateAnswers += 1;
    return;
  }
  const profile = sim.profiles.get(providerId)!;
  const r = pkg.request;
  const free = sim.ledger.freeMinutes(providerId, r.zoneId);
  const minutes = Math.round(r.weeklyHours * 60);
  const facts = {
    band: r.band,
    urgency: r.urgency,
    weeklyMinutes: minutes,
    twoCarers: r.needs.twoCarers,
    outsideZone,
    rateRatio: pkg.hourlyRatePence / INDICATIVE_RATE_CARD_2021.rates[r.band],
  };
  const decision = decideAnswer(profile, facts, free, random);
  const actor = sim.world.providerActors.get(providerId)!;
  const response =
    decision.answer === 'accept'
      ? ({ answer: 'accept' } as const)
      : ({ answer: 'decline', reason: decision.reason } as const);
  const result = await tolerate(() => respondToOffer(commandAt(sim, actor, now), { offerId, response }));
  if (!result) {
    sim.counters.lateAnswers += 1;
    return;
  }
  sim.counters.answers[decision.answer] += 1;
  pkg.offers.set(offerId, result.status);
  if (decision.answer === 'accept' && (result.status === 'accepted' || result.status === 'won')) {
    sim.ledger.reserve(offerId, providerId, r.zoneId, minutes);
    pkg.reserved.add(offerId);
  }
  // A round still waiting for others changed nothing but this offer; anything else is read back.
  if (result.roundOutcome !== 'waiting') await touch(sim, pkg, now);
}

export async function sweep(sim: Sim, now: number): Promise<void> {
  const { duePackages } = await sweepRounds(sim.services, now);
  sim.counters.sweeps += 1;
  for (const id of new Set(duePackages)) {
    const pkg = sim.packages.get(id);
    if (pkg) await touch(sim, pkg, now);
  }
}

/** Care starts on the agreed date, or `delay` days later for a provider that slips (behaviour.ts). */
export async function startCare(
  sim: Sim,
  event: Extract<SimEvent, { kind: 'start' }>,
  now: number,
): Promise<void> {
  const { pkg, episodeId, late } = event;
  if (pkg.closed || pkg.heldEpisode !== episodeId || pkg.status !== 'awarded' || !pkg.holder) return;
  const random = substream(sim.seed, `start|${pkg.request.reference}|${episodeId}`);
  const delay = late ? 0 : startDelayDays(sim.profiles.get(pkg.holder.providerId)!, random);
  if (delay > 0) {
    sim.queue.push(now + delay * DAY, { kind: 'start', pkg, episodeId, late: true });
    return;
  }
  await doStart(sim, event, now, random);
}

async function doStart(
  sim: Sim,
  { pkg, episodeId }: Extract<SimEvent, { kind: 'start' }>,
  now: number,
  random: () => number,
): Promise<void> {
  const holder = pkg.holder!;
  const actor = sim.world.providerActors.get(holder.providerId)!;
  const started = await tolerate(() =>
    confirmStart(commandAt(sim, actor, now), { packageId: pkg.id, startedOn: londonDate(now) }),
  );
  if (!started) return;
  pkg.status = 'active';
  sim.counters.starts += 1;
  if (pkg.endAt === null) {
    pkg.endAt = now + pkg.request.durationDays * DAY;
    sim.queue.push(pkg.endAt, { kind: 'end', pkg });
  }
  const plan = planHandBack(sim.profiles.get(holder.providerId)!, pkg.request.band, random);
  if (plan) {
    const at = now + Math.max(DAY, (pkg.endAt - now) * plan.atFraction);
    if (at < pkg.endAt) sim.queue.push(at, { kind: 'hand-back', pkg, episodeId, plan });
  }
}

/** Care is no longer needed: an active package ends; one still waiting, or awarded but not started, is cancelled. */
export async function endCare(sim: Sim, pkg: SimPackage, now: number): Promise<void> {
  if (pkg.closed) return;
  const ctx = commandAt(sim, sim.world.officer, now);
  const reason = 'care no longer needed';
  const done =
    pkg.status === 'active'
      ? await tolerate(() => endPackage(ctx, { packageId: pkg.id, endedOn: londonDate(now), reason }))
      : await tolerate(() => cancelPackage(ctx, { packageId: pkg.id, reason }));
  if (!done) return;
  if (pkg.status === 'active') sim.counters.ended += 1;
  else sim.counters.cancelled += 1;
  close(sim, pkg, done);
}

/** The officers' next step for an unplaced package: widen (policy timetable), else retry neighbours. */
export async function officerStep(sim: Sim, pkg: SimPackage, now: number): Promise<void> {
  pkg.officerPending = false;
  if (pkg.closed || pkg.status !== 'unplaced') return;
  const step = sim.policy.officers.widen[pkg.officerStep];
  pkg.officerStep += 1;
  const scope = step?.scope ?? 'neighbours';
  const done = await tolerate(() =>
    widenSearch(commandAt(sim, sim.world.officer, now), { packageId: pkg.id, scope }),
  );
  if (done) sim.counters.widened += 1;
  await touch(sim, pkg, now);
}

/** A package still waiting long after its episode opened is cancelled: the person's needs were met another way. */
export async function cancelCheck(
  sim: Sim,
  pkg: SimPackage,
  episodeOpenedAt: number,
  now: number,
): Promise<void> {
  if (pkg.closed || pkg.episodeOpenedAt !== episodeOpenedAt) return;
  if (pkg.status !== 'brokering' && pkg.status !== 'unplaced') return;
  const done = await tolerate(() =>
    cancelPackage(commandAt(sim, sim.world.officer, now), {
      packageId: pkg.id,
      reason: 'needs met another way while waiting',
    }),
  );
  if (!done) return;
  sim.counters.cancelled += 1;
  close(sim, pkg, done);
}

/**
 * The package ended or was cancelled (`closed` is the command's answer): nothing more happens to it.
 * It is not read back, as a screen would not: its open offers were withdrawn and every other offer
 * decided, so all the hours still reserved for its offers are released, and its holder's hours too.
 */
function close(sim: Sim, pkg: SimPackage, closed: { status: string }): void {
  if (pkg.holder?.branch) releaseHeld(pkg.holder.branch, pkg.holder.minutes);
  pkg.holder = null;
  pkg.status = closed.status;
  for (const offerId of pkg.reserved) sim.ledger.release(offerId);
  pkg.reserved.clear();
  pkg.closed = true;
}
