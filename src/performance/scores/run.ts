/**
 * Computes every provider's score in every zone where it holds a role and stores them as one
 * dated run of snapshots (the nightly job, or an admin on demand). Safe when several instances
 * run the nightly job at once: the work is read-only until one short transaction inserts the run,
 * whose run_key ('nightly:YYYY-MM-DD') is unique, so only the first instance to commit stores it.
 */
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../audit/record';
import { londonDate } from '../../calendar/dates';
import { trailingPeriod } from '../../calendar/periods';
import type { PerformanceConfig } from '../../config';
import type { Db } from '../../db/connect';
import { isUniqueViolation } from '../../db/dialect';
import type { RunContext } from '../command';
import { NO_QUALITY_EVIDENCE } from '../evidence/model';
import { qualityEvidenceAt } from '../evidence/summary';
import { assembleKpis } from '../kpis/kpis';
import { computeKpis } from '../kpis/queries';
import { visitPunctuality } from '../../visits/kpis';
import { insertRun, rolesToScore, runIdByKey } from './queries';
import { snapshotRow } from './snapshot';

export type RunTrigger = 'nightly' | 'on-demand';

export interface ScoreRunResult {
  runId: number | null;
  runKey: string;
  computedFor: string;
  asOf: string;
  snapshots: number;
  /** True when another computation already stored this nightly run. */
  skipped: boolean;
  /** Stored records the scores had to leave out (a date that cannot be placed in time). */
  notes: string[];
}

export async function runScoreComputation(ctx: RunContext, trigger: RunTrigger): Promise<ScoreRunResult> {
  const { db, actor, now } = ctx;
  const settings = ctx.config.performance;
  const handBackNoticeDays = ctx.config.allocation.handBack.noticeDays;
  const computedFor = londonDate(now);
  const runKey =
    trigger === 'nightly' ? `nightly:${computedFor}` : `on-demand:${now}:${randomUUID().slice(0, 8)}`;
  const result = { runKey, computedFor, asOf: new Date(now).toISOString() };
  const existing = await runIdByKey(db, runKey);
  if (existing !== null) return { ...result, runId: existing, snapshots: 0, skipped: true, notes: [] };

  const { rows, notes } = await scoreRows(db, { settings, handBackNoticeDays }, now);
  const run = {
    run_key: runKey,
    trigger,
    computed_for: computedFor,
    as_of: now,
    created_at: now,
    requested_by: actor.userId,
    settings_json: JSON.stringify({ ...formulaSettings(settings), handBackNoticeDays }),
    snapshots: rows.length,
  };
  try {
    const runId = await db.transaction(async (trx) => {
      const id = await insertRun(trx, run, rows);
      await recordAudit(trx, actor, now, {
        action: 'score-run.create',
        entityType: 'score-run',
        entityId: id,
        after: { runKey, trigger, computedFor, snapshots: rows.length },
      });
      return id;
    });
    return { ...result, runId, snapshots: rows.length, skipped: false, notes };
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    return { ...result, runId: await runIdByKey(db, runKey), snapshots: 0, skipped: true, notes: [] };
  }
}

/** The settings that shape the formula, stored with each run so that its scores stay explainable. */
function formulaSettings(s: PerformanceConfig) {
  const { scoreSchedule: _schedule, review: _review, ...formula } = s;
  return formula;
}

/** One snapshot row per (provider, zone) role, computed from the score period before `now`. */
async function scoreRows(
  db: Db,
  { settings, handBackNoticeDays }: { settings: PerformanceConfig; handBackNoticeDays: number },
  now: number,
) {
  const roles = await rolesToScore(db);
  const period = trailingPeriod(now, settings.scorePeriodDays);
  const [{ groups: kpiRows, notes }, quality, visits] = await Promise.all([
    computeKpis(
      db,
      {
        period,
        groupBy: ['provider', 'zone'],
        quickResponseFraction: settings.quickResponseFraction,
        handBackNoticeDays,
      },
      settings.pickUpTargetDays,
    ),
    qualityEvidenceAt(db, now, settings.scorePeriodDays),
    visitPunctuality(db, { period, settings: settings.visits }),
  ]);
  const kpis = new Map(kpiRows.map((k) => [`${k.group.providerId}|${k.group.zoneId}`, k.kpis]));
  const emptyKpis = assembleKpis({}, settings.pickUpTargetDays, londonDate(now));
  const evidencePeriod = { from: londonDate(period.from), to: londonDate(period.to - 1) };
  const rows = roles.map((role) =>
    snapshotRow({
      role,
      kpis: kpis.get(`${role.provider_id}|${role.zone_id}`) ?? emptyKpis,
      quality: quality.get(Number(role.provider_id)) ?? NO_QUALITY_EVIDENCE,
      visits: visits.get(`${role.provider_id}|${role.zone_id}`),
      settings,
      now,
      period: evidencePeriod,
    }),
  );
  return { rows, notes };
}
