/**
 * After every engine call that may have changed a package, the simulator reads it back (as a
 * provider portal or officer screen would) and reacts: new offers go to their providers, an award
 * books the winner's hours and schedules the start of care, an unplaced package goes on the
 * officers' list.
 */
import { londonMidnight } from '../../calendar/dates';
import { answerTiming } from '../providers/behaviour';
import { substream } from '../random';
import { nextCronTime } from './cron';
import type { Sim, SimPackage } from './context';
import { offerWindowMinutes } from '../../allocation/policy';

const HOUR = 3_600_000;
const MINUTE = 60_000;

interface OfferRow {
  id: number;
  provider_id: number;
  status: string;
  deadline_at: number;
  round_kind: string;
  round_number: number;
}

export async function touch(sim: Sim, pkg: SimPackage, now: number): Promise<void> {
  const { db } = sim.services;
  const row = await db('packages as p')
    .join('brokerage_episodes as e', 'e.id', 'p.current_episode_id')
    .where('p.id', pkg.id)
    .first('p.status', 'p.current_episode_id', 'e.number as episode_number');
  pkg.status = String(row.status);
  const episodeId = Number(row.current_episode_id);
  const episodeNumber = Number(row.episode_number);
  const offers: OfferRow[] = await db('offers as o')
    .join('brokerage_rounds as r', 'r.id', 'o.round_id')
    .where('r.episode_id', episodeId)
    .orderBy('o.id')
    .select(
      'o.id',
      'o.provider_id',
      'o.status',
      'o.deadline_at',
      'r.kind as round_kind',
      'r.number as round_number',
    );
  const statusOf = new Map(offers.map((o) => [Number(o.id), o.status]));
  for (const offerId of pkg.reserved) {
    const status = statusOf.get(offerId);
    if (status !== 'accepted') {
      if (status !== 'won') sim.ledger.release(offerId);
      pkg.reserved.delete(offerId);
    }
  }
  for (const offer of offers) {
    const known = pkg.offers.has(Number(offer.id));
    pkg.offers.set(Number(offer.id), offer.status);
    if (offer.status !== 'pending' || known) continue;
    sim.counters.offersSeen += 1;
    scheduleSweep(sim, Number(offer.deadline_at));
    giveOfferToProvider(sim, { pkg, episodeNumber }, offer, now);
  }
  if ((pkg.status === 'awarded' || pkg.status === 'active') && pkg.heldEpisode !== episodeId) {
    await bookAward(sim, pkg, episodeId);
  }
  if (pkg.status === 'unplaced') {
    pkg.unplacedSince ??= now;
    scheduleOfficer(sim, pkg, now);
  }
}

/** The provider decides now whether and when it will answer; what it answers, it decides then. */
function giveOfferToProvider(
  sim: Sim,
  { pkg, episodeNumber }: { pkg: SimPackage; episodeNumber: number },
  offer: OfferRow,
  now: number,
) {
  const providerId = Number(offer.provider_id);
  const profile = sim.profiles.get(providerId);
  if (!profile) return;
  // Keyed by the package, episode, round and provider, so two policies facing the same offer draw the same numbers.
  const random = substream(
    sim.seed,
    `offer|${pkg.request.reference}|${episodeNumber}|${offer.round_number}|${providerId}`,
  );
  const window = offerWindowMinutes(pkg.request.urgency, sim.policy.config.allocation);
  const timing = answerTiming(profile, window, random);
  if (!timing.answers) {
    sim.counters.answers.none += 1;
    return;
  }
  const outsideZone = !sim.world.memberships.some(
    (m) => m.providerId === providerId && m.zoneId === pkg.request.zoneId,
  );
  sim.queue.push(now + timing.afterMinutes * MINUTE, {
    kind: 'respond',
    pkg,
    offerId: Number(offer.id),
    providerId,
    random,
    outsideZone,
  });
}

/** The sweep runs on its schedule (every minute by default): the first tick at or after a deadline. */
export function scheduleSweep(sim: Sim, deadline: number): void {
  const at = nextCronTime(sim.policy.config.allocation.sweepSchedule, deadline);
  if (sim.sweepTimes.has(at)) return;
  sim.sweepTimes.add(at);
  sim.queue.push(at, { kind: 'sweep' });
}

async function bookAward(sim: Sim, pkg: SimPackage, episodeId: number): Promise<void> {
  const episode = await sim.services
    .db('brokerage_episodes')
    .where({ id: episodeId })
    .first('awarded_provider_id', 'awarded_offer_id', 'agreed_start', 'awarded_at');
  const providerId = Number(episode.awarded_provider_id);
  const minutes = Math.round(pkg.request.weeklyHours * 60);
  const branch = sim.ledger.convert(
    Number(episode.awarded_offer_id),
    providerId,
    pkg.request.zoneId,
    minutes,
  );
  pkg.reserved.delete(Number(episode.awarded_offer_id));
  pkg.heldEpisode = episodeId;
  pkg.holder = { providerId, branch, minutes };
  pkg.unplacedSince = null;
  sim.counters.awards += 1;
  // Care starts on the agreed date at 09:00 (or an hour after the award, if later); late providers slip (behaviour.ts).
  const agreed = londonMidnight(String(episode.agreed_start)) + 9 * HOUR;
  const at = Math.max(agreed, Number(episode.awarded_at) + HOUR);
  sim.queue.push(at, { kind: 'start', pkg, episodeId, late: false });
}

/** The officers widen an unplaced package's search on the policy's timetable, then keep retrying. */
function scheduleOfficer(sim: Sim, pkg: SimPackage, now: number): void {
  if (pkg.officerPending || pkg.closed) return;
  const { widen, retryEveryHours } = sim.policy.officers;
  const step = widen[pkg.officerStep];
  const at = step ? Math.max(now, pkg.unplacedSince! + step.afterHours * HOUR) : now + retryEveryHours * HOUR;
  pkg.officerPending = true;
  sim.queue.push(at, { kind: 'officer', pkg });
}
