/**
 * The measures the specialist round order and the hand-back settings move, as pure functions of the
 * run's episode rows (brokerage_episodes with their package): specialist placements and who made
 * them (HC20 ¶30, story BO9), time from referral to placement for discharge and D2A packages
 * (MTFS22 ¶51, story H2), hand-backs by notice, re-placement against the outgoing provider's notice
 * date, and re-placements won by continuity (HC21 ¶24, ¶32; story BO7).
 */
import { londonDate, toDayNumber, type IsoDate } from '../../calendar/dates';
import { percentile } from '../../performance/kpis/percentiles';

const HOUR = 3_600_000;
const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
const pct = (part: number, whole: number) => (whole > 0 ? round1((100 * part) / whole) : null);

/** One brokerage episode of a package, with what the measures need of the package. */
export interface EpisodeFacts {
  packageId: number;
  /** 1 for the episode opened at intake (the referral), then one more per hand-back. */
  number: number;
  openedAt: number;
  awardedAt: number | null;
  awardRoundKind: string | null;
  urgency: string;
  fundingStream: string;
  specialist: boolean;
  /** The package's status at the end of the run. */
  packageStatus: string;
  handBack: { givenAt: number; noticeDate: IsoDate; approval: string } | null;
}

export interface Placement {
  episodes: number;
  placed: number;
  medianHours: number | null;
}

/** Episodes placed and the median hours from opening to award. */
export function placement(episodes: readonly EpisodeFacts[]): Placement {
  const hours = episodes.flatMap((e) => (e.awardedAt === null ? [] : [(e.awardedAt - e.openedAt) / HOUR]));
  return { episodes: episodes.length, placed: hours.length, medianHours: round1(percentile(hours, 0.5)) };
}

/**
 * Specialist packages' episodes: placed, how fast, and the share of awards won in the specialist
 * list's round against the zone primes' round.
 * @example specialistPlacement(rows) // { placed: 40, medianHours: 5.2, bySpecialistListPct: 35, byPrimesPct: 60, … }
 */
export function specialistPlacement(episodes: readonly EpisodeFacts[]) {
  const specialist = episodes.filter((e) => e.specialist);
  const stats = placement(specialist);
  const wonIn = (kind: string) => specialist.filter((e) => e.awardRoundKind === kind).length;
  return {
    ...stats,
    bySpecialistListPct: pct(wonIn('specialists'), stats.placed),
    byPrimesPct: pct(wonIn('primes'), stats.placed),
  };
}

/** From referral (intake) to the first award, for the packages `which` selects. */
export function referralToPlacement(
  episodes: readonly EpisodeFacts[],
  which: (e: EpisodeFacts) => boolean,
): Placement {
  return placement(episodes.filter((e) => e.number === 1 && which(e)));
}

/**
 * Hand-backs by the notice given: short when it needed a commissioner's decision, or when it was
 * shorter than `noticeDays` for a reason that needs none (safety, provider exit).
 */
export function noticeCounts(episodes: readonly EpisodeFacts[], noticeDays: number) {
  let full = 0;
  let short = 0;
  for (const { handBack } of episodes) {
    if (!handBack) continue;
    const given = toDayNumber(handBack.noticeDate) - toDayNumber(londonDate(handBack.givenAt));
    if (handBack.approval !== 'not-needed' || given < noticeDays) short += 1;
    else full += 1;
  }
  return { full, short };
}

/**
 * Whether each hand-back's package was placed again by the outgoing provider's notice date, so the
 * next provider could start when it stopped. Counted: hand-backs whose next episode was awarded, or
 * whose notice date passed before `lastDay` while the package still needed care. `medianDaysAhead`
 * is the notice date less the day of the next award: above 0 the new provider was found with days to
 * spare; below 0 the person waited that many days after the outgoing provider stopped.
 */
export function replacementTiming(episodes: readonly EpisodeFacts[], lastDay: IsoDate) {
  const next = new Map(episodes.map((e) => [`${e.packageId}|${e.number}`, e]));
  const ahead: number[] = [];
  let waiting = 0;
  for (const e of episodes) {
    if (!e.handBack) continue;
    const awardedAt = next.get(`${e.packageId}|${e.number + 1}`)?.awardedAt ?? null;
    if (awardedAt !== null) {
      ahead.push(toDayNumber(e.handBack.noticeDate) - toDayNumber(londonDate(awardedAt)));
    } else if (e.handBack.noticeDate < lastDay && e.packageStatus !== 'ended') {
      waiting += 1;
    }
  }
  const byNoticeDate = ahead.filter((d) => d >= 0).length;
  return {
    counted: ahead.length + waiting,
    replaced: ahead.length,
    replacedByNoticeDate: byNoticeDate,
    replacedByNoticeDatePct: pct(byNoticeDate, ahead.length + waiting),
    medianDaysAhead: round1(percentile(ahead, 0.5)),
  };
}

/** A re-brokered episode's award, with the ranking of the round that made it (brokerage_rounds.decision_json). */
export interface RebrokeredAward {
  awardedProviderId: number;
  eligible: readonly { providerId: number; score: { value: number }; deliversCareNearby?: boolean }[];
}

/**
 * Re-placements that went to a provider already delivering care near the person, and those where
 * that decided a tie: the winner was ranked above a provider of equal score that was not nearby
 * (docs/specification/hand-backs.md §6.2). Only rounds that applied the continuity rule count.
 */
export function continuityWins(awards: readonly RebrokeredAward[]) {
  let rounds = 0;
  let nearby = 0;
  let tieBreaks = 0;
  for (const award of awards) {
    if (!award.eligible.some((c) => c.deliversCareNearby !== undefined)) continue;
    rounds += 1;
    const winner = award.eligible.find((c) => c.providerId === award.awardedProviderId);
    if (!winner?.deliversCareNearby) continue;
    nearby += 1;
    const tied = award.eligible.some((c) => c.score.value === winner.score.value && !c.deliversCareNearby);
    if (tied) tieBreaks += 1;
  }
  return { awards: rounds, toProviderNearby: nearby, toProviderNearbyPct: pct(nearby, rounds), tieBreaks };
}
