/**
 * GET /reports/providers: per provider, per zone (and over all its zones), the KPIs of the
 * performance feature (docs/quality-score.md "KPIs"), computed by src/performance/kpis/queries.ts.
 * Every provider holding a role appears, with every zone it holds a role in, even with no events in
 * the period.
 */
import { londonDate } from '../calendar/dates';
import { periodOfDates, reportDates, type ReportWhen } from '../calendar/periods';
import { computeKpis, type KpiFilter } from '../performance/kpis/queries';
import { assembleKpis, type KpiDimension, type KpiSet } from '../performance/kpis/kpis';
import type { FundingStream } from '../packages/model';
import type { Services } from '../services';

export interface ProviderZoneKpis {
  zone: { id: string; name: string };
  /** The provider's role in the zone now; null when it has none (e.g. work won in a widened round). */
  role: string | null;
  kpis: KpiSet;
}

export interface ProviderKpis {
  provider: { id: number; name: string };
  allZones: KpiSet;
  zones: ProviderZoneKpis[];
}

export interface ProviderReport {
  period: { from: string; to: string };
  asOf: string;
  pickUpTargetDays: { urgent: number; standard: number };
  providers: ProviderKpis[];
  /** Stored records the figures had to leave out (a date that cannot be placed in time). */
  notes: string[];
}

type Row = Record<string, unknown>;

export async function providerReport(
  { db, config, zoneFacts }: Pick<Services, 'db' | 'config' | 'zoneFacts'>,
  when: ReportWhen & { fundingStream?: FundingStream | undefined },
  now: number,
  providerId: number | undefined,
): Promise<ProviderReport> {
  const { from, to, asOf } = reportDates(when, now);
  const period = periodOfDates(from, to, asOf);
  const targets = config.performance.pickUpTargetDays;
  // The KPIs may be limited to one funding stream (the staff performance page's filter).
  const filter: KpiFilter = {
    ...(providerId === undefined ? {} : { providerId }),
    ...(when.fundingStream ? { fundingStream: when.fundingStream } : {}),
  };
  const kpis = (groupBy: KpiDimension[]) =>
    computeKpis(
      db,
      {
        period,
        groupBy,
        filter,
        quickResponseFraction: config.performance.quickResponseFraction,
        handBackNoticeDays: config.allocation.handBack.noticeDays,
      },
      targets,
    );
  const [{ groups: byZone, notes }, { groups: byProvider }, roles, providers, zones] = await Promise.all([
    kpis(['provider', 'zone']),
    kpis(['provider']),
    db('provider_zone_roles')
      .modify((q) => {
        if (providerId !== undefined) q.where('provider_id', providerId);
      })
      .select('provider_id', 'zone_id', 'role') as Promise<Row[]>,
    db('providers')
      .modify((q) => {
        if (providerId !== undefined) q.where('id', providerId);
      })
      .select('id', 'name') as Promise<Row[]>,
    zoneFacts.names(db),
  ]);
  const empty = assembleKpis({}, targets, londonDate(asOf));
  const role = new Map(roles.map((r) => [`${r.provider_id}|${r.zone_id}`, String(r.role)]));
  const totals = new Map(byProvider.map((g) => [g.group.providerId!, g.kpis]));
  const perZone = new Map(byZone.map((g) => [`${g.group.providerId}|${g.group.zoneId}`, g.kpis]));
  const listed = new Set([...roles.map((r) => Number(r.provider_id)), ...totals.keys()]);
  const out: ProviderKpis[] = providers
    .filter((p) => listed.has(Number(p.id)))
    .map((p) => {
      const id = Number(p.id);
      const zoneIds = new Set<string>();
      for (const key of [...role.keys(), ...perZone.keys()]) {
        const [pid, zid] = key.split('|') as [string, string];
        if (Number(pid) === id) zoneIds.add(zid);
      }
      return {
        provider: { id, name: String(p.name) },
        allZones: totals.get(id) ?? empty,
        zones: [...zoneIds].sort().map((zid) => ({
          zone: { id: zid, name: zones.get(zid) ?? zid },
          role: role.get(`${id}|${zid}`) ?? null,
          kpis: perZone.get(`${id}|${zid}`) ?? empty,
        })),
      };
    })
    .sort((a, b) => a.provider.name.localeCompare(b.provider.name) || a.provider.id - b.provider.id);
  return {
    period: { from, to },
    asOf: new Date(asOf).toISOString(),
    pickUpTargetDays: targets,
    providers: out,
    notes,
  };
}
