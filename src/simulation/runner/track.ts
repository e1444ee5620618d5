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
  round_number: number;
}

/** The package's state, its current episode's award, and the offers of that episode (one row each). */
interface PackageRow {
  status: string;
  current_episode_id: number;
  episode_number: number;
  awarded_provider_id: number | null;
  awarded_offer_id: number | null;
  agreed_start: string | null;
  awarded_at: number | null;
  offer_id: number | null;
  offer_provider_id: number;
  offer_status: string;
  offer_deadline_at: number;
  round_number: number;
}

/** The package as the simulator reads it back: one statement for the package, its episode and their offers. */
async function readBack(sim: Sim, packageId: number) {
  const rows: PackageRow[] = await sim.services
    .db('packages as p')
    .join('brokerage_episodes as e', 'e.id', 'p.current_episode_id')
    .leftJoin('brokerage_rounds as r', 'r.episode_id', 'e.id')
    .leftJoin('offers as o', 'o.round_id', 'r.id')
    .where('p.id', packageId)
    .orderBy('o.id')
    .select(
      'p.status',
      'p.current_episode_id',
      'e.number as episode_number',
      'e.awarded_provider_id',
      'e.awarded_offer_id',
      'e.agreed_start',
      'e.awarded_at',
      'o.id as offer_id',
      'o.provider_id as offer_provider_id',
      'o.status as offer_status',
      'o.deadline_at as offer_deadline_at',
      'r.number as round_number',
    );
  const first = rows[0]!;
  const offers: OfferRow[] = rows
    .filter((r) => r.offer_id !== null)
    .map((r) => ({
      id: Number(r.offer_id),
      provider_id: r.offer_provider_id,
      status: r.offer_status,
      deadline_at: r.offer_deadline_at,
      round_number: r.round_number,
    }));
  return { episode: first, offers };
}

export async function touch(sim: Sim, pkg: SimPackage, now: number): Promise<void> {
  const { episode, offers } = await readBack(sim, pkg.id);
  pkg.status = String(episode.status);
  const episodeId = Number(episode.current_episode_id);
  const episodeNumber = Number(episode.episode_number);
  const statusOf = new Map(offers.map((o) => [o.id, o.status]));
  for (const offerId of pkg.reserved) {
    const status = statusOf.get(offerId);
    if (status !== 'accepted') {
      if (status !== 'won') sim.ledger.release(offerId);
      pkg.reserved.delete(offerId);
    }
  }
  for (const offer of offers) {
    const known = pkg.offers.has(offer.id);
    pkg.offers.set(offer.id, offer.status);
    if (offer.status !== 'pending' || known) continue;
    sim.counters.offersSeen += 1;
    scheduleSweep(sim, Number(offer.deadline_at));
    giveOfferToProvider(sim, { pkg, episodeNumber }, offer, now);
  }
  if ((pkg.status === 'awarded' || pkg.status === 'active') && pkg.heldEpisode !== episodeId) {
    bookAward(sim, pkg, { ...episode, id: episodeId });
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

function bookAward(
  sim: Sim,
  pkg: SimPackage,
  episode: Pick<PackageRow, 'awarded_provider_id' | 'awarded_offer_id' | 'agreed_start' | 'awarded_at'> & {
    id: number;
  },
): void {
  const providerId = Number(episode.awarded_provider_id);
  const minutes = Math.round(pkg.request.weeklyHours * 60);
  const branch = sim.ledger.convert(
    Number(episode.awarded_offer_id),
    providerId,
    pkg.request.zoneId,
    minutes,
  );
  pkg.reserved.delete(Number(episode.awarded_offer_id));
  pkg.heldEpisode = episode.id;
  pkg.holder = { providerId, branch, minutes };
  pkg.unplacedSince = null;
  sim.counters.awards += 1;
  // Care starts on the agreed date at 09:00 (or an hour after the award, if later); late providers slip (behaviour.ts).
  const agreed = londonMidnight(String(episode.agreed_start)) + 9 * HOUR;
  const at = Math.max(agreed, Number(episode.awarded_at) + HOUR);
  sim.queue.push(at, { kind: 'start', pkg, episodeId: episode.id, late: false });
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
