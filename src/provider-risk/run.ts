/**
 * Rates every provider's risk for a month and stores it (docs/provider-risk.md): the monthly job for
 * the month just ended, or a quality officer on demand for any month to date. Reads first, then one
 * transaction upserts a row per provider and month, so a re-run replaces the computed part and keeps
 * overrides. Safe with several instances: the scheduled run skips a month already rated, and the
 * upsert on (provider, month) means two runs at once leave one row each with the same values.
 */
import { recordAudit } from '../audit/record';
import { londonMidnight } from '../calendar/dates';
import { addMonths, monthDays } from '../calendar/months';
import type { Config } from '../config';
import type { Queryable } from '../db/connect';
import { notify } from '../notifications/notify';
import type { CommandContext } from '../performance/command';
import { currentCqcOverall } from './cqc';
import type { RiskInputs, RiskRag, RiskReason } from './model';
import {
  storedRags,
  concernCounts,
  monthRated,
  providersToRate,
  serviceHeld,
  upsertRatings,
  type RatingRow,
} from './queries';
import { rateProviderRisk } from './rule';

export interface RiskRunContext extends CommandContext {
  config: Pick<Config, 'providerRisk'>;
}

export interface RiskRunResult {
  month: string;
  skipped: boolean;
  providers: number;
  counts: Record<RiskRag, number>;
}

export async function runProviderRisk(
  ctx: RiskRunContext,
  request: { month: string; trigger: 'scheduled' | 'on-demand' },
): Promise<RiskRunResult> {
  const { db, actor, now } = ctx;
  const { month, trigger } = request;
  const counts: Record<RiskRag, number> = { red: 0, amber: 0, green: 0 };
  if (trigger === 'scheduled' && (await monthRated(db, month)))
    return { month, skipped: true, providers: 0, counts };
  const rows = await ratingRows(db, { month, now, rule: ctx.config.providerRisk.rule });
  for (const r of rows) counts[r.computed_rag] += 1;
  await db.transaction(async (trx) => {
    const turnedRed = await newlyRed(trx, month, rows);
    await upsertRatings(
      trx,
      rows.map(({ provider_name: _name, ...row }) => row),
    );
    for (const row of turnedRed) {
      const provider = { id: row.provider_id, name: row.provider_name };
      const reasons = (JSON.parse(row.reasons_json) as RiskReason[]).map((r) => r.code);
      await notify(trx, { type: 'provider-risk.red', provider, month, reasons }, now);
    }
    await recordAudit(trx, actor, now, {
      action: 'provider-risk.run',
      entityType: 'provider-risk-month',
      entityId: month,
      after: { trigger, providers: rows.length, ...counts },
    });
  });
  return { month, skipped: false, providers: rows.length, counts };
}

/**
 * Providers red this run that were not already computed red for the month, nor red (in force) the
 * month before: commissioners hear of each once (docs/notifications.md).
 */
async function newlyRed(trx: Queryable, month: string, rows: readonly NamedRow[]) {
  const [thisMonth, lastMonth] = await Promise.all([
    storedRags(trx, month),
    storedRags(trx, addMonths(month, -1)),
  ]);
  return rows.filter(
    (r) =>
      r.computed_rag === 'red' &&
      thisMonth.get(r.provider_id)?.computed !== 'red' &&
      lastMonth.get(r.provider_id)?.inForce !== 'red',
  );
}

type NamedRow = RatingRow & { provider_name: string };

/** The inputs are as at the month's end, or now for the month in progress. */
async function ratingRows(
  db: Queryable,
  run: { month: string; now: number; rule: Config['providerRisk']['rule'] },
): Promise<NamedRow[]> {
  const { first, last } = monthDays(run.month);
  const asOf = Math.min(run.now, londonMidnight(`${addMonths(run.month, 1)}-01`));
  const providers = await providersToRate(db, last);
  const ids = providers.map((p) => p.id);
  const [cqc, concerns, held] = await Promise.all([
    currentCqcOverall(db, ids),
    concernCounts(db, { first, last, asOf }),
    serviceHeld(db, asOf),
  ]);
  const settings = JSON.stringify(run.rule);
  return providers.map(({ id, name }) => {
    const c = concerns.get(id);
    const h = held.get(id);
    const inputs: RiskInputs = {
      cqcOverall: cqc.get(id) ?? null,
      complaints: c?.complaints ?? 0,
      upheldComplaints: c?.upheldComplaints ?? 0,
      safeguardingConcerns: c?.safeguardingConcerns ?? 0,
      substantiatedConcerns: c?.substantiatedConcerns ?? 0,
      packagesHeld: h?.packages ?? 0,
      weeklyMinutesHeld: h?.weeklyMinutes ?? 0,
    };
    const { rag, reasons } = rateProviderRisk(inputs, run.rule);
    return {
      provider_id: id,
      provider_name: name,
      month: run.month,
      computed_rag: rag,
      reasons_json: JSON.stringify(reasons),
      cqc_overall: inputs.cqcOverall,
      complaints: inputs.complaints,
      upheld_complaints: inputs.upheldComplaints,
      safeguarding_concerns: inputs.safeguardingConcerns,
      substantiated_concerns: inputs.substantiatedConcerns,
      packages_held: inputs.packagesHeld,
      weekly_minutes_held: inputs.weeklyMinutesHeld,
      settings_json: settings,
      computed_at: run.now,
    };
  });
}
