/**
 * Folds the visit rows into their daily aggregate (docs/visits.md "Aggregate"). Idempotent and safe
 * when several instances fold at once: one transaction bumps the one-row state first (so a second
 * folder waits for the first to commit, then finds little or nothing left), recomputes every day that
 * may have changed since the watermark from the visit rows themselves (so a late upload, or a
 * re-upload turning a missed visit into a delivered one, is counted where it belongs, never twice),
 * and advances the watermark. Changed thresholds or an explicit request rebuild everything. Uploads
 * never touch the state row: the fold runs when the visit KPIs are read, not on the write path, and a
 * read with nothing to fold writes nothing.
 */
import type { Knex } from 'knex';
import { recordAudit } from '../../audit/record';
import type { Actor } from '../../auth/roles';
import { addDays, londonDate } from '../../calendar/dates';
import { changesSince, dirtyDays, nothingChanged, type FoldCursor } from './dirty';
import type { Thresholds } from './raw';
import { recomputeDays } from './store';

/**
 * How far before the watermark uploads are looked for again: an upload whose instant was taken
 * before another instance folded but that committed after it (a large file, a clock a little
 * behind) is still found. Recomputing a day twice does no harm.
 */
export const VISIT_FOLD_OVERLAP_MS = 15 * 60_000;
/** Days recomputed and written at a time when rebuilding. */
const REBUILD_CHUNK_DAYS = 31;

export interface VisitFoldResult {
  foldedTo: number;
  /** Days recomputed. */
  days: number;
  rebuilt: boolean;
  /**
   * False when the aggregate cannot answer at this instant: it is more than the overlap before the
   * watermark (a clock set back), so uploads recorded before it may not be folded yet.
   */
  current: boolean;
}

interface FoldState {
  folded_to: number | string;
  last_visit_id: number | string;
  settings_json: string;
}

export const settingsJsonOf = (s: Thresholds) =>
  JSON.stringify({ lateMinutes: s.lateMinutes, shortShare: s.shortShare });

export async function foldVisitAggregates(
  db: Knex,
  now: number,
  settings: Thresholds,
  options: { rebuild?: boolean; auditAs?: Actor } = {},
): Promise<VisitFoldResult> {
  const settingsJson = settingsJsonOf(settings);
  const looked = options.rebuild === true ? null : await lookWithoutLock(db, now, settingsJson);
  if (looked) return looked;
  return db.transaction(async (trx) => {
    await trx('visit_fold_state').where({ id: 1 }).increment('lock_version', 1);
    const state = (await trx('visit_fold_state').where({ id: 1 }).first()) as FoldState;
    const foldedTo = Number(state.folded_to);
    const rebuild = options.rebuild === true || foldedTo === 0 || state.settings_json !== settingsJson;
    if (!rebuild && now < foldedTo - VISIT_FOLD_OVERLAP_MS)
      return { foldedTo, days: 0, rebuilt: false, current: false };
    const done = rebuild ? await rebuildAll(trx, settings) : await foldSince(trx, cursorOf(state), settings);
    const watermark = rebuild ? now : Math.max(foldedTo, now);
    await trx('visit_fold_state').where({ id: 1 }).update({
      folded_to: watermark,
      last_visit_id: done.lastVisitId,
      settings_json: settingsJson,
    });
    const result = { foldedTo: watermark, days: done.days, rebuilt: rebuild, current: true };
    if (options.auditAs) {
      await recordAudit(trx, options.auditAs, now, {
        action: 'visit-aggregates.rebuild',
        entityType: 'visit-aggregates',
        entityId: 'all',
        after: { foldedTo: watermark, days: done.days, rebuilt: rebuild },
      });
    }
    return result;
  });
}

const cursorOf = (state: FoldState): FoldCursor => ({
  since: Number(state.folded_to) - VISIT_FOLD_OVERLAP_MS,
  lastVisitId: Number(state.last_visit_id),
});

/**
 * The result without taking the lock, when there is nothing to fold (as the KPI fold does,
 * src/performance/kpis/aggregates/fold.ts): every visit KPI read would otherwise write the state row,
 * and readers on several instances would queue on it. The watermark then stays where it is and the
 * next fold looks from there, so no upload is missed however late it commits. Null: fold.
 */
async function lookWithoutLock(db: Knex, now: number, settingsJson: string): Promise<VisitFoldResult | null> {
  const state = (await db('visit_fold_state').where({ id: 1 }).first()) as FoldState;
  const foldedTo = Number(state.folded_to);
  if (foldedTo === 0 || state.settings_json !== settingsJson) return null;
  if (now < foldedTo - VISIT_FOLD_OVERLAP_MS) return { foldedTo, days: 0, rebuilt: false, current: false };
  const cursor = cursorOf(state);
  if (!nothingChanged(await changesSince(db, cursor), cursor)) return null;
  return { foldedTo, days: 0, rebuilt: false, current: true };
}

async function foldSince(trx: Knex, cursor: FoldCursor, settings: Thresholds) {
  const dirty = await dirtyDays(trx, cursor);
  const days = [...dirty.days].sort();
  if (days.length > 0) await recomputeDays(trx, days, settings);
  return { days: days.length, lastVisitId: dirty.lastVisitId };
}

/** Every day from the first planned visit to the last, and every package's zone and band, from the rows. */
async function rebuildAll(trx: Knex, settings: Thresholds) {
  // The last id first: a visit inserted while the rebuild reads is then found by the next fold.
  const span = (await trx('visits')
    .max('id as id')
    .min('planned_start as first')
    .max('planned_start as last')
    .first()) as Record<string, unknown> | undefined;
  await trx('visit_day_counts').delete();
  await trx('visit_month_counts').delete();
  await trx('visit_fold_packages').delete();
  await trx.raw(
    'insert into visit_fold_packages (package_id, zone_id, band) ' +
      'select p.id, p.zone_id, p.band from packages p where exists (select 1 from visits v where v.package_id = p.id)',
  );
  let days = 0;
  if (span?.first != null) {
    const last = londonDate(Number(span.last));
    let chunk: string[] = [];
    for (let day = londonDate(Number(span.first)); day <= last; day = addDays(day, 1)) {
      chunk.push(day);
      if (chunk.length === REBUILD_CHUNK_DAYS || day === last) {
        await recomputeDays(trx, chunk, settings);
        days += chunk.length;
        chunk = [];
      }
    }
  }
  return { days, lastVisitId: Number(span?.id ?? 0) };
}
