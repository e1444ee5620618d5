/** Read models for the performance routes: KPIs for a period, and scores in force at a moment. */
import type { Knex } from 'knex';
import type { Actor } from '../auth/roles';
import { londonDate } from '../clock';
import type { PerformanceConfig } from '../config';
import { Invalid, NotFound } from '../http/errors';
import { addDays } from '../pricing/dates';
import { computeKpis, type KpiFilter } from './kpi-queries';
import type { KpiDimension } from './model';
import { periodOfDates } from './period';
import { ragOf } from './score';
import { latestSnapshots, snapshotView, type SnapshotRow } from './snapshots';

type Queryable = Knex | Knex.Transaction;

/** A provider user sees only its own organisation; any other is answered as not found. */
export function assertOwnProvider(actor: Actor, providerId: number): void {
  if (actor.role === 'provider' && actor.providerId !== providerId) {
    throw new NotFound('provider-not-found', `No provider ${providerId}.`);
  }
}

export async function providerOrNotFound(db: Queryable, providerId: number) {
  const row = await db('providers').where({ id: providerId }).first('id', 'name', 'tender_score');
  if (!row) throw new NotFound('provider-not-found', `No provider ${providerId}.`);
  return { id: Number(row.id), name: String(row.name), tenderScore: Number(row.tender_score) };
}

export async function kpiReport(
  db: Queryable,
  settings: PerformanceConfig,
  input: { from?: string; to?: string; groupBy: KpiDimension[]; filter: KpiFilter },
  now: number,
) {
  const to = input.to ?? londonDate(now);
  const from = input.from ?? addDays(to, -364);
  if (from > to) {
    throw new Invalid('The period ends before it starts.', [
      { path: 'query.from', message: `must not be after ${to}` },
    ]);
  }
  const period = periodOfDates(from, to, now);
  const rows = await computeKpis(
    db,
    {
      period,
      groupBy: input.groupBy,
      filter: input.filter,
      quickResponseFraction: settings.quickResponseFraction,
    },
    settings.pickUpTargetDays,
  );
  const providers = await names(db, 'providers');
  const zones = await names(db, 'zones');
  rows.sort(
    (a, b) =>
      (a.group.providerId ?? 0) - (b.group.providerId ?? 0) ||
      (a.group.zoneId ?? '').localeCompare(b.group.zoneId ?? '') ||
      (a.group.band ?? '').localeCompare(b.group.band ?? ''),
  );
  return {
    period: { from, to },
    asOf: new Date(now).toISOString(),
    groupBy: input.groupBy,
    filter: input.filter,
    pickUpTargetDays: settings.pickUpTargetDays,
    groups: rows.map(({ group, kpis }) => ({
      group: {
        ...(group.providerId !== undefined
          ? { provider: { id: group.providerId, name: providers.get(String(group.providerId)) ?? null } }
          : {}),
        ...(group.zoneId !== undefined
          ? { zone: { id: group.zoneId, name: zones.get(group.zoneId) ?? null } }
          : {}),
        ...(group.band !== undefined ? { band: group.band } : {}),
      },
      kpis,
    })),
  };
}

async function names(db: Queryable, table: 'providers' | 'zones') {
  const rows: { id: number | string; name: string }[] = await db(table).select('id', 'name');
  return new Map(rows.map((r) => [String(r.id), r.name]));
}

function scoreView(snapshot: SnapshotRow | undefined, tenderScore: number, rag: PerformanceConfig['rag']) {
  if (snapshot)
    return { source: 'snapshot' as const, snapshotId: Number(snapshot.id), ...snapshotView(snapshot) };
  return {
    source: 'tender' as const,
    snapshotId: null,
    value: tenderScore,
    rag: ragOf(tenderScore, rag),
    tenderScore,
    components: null,
    kpis: null,
  };
}

/** A provider's score in force at `at` in each zone where it holds a role, with components and KPIs. */
export async function providerScores(
  db: Queryable,
  settings: PerformanceConfig,
  providerId: number,
  at: number,
) {
  const provider = await providerOrNotFound(db, providerId);
  const roles: { zone_id: string; role: string; zone_name: string }[] = await db('provider_zone_roles as r')
    .join('zones as z', 'z.id', 'r.zone_id')
    .where('r.provider_id', providerId)
    .orderBy('r.zone_id')
    .select('r.zone_id', 'r.role', 'z.name as zone_name');
  const zones = await Promise.all(
    roles.map(async (r) => {
      const snapshot = (await latestSnapshots(db, r.zone_id, [providerId], at)).get(providerId);
      return {
        zone: { id: r.zone_id, name: r.zone_name },
        role: r.role,
        score: scoreView(snapshot, provider.tenderScore, settings.rag),
      };
    }),
  );
  return { provider, at: new Date(at).toISOString(), zones };
}

/**
 * Every provider's score in force at `at`, per zone, in the order allocation would rank them
 * within each role (before eligibility and tie-breaks). Reading it at a past instant reproduces
 * the scores a past round ranked by.
 */
export async function zoneScores(
  db: Queryable,
  settings: PerformanceConfig,
  zoneId: string | undefined,
  at: number,
) {
  const roles: {
    provider_id: number;
    zone_id: string;
    role: string;
    name: string;
    tender_score: number;
    zone_name: string;
  }[] = await db('provider_zone_roles as r')
    .join('providers as p', 'p.id', 'r.provider_id')
    .join('zones as z', 'z.id', 'r.zone_id')
    .modify((q) => {
      if (zoneId) q.where('r.zone_id', zoneId);
    })
    .orderBy(['r.zone_id', 'r.provider_id'])
    .select('r.provider_id', 'r.zone_id', 'r.role', 'p.name', 'p.tender_score', 'z.name as zone_name');
  const byZone = new Map<string, typeof roles>();
  for (const r of roles) {
    if (!byZone.has(r.zone_id)) byZone.set(r.zone_id, []);
    byZone.get(r.zone_id)!.push(r);
  }
  const zones = await Promise.all(
    [...byZone].map(async ([id, members]) => {
      const snapshots = await latestSnapshots(
        db,
        id,
        members.map((m) => Number(m.provider_id)),
        at,
      );
      const providers = members.map((m) => {
        const s = snapshots.get(Number(m.provider_id));
        const view = scoreView(s, Number(m.tender_score), settings.rag);
        return {
          provider: { id: Number(m.provider_id), name: m.name },
          role: m.role,
          value: view.value,
          rag: view.rag,
          source: view.source,
          snapshotId: view.snapshotId,
          computedFor: s?.computed_for ?? null,
          components: view.components
            ? {
                pickUp: view.components.pickUp.value,
                quality: view.components.quality.value,
                response: view.components.response.value,
              }
            : null,
        };
      });
      providers.sort((a, b) =>
        a.role === b.role ? b.value - a.value || a.provider.id - b.provider.id : a.role === 'prime' ? -1 : 1,
      );
      return { zone: { id, name: members[0]!.zone_name }, providers };
    }),
  );
  return { at: new Date(at).toISOString(), zones };
}
