/**
 * Which London days of the visit aggregate a fold must recompute (docs/visits.md "Aggregate").
 * A visit row changes only by an upload, which inserts it or updates it by (package, planned start)
 * and always sets recorded_at — its times, carers and even its provider may change, never its day.
 * So the days of the visits newer than the last id folded, or recorded since the watermark (less an
 * overlap for uploads that committed after a fold that began later), are dirty. A visit also moves
 * between groups when its package's band (or zone) changes: a band override, which bumps
 * packages.updated_at. visit_fold_packages holds the zone and band each package's visits are counted
 * under; a package updated since the watermark whose zone or band differs makes all its visits'
 * days dirty, and the table is brought up to date in the same transaction.
 */
import type { Knex } from 'knex';
import { londonDate } from '../../calendar/dates';
import { together } from '../../db/dialect';

const MS_PER_HOUR = 3_600_000;
/** Package ids per statement. */
const CHUNK = 500;

/**
 * The hour (since 1970, UTC) of the planned start, in SQL: England's offset is a whole hour, so
 * every instant of one UTC hour falls on the same London day, and a day's visits are a few dozen
 * distinct hours however many there are. Both engines divide integers to an integer.
 */
const HOUR_SQL = `v.planned_start / ${MS_PER_HOUR}`;

export interface FoldCursor {
  /** Changes recorded from here on are looked at (the watermark less the overlap). */
  since: number;
  lastVisitId: number;
}

export interface Dirty {
  days: Set<string>;
  lastVisitId: number;
}

interface PackageGroup {
  package_id: number | string;
  zone_id: string;
  band: string;
}

/** What changed since the cursor, read only: the hours of changed visits, their packages, the packages moved. */
export interface Changes {
  hours: Record<string, unknown>[];
  packages: PackageGroup[];
  moved: PackageGroup[];
  lastVisitId: number;
}

export async function changesSince(db: Knex, cursor: FoldCursor): Promise<Changes> {
  const { since, lastVisitId } = cursor;
  // The last id first: a visit inserted while this fold reads is then found by the next one.
  const top = (await db('visits').max('id as id').first()) as { id: unknown } | undefined;
  // `union all`: a plain union makes SQLite sort by scanning a whole index of visits.
  const changed = (select: (q: Knex.QueryBuilder) => Knex.QueryBuilder) =>
    select(db('visits as v').where('v.id', '>', lastVisitId)).unionAll([
      select(db('visits as v').where('v.recorded_at', '>=', since)),
    ]);
  const [hours, packages, moved] = await together<
    [Record<string, unknown>[], PackageGroup[], PackageGroup[]]
  >(db, [
    () => changed((q) => q.select(db.raw(`${HOUR_SQL} as hour`))),
    () =>
      // The packages of the changed visits, looked up by id.
      db('packages as p')
        .whereIn(
          'p.id',
          changed((q) => q.select('v.package_id')),
        )
        .select('p.id as package_id', 'p.zone_id', 'p.band'),
    () =>
      db('packages as p')
        .join('visit_fold_packages as f', 'f.package_id', 'p.id')
        .where('p.updated_at', '>=', since)
        .where((w) => w.whereRaw('p.zone_id <> f.zone_id').orWhereRaw('p.band <> f.band'))
        .select('p.id as package_id', 'p.zone_id', 'p.band'),
  ]);
  return { hours, packages, moved, lastVisitId: Math.max(lastVisitId, Number(top?.id ?? 0)) };
}

/** Nothing to recompute: no visit recorded, no package moved to another zone or band. */
export const nothingChanged = (c: Changes, cursor: FoldCursor) =>
  c.hours.length === 0 && c.moved.length === 0 && c.lastVisitId === cursor.lastVisitId;

/** The dirty days of what changed (read in the fold's transaction), the packages' groups recorded. */
export async function dirtyDays(trx: Knex, cursor: FoldCursor): Promise<Dirty> {
  const { hours, packages, moved, lastVisitId } = await changesSince(trx, cursor);
  const days = daysOfHours(hours);
  for (const day of await daysOfPackages(trx, moved)) days.add(day);
  await rememberGroups(trx, { moved, seen: packages });
  return { days, lastVisitId };
}

function daysOfHours(rows: Record<string, unknown>[]): Set<string> {
  const days = new Set<string>();
  for (const r of rows) days.add(londonDate(Number(r.hour) * MS_PER_HOUR));
  return days;
}

/** The days of every visit of these packages. */
async function daysOfPackages(trx: Knex, packages: readonly PackageGroup[]): Promise<Set<string>> {
  const days = new Set<string>();
  const ids = packages.map((p) => Number(p.package_id));
  for (let i = 0; i < ids.length; i += CHUNK) {
    const hours = await trx('visits as v')
      .whereIn('v.package_id', ids.slice(i, i + CHUNK))
      .distinct(trx.raw(`${HOUR_SQL} as hour`));
    for (const day of daysOfHours(hours)) days.add(day);
  }
  return days;
}

/**
 * Records the zone and band the dirty days are recomputed under: the moved packages' new ones, and
 * those of packages whose visits are counted for the first time. Written with the values read
 * before the recompute, so that a band changed meanwhile still differs, and is found, next time.
 */
async function rememberGroups(
  trx: Knex,
  groups: { moved: readonly PackageGroup[]; seen: readonly PackageGroup[] },
): Promise<void> {
  for (const m of groups.moved)
    await trx('visit_fold_packages')
      .where({ package_id: Number(m.package_id) })
      .update({ zone_id: m.zone_id, band: m.band });
  const seen = groups.seen.map((p) => ({
    package_id: Number(p.package_id),
    zone_id: p.zone_id,
    band: p.band,
  }));
  for (let i = 0; i < seen.length; i += CHUNK)
    await trx('visit_fold_packages')
      .insert(seen.slice(i, i + CHUNK))
      .onConflict('package_id')
      .ignore();
}
