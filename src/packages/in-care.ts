/**
 * Packages that come to the service already in care (the caseload import, docs/imports.md): stored as
 * intake stores a package — located, banded, the rate in force today frozen — but held by their
 * provider from the start day, with no brokerage: never offered to anyone, no round, no notification.
 * An imported package is `active` when its care has started, `awarded` when it starts later.
 */
import { recordAudits } from '../audit/record';
import type { Actor } from '../auth/roles';
import { londonDate } from '../calendar/dates';
import { IMPORT_BATCH } from '../allocation/queries/episodes';
import { recordImportedAwards } from '../allocation/episodes';
import type { Queryable } from '../db/connect';
import type { Knex } from 'knex';
import { hoursToMinutes } from '../pricing/minutes';
import { auditablePackage } from './intake';
import type { FundingStream, LocationGiven, Needs } from './model';

/** A package in care, checked and placed by the caller. */
export interface InCarePackage {
  reference: string;
  point: { lon: number; lat: number };
  postcode: string | null;
  locationGiven: LocationGiven;
  placed: {
    areaId: string;
    lsoa: string;
    district: string;
    zoneId: string;
    band: string;
    bandSource: string;
    layerId: number | null;
  };
  weeklyHours: number;
  visitsPerWeek: number;
  fundingStream: FundingStream;
  fundedUntil: string | null;
  reviewDue: string | null;
  needs: Needs;
  providerId: number;
  /** The award's round kind: the provider's zone role when it took the package. */
  roundKind: string;
  startDate: string;
}

export interface InCareContext {
  trx: Knex.Transaction;
  actor: Actor;
  now: number;
  rateCard: { id: number; rates: Record<string, number> };
}

/** References of these that the service already holds (any status): an import leaves them alone. */
export async function heldReferences(db: Queryable, references: readonly string[]): Promise<Set<string>> {
  const held = new Set<string>();
  for (let i = 0; i < references.length; i += IMPORT_BATCH) {
    const rows = await db('packages')
      .whereIn('reference', references.slice(i, i + IMPORT_BATCH))
      .select('reference');
    for (const r of rows) held.add(String(r.reference));
  }
  return held;
}

function packageRow(ctx: InCareContext, p: InCarePackage, today: string) {
  return {
    reference: p.reference,
    lon: p.point.lon,
    lat: p.point.lat,
    postcode: p.postcode,
    location_given: p.locationGiven,
    area_id: p.placed.areaId,
    lsoa: p.placed.lsoa,
    district: p.placed.district,
    zone_id: p.placed.zoneId,
    band: p.placed.band,
    band_source: p.placed.bandSource,
    area_layer_id: p.placed.layerId,
    rate_card_id: ctx.rateCard.id,
    hourly_rate_pence: ctx.rateCard.rates[p.placed.band]!,
    weekly_minutes: hoursToMinutes(p.weeklyHours),
    visits_per_week: p.visitsPerWeek,
    funding_stream: p.fundingStream,
    funded_until: p.fundedUntil,
    review_due: p.reviewDue,
    urgency: 'standard',
    wanted_start: p.startDate,
    needs_json: JSON.stringify(p.needs),
    status: p.startDate <= today ? 'active' : 'awarded',
    provider_id: p.providerId,
    created_at: ctx.now,
    created_by: ctx.actor.userId,
    updated_at: ctx.now,
  };
}

/** Stores the packages in batches, their awarded episodes, and one `package.import` audit row each. */
export async function storeInCarePackages(
  ctx: InCareContext,
  packages: readonly InCarePackage[],
): Promise<Map<string, number>> {
  const today = londonDate(ctx.now);
  const ids = new Map<string, number>();
  const audits = [];
  for (let i = 0; i < packages.length; i += IMPORT_BATCH) {
    const batch = packages.slice(i, i + IMPORT_BATCH);
    const rows = batch.map((p) => packageRow(ctx, p, today));
    const inserted = (await ctx.trx('packages').insert(rows).returning(['id', 'reference'])) as {
      id: number;
      reference: string;
    }[];
    for (const r of inserted) ids.set(r.reference, Number(r.id));
    for (const row of rows) {
      const after = { ...auditablePackage(row), providerId: row.provider_id, startDate: row.wanted_start };
      audits.push({
        entityType: 'package' as const,
        entityId: ids.get(row.reference)!,
        action: 'package.import' as const,
        after,
      });
    }
  }
  await recordImportedAwards(ctx.trx, {
    now: ctx.now,
    today,
    awards: packages.map((p) => ({
      packageId: ids.get(p.reference)!,
      providerId: p.providerId,
      roundKind: p.roundKind,
      startDate: p.startDate,
    })),
  });
  await recordAudits(ctx.trx, ctx.actor, ctx.now, audits);
  return ids;
}
