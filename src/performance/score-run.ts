/**
 * Computes every provider's score in every zone where it holds a role and stores them as one
 * dated run of snapshots (the nightly job, or an admin on demand). Safe when several instances
 * run the nightly job at once: the work is read-only until one short transaction inserts the run,
 * whose run_key ('nightly:YYYY-MM-DD') is unique, so only the first instance to commit stores it.
 */
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/record';
import type { Actor } from '../auth/roles';
import { londonDate } from '../clock';
import type { Config, PerformanceConfig } from '../config';
import type { Db } from '../db/connect';
import { isUniqueViolation } from '../db/dialect';
import { NO_QUALITY_EVIDENCE, qualityEvidenceAt, type QualityEvidenceSummary } from './evidence';
import { computeKpis } from './kpi-queries';
import { assembleKpis, type KpiSet } from './kpis';
import { trailingPeriod } from './period';
import { computeScore } from './score';
import type { SnapshotDetail } from './snapshots';

export type RunTrigger = 'nightly' | 'on-demand';

export interface ScoreRunResult {
  runId: number | null;
  runKey: string;
  computedFor: string;
  asOf: string;
  snapshots: number;
  /** True when another computation already stored this nightly run. */
  skipped: boolean;
}

interface RoleRow {
  provider_id: number;
  zone_id: string;
  role: string;
  tender_score: number;
}

const CHUNK = 40;

export async function runScoreComputation(
  deps: { db: Db; config: Pick<Config, 'performance'> },
  actor: Actor,
  now: number,
  trigger: RunTrigger,
): Promise<ScoreRunResult> {
  const { db } = deps;
  const settings = deps.config.performance;
  const computedFor = londonDate(now);
  const runKey =
    trigger === 'nightly' ? `nightly:${computedFor}` : `on-demand:${now}:${randomUUID().slice(0, 8)}`;
  const result = { runKey, computedFor, asOf: new Date(now).toISOString() };
  const existing = await db('score_runs').where({ run_key: runKey }).first('id');
  if (existing) return { ...result, runId: Number(existing.id), snapshots: 0, skipped: true };

  const rows = await scoreRows(db, settings, now);
  try {
    const runId = await db.transaction(async (trx) => {
      const [run] = await trx('score_runs')
        .insert({
          run_key: runKey,
          trigger,
          computed_for: computedFor,
          as_of: now,
          created_at: now,
          requested_by: actor.userId,
          settings_json: JSON.stringify(formulaSettings(settings)),
          snapshots: rows.length,
        })
        .returning('id');
      const id = Number((run as { id: number }).id);
      for (let i = 0; i < rows.length; i += CHUNK) {
        await trx('score_snapshots').insert(rows.slice(i, i + CHUNK).map((r) => ({ ...r, run_id: id })));
      }
      await recordAudit(trx, actor, now, {
        action: 'score-run.create',
        entityType: 'score-run',
        entityId: id,
        after: { runKey, trigger, computedFor, snapshots: rows.length },
      });
      return id;
    });
    return { ...result, runId, snapshots: rows.length, skipped: false };
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const winner = await db('score_runs').where({ run_key: runKey }).first('id');
    return { ...result, runId: winner ? Number(winner.id) : null, snapshots: 0, skipped: true };
  }
}

/** The settings that shape the formula, stored with each run so that its scores stay explainable. */
function formulaSettings(s: PerformanceConfig) {
  const { scoreSchedule: _schedule, review: _review, ...formula } = s;
  return formula;
}

/** One snapshot row per (provider, zone) role, computed from the score period before `now`. */
export async function scoreRows(db: Db, settings: PerformanceConfig, now: number) {
  const roles = (await db('provider_zone_roles as r')
    .join('providers as p', 'p.id', 'r.provider_id')
    .orderBy(['r.provider_id', 'r.zone_id'])
    .select('r.provider_id', 'r.zone_id', 'r.role', 'p.tender_score')) as RoleRow[];
  const period = trailingPeriod(now, settings.scorePeriodDays);
  const [kpiRows, quality] = await Promise.all([
    computeKpis(
      db,
      { period, groupBy: ['provider', 'zone'], quickResponseFraction: settings.quickResponseFraction },
      settings.pickUpTargetDays,
    ),
    qualityEvidenceAt(db, now, settings.scorePeriodDays),
  ]);
  const kpis = new Map(kpiRows.map((k) => [`${k.group.providerId}|${k.group.zoneId}`, k.kpis]));
  const asOfDate = londonDate(now);
  const emptyKpis = assembleKpis({}, settings.pickUpTargetDays, asOfDate);
  const evidencePeriod = { from: londonDate(period.from), to: londonDate(period.to - 1) };
  return roles.map((role) => {
    const k = kpis.get(`${role.provider_id}|${role.zone_id}`) ?? emptyKpis;
    const q = quality.get(Number(role.provider_id)) ?? NO_QUALITY_EVIDENCE;
    return snapshotRow(role, k, q, settings, now, evidencePeriod);
  });
}

function snapshotRow(
  role: RoleRow,
  kpis: KpiSet,
  quality: QualityEvidenceSummary,
  settings: PerformanceConfig,
  now: number,
  period: SnapshotDetail['period'],
) {
  const tenderScore = Number(role.tender_score);
  const score = computeScore(
    {
      tenderScore,
      offers: kpis.offers,
      starts: { judged: kpis.careStart.judged, onTime: kpis.careStart.startedByAgreedDate },
      quality,
    },
    settings,
  );
  const { pickUp, quality: q, response } = score.components;
  const visits = quality.visitScores;
  const detail: SnapshotDetail = {
    kpis,
    quality: {
      visits: visits.length,
      meanVisitScore:
        visits.length > 0 ? Math.round((visits.reduce((a, b) => a + b, 0) / visits.length) * 10) / 10 : null,
      cqcRating: quality.cqcRating,
      upheldComplaints: quality.upheldComplaints,
      safeguardingConcerns: quality.safeguardingConcerns,
    },
    liveWeights: { pickUp: pickUp.liveWeight, quality: q.liveWeight, response: response.liveWeight },
    period,
  };
  return {
    provider_id: Number(role.provider_id),
    zone_id: role.zone_id,
    computed_for: londonDate(now),
    computed_at: now,
    role: role.role,
    tender_score: tenderScore,
    value: score.value,
    rag: score.rag,
    pick_up: pickUp.value,
    quality: q.value,
    response: response.value,
    pick_up_live: pickUp.live,
    quality_live: q.live,
    response_live: response.live,
    pick_up_n: pickUp.evidence,
    quality_n: q.evidence,
    response_n: response.evidence,
    kpis_json: JSON.stringify(detail),
  };
}
