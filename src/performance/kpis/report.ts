/** The KPI report the API and the pages show: a period's KPIs per group, with names. */
import type { Actor } from '../../auth/roles';
import { londonDate } from '../../calendar/dates';
import { askedPeriodDates, periodOfDates } from '../../calendar/periods';
import type { Config } from '../../config';
import type { Services } from '../../services';
import { Invalid } from '../../errors';
import { assertOwnProvider } from '../access';
import type { KpiFilter } from './grouping';
import type { KpiDimension, KpiGroup } from './kpis';
import { computeKpis, providerNames } from './queries';

/**
 * The filter a caller may use: a provider user always gets its own organisation's KPIs (asking
 * for another one is not found); anyone else gets what they asked for.
 */
export function kpiFilterFor(
  actor: Actor,
  asked: { provider?: number; zone?: string; band?: string; fundingStream?: string },
): KpiFilter {
  if (actor.role === 'provider' && asked.provider !== undefined) assertOwnProvider(actor, asked.provider);
  const providerId = actor.role === 'provider' ? actor.providerId! : asked.provider;
  return {
    ...(providerId !== undefined ? { providerId } : {}),
    ...(asked.zone ? { zoneId: asked.zone } : {}),
    ...(asked.band ? { band: asked.band } : {}),
    ...(asked.fundingStream ? { fundingStream: asked.fundingStream } : {}),
  };
}

export async function kpiReport(
  reads: Pick<Services, 'db' | 'zoneFacts'>,
  config: Pick<Config, 'performance' | 'allocation'>,
  input: { from?: string; to?: string; groupBy: KpiDimension[]; filter: KpiFilter },
  now: number,
) {
  const { from, to } = askedPeriodDates(input, londonDate(now), now);
  if (from > to) {
    throw new Invalid('The period ends before it starts.', [
      { path: 'query.from', message: `must not be after ${to}` },
    ]);
  }
  const period = periodOfDates(from, to, now);
  const settings = config.performance;
  const { groups: rows, notes } = await computeKpis(
    reads.db,
    {
      period,
      groupBy: input.groupBy,
      filter: input.filter,
      quickResponseFraction: settings.quickResponseFraction,
      handBackNoticeDays: config.allocation.handBack.noticeDays,
    },
    settings.pickUpTargetDays,
  );
  const named = await groupNamer(reads);
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
    groups: rows.map(({ group, kpis }) => ({ group: named(group), kpis })),
    notes,
  };
}

/** A group as the report shows it: the provider and zone with their names, and the band. */
async function groupNamer({ db, zoneFacts }: Pick<Services, 'db' | 'zoneFacts'>) {
  const providers = await providerNames(db);
  const zones = await zoneFacts.all(db);
  return (group: KpiGroup) => ({
    ...(group.providerId !== undefined
      ? { provider: { id: group.providerId, name: providers.get(group.providerId) ?? null } }
      : {}),
    ...(group.zoneId !== undefined
      ? { zone: { id: group.zoneId, name: zones.get(group.zoneId)?.name ?? null } }
      : {}),
    ...(group.band !== undefined ? { band: group.band } : {}),
  });
}
