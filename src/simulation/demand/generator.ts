/**
 * The synthetic demand of one simulation: package requests arriving over the period, and the
 * packages already in care when it starts (held on earlier contracts, as at the 1 Nov 2021
 * switch-over, HC21 ¶23–24), which end over time and free their providers' hours.
 * Pure: the same seed, period and parameters give the same demand, whatever policy is simulated.
 */
import { addDays, londonDate, londonMidnight } from '../../calendar/dates';
import { SPECIALISMS, type FundingStream, type Needs, type Urgency } from '../../packages/model';
import { BANDS, type Band } from '../../pricing/bands';
import { chance, exponential, logNormal, poisson, substream, weightedPick, type Random } from '../random';
import {
  DEFAULT_DEMAND,
  WEEKS_PER_YEAR,
  fitZoneBandWeights,
  meanDurationDays,
  type DemandParameters,
} from './calibration';
import type { AreaSampler, SampledLocation } from './locations';

const HOUR = 3_600_000;
const DAY = 86_400_000;

export interface PackageRequest {
  /** Pseudonymous reference, as an officer would enter it. */
  reference: string;
  /** When the request reaches the brokerage (UTC ms). */
  at: number;
  location: { lon: number; lat: number };
  /** The small area the point was drawn in; intake looks the point up again. */
  areaId: string;
  zoneId: string;
  band: Band;
  weeklyHours: number;
  visitsPerWeek: number;
  fundingStream: FundingStream;
  /** D2A only: the funded period's last day and the review, a week before it. */
  d2a?: { fundedUntil: string; reviewDue: string };
  urgency: Urgency;
  wantedStart: string;
  needs: Needs;
  /** How long care lasts once it starts. */
  durationDays: number;
}

/** A package in care before the simulation starts; not brokered, it only occupies a provider until it ends. */
export interface LegacyPackage {
  zoneId: string;
  band: Band;
  weeklyHours: number;
  endsAt: number;
}

export interface Demand {
  seed: number;
  start: number;
  end: number;
  parameters: DemandParameters;
  meanDurationDays: number;
  requests: PackageRequest[];
  legacy: LegacyPackage[];
}

export interface DemandOptions {
  seed: number;
  /** First simulated day, YYYY-MM-DD (England). */
  startDate: string;
  weeks: number;
  sampler: AreaSampler;
  parameters?: Partial<DemandParameters>;
}

type Cell = { zoneId: string; band: Band; weight: number };

export function generateDemand(options: DemandOptions): Demand {
  const p: DemandParameters = { ...DEFAULT_DEMAND, ...options.parameters };
  const start = londonMidnight(options.startDate);
  const lastDate = addDays(options.startDate, options.weeks * 7);
  const end = londonMidnight(lastDate);
  const durationMean = meanDurationDays(p);
  const weights = fitZoneBandWeights(options.sampler.counts);
  const cells: Cell[] = Object.entries(weights).flatMap(([zoneId, byBand]) =>
    BANDS.filter((band) => byBand[band] > 0).map((band) => ({ zoneId, band, weight: byBand[band] })),
  );
  const streams = {
    arrivals: substream(options.seed, 'demand|arrivals'),
    places: substream(options.seed, 'demand|places'),
    packages: substream(options.seed, 'demand|packages'),
    legacy: substream(options.seed, 'demand|legacy'),
    // Its own stream, so that adding funding streams left every other draw as it was.
    funding: substream(options.seed, 'demand|funding'),
  };

  const requests: PackageRequest[] = [];
  const meanWeekday = p.weekdayWeights.reduce((s, w) => s + w, 0) / 7;
  const perDay = p.packagesPerYear / WEEKS_PER_YEAR / 7;
  for (let date = options.startDate; date < lastDate; date = addDays(date, 1)) {
    const midnight = londonMidnight(date);
    const weekday = (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
    const count = poisson(streams.arrivals, (perDay * p.weekdayWeights[weekday]!) / meanWeekday);
    // Referrals arrive in office hours: 08:00–18:00 on weekdays, 09:00–17:00 at weekends.
    const [from, to] = weekday < 5 ? [8, 18] : [9, 17];
    const times = Array.from(
      { length: count },
      () => midnight + (from + streams.arrivals() * (to - from)) * HOUR,
    ).sort((a, b) => a - b);
    for (const at of times) {
      const cell = weightedPick(streams.places, cells, (c) => c.weight);
      const place = options.sampler.sample(streams.places, cell.zoneId, cell.band);
      const n = requests.length + 1;
      requests.push(
        buildRequest(streams.packages, p, durationMean, { n, at, place, funding: streams.funding }),
      );
    }
  }

  const legacy: LegacyPackage[] = [];
  let legacyHours = 0;
  while (legacyHours < p.standingWeeklyHours) {
    const cell = weightedPick(streams.legacy, cells, (c) => c.weight);
    const weeklyHours = packageHours(streams.legacy, p);
    // Durations are exponential, so the time a package in care still has to run has the same law.
    legacy.push({
      zoneId: cell.zoneId,
      band: cell.band,
      weeklyHours,
      endsAt: start + Math.round(exponential(streams.legacy, durationMean) * DAY),
    });
    legacyHours += weeklyHours;
  }
  return { seed: options.seed, start, end, parameters: p, meanDurationDays: durationMean, requests, legacy };
}

/** Log-normal weekly hours, within the limits, in quarter hours (intake takes quarter hours). */
export function packageHours(random: Random, p: DemandParameters): number {
  const raw = logNormal(random, p.meanWeeklyHours, p.sizeSigma);
  const clamped = Math.min(p.maxWeeklyHours, Math.max(p.minWeeklyHours, raw));
  return Math.round(clamped * 4) / 4;
}

function pickUrgency(random: Random, shares: Record<Urgency, number>): Urgency {
  return weightedPick(random, Object.keys(shares) as Urgency[], (u) => shares[u]);
}

/** The funding stream of a request (calibration.ts), with a D2A package's funded period and review. */
function fundingOf(
  request: { chc: boolean; urgency: Urgency; wantedStart: string },
  random: Random,
  p: DemandParameters,
): Pick<PackageRequest, 'fundingStream' | 'd2a'> {
  if (request.chc) return { fundingStream: 'chc' };
  if (request.urgency === 'hospital-discharge' && chance(random, p.d2aShareOfDischarge)) {
    const fundedUntil = addDays(request.wantedStart, p.d2aFundedDays - 1);
    return { fundingStream: 'd2a', d2a: { fundedUntil, reviewDue: addDays(fundedUntil, -7) } };
  }
  return { fundingStream: chance(random, p.jointShare) ? 'joint' : 'council' };
}

/** The `n`th request, arriving at `at` from `place`. */
function buildRequest(
  random: Random,
  p: DemandParameters,
  durationMean: number,
  { n, at, place, funding }: { n: number; at: number; place: SampledLocation; funding: Random },
): PackageRequest {
  const weeklyHours = packageHours(random, p);
  const urgency = pickUrgency(random, p.urgencyShares);
  const today = londonDate(at);
  // Discharges and urgent packages are wanted today (tomorrow after midday); standard ones in 2–7 days.
  const wantedStart =
    urgency === 'standard'
      ? addDays(today, 2 + Math.floor(random() * 6))
      : addDays(today, at - londonMidnight(today) < 12 * HOUR ? 0 : 1);
  const needs: Needs = {
    carerGender: chance(random, p.femaleCarersShare) ? 'female' : 'any',
    languages: [],
    twoCarers: chance(random, p.twoCarerShare),
    specialisms: SPECIALISMS.filter((s) => chance(random, p.specialismShares[s])),
    support: [
      ...(chance(random, 0.4) ? (['medication-support'] as const) : []),
      ...(chance(random, 0.2) ? (['moving-and-handling'] as const) : []),
    ],
  };
  return {
    reference: `SIM-${String(n).padStart(6, '0')}`,
    at,
    location: { lon: place.lon, lat: place.lat },
    areaId: place.area.areaId,
    zoneId: place.area.zoneId,
    band: place.area.band,
    weeklyHours,
    // Visits of about 40 minutes, up to four a day.
    visitsPerWeek: Math.min(28, Math.max(1, Math.round(weeklyHours * 1.5))),
    ...fundingOf({ chc: chance(random, p.chcShare), urgency, wantedStart }, funding, p),
    urgency,
    wantedStart,
    needs,
    durationDays: Math.max(1, Math.round(exponential(random, durationMean))),
  };
}
