import type { Knex } from 'knex';
import type { RoundDecision } from './policy';
import { overrideOf } from './offers';
import { packageBandRow, packageBrokerage } from './queries/views';

/** An instant as ISO text; null stays null (typed so that a column never null gives a string). */
function iso(ms: number | string): string;
function iso(ms: number | string | null): string | null;
function iso(ms: number | string | null): string | null {
  return ms === null ? null : new Date(Number(ms)).toISOString();
}

/**
 * The full story of a package's brokerage, from stored decisions only: for each episode and
 * round, who was eligible and who was excluded (with reasons), the ranking with each provider's
 * score and components at that moment, every response with its time, and why the winner won.
 */
export async function explainAllocation(db: Knex, packageId: number) {
  const [{ episodes, rounds, offers }, bandRow] = await Promise.all([
    packageBrokerage(db, packageId),
    packageBandRow(db, packageId),
  ]);
  const names = new Map<number, string>(offers.map((o) => [Number(o.provider_id), String(o.provider_name)]));
  return {
    packageId,
    band: bandRow ? { band: bandRow.band, override: overrideOf(bandRow) } : null,
    episodes: episodes.map((e) => ({
      number: e.number,
      openedBecause: e.opened_because,
      openedAt: iso(e.opened_at),
      outcome: e.outcome ?? (e.unplaced_at ? 'unplaced' : 'open'),
      awardedProvider:
        e.awarded_provider_id === null
          ? null
          : { id: e.awarded_provider_id, name: names.get(e.awarded_provider_id) ?? null },
      awardedAt: iso(e.awarded_at),
      pickUpMinutes:
        e.awarded_at === null ? null : Math.round((Number(e.awarded_at) - Number(e.opened_at)) / 60_000),
      careStartedOn: e.care_started_on,
      handBack:
        e.handed_back_at === null
          ? null
          : { at: iso(e.handed_back_at), reason: e.hand_back_reason, noticeDate: e.hand_back_notice_date },
      rounds: rounds
        .filter((r) => r.episode_id === e.id)
        .map((r) => {
          const decision = JSON.parse(r.decision_json) as RoundDecision;
          const responses = offers
            .filter((o) => o.round_id === r.id)
            .map((o) => ({
              offerId: o.id,
              provider: { id: o.provider_id, name: o.provider_name },
              rank: o.rank,
              status: o.status,
              sentAt: iso(o.sent_at),
              respondedAt: iso(o.responded_at),
              responseMinutes:
                o.responded_at === null
                  ? null
                  : Math.round((Number(o.responded_at) - Number(o.sent_at)) / 60_000),
              declineReason: o.decline_reason,
              proposedStart: o.proposed_start,
            }));
          return {
            number: r.number,
            kind: r.kind,
            openedAt: iso(r.opened_at),
            deadlineAt: iso(r.deadline_at),
            closedAt: iso(r.closed_at),
            outcome: r.outcome ?? 'open',
            ranking: decision.eligible,
            excluded: decision.excluded,
            tieBreak: decision.tieBreak,
            ...(decision.order ? { order: decision.order } : {}),
            responses,
            why: whyWon(responses),
          };
        }),
    })),
  };
}

type Response = { provider: { name: string }; rank: number; status: string };

function whyWon(responses: Response[]): string | null {
  const winner = responses.find((r) => r.status === 'won');
  if (!winner) return null;
  const above = responses.filter((r) => r.rank < winner.rank);
  if (above.length === 0) return `${winner.provider.name} was ranked 1 of ${responses.length} and accepted.`;
  const passed = above.map(
    (r) =>
      `${r.provider.name} (rank ${r.rank}, ${r.status === 'declined' ? 'declined' : 'did not answer in time'})`,
  );
  return `${winner.provider.name} was ranked ${winner.rank} of ${responses.length} and accepted; every provider ranked above it declined or did not answer in time: ${passed.join('; ')}.`;
}
