/**
 * Which London days' aggregates a fold must recompute: the days of every event that may have
 * changed since the watermark. An offer changes only while its round is open: when it is answered
 * (`responded_at`), when its deadline passes unanswered (it then counts as expired, with no event),
 * and when the round closes (answered, expired, withdrawn or lost with the closing write, which sets
 * the round's `closed_at`). So the offers answered or past their deadline since the watermark in
 * rounds still open, the offers of rounds closed since, and every offer newer than the last one
 * folded, are dirty; an open round whose offers wait quietly is not (nor a change stamped after the
 * instant folded to, which the fold after it finds). Awards and hand-backs
 * change with the episode's instants (award, care start, hand-back, short-notice decision) and
 * with their package (status, zone, band, urgency, hours: packages.updated_at), and an episode's
 * package gaining a new episode changes whether a cancellation is before start. A start not yet made
 * is judged late once its agreed date is behind the fold's day, with no event: the awards whose
 * agreed date fell between the last fold's day and this one's are dirty too.
 */
import type { Knex } from 'knex';
import { londonDate } from '../../../calendar/dates';
import { together } from '../../../db/dialect';

export interface FoldCursor {
  /** Instants from here on are looked at (the watermark less an overlap). */
  since: number;
  /** The instant folded to. */
  now: number;
  lastOfferId: number;
  lastEpisodeId: number;
}

export interface DirtyDays {
  days: Set<string>;
  lastOfferId: number;
  lastEpisodeId: number;
}

type Rows = Record<string, unknown>[];

export async function dirtyDays(db: Knex, cursor: FoldCursor): Promise<DirtyDays> {
  const { since, now, lastOfferId, lastEpisodeId } = cursor;
  const episodeColumns = ['e.id', 'e.awarded_at', 'e.handed_back_at'];
  const episodes = () => db('brokerage_episodes as e').select(episodeColumns);
  const [openOffers, newOffers, ...episodeSets] = await together<Rows[]>(db, [
    () =>
      db('brokerage_rounds as r')
        .join('offers as o', 'o.round_id', 'r.id')
        .where((q) =>
          q
            .whereBetween('r.closed_at', [since, now])
            .orWhere((open) =>
              open
                .whereNull('r.closed_at')
                .where((changed) =>
                  changed
                    .whereBetween('o.responded_at', [since, now])
                    .orWhereBetween('o.deadline_at', [since, now]),
                ),
            ),
        )
        .select('o.sent_at'),
    () => db('offers').where('id', '>', lastOfferId).select('id', 'sent_at'),
    () => episodes().where('e.awarded_at', '>=', since),
    () => episodes().where('e.care_started_at', '>=', since),
    () => episodes().where('e.handed_back_at', '>=', since),
    () => episodes().where('e.hand_back_decided_at', '>=', since),
    () =>
      episodes()
        .whereNull('e.care_started_at')
        .where('e.agreed_start', '>=', londonDate(since))
        .where('e.agreed_start', '<', londonDate(now)),
    () =>
      episodes().whereIn('e.package_id', (q) =>
        q.select('package_id').from('brokerage_episodes').where('id', '>', lastEpisodeId),
      ),
    () =>
      episodes().whereIn('e.package_id', (q) =>
        q.select('id').from('packages').where('updated_at', '>=', since),
      ),
  ]);
  const days = new Set<string>();
  const addDay = (instant: unknown) => {
    if (instant !== null && instant !== undefined) days.add(londonDate(Number(instant)));
  };
  let maxOffer = lastOfferId;
  for (const r of [...openOffers!, ...newOffers!]) addDay(r.sent_at);
  for (const r of newOffers!) maxOffer = Math.max(maxOffer, Number(r.id));
  let maxEpisode = lastEpisodeId;
  for (const set of episodeSets) {
    for (const r of set) {
      addDay(r.awarded_at);
      addDay(r.handed_back_at);
      maxEpisode = Math.max(maxEpisode, Number(r.id));
    }
  }
  return { days, lastOfferId: maxOffer, lastEpisodeId: maxEpisode };
}
