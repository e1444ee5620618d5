/** The visit KPI report and a package's planned-against-actual visits, as the API and pages show them. */
import type { Actor } from '../auth/roles';
import { addDays, londonDate } from '../calendar/dates';
import { askedPeriodDates, periodOfDates } from '../calendar/periods';
import type { VisitsConfig } from '../config-visits';
import { Invalid, NotFound } from '../errors';
import { assertOwnProvider } from '../performance/access';
import { providerNames } from '../performance/kpis/queries';
import { getPackage } from '../packages/queries';
import type { Services } from '../services';
import { visitCounts, type VisitDimension, type VisitFilter } from './kpis';
import { judgeVisit } from './model';
import { visitsOfPackage } from './queries';

type Reads = Pick<Services, 'db' | 'zoneFacts'>;
type Thresholds = Pick<VisitsConfig, 'lateMinutes' | 'shortShare'>;

function periodAsked(asked: { from?: string; to?: string }, now: number, defaultDays: number) {
  const { to } = askedPeriodDates(asked, londonDate(now), now);
  const from = asked.from ?? addDays(to, -defaultDays);
  if (from > to) {
    throw new Invalid('The period ends before it starts.', [
      { path: 'query.from', message: `must not be after ${to}` },
    ]);
  }
  return { from, to };
}

/** Visit KPIs per group; a provider user always gets its own (asking for another is not found). */
export async function visitKpiReport(
  reads: Reads,
  input: {
    actor: Actor;
    asked: {
      from?: string;
      to?: string;
      groupBy: VisitDimension[];
      providerId?: number;
      zoneId?: string;
      band?: string;
    };
    settings: Thresholds;
    now: number;
  },
) {
  const { actor, asked, settings, now } = input;
  if (actor.role === 'provider' && asked.providerId !== undefined) assertOwnProvider(actor, asked.providerId);
  const providerId = actor.role === 'provider' ? actor.providerId! : asked.providerId;
  const filter: VisitFilter = {
    ...(providerId !== undefined ? { providerId } : {}),
    ...(asked.zoneId ? { zoneId: asked.zoneId } : {}),
    ...(asked.band ? { band: asked.band } : {}),
  };
  const { from, to } = periodAsked(asked, now, 364);
  const period = periodOfDates(from, to, now);
  const [groups, providers, zones] = await Promise.all([
    visitCounts(reads.db, { period, groupBy: asked.groupBy, filter, settings }),
    providerNames(reads.db),
    reads.zoneFacts.names(reads.db),
  ]);
  return {
    period: { from, to },
    asOf: new Date(now).toISOString(),
    thresholds: { lateMinutes: settings.lateMinutes, shortShare: settings.shortShare },
    groups: groups.map(({ group, counts }) => ({
      ...(group.providerId !== undefined
        ? { provider: { id: group.providerId, name: providers.get(group.providerId) ?? null } }
        : {}),
      ...(group.zoneId !== undefined
        ? { zone: { id: group.zoneId, name: zones.get(group.zoneId) ?? null } }
        : {}),
      ...(group.band !== undefined ? { band: group.band } : {}),
      counts,
    })),
  };
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * A package's visits planned in a period (default: the four weeks to today), each judged late,
 * missed or short. Staff see every provider's records; a provider user sees its own records of a
 * package it holds, and any other package is not found.
 */
export async function packageVisits(
  db: Services['db'],
  input: {
    actor: Actor;
    packageId: number;
    asked: { from?: string; to?: string };
    settings: Thresholds;
    now: number;
  },
) {
  const { actor, packageId, settings, now } = input;
  const pkg = await getPackage(db, packageId);
  const provider = actor.role === 'provider' ? actor.providerId! : undefined;
  if (provider !== undefined && pkg.providerId !== provider)
    throw new NotFound('package-not-found', `No package ${packageId}.`);
  const { from, to } = periodAsked(input.asked, now, 27);
  const period = periodOfDates(from, to, now);
  const rows = await visitsOfPackage(db, { packageId, from: period.from, to: period.to });
  return {
    packageId,
    period: { from, to },
    thresholds: { lateMinutes: settings.lateMinutes, shortShare: settings.shortShare },
    visits: rows
      .filter((v) => provider === undefined || v.providerId === provider)
      .map((v) => ({
        ...v,
        plannedStart: iso(v.plannedStart)!,
        actualStart: iso(v.actualStart),
        actualEnd: iso(v.actualEnd),
        ...judgeVisit(v, settings, now),
      })),
  };
}
