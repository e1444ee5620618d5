/**
 * The rows of the officers' work queue, read in one statement: every package still being brokered,
 * and every awarded package whose agreed start passed more than the allowed days ago, each with its
 * current episode, its latest round and the answers to that round's offers. Which view a row belongs
 * in and in what order is decided by ./classify.ts, which knows nothing of SQL.
 */
import type { Queryable } from '../../db/connect';
import type { RoundKind } from '../../allocation/policy';
import { careTypeOf, type CareType, type FundingStream, type PackageStatus, type Urgency } from '../model';

export interface QueueRow {
  id: number;
  reference: string | null;
  zoneId: string;
  zoneName: string;
  band: string;
  weeklyMinutes: number;
  visitsPerWeek: number;
  urgency: Urgency;
  fundingStream: FundingStream;
  /** Derived from fundingStream (careTypeOf), kept for the API's older callers. */
  careType: CareType;
  status: PackageStatus;
  wantedStart: string;
  createdAt: number;
  escalatedAt: number | null;
  /** Why the current episode was opened: a hand-back re-brokers the package. */
  openedBecause: 'intake' | 'hand-back' | null;
  agreedStart: string | null;
  /** A hand-back's short notice waits for a commissioner (docs/specification/hand-backs.md §6.3). */
  shortNoticePending?: boolean;
  round: { number: number; kind: RoundKind; deadlineAt: number; open: boolean } | null;
  answers: { offered: number; accepted: number; declined: number; waiting: number };
}

interface RawRow {
  id: number;
  reference: string | null;
  zone_id: string;
  zone_name: string;
  band: string;
  weekly_minutes: number;
  visits_per_week: number;
  urgency: Urgency;
  funding_stream: FundingStream;
  status: PackageStatus;
  wanted_start: string;
  created_at: number | string;
  escalated_at: number | string | null;
  opened_because: 'intake' | 'hand-back' | null;
  agreed_start: string | null;
  hand_back_approval: string | null;
  round_number: number | null;
  round_kind: RoundKind | null;
  deadline_at: number | string | null;
  round_closed_at: number | string | null;
  offered: number | string | null;
  accepted: number | string | null;
  declined: number | string | null;
  waiting: number | string | null;
}

const count = (value: number | string | null) => Number(value ?? 0);

/**
 * @param overdueCutoff an awarded package is read when its agreed start (else its wanted start) is on
 *   or before this day: the care-start rule's cut-off (../care-start-overdue.ts).
 */
export async function queueRows(db: Queryable, overdueCutoff: string): Promise<QueueRow[]> {
  const rows: (RawRow & { round_id: number | null })[] = await db('packages as p')
    .join('zones as z', 'z.id', 'p.zone_id')
    .leftJoin('brokerage_episodes as e', 'e.id', 'p.current_episode_id')
    .leftJoin('brokerage_rounds as r', (join) =>
      join
        .on('r.episode_id', 'p.current_episode_id')
        .andOn(
          'r.number',
          '=',
          db.raw(
            '(select max(r2.number) from brokerage_rounds r2 where r2.episode_id = p.current_episode_id)',
          ),
        ),
    )
    .where((q) =>
      q
        .whereIn('p.status', ['brokering', 'unplaced'])
        .orWhere((awarded) =>
          awarded
            .where('p.status', 'awarded')
            .where(db.raw('coalesce(e.agreed_start, p.wanted_start)'), '<=', overdueCutoff),
        )
        // Through the episodes' index: a condition on e's columns inside the OR read every active package.
        .orWhere((pending) =>
          pending
            .whereIn('p.status', ['awarded', 'active'])
            .whereIn(
              'p.current_episode_id',
              db('brokerage_episodes').where('hand_back_approval', 'pending').select('id'),
            ),
        ),
    )
    .select(
      'p.id',
      'p.reference',
      'p.zone_id',
      'z.name as zone_name',
      'p.band',
      'p.weekly_minutes',
      'p.visits_per_week',
      'p.urgency',
      'p.funding_stream',
      'p.status',
      'p.wanted_start',
      'p.created_at',
      'p.escalated_at',
      'e.opened_because',
      'e.agreed_start',
      'e.hand_back_approval',
      'r.id as round_id',
      'r.number as round_number',
      'r.kind as round_kind',
      'r.deadline_at',
      'r.closed_at as round_closed_at',
    );
  const answers = await answersTo(
    db,
    rows.flatMap((r) => (r.round_id === null ? [] : [r.round_id])),
  );
  return rows.map((r) => toQueueRow(r, r.round_id === null ? undefined : answers.get(r.round_id)));
}

/** A round's answers, counted by status. */
type Answers = Pick<RawRow, 'offered' | 'accepted' | 'declined' | 'waiting'>;

/** Rounds per statement: well under either engine's limit on bound parameters. */
const ROUNDS_PER_READ = 500;

/**
 * The answers to the given rounds' offers. Counted for those rounds only: grouping the whole offers
 * table and joining it read every offer ever made on each reload of the queue.
 */
async function answersTo(db: Queryable, roundIds: number[]): Promise<Map<number, Answers>> {
  const answers = new Map<number, Answers>();
  for (let i = 0; i < roundIds.length; i += ROUNDS_PER_READ) {
    const counted: (Answers & { round_id: number })[] = await db('offers')
      .whereIn('round_id', roundIds.slice(i, i + ROUNDS_PER_READ))
      .groupBy('round_id')
      .select('round_id')
      .count({ offered: '*' })
      .select(
        db.raw("sum(case when status in ('accepted', 'won', 'lost') then 1 else 0 end) as accepted"),
        db.raw("sum(case when status = 'declined' then 1 else 0 end) as declined"),
        db.raw("sum(case when status = 'pending' then 1 else 0 end) as waiting"),
      );
    for (const c of counted) answers.set(Number(c.round_id), c);
  }
  return answers;
}

function toQueueRow(r: Omit<RawRow, keyof Answers>, a: Answers | undefined): QueueRow {
  return {
    id: r.id,
    reference: r.reference,
    zoneId: r.zone_id,
    zoneName: r.zone_name,
    band: r.band,
    weeklyMinutes: r.weekly_minutes,
    visitsPerWeek: r.visits_per_week,
    urgency: r.urgency,
    fundingStream: r.funding_stream,
    careType: careTypeOf(r.funding_stream),
    status: r.status,
    wantedStart: r.wanted_start,
    createdAt: Number(r.created_at),
    escalatedAt: r.escalated_at === null ? null : Number(r.escalated_at),
    openedBecause: r.opened_because,
    agreedStart: r.agreed_start,
    shortNoticePending: r.hand_back_approval === 'pending',
    round:
      r.round_number === null || r.round_kind === null || r.deadline_at === null
        ? null
        : {
            number: r.round_number,
            kind: r.round_kind,
            deadlineAt: Number(r.deadline_at),
            open: r.round_closed_at === null,
          },
    answers: {
      offered: count(a?.offered ?? null),
      accepted: count(a?.accepted ?? null),
      declined: count(a?.declined ?? null),
      waiting: count(a?.waiting ?? null),
    },
  };
}
