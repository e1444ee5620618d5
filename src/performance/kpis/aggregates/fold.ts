/**
 * Folds the recorded events into the KPIs' daily aggregates up to an instant (docs/quality-score.md
 * "Aggregates"). Idempotent and safe when several instances fold at once: one transaction bumps
 * the one-row state first (so a second folder waits for the first to commit, then finds little or
 * nothing left), recomputes every day that may have changed since the watermark from the events
 * themselves (so an answer, a start or a hand-back that comes late is counted where it belongs,
 * never twice), and advances the watermark. Changed settings (quick share, notice days, pick-up
 * targets) or an explicit request rebuild everything. A fold that finds nothing to do writes
 * nothing: most KPI reads (a page shown twice in a minute, a page's two reads) look without the
 * lock first.
 */
import type { Knex } from 'knex';
import { recordAudit } from '../../../audit/record';
import type { Actor } from '../../../auth/roles';
import { addDays, londonDate } from '../../../calendar/dates';
import { together } from '../../../db/dialect';
import { monthOf } from '../../../calendar/months';
import { dirtyDays, type DirtyDays } from './dirty';
import type { FoldSettings } from './raw';
import { recomputeDays } from './store';
import { MONTH_TABLES, rollUpMonths } from './months';
import { TABLES } from './write';

const REBUILD_CHUNK_DAYS = 31;

/**
 * How far before the watermark changes are looked for again: a write whose instant was taken
 * before another instance folded but that committed after it (a slow transaction, a clock a little
 * behind) is still found. Recomputing a day twice does no harm.
 */
export const FOLD_OVERLAP_MS = 15 * 60_000;

export interface FoldResult {
  foldedTo: number;
  /** Days recomputed. */
  days: number;
  rebuilt: boolean;
}

interface FoldState {
  folded_to: number | string;
  last_offer_id: number | string;
  last_episode_id: number | string;
  settings_json: string;
}

export async function foldKpiAggregates(
  db: Knex,
  now: number,
  settings: FoldSettings,
  options: { rebuild?: boolean; auditAs?: Actor } = {},
): Promise<FoldResult> {
  const settingsJson = JSON.stringify(settings);
  const look = options.rebuild === true ? null : await lookWithoutLock(db, now, settingsJson);
  if (look && 'result' in look) return look.result;
  return db.transaction(async (trx) => {
    await trx('kpi_fold_state').where({ id: 1 }).increment('lock_version', 1);
    const state = (await trx('kpi_fold_state').where({ id: 1 }).first()) as FoldState;
    const foldedTo = Number(state.folded_to);
    const rebuild = options.rebuild === true || foldedTo === 0 || state.settings_json !== settingsJson;
    // Folded to this very instant already: look again, a write of the same instant may have committed since.
    if (!rebuild && foldedTo > now) return { foldedTo, days: 0, rebuilt: false };
    // The days found without the lock serve while no other fold has moved the state since.
    const seen = look && sameState(look.state, state) ? look.dirty : undefined;
    const done = rebuild
      ? await rebuildAll(trx, now, settings)
      : await foldSince(trx, { state, now, settings, seen });
    await trx('kpi_fold_state').where({ id: 1 }).update({
      folded_to: now,
      last_offer_id: done.lastOfferId,
      last_episode_id: done.lastEpisodeId,
      settings_json: settingsJson,
    });
    const result = { foldedTo: now, days: done.days, rebuilt: rebuild };
    if (options.auditAs) {
      await recordAudit(trx, options.auditAs, now, {
        action: 'kpi-aggregates.rebuild',
        entityType: 'kpi-aggregates',
        entityId: 'all',
        after: result,
      });
    }
    return result;
  });
}

/**
 * The state and the dirty days, read without the lock; or the result itself when there is nothing
 * to fold: the aggregates folded to an earlier instant of the same month, no event changed since
 * (so folding would recompute nothing and roll up no month), answer for `now` as they are. The
 * watermark then stays where it is, and the next fold looks from there: no change is missed,
 * however late it commits. Reading without the lock is safe as any read after a fold is: another
 * instance may fold more at any time, and only adds what happened.
 */
async function lookWithoutLock(
  db: Knex,
  now: number,
  settingsJson: string,
): Promise<{ result: FoldResult } | { state: FoldState; dirty: DirtyDays } | null> {
  const state = (await db('kpi_fold_state').where({ id: 1 }).first()) as FoldState;
  const foldedTo = Number(state.folded_to);
  if (foldedTo === 0 || state.settings_json !== settingsJson) return null;
  if (foldedTo > now) return { result: { foldedTo, days: 0, rebuilt: false } };
  const dirty = await dirtyDays(db, cursorOf(state, now));
  const monthClosed = monthOf(londonDate(foldedTo)) !== monthOf(londonDate(now));
  if (dirty.days.size === 0 && !monthClosed) return { result: { foldedTo: now, days: 0, rebuilt: false } };
  return { state, dirty };
}

const sameState = (a: FoldState, b: FoldState) =>
  Number(a.folded_to) === Number(b.folded_to) &&
  Number(a.last_offer_id) === Number(b.last_offer_id) &&
  Number(a.last_episode_id) === Number(b.last_episode_id) &&
  a.settings_json === b.settings_json;

const cursorOf = (state: FoldState, now: number) => ({
  since: Number(state.folded_to) - FOLD_OVERLAP_MS,
  now,
  lastOfferId: Number(state.last_offer_id),
  lastEpisodeId: Number(state.last_episode_id),
});

async function foldSince(
  trx: Knex,
  fold: { state: FoldState; now: number; settings: FoldSettings; seen: DirtyDays | undefined },
) {
  const { state, now, settings } = fold;
  const dirty = fold.seen ?? (await dirtyDays(trx, cursorOf(state, now)));
  const days = [...dirty.days].sort();
  const changed = days.length > 0 ? await recomputeDays(trx, days, now, settings) : new Set<string>();
  // A closed month is rolled up again only when one of its days' counts or reasons came out different.
  await rollUpMonths(trx, { days: [...changed], since: Number(state.folded_to), now });
  return { ...dirty, days: dirty.days.size };
}

/** Every day from the first event to `now`'s. */
async function rebuildAll(trx: Knex, now: number, settings: FoldSettings) {
  // The last ids first: a row added while the rebuild reads is then found by the next fold.
  type Extremes = Record<string, unknown> | undefined;
  const [offers, episodes] = await together<[Extremes, Extremes]>(trx, [
    () => trx('offers').max('id as id').min('sent_at as first').first(),
    () =>
      trx('brokerage_episodes')
        .max('id as id')
        .min('awarded_at as first')
        .min('handed_back_at as back')
        .first(),
  ]);
  for (const table of [...TABLES, ...MONTH_TABLES]) await trx(table).delete();
  const firsts = [offers?.first, episodes?.first, episodes?.back].filter((v) => v != null).map(Number);
  const last = londonDate(now);
  let days = 0;
  if (firsts.length > 0) {
    // A month at a time: a month's rows are held in memory before they are written.
    let month: string[] = [];
    for (let day = londonDate(Math.min(...firsts)); day <= last; day = addDays(day, 1)) {
      month.push(day);
      if (month.length === REBUILD_CHUNK_DAYS || day === last) {
        await recomputeDays(trx, month, now, settings);
        await rollUpMonths(trx, { days: month, now });
        days += month.length;
        month = [];
      }
    }
  }
  return { days, lastOfferId: Number(offers?.id ?? 0), lastEpisodeId: Number(episodes?.id ?? 0) };
}
