/**
 * The shape of the zone coverage report (docs/reports.md "Coverage report"): one row per zone and one for
 * the county, each with the same sections, so that JSON, CSV and GeoJSON carry the same figures.
 */
import type { SpecialistList } from '../providers/needs-commands';
import type { ReportsConfig } from '../config';
import type { FundingStream } from '../packages/model';
import type { BudgetPosition } from '../payments/budget-position';
import type { Payments } from '../payments/calculate';
import type { Band } from '../pricing/bands';
import type { dischargePlacement } from './discharge';
import type { TargetInForce } from './targets/model';

export type Rag = 'red' | 'amber' | 'green';

/** A headline measure and its RAG; rag null when the measure does not apply or has no data. */
export interface Measure {
  value: number | null;
  rag: Rag | null;
  /** The target it was judged against (absent for coverage, judged against the zone's minimums). */
  target?: TargetInForce;
}

export interface RagSection {
  /** The worst RAG of the measures that have one (null when none has). */
  overall: Rag | null;
  coverage: Measure;
  supply: Measure;
  pickUp: Measure;
  primeShare: Measure;
  longestWait: Measure;
  handBacks: Measure;
}

export interface FrameworkSection {
  primes: {
    count: number;
    minimum: number | null;
    zonesBelowMinimum: number;
    names: string[];
    /** Active primes rated Inadequate by the CQC: not in `count`, offered nothing. */
    ratedInadequate: number;
    /** Why a zone is below its minimum, e.g. "2 active primes, 1 rated Inadequate"; null otherwise. */
    belowMinimumReason: string | null;
  };
  supplementaries: { count: number; names: string[] };
  providers: { count: number; minimum: number | null; zonesBelowMinimum: number };
  chcApproved: number;
  /** Members that are mobilising or suspended: hold a role, take no packages. */
  notTakingWork: number;
  capacity: { declaredWeeklyHours: number; staleOrMissing: number };
}

export interface BandFigures {
  weeklyHours: number;
  sharePct: number | null;
  july2019SharePct: number;
}

export interface DemandSection {
  plannedWeeklyHoursJuly2019: number;
  placedWeeklyHours: number;
  placedPctOfPlanned: number | null;
  placedPackages: number;
  inCarePackages: number;
  chc: { packages: number; weeklyHours: number };
  byBand: Record<Band, BandFigures>;
}

export interface UnmetNeedSection {
  packages: number;
  weeklyHours: number;
  unplaced: number;
  hospitalDischarge: number;
  longestWaitHours: number | null;
  medianWaitHours: number | null;
}

export interface PickUpFigures {
  awards: number;
  medianHours: number | null;
  p90Hours: number | null;
  withinTarget: number;
  withinTargetPct: number | null;
}

export interface PickUpSection {
  all: PickUpFigures;
  byUrgency: Record<string, PickUpFigures>;
  /** Awards by the kind of round that won them (brokerage_episodes.award_round_kind). */
  rounds: Record<string, { awards: number; pct: number | null }>;
}

export interface HandBackSection {
  count: number;
  weeklyHours: number;
  per100Awards: number | null;
  byReason: Record<string, { count: number; weeklyHours: number }>;
  /** By the package's price band (docs/specification/hand-backs.md §6.6). */
  byBand: Record<string, { count: number; weeklyHours: number }>;
}

export interface PeriodCost {
  from: string;
  to: string;
  amountPence: number;
  hours: number;
  byFundingStream: Payments['totals']['byFundingStream'];
}

export interface CostFigures {
  weeklyPence: number;
  annualPence: number;
  averageHourlyRatePence: number | null;
  byBand: Record<Band, { weeklyHours: number; weeklyPence: number; averageHourlyRatePence: number | null }>;
}

export interface CostSection {
  /**
   * Placed hours at the rate each package is paid on the report's day (docs/specification/
   * rates-and-costs.md §3.9): its negotiated rate, else the card in force for its band.
   */
  atRatesInForce: CostFigures;
}

export interface AreaReport {
  area: { type: 'zone' | 'county'; id: string; name: string; sizeClass: string | null };
  framework: FrameworkSection;
  demand: DemandSection;
  unmetNeed: UnmetNeedSection;
  pickUp: PickUpSection;
  handBacks: HandBackSection;
  /** Packages taken in during the period whose band an officer overrode. */
  bandOverrides: { packages: number };
  cost: CostSection;
  rag: RagSection;
}

export type DischargePlacementReport = Awaited<ReturnType<typeof dischargePlacement>>;

export interface CoverageReport {
  period: { from: string; to: string };
  asOf: string;
  /** Roles, statuses and capacity come from the register as it stands when the report runs. */
  frameworkAsAt: string;
  /** The countywide specialist list by specialism (HC20 ¶30), as the register stands. */
  specialists: SpecialistList['specialisms'];
  pickUpTargetDays: { urgent: number; standard: number };
  rateCardInForce: { id: number; appliesFrom: string; label: string } | null;
  baselines: {
    plannedWeeklyHoursJuly2019: number;
    maintenanceWeeklyHoursJuly2019: number;
    bandSharePctJuly2019: Record<Band, number>;
  };
  /** The thresholds the RAGs were judged against (configuration; docs/reports.md). */
  ragThresholds: ReportsConfig['rag'];
  /** The funding stream the report is limited to; null for every stream. */
  fundingStream: FundingStream | null;
  /** Hospital-discharge packages: time from referral to placement (story H2). */
  dischargePlacement: DischargePlacementReport;
  /** What care in the period cost, by the payments calculation (equals GET /exports/payments' total). */
  periodCost: PeriodCost;
  /** Committed annual cost against budget for the financial year of the report's day. */
  budget: BudgetPosition;
  zones: AreaReport[];
  county: AreaReport;
}
