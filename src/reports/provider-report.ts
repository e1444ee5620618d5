/**
 * GET /reports/providers: per provider, per zone (and over all its zones), the KPIs of the
 * performance feature (docs/quality-score.md "KPIs"), computed by src/performance/kpis/queries.ts.
 * Every provider holding a role appears, with every zone it holds a role in, even with no events in
 * the period.
 */
import { londonDate } from '../calendar/dates';
import { periodOfDates, reportDates, type ReportWhen } from '../calendar/periods';
import { computeKpiCounts, computeKpis, type KpiFilter } from '../performance/kpis/queries';
import { assembleKpis, type KpiCounts, type KpiDimension, type KpiSet } from '../performance/kpis/kpis';
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

type Reads = Pick<Services, 'db' | 'config' | 'zoneFacts'>;
type When = ReportWhen & { fundingStream?: FundingStream | undefined };

/** The report's period and the KPI query of it, grouped as asked (limited to one provider, or not). */
function reportQuery({ config }: Reads, when: When, now: number, providerId: number | undefined) {
  const { from, to, asOf } = reportDates(when, now);
  // The KPIs may be limited to one funding stream (the staff performance page's filter).
  const filter: KpiFilter = {
    ...(providerId === undefined ? {} : { providerId }),
    ...(when.fundingStream ? { fundingStream: when.fundingStream } : {}),
  };
  const query = (groupBy: KpiDimension[]) => ({
    period: periodOfDates(from, to, asOf),
    groupBy,
    filter,
    quickResponseFraction: config.performance.quickResponseFraction,
    handBackNoticeDays: config.allocation.handBack.noticeDays,
  });
  return { from, to, asOf, query, targets: config.performance.pickUpTargetDays };
}

/** Every provider's zone roles now, keyed `providerId|zoneId`. */
async function rolesByProviderZone(
  db: Services['db'],
  providerId: number | undefined,
): Promise<Map<string, string>> {
  const rows = (await db('provider_zone_roles')
    .modify((q) => {
      if (providerId !== undefined) q.where('provider_id', providerId);
    })
    .select('provider_id', 'zone_id', 'role')) as Row[];
  return new Map(rows.map((r) => [`${r.provider_id}|${r.zone_id}`, String(r.role)]));
}

export async function providerReport(
  reads: Reads,
  when: When,
  now: number,
  providerId: number | undefined,
): Promise<ProviderReport> {
  const { db, zoneFacts } = reads;
  const { from, to, asOf, query, targets } = reportQuery(reads, when, now, providerId);
  const [{ groups: byZone, notes }, { groups: byProvider }, role, providers, zones] = await Promise.all([
    computeKpis(db, query(['provider', 'zone']), targets),
    computeKpis(db, query(['provider']), targets),
    rolesByProviderZone(db, providerId),
    db('providers')
      .modify((q) => {
        if (providerId !== undefined) q.where('id', providerId);
      })
      .select('id', 'name') as Promise<Row[]>,
    zoneFacts.names(db),
  ]);
  const empty = assembleKpis({}, targets, londonDate(asOf));
  const totals = new Map(byProvider.map((g) => [g.group.providerId!, g.kpis]));
  const perZone = new Map(byZone.map((g) => [`${g.group.providerId}|${g.group.zoneId}`, g.kpis]));
  const listed = new Set([...[...role.keys()].map((key) => Number(key.split('|')[0])), ...totals.keys()]);
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

/**
 * The staff performance page's measures (src/web/staff/performance.ts): each provider's KPI counts
 * and shares in each zone, keyed `providerId|zoneId`, as `providerReport` gives them for its zones
 * (a zone where the provider holds a role and had no activity gets the empty set). Not read, as the
 * page shows none of them: the all-zones totals, and the percentiles, reasons and held packages
 * (KpiCounts), which were most of its cost.
 */
export async function providerZoneCounts(
  reads: Reads,
  when: When,
  now: number,
): Promise<{ period: { from: string; to: string }; kpis: Map<string, KpiCounts>; notes: string[] }> {
  const { from, to, asOf, query, targets } = reportQuery(reads, when, now, undefined);
  const [{ groups, notes }, roles] = await Promise.all([
    computeKpiCounts(reads.db, query(['provider', 'zone']), targets),
    rolesByProviderZone(reads.db, undefined),
  ]);
  const empty: KpiCounts = assembleKpis({}, targets, londonDate(asOf));
  const kpis = new Map<string, KpiCounts>([...roles.keys()].map((key) => [key, empty]));
  for (const { group, kpis: set } of groups) kpis.set(`${group.providerId}|${group.zoneId}`, set);
  return { period: { from, to }, kpis, notes };
}
