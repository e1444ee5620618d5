/**
 * Recording a package's negotiated rate (docs/specification/rates-and-costs.md §3.9): an officer or
 * admin records the hourly rate agreed for one package from a date, or (no rate) that from a date it
 * follows the rate card again. Rows are only added, so what was paid stays explainable. Audited on
 * the package's history.
 */
import { recordAudit } from '../audit/record';
import { londonDate, type IsoDate } from '../calendar/dates';
import { negotiatedRateFromCheck, requireDatesInRange } from '../calendar/field-rules';
import type { Queryable } from '../db/connect';
import { isUniqueViolation } from '../db/dialect';
import { Conflict, NotFound } from '../errors';
import type { CommandContext } from '../performance/command';
import { isBand } from './bands';
import { loadRateCards } from './queries';
import { rateOnDay, type NegotiatedRate } from './rates-in-force';

export interface NegotiatedRateInput {
  appliesFrom: IsoDate;
  /** Null: from appliesFrom the package follows the card again. */
  hourlyRatePence: number | null;
  reason: string;
}

export interface RecordedNegotiatedRate extends NegotiatedRate {
  id: number;
  reason: string;
  createdAt: string;
  createdBy: number | null;
}

export async function packageNegotiatedRates(
  db: Queryable,
  packageId: number,
): Promise<RecordedNegotiatedRate[]> {
  const rows: Record<string, unknown>[] = await db('negotiated_rates')
    .where({ package_id: packageId })
    .orderBy('applies_from')
    .select('id', 'applies_from', 'hourly_rate_pence', 'reason', 'created_at', 'created_by');
  return rows.map((r) => ({
    id: Number(r.id),
    appliesFrom: String(r.applies_from),
    hourlyRatePence: r.hourly_rate_pence === null ? null : Number(r.hourly_rate_pence),
    reason: String(r.reason),
    createdAt: new Date(Number(r.created_at)).toISOString(),
    createdBy: r.created_by === null ? null : Number(r.created_by),
  }));
}

/** The package's negotiated rates and the rate it is paid today (negotiated, or the card for its band). */
export async function packageRates(db: Queryable, packageId: number, now: number) {
  const pkg = await db('packages').where({ id: packageId }).first('id', 'band', 'hourly_rate_pence');
  if (!pkg) throw new NotFound('package-not-found', `No package ${packageId}.`);
  const negotiated = await packageNegotiatedRates(db, packageId);
  const band = String(pkg.band);
  const today = londonDate(now);
  const paid = isBand(band)
    ? rateOnDay({ band, cards: await loadRateCards(db), negotiated }, today)
    : undefined;
  return {
    packageId,
    band,
    intakeHourlyRatePence: Number(pkg.hourly_rate_pence),
    today: { date: today, hourlyRatePence: paid?.hourlyRatePence ?? null, source: paid?.source ?? null },
    negotiated,
  };
}

export async function recordNegotiatedRate(
  { db, actor, now }: CommandContext,
  packageId: number,
  input: NegotiatedRateInput,
) {
  try {
    await db.transaction(async (trx) => {
      const pkg = await trx('packages').where({ id: packageId }).first('id', 'created_at', 'erased_at');
      if (!pkg || pkg.erased_at !== null) throw new NotFound('package-not-found', `No package ${packageId}.`);
      const intakeDay = londonDate(Number(pkg.created_at));
      requireDatesInRange([
        negotiatedRateFromCheck('body.appliesFrom', input.appliesFrom, { intakeDay, now }),
      ]);
      const [row] = await trx('negotiated_rates')
        .insert({
          package_id: packageId,
          applies_from: input.appliesFrom,
          hourly_rate_pence: input.hourlyRatePence,
          reason: input.reason,
          created_at: now,
          created_by: actor.userId,
        })
        .returning('id');
      await recordAudit(trx, actor, now, {
        action: 'package.negotiated-rate',
        entityType: 'package',
        entityId: packageId,
        after: { negotiatedRateId: Number((row as { id: number }).id), ...input },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw new Conflict(
        'negotiated-rate-date-taken',
        `Package ${packageId} already has a negotiated rate from ${input.appliesFrom}.`,
      );
    throw err;
  }
  return packageRates(db, packageId, now);
}
