/**
 * GET /reports/coverage: the zone coverage report for a period and an instant (docs/reports.md;
 * docs/specification/reporting.md §8.1, §8.7;
 * docs/specification/roles-and-stories.md §9.4, §9.6, §9.9, stories C1–C3, C6, C7, H1, H2, M1).
 * Reads the aggregates concurrently, then assembles them with pure functions.
 */
import { periodOfDates, reportDates, reportDay, type ReportWhen } from '../calendar/periods';
import { toBool } from '../db/dialect';
import { loadRateCards, storedCardInForce } from '../pricing/queries';
import type { Services } from '../services';
import { mayBeOffered, zoneCoverage } from '../providers/coverage';
import { specialistList } from '../providers/needs-commands';
import { memberships } from '../providers/queries';
import { MAINTENANCE_HOURS_JULY_2019 } from '../zones/catalogue';
import { assembleCoverage, type ActiveMember, type RagJudgement } from './assemble';
import type { CoverageReport, PeriodCost } from './model';
import {
  awardAggregates,
  bandOverrideAggregates,
  handBackAggregates,
  placedAggregates,
  waitingAggregates,
  withRatesInForce,
} from './queries';
import { budgetPositionWith } from '../payments/budget-position';
import type { PaymentTotals } from '../payments/totals';
import { july2019BandShares } from './sections';
import { dischargePlacement } from './discharge';
import type { FundingStream } from '../packages/model';
import { targetsInForce } from './targets/model';
import { storedTargets } from './targets/queries';

export async function coverageReport(
  services: Pick<Services, 'db' | 'config' | 'zoneFacts'>,
  when: ReportWhen & { fundingStream?: FundingStream | undefined },
  now: number,
): Promise<CoverageReport> {
  const stream = when.fundingStream;
  const { db, config, zoneFacts } = services;
  const { from, to, asOf } = reportDates(when, now);
  const period = periodOfDates(from, to, asOf);
  const targets = config.performance.pickUpTargetDays;
  const [
    zones,
    coverage,
    roles,
    placed,
    waiting,
    awards,
    handBacks,
    bandOverrides,
    cards,
    discharge,
    specialists,
    {
      position: budget,
      others: [payments],
    },
  ] = await Promise.all([
    zoneFacts.list(db),
    zoneCoverage(services, { now, staleDays: config.allocation.capacityStaleDays }),
    memberships(db),
    placedAggregates(db, { asOf, day: reportDay(asOf) }, stream),
    waitingAggregates(db, asOf, stream),
    awardAggregates(db, period, targets, stream),
    handBackAggregates(db, period, stream),
    bandOverrideAggregates(db, period, stream),
    loadRateCards(db),
    dischargePlacement(db, period, stream),
    specialistList(db),
    // The period's cost and the budget's two windows are priced from one read of the care stretches.
    budgetPositionWith(db, { day: reportDay(asOf) }, [{ from, to, fundingStream: stream }]),
  ]);
  const card = storedCardInForce(cards, reportDay(asOf));
  const members = activeMembers(roles);
  const rows = assembleCoverage(
    {
      asOf,
      zones,
      coverage,
      members,
      placed: withRatesInForce(placed, card),
      waiting: waiting.rows,
      waitMs: waiting.waitMs,
      awards: awards.rows,
      pickUpMs: awards.pickUpMs,
      handBacks,
      bandOverrides,
    },
    await ragJudgement(services, reportDay(asOf)),
  );
  return {
    period: { from, to },
    asOf: new Date(asOf).toISOString(),
    frameworkAsAt: new Date(now).toISOString(),
    specialists: specialists.specialisms,
    pickUpTargetDays: targets,
    rateCardInForce: card ? { id: card.id, appliesFrom: card.appliesFrom, label: card.label } : null,
    baselines: {
      plannedWeeklyHoursJuly2019: zones.reduce((s, z) => s + z.plannedWeeklyHours, 0),
      maintenanceWeeklyHoursJuly2019: Object.values(MAINTENANCE_HOURS_JULY_2019).reduce((s, h) => s + h, 0),
      bandSharePctJuly2019: july2019BandShares(),
    },
    ragThresholds: config.reports.rag,
    fundingStream: stream ?? null,
    dischargePlacement: discharge,
    periodCost: periodCostOf({ from, to }, payments!),
    budget,
    ...rows,
  };
}

/** The period's cost as the report shows it: the payments export's totals (docs/payments.md). */
function periodCostOf(period: { from: string; to: string }, totals: PaymentTotals): PeriodCost {
  return {
    ...period,
    amountPence: totals.all.amountPence,
    hours: totals.all.hours,
    byFundingStream: totals.byFundingStream,
  };
}

/** The targets in force on the report's day (a later target never re-judges a past report), and the coverage margin. */
async function ragJudgement(
  { db, config }: Pick<Services, 'db' | 'config'>,
  day: string,
): Promise<RagJudgement> {
  const stored = await storedTargets(db);
  return {
    coverageAmberMargin: config.reports.rag.coverageAmberMargin,
    targetsFor: (zoneId) => targetsInForce(stored, config.reports.rag, { day, zoneId }),
  };
}

/** The framework's active members, as the report counts them. */
function activeMembers(roles: Awaited<ReturnType<typeof memberships>>): ActiveMember[] {
  return roles
    .filter((r) => r.provider_status === 'active')
    .map((r) => ({
      zoneId: r.zone_id,
      providerId: Number(r.provider_id),
      name: r.provider_name,
      role: r.role,
      chcApproved: toBool(r.chc_approved),
      ratedInadequate: r.cqc_overall === 'inadequate',
      mayBeOffered: mayBeOffered(r),
    }));
}
