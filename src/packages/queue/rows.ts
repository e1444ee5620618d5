/**
 * The rows of the officers' work queue: every package still being brokered, and every awarded
 * package whose agreed start passed more than the allowed days ago, each with its current episode
 * and its latest round; and the answers to given rounds' offers, read apart because neither the
 * views nor their order need them (a page reads them for the rows it shows). Which view a row
 * belongs in, the views' counts and the order are decided in SQL by ./placed.ts.
 */
import type { Knex } from 'knex';
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
  /** The latest round's id, whose answers ./work-queue.ts reads for the rows it shows. */
  roundId: number | null;
}

/** The answers to a round's offers, counted by status. */
export interface Answers {
  offered: number;
  accepted: number;
  declined: number;
  waiting: number;
}

export interface RawRow {
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
  round_id: number | null;
  round_closed_at: number | string | null;
}

/** The package's columns a queue row is classified, filtered and ordered on. */
const PACKAGE_COLUMNS = [
  'p.id',
  'p.reference',
  'p.zone_id',
  'p.band',
  'p.weekly_minutes',
  'p.visits_per_week',
  'p.urgency',
  'p.funding_stream',
  'p.status',
  'p.wanted_start',
  'p.created_at',
  'p.escalated_at',
  'p.current_episode_id',
];

/**
 * The packages the queue reads (package columns only), one branch per reason, each through its own
 * index: brokering and unplaced; awarded with care not started by the cut-off; a pending short-notice
 * hand-back, found from the episodes' index on the approval (few are pending, and no active package
 * is read). The branches are made disjoint, so `UNION ALL` needs no de-duplicating sort; an `OR`
 * across the package's and its episode's columns made PostgreSQL scan every package.
 * @param overdueCutoff an awarded package is read when its agreed start (else its wanted start) is on
 *   or before this day: the care-start rule's cut-off (../care-start-overdue.ts).
 */
export function queuedPackages(db: Queryable, overdueCutoff: string) {
  // The agreed start read by the episode's id, package by package: joined, PostgreSQL scanned every
  // episode to hash them against the few thousand awarded packages.
  const overdue = (query: Knex.QueryBuilder) =>
    query
      .where('p.status', 'awarded')
      .where(
        db.raw(
          'coalesce((select e2.agreed_start from brokerage_episodes e2 where e2.id = p.current_episode_id), p.wanted_start)',
        ),
        '<=',
        overdueCutoff,
      );
  return db('packages as p')
    .whereIn('p.status', ['brokering', 'unplaced'])
    .select(PACKAGE_COLUMNS)
    .unionAll(overdue(db('packages as p').select(PACKAGE_COLUMNS)))
    .unionAll(
      db('brokerage_episodes as e')
        .join('packages as p', (join) =>
          join.on('p.id', 'e.package_id').andOn('p.current_episode_id', 'e.id'),
        )
        .where('e.hand_back_approval', 'pending')
        .whereIn('p.status', ['awarded', 'active'])
        .whereNot((q) => overdue(q))
        .select(PACKAGE_COLUMNS),
    );
}

/** The given packages (package columns only), for the details of the rows a page shows. */
export function packagesById(db: Queryable, ids: number[]) {
  return db('packages as p').whereIn('p.id', ids).select(PACKAGE_COLUMNS);
}

/**
 * `packages` (a subquery of package columns) with what a row shows besides: its current episode's
 * columns, its zone's name and its latest round (found through (episode_id, number), read by its id).
 */
export function withDetails(db: Queryable, packages: Knex.QueryBuilder) {
  return db
    .from(packages.as('q'))
    .leftJoin('brokerage_episodes as e', 'e.id', 'q.current_episode_id')
    .join('zones as z', 'z.id', 'q.zone_id')
    .leftJoin('brokerage_rounds as r', (join) =>
      join.on(
        'r.id',
        '=',
        db.raw(
          '(select r2.id from brokerage_rounds r2 where r2.episode_id = q.current_episode_id order by r2.number desc limit 1)',
        ),
      ),
    )
    .select(
      'e.opened_because',
      'e.agreed_start',
      'e.hand_back_approval',
      'z.name as zone_name',
      'r.id as round_id',
      'r.number as round_number',
      'r.kind as round_kind',
      'r.deadline_at',
      'r.closed_at as round_closed_at',
    );
}

type Counted = Record<keyof Answers, number | string> & { round_id: number };

/** Rounds per statement: well under either engine's limit on bound parameters. */
const ROUNDS_PER_READ = 500;

/**
 * The answers to the given rounds' offers. Counted for those rounds only: grouping the whole offers
 * table and joining it read every offer ever made on each reload of the queue.
 */
export async function answersTo(db: Queryable, roundIds: number[]): Promise<Map<number, Answers>> {
  const answers = new Map<number, Answers>();
  for (let i = 0; i < roundIds.length; i += ROUNDS_PER_READ) {
    const counted: Counted[] = await db('offers')
      .whereIn('round_id', roundIds.slice(i, i + ROUNDS_PER_READ))
      .groupBy('round_id')
      .select('round_id')
      .count({ offered: '*' })
      .select(
        db.raw("sum(case when status in ('accepted', 'won', 'lost') then 1 else 0 end) as accepted"),
        db.raw("sum(case when status = 'declined' then 1 else 0 end) as declined"),
        db.raw("sum(case when status = 'pending' then 1 else 0 end) as waiting"),
      );
    for (const c of counted)
      answers.set(Number(c.round_id), {
        offered: Number(c.offered),
        accepted: Number(c.accepted),
        declined: Number(c.declined),
        waiting: Number(c.waiting),
      });
  }
  return answers;
}

export function toQueueRow(r: RawRow): QueueRow {
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
    roundId: r.round_id,
  };
}
