/**
 * The summary's section on specialist packages, discharge and D2A placements and hand-backs with
 * notice: the run's episode rows read once, then the pure measures of measures.ts.
 */
import { londonDate, type IsoDate } from '../../calendar/dates';
import type { Sim } from '../runner/context';
import {
  continuityWins,
  noticeCounts,
  referralToPlacement,
  replacementTiming,
  specialistPlacement,
  type EpisodeFacts,
  type Placement,
  type RebrokeredAward,
} from './measures';

export interface NeedsAndHandBacks {
  specialist: ReturnType<typeof specialistPlacement>;
  /** From referral (intake) to the first award (MTFS22 ¶51, story H2). */
  referralToPlacement: { discharge: Placement; d2a: Placement };
  handBacks: {
    byNotice: ReturnType<typeof noticeCounts>;
    replacement: ReturnType<typeof replacementTiming>;
    continuity: ReturnType<typeof continuityWins>;
  };
}

export function needsAndHandBacksOf(input: {
  episodes: readonly EpisodeFacts[];
  awards: readonly RebrokeredAward[];
  noticeDays: number;
  lastDay: IsoDate;
}): NeedsAndHandBacks {
  const { episodes } = input;
  return {
    specialist: specialistPlacement(episodes),
    referralToPlacement: {
      discharge: referralToPlacement(episodes, (e) => e.urgency === 'hospital-discharge'),
      d2a: referralToPlacement(episodes, (e) => e.fundingStream === 'd2a'),
    },
    handBacks: {
      byNotice: noticeCounts(episodes, input.noticeDays),
      replacement: replacementTiming(episodes, input.lastDay),
      continuity: continuityWins(input.awards),
    },
  };
}

interface EpisodeRow {
  package_id: number;
  number: number;
  opened_at: number;
  awarded_at: number | null;
  award_round_kind: string | null;
  handed_back_at: number | null;
  hand_back_notice_date: string | null;
  hand_back_approval: string | null;
  urgency: string;
  funding_stream: string;
  needs_json: string;
  status: string;
}

function toFacts(r: EpisodeRow): EpisodeFacts {
  const needs = JSON.parse(r.needs_json) as { specialisms?: string[] };
  return {
    packageId: Number(r.package_id),
    number: Number(r.number),
    openedAt: Number(r.opened_at),
    awardedAt: r.awarded_at === null ? null : Number(r.awarded_at),
    awardRoundKind: r.award_round_kind,
    urgency: r.urgency,
    fundingStream: r.funding_stream,
    specialist: (needs.specialisms ?? []).length > 0,
    packageStatus: r.status,
    handBack:
      r.handed_back_at === null || r.hand_back_notice_date === null
        ? null
        : {
            givenAt: Number(r.handed_back_at),
            noticeDate: r.hand_back_notice_date,
            approval: r.hand_back_approval ?? 'not-needed',
          },
  };
}

export async function needsAndHandBacks(sim: Sim): Promise<NeedsAndHandBacks> {
  const { db } = sim.services;
  const rows: EpisodeRow[] = await db('brokerage_episodes as e')
    .join('packages as p', 'p.id', 'e.package_id')
    .select(
      'e.package_id',
      'e.number',
      'e.opened_at',
      'e.awarded_at',
      'e.award_round_kind',
      'e.handed_back_at',
      'e.hand_back_notice_date',
      'e.hand_back_approval',
      'p.urgency',
      'p.funding_stream',
      'p.needs_json',
      'p.status',
    );
  const awards: { awarded_provider_id: number; decision_json: string }[] = await db('brokerage_episodes as e')
    .join('offers as o', 'o.id', 'e.awarded_offer_id')
    .join('brokerage_rounds as r', 'r.id', 'o.round_id')
    .where('e.number', '>', 1)
    .select('e.awarded_provider_id', 'r.decision_json');
  return needsAndHandBacksOf({
    episodes: rows.map(toFacts),
    awards: awards.map((a) => ({
      awardedProviderId: Number(a.awarded_provider_id),
      eligible: (JSON.parse(a.decision_json) as { eligible: RebrokeredAward['eligible'] }).eligible,
    })),
    noticeDays: sim.policy.config.allocation.handBack.noticeDays,
    lastDay: londonDate(sim.end),
  });
}
