import type { Knex } from 'knex';
import { recordAudit } from '../audit/record';
import type { Actor } from '../auth/roles';
import type { Queryable } from '../db/connect';
import { together, toBool } from '../db/dialect';
import type {
  CqcRating,
  LegacyType,
  Provider,
  ProviderStatus,
  ProviderZone,
  ZoneRole,
  CapacityView,
} from './model';
import { capacityAge } from './policy';

/** What "now" and "stale" mean for a read: capacity ages are computed against them. */
export interface AgeBasis {
  now: number;
  staleDays: number;
}

interface ProviderRow {
  id: number;
  name: string;
  cqc_location_id: string;
  cqc_overall: CqcRating;
  cqc_safe: CqcRating;
  cqc_well_led: CqcRating;
  chc_approved: boolean | number;
  status: ProviderStatus;
  tender_score: number;
  admitted_on: string;
  legacy_type: LegacyType | null;
  version: number;
  created_at: number;
  updated_at: number;
}

export interface DeclarationRow {
  id: number;
  provider_id: number;
  zone_id: string;
  weekly_minutes: number;
  declared_at: number;
  declared_by: number | null;
}

const iso = (ms: number) => new Date(Number(ms)).toISOString();

export function toCapacityView(row: DeclarationRow, basis: AgeBasis): CapacityView {
  const declaredAt = Number(row.declared_at);
  return {
    declarationId: Number(row.id),
    weeklyMinutes: Number(row.weekly_minutes),
    weeklyHours: Number(row.weekly_minutes) / 60,
    declaredAt: iso(declaredAt),
    declaredBy: row.declared_by === null ? null : Number(row.declared_by),
    ...capacityAge(declaredAt, basis.now, basis.staleDays),
  };
}

/**
 * Each provider's latest declaration per zone (ties on time go to the later row), keyed
 * 'providerId|zoneId'. Filtered by providers and/or zone when given.
 */
export async function latestDeclarations(
  db: Queryable,
  filter: { providerIds?: number[]; zoneId?: string } = {},
): Promise<Map<string, DeclarationRow>> {
  const rows = (await latestDeclarationsQuery(db, filter).select(
    'd.id',
    'd.provider_id',
    'd.zone_id',
    'd.weekly_minutes',
    'd.declared_at',
    'd.declared_by',
  )) as DeclarationRow[];
  return new Map(rows.map((r) => [`${r.provider_id}|${r.zone_id}`, r]));
}

/**
 * Records a capacity declaration and its audit row, in the caller's transaction. They are rows of
 * separate tables, so they go to the driver together (src/db/dialect.ts `together`).
 */
export async function insertDeclaration(
  trx: Knex.Transaction,
  actor: Actor,
  declaration: {
    providerId: number;
    zoneId: string;
    weeklyMinutes: number;
    declaredAt: number;
    reason?: string;
  },
): Promise<void> {
  const { providerId, zoneId, weeklyMinutes, declaredAt, reason } = declaration;
  await together(trx, [
    () =>
      trx('capacity_declarations').insert({
        provider_id: providerId,
        zone_id: zoneId,
        weekly_minutes: weeklyMinutes,
        declared_at: declaredAt,
        declared_by: actor.userId,
      }),
    () =>
      recordAudit(trx, actor, declaredAt, {
        action: 'provider.capacity.declare',
        entityType: 'provider',
        entityId: providerId,
        after: {
          zoneId,
          weeklyMinutes,
          declaredAt: new Date(declaredAt).toISOString(),
          ...(reason ? { reason } : {}),
        },
      }),
  ]);
}

export async function declarationHistory(db: Queryable, providerId: number, basis: AgeBasis, limit = 100) {
  const rows = (await db('capacity_declarations')
    .where({ provider_id: providerId })
    .orderBy([
      { column: 'declared_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(limit)
    .select(
      'id',
      'provider_id',
      'zone_id',
      'weekly_minutes',
      'declared_at',
      'declared_by',
    )) as DeclarationRow[];
  return rows.map((row) => ({ zoneId: row.zone_id, ...toCapacityView(row, basis) }));
}

export interface MembershipRow {
  provider_id: number;
  provider_name: string;
  provider_status: ProviderStatus;
  chc_approved: boolean | number;
  zone_id: string;
  zone_name: string;
  role: ZoneRole;
  since: number;
  cqc_overall: CqcRating;
  /** Set when the provider recorded its exit from the market: it receives no new offers. */
  exit_recorded_at: number | null;
}

/** Provider–zone memberships with their provider's name and status, in zone then provider order. */
export async function memberships(
  db: Queryable,
  filter: { providerIds?: number[]; zoneId?: string } = {},
): Promise<MembershipRow[]> {
  return (await db('provider_zone_roles as r')
    .join('providers as p', 'p.id', 'r.provider_id')
    .join('zones as z', 'z.id', 'r.zone_id')
    .modify((q) => {
      if (filter.providerIds) q.whereIn('r.provider_id', filter.providerIds);
      if (filter.zoneId) q.where('r.zone_id', filter.zoneId);
    })
    .orderBy([{ column: 'z.name' }, { column: 'p.name' }])
    .select(
      'r.provider_id',
      'p.name as provider_name',
      'p.status as provider_status',
      'p.chc_approved',
      'r.zone_id',
      'z.name as zone_name',
      'r.role',
      'r.since',
      'p.cqc_overall',
      'p.exit_recorded_at',
    )) as MembershipRow[];
}

async function zonesByProvider(db: Queryable, providerIds: number[], basis: AgeBasis) {
  const byProvider = new Map<number, ProviderZone[]>();
  if (providerIds.length === 0) return byProvider;
  const [rows, latest] = await Promise.all([
    memberships(db, { providerIds }),
    latestDeclarations(db, { providerIds }),
  ]);
  for (const row of rows) {
    const declaration = latest.get(`${row.provider_id}|${row.zone_id}`);
    const list = byProvider.get(Number(row.provider_id)) ?? [];
    list.push({
      zoneId: row.zone_id,
      zoneName: row.zone_name,
      role: row.role,
      since: iso(row.since),
      capacity: declaration ? toCapacityView(declaration, basis) : null,
    });
    byProvider.set(Number(row.provider_id), list);
  }
  return byProvider;
}

const toProvider = (row: ProviderRow, zones: ProviderZone[]): Provider => ({
  id: Number(row.id),
  name: row.name,
  cqcLocationId: row.cqc_location_id,
  cqcOverall: row.cqc_overall,
  cqcSafe: row.cqc_safe,
  cqcWellLed: row.cqc_well_led,
  chcApproved: toBool(row.chc_approved),
  status: row.status,
  tenderScore: Number(row.tender_score),
  admittedOn: row.admitted_on,
  legacyType: row.legacy_type,
  version: Number(row.version),
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
  zones,
});

export interface ProviderFilter {
  zone?: string;
  role?: ZoneRole;
  rating?: CqcRating;
  chc?: boolean;
  status?: ProviderStatus;
}

/** Providers matching every given filter, by name; `zone`/`role` match the provider's roles. */
export async function listProviders(
  db: Queryable,
  filter: ProviderFilter,
  basis: AgeBasis,
): Promise<Provider[]> {
  const rows = (await db('providers as p')
    .modify((q) => {
      if (filter.rating) q.where('p.cqc_overall', filter.rating);
      if (filter.chc !== undefined) q.where('p.chc_approved', filter.chc);
      if (filter.status) q.where('p.status', filter.status);
      if (filter.zone || filter.role) {
        q.whereIn(
          'p.id',
          db('provider_zone_roles')
            .select('provider_id')
            .modify((s) => {
              if (filter.zone) s.where('zone_id', filter.zone);
              if (filter.role) s.where('role', filter.role);
            }),
        );
      }
    })
    .orderBy([{ column: 'p.name' }, { column: 'p.id' }])
    .select('p.*')) as ProviderRow[];
  const zones = await zonesByProvider(
    db,
    rows.map((r) => Number(r.id)),
    basis,
  );
  return rows.map((row) => toProvider(row, zones.get(Number(row.id)) ?? []));
}

export async function findProvider(
  db: Queryable,
  id: number,
  basis: AgeBasis,
): Promise<Provider | undefined> {
  const row = (await db('providers').where({ id }).first()) as ProviderRow | undefined;
  if (!row) return undefined;
  const zones = await zonesByProvider(db, [id], basis);
  return toProvider(row, zones.get(id) ?? []);
}

export async function findRole(db: Queryable, providerId: number, zoneId: string) {
  const row = (await db('provider_zone_roles')
    .where({ provider_id: providerId, zone_id: zoneId })
    .first('role', 'since')) as { role: ZoneRole; since: number } | undefined;
  return row ? { role: row.role, since: Number(row.since) } : undefined;
}

/** Column values for an insert or update, from the API's field names. */
export function providerColumns(
  fields: Partial<Omit<Provider, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'zones'>>,
) {
  const columns: Record<string, unknown> = {};
  const map: Record<string, string> = {
    name: 'name',
    cqcLocationId: 'cqc_location_id',
    cqcOverall: 'cqc_overall',
    cqcSafe: 'cqc_safe',
    cqcWellLed: 'cqc_well_led',
    chcApproved: 'chc_approved',
    status: 'status',
    tenderScore: 'tender_score',
    admittedOn: 'admitted_on',
    legacyType: 'legacy_type',
  };
  for (const [field, column] of Object.entries(map)) {
    const value = (fields as Record<string, unknown>)[field];
    if (value !== undefined) columns[column] = value;
  }
  return columns;
}

/** The query behind latestDeclarations, for callers that add their own columns (e.g. allocation's capacity). */
export function latestDeclarationsQuery(
  db: Queryable,
  filter: { providerIds?: number[]; zoneId?: string } = {},
) {
  return (
    db('capacity_declarations as d')
      .modify((q) => {
        if (filter.providerIds) q.whereIn('d.provider_id', filter.providerIds);
        if (filter.zoneId) q.where('d.zone_id', filter.zoneId);
      })
      // The latest row of each provider × zone through the index (see performance/scores/queries.ts).
      .where(
        'd.id',
        db('capacity_declarations as newer')
          .whereRaw('newer.provider_id = d.provider_id')
          .whereRaw('newer.zone_id = d.zone_id')
          .orderBy([
            { column: 'newer.declared_at', order: 'desc' },
            { column: 'newer.id', order: 'desc' },
          ])
          .limit(1)
          .select('newer.id'),
      )
  );
}
